"""The one httpx client factory, and the request helper that turns failures into core errors.

``send`` performs a request and returns the response only on 2xx; transport failures
become :class:`NetworkError` (DNS, refused, timeout, TLS) and X error answers become
:class:`XApiError` through :func:`errors.error_from_response`. Nothing here logs bodies,
query strings or headers.
"""

from __future__ import annotations

import logging
import ssl
from typing import Any

import httpx

from twauth_gui import __version__
from twauth_gui.core.errors import ErrorContext, ErrorKind, NetworkError, error_from_response

log = logging.getLogger(__name__)

USER_AGENT = f"twauth-gui/{__version__}"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)


def make_client(timeout: float | httpx.Timeout | None = None, **kwargs: Any) -> httpx.Client:
    """An httpx client with our timeouts and user agent; no redirects are followed."""
    return httpx.Client(
        timeout=timeout if timeout is not None else DEFAULT_TIMEOUT,
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
        **kwargs,
    )


def network_error(exc: BaseException, url: str) -> NetworkError:
    """Classify a transport exception into a plain-language :class:`NetworkError`."""
    host = httpx.URL(url).host if url else "X"
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
    except httpx.TransportError as exc:
        log.debug("%s %s failed: %s", method, httpx.URL(url).path, type(exc).__name__)
        raise network_error(exc, url) from None
    log.debug("%s %s -> %s", method, httpx.URL(url).path, response.status_code)
    if response.is_success:
        return response
    raise error_from_response(
        response.status_code, dict(response.headers), response.content, context
    )
