"""HTML pages and raw HTTP responses served by the loopback redirect receiver.

Pages come from the self-contained templates ``twauth_gui/resources/loopback_success.html``
and ``loopback_failure.html`` (no external resources), read with :mod:`importlib.resources`.
Every value put into a page is HTML-escaped here; callers pass plain text only.
Every response carries the same strict headers (no caching, no referrer, a CSP that
forbids everything but inline style) and ``Connection: close``; there is never a
``Location`` header.
"""

from __future__ import annotations

import functools
import html
import importlib.resources
from http import HTTPStatus
from string import Template
from typing import Literal

PageKind = Literal["success", "failure"]

SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Content-Type", "text/html; charset=utf-8"),
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"),
    ("Connection", "close"),
)

_FALLBACK = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${heading}</h1><p>${message}</p>${detail}<p>twauth-gui</p></body></html>
"""


@functools.lru_cache(maxsize=4)
def _template(kind: PageKind) -> Template:
    name = f"loopback_{kind}.html"
    try:
        text = (importlib.resources.files("twauth_gui") / "resources" / name).read_text(
            encoding="utf-8"
        )
    except (OSError, ModuleNotFoundError):  # broken install: still answer the browser
        text = _FALLBACK
    return Template(text)


def render_page(kind: PageKind, heading: str, message: str, detail: str = "") -> str:
    """Fill a page template; heading, message and detail are plain text, escaped here."""
    detail_html = f'<p class="detail">{html.escape(detail, quote=True)}</p>' if detail else ""
    return _template(kind).safe_substitute(
        title=html.escape(f"twauth-gui: {heading}", quote=True),
        heading=html.escape(heading, quote=True),
        message=html.escape(message, quote=True),
        detail=detail_html,
    )


def http_response(
    status: int,
    page: str,
    *,
    head_only: bool = False,
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """Serialize a complete HTTP/1.1 response with the security headers and ``page`` as body."""
    body = page.encode("utf-8")
    reason = HTTPStatus(status).phrase
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines.extend(f"{name}: {value}" for name, value in SECURITY_HEADERS)
    lines.extend(f"{name}: {value}" for name, value in extra_headers)
    lines.append(f"Content-Length: {len(body)}")
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    return head if head_only else head + body
