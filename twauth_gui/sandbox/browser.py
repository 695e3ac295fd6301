"""A scripted person in a browser: fetch the consent page over real HTTP, press a button.

It sends a marker header so that the sandbox shows its consent page even in ``auto``
mode; everything else is what a browser would do (GET the page, POST the form, read the
redirect without following it).
"""

from __future__ import annotations

import http.client
import re
from html import unescape
from urllib.parse import urlencode, urlsplit

from twauth_gui.sandbox.http_types import BROWSER_SIM_HEADER


class SandboxBrowserError(RuntimeError):
    """The sandbox showed an error page ("Whoa there!", "Something went wrong") instead."""


_CONSENT = re.compile(r'<form method="post" action="([^"]*)">'
                      r'<input type="hidden" name="consent_id" value="([^"]*)">')
_PIN = re.compile(r'<code class="pin" id="pin">(\d{7})</code>')
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
_DETAIL = re.compile(r'<p class="muted" id="detail">(.*?)</p>', re.S)


def _request(host: str, port: int, method: str, target: str, body: bytes | None = None,
             headers: dict[str, str] | None = None, timeout: float = 10.0
             ) -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request(method, target, body=body, headers={BROWSER_SIM_HEADER: "1",
                                                          **(headers or {})})
        resp = conn.getresponse()
        text = resp.read().decode("utf-8", "replace")
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, text
    finally:
        conn.close()


def _interpret(status: int, headers: dict[str, str], text: str) -> str:
    if status in (301, 302, 303, 307, 308):
        return headers.get("location", "")
    pin = _PIN.search(text)
    if pin:
        return pin.group(1)
    if 'id="cancelled"' in text:
        return ""
    title = _H1.search(text)
    detail = _DETAIL.search(text)
    message = unescape(title.group(1)) if title else f"HTTP {status}"
    if detail:
        message += f" ({unescape(detail.group(1))})"
    raise SandboxBrowserError(message)


def click_through(authorize_url: str, approve: bool = True, timeout: float = 10.0) -> str:
    """Open ``authorize_url``, press Authorize (or Cancel) and report where it leads.

    Returns the redirect URL (not followed), the 7-digit PIN for ``oob``, or "" when an
    ``oob`` authorization was cancelled. Raises :class:`SandboxBrowserError` on error pages.
    """
    parts = urlsplit(authorize_url)
    if parts.scheme != "http" or not parts.hostname or parts.port is None:
        raise ValueError("the sandbox browser only opens http://host:port/ URLs")
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    status, headers, text = _request(parts.hostname, parts.port, "GET", target, timeout=timeout)
    form = _CONSENT.search(text) if status == 200 else None
    if form is None:
        return _interpret(status, headers, text)
    action, consent_id = unescape(form.group(1)), unescape(form.group(2))
    body = urlencode({"consent_id": consent_id, "action": "allow" if approve else "deny"})
    status, headers, text = _request(
        parts.hostname, parts.port, "POST", action, body.encode("ascii"),
        {"Content-Type": "application/x-www-form-urlencoded"}, timeout=timeout,
    )
    return _interpret(status, headers, text)
