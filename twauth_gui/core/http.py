"""The one httpx client factory, and the request helper that turns failures into core errors.

``send`` performs a request and returns the response only on 2xx; transport failures
become :class:`NetworkError` (DNS, refused, timeout, TLS) and X error answers become
:class:`XApiError` through :func:`errors.error_from_response`; a malformed URL becomes
:class:`InputError`. ``client_scope`` lends the caller's client or a temporary one;
``json_body``/``form_body`` read X's answers whatever their Content-Type claims.
Nothing here logs bodies, query strings or headers.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl

import httpx

from twauth_gui import __version__
from twauth_gui.core.errors import (
    ErrorContext,
    ErrorKind,
    InputError,
    NetworkError,
    error_from_response,
    unexpected_body,
)

log = logging.getLogger(__name__)

USER_AGENT = f"twauth-gui/{__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)


_tls_lock = threading.Lock()
_tls_context: ssl.SSLContext | None = None


def tls_context() -> ssl.SSLContext:
    """One verifying TLS context per process (loading the CA bundle costs 20-45 ms each time)."""
    global _tls_context
    with _tls_lock:
        if _tls_context is None:
            try:
                import certifi

                _tls_context = ssl.create_default_context(cafile=certifi.where())
            except ImportError:  # pragma: no cover - certifi comes with httpx
                _tls_context = ssl.create_default_context()
        return _tls_context


def default_timeout() -> httpx.Timeout:
    """20 s (10 s to connect), or ``TWAUTH_HTTP_TIMEOUT`` seconds when set (proxies, tests)."""
    raw = os.environ.get("TWAUTH_HTTP_TIMEOUT", "").strip()
    try:
        value = float(raw) if raw else 0.0
    except ValueError:
        value = 0.0
    if value > 0:
        return httpx.Timeout(value, connect=min(value, 10.0))
    return DEFAULT_TIMEOUT


def make_client(timeout: float | httpx.Timeout | None = None, **kwargs: Any) -> httpx.Client:
    """An httpx client with our timeouts, user agent and shared TLS context; no redirects."""
    kwargs.setdefault("verify", tls_context())
    return httpx.Client(
        timeout=timeout if timeout is not None else default_timeout(),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
        **kwargs,
    )


def network_error(exc: BaseException, url: str) -> NetworkError:
    """Classify a transport exception into a plain-language :class:`NetworkError`."""
    try:
        host = httpx.URL(url).host or "X"
    except httpx.InvalidURL:
        host = "X"
    text = str(exc).lower()
    if isinstance(exc, httpx.TimeoutException):
        return NetworkError(
            f"{host} did not answer in time.",
            "Check your internet connection (and proxy/VPN), then try again.",
            kind=ErrorKind.TIMEOUT,
        )
    chain: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and len(chain) < 10:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "certificate" in text:
        return NetworkError(
            f"A secure connection to {host} could not be established.",
            "Check the computer's date and time, and any proxy or antivirus that intercepts "
            "HTTPS; then try again.",
            kind=ErrorKind.TLS,
        )
    dns_markers = ("name or service not known", "nodename nor servname", "getaddrinfo",
                   "name resolution", "no address associated", "errno -2", "errno -3",
                   "errno 8", "errno 11001")
    if any(marker in text for marker in dns_markers) or any(
        "gaierror" in type(e).__name__.lower() for e in chain
    ):
        return NetworkError(
            f"The name {host} could not be found.",
            "Check your internet connection and DNS settings; if you use a custom API "
            "address, check its spelling.",
            kind=ErrorKind.DNS,
        )
    if "refused" in text or any(isinstance(e, ConnectionRefusedError) for e in chain):
        return NetworkError(
            f"{host} refused the connection.",
            "Check the API address and your proxy settings; if you use the sandbox, make sure "
            "it is running.",
            kind=ErrorKind.CONNECTION_REFUSED,
        )
    return NetworkError(
        f"The connection to {host} failed.",
        "Check your internet connection, then try again.",
        kind=ErrorKind.NETWORK,
    )


def _safe_path(url: str) -> str:
    """The path of ``url`` without query (queries may carry codes or tokens)."""
    try:
        return httpx.URL(url).path
    except httpx.InvalidURL:
        return "?"


def send(
    client: httpx.Client,
    method: str,
    url: str,
    context: ErrorContext | None = None,
    **kwargs: Any,
) -> httpx.Response:
    """Send a request; return the 2xx response or raise a core error."""
    try:
        response = client.request(method, url, **kwargs)
    except httpx.InvalidURL:
        raise InputError(
            "The web address used for this request is not valid.",
            "Check the API address setting (TWAUTH_API_URL) or the URL you entered.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None
    except httpx.UnsupportedProtocol:
        raise InputError(
            "The web address used for this request must start with https:// or http://.",
            "Check the API address setting (TWAUTH_API_URL) or the URL you entered.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None
    except httpx.RequestError as exc:
        log.debug("%s %s failed: %s", method, _safe_path(url), type(exc).__name__)
        raise network_error(exc, url) from None
    log.debug("%s %s -> %s", method, _safe_path(url), response.status_code)
    if response.is_success:
        return response
    raise error_from_response(
        response.status_code, dict(response.headers), response.content, context
    )


@contextmanager
def client_scope(client: httpx.Client | None) -> Iterator[httpx.Client]:
    """Yield ``client``, or a temporary client from :func:`make_client` closed afterwards."""
    if client is not None:
        yield client
        return
    temporary = make_client()
    try:
        yield temporary
    finally:
        temporary.close()


def json_body(response: httpx.Response, what: str) -> dict[str, Any]:
    """Parse a JSON object from a 2xx answer whatever its Content-Type says.

    X sometimes labels JSON as ``text/html`` or ``text/plain``; the body decides.
    Raises :class:`XApiError` (UNEXPECTED_RESPONSE) naming ``what`` when it is not JSON.
    """
    try:
        data = json.loads(response.content.decode("utf-8-sig", errors="strict") or "null")
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: absurd nesting
        raise unexpected_body(what) from None
    if not isinstance(data, dict):
        raise unexpected_body(what)
    return data


def form_body(response: httpx.Response) -> dict[str, str]:
    """Parse a form-encoded answer (OAuth 1.0a token endpoints say text/html but send a form)."""
    text = response.content.decode("utf-8", errors="replace").strip()
    pairs = parse_qsl(text, keep_blank_values=True)
    return {key: value for key, value in pairs}


def basic_auth(user: str, password: str) -> str:
    """``Basic base64(user:password)`` as an Authorization header value (no escaping)."""
    raw = f"{user}:{password}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")
