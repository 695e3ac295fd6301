"""Enterprise HTTP Basic (email + password) for legacy products on gnip-api.x.com.

Nothing is obtained: the pair is stored, the header is built here, and :func:`test_request`
checks it against a URL the user gives. Passwords are only ever sent over HTTPS (plain HTTP
is allowed only to this computer, for tests and the sandbox).
"""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from twauth_gui.core.errors import ErrorKind, InputError, XApiError
from twauth_gui.core.models import BasicCredentials

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_credentials(creds: BasicCredentials) -> None:
    """Raise :class:`InputError` when the pair cannot be sent as HTTP Basic."""
    if not creds.username.strip() or not creds.password:
        raise InputError(
            "Enter both the email address and the password of the enterprise account.",
            "They are the ones you use to sign in to console.gnip.com.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if ":" in creds.username:
        raise InputError(
            "The user name must not contain a colon (:).",
            "Enter the account's email address exactly.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if any(c in creds.username + creds.password for c in "\r\n"):
        raise InputError(
            "The user name or password contains a line break.",
            "Paste them again without the line break.",
            kind=ErrorKind.INVALID_INPUT,
        )


def authorization_header(creds: BasicCredentials) -> str:
    """``Basic base64(username:password)`` (UTF-8) for an ``Authorization`` header."""
    check_credentials(creds)
    raw = f"{creds.username.strip()}:{creds.password}".encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


def check_url(url: str) -> str:
    """Accept https URLs, or http only to this computer; raise :class:`InputError` otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip()
    if parts.scheme == "http" and parts.hostname in _LOOPBACK:
        return url.strip()
    raise InputError(
        "The test address must start with https:// (the password would be sent in the clear).",
        "Use the HTTPS address of the product, e.g. https://gnip-api.x.com/metrics/usage/…",
        kind=ErrorKind.INVALID_INPUT,
    )


def test_request(creds: BasicCredentials, url: str, *, client: httpx.Client | None = None) -> int:
    """GET ``url`` with the Basic header; return the HTTP status.

    401 raises :class:`XApiError` (UNAUTHORIZED) saying the email or password is wrong; a
    429 or 5xx answer raises the core's own error for it (a server that is down or
    rate-limiting has not checked the password); network failures raise
    :class:`NetworkError`. Any other status is returned as is.
    """
    import httpx

    from twauth_gui.core.http import client_scope, network_error

    target = check_url(url)
    header = authorization_header(creds)
    with client_scope(client) as http:
        try:
            response = http.get(target, headers={"Authorization": header})
        except httpx.InvalidURL:
            raise InputError(
                "The test address is not a valid web address.",
                "Copy the product's HTTPS address again.",
                kind=ErrorKind.INVALID_INPUT,
            ) from None
        except httpx.RequestError as exc:
            raise network_error(exc, target) from None
        status = response.status_code
        if status == 429 or status >= 500:
            from twauth_gui.core.errors import error_from_response

            raise error_from_response(status, dict(response.headers), response.content)
    log.debug("basic auth test -> %s", status)
    if status == 401:
        raise XApiError(
            "The server did not accept this email and password.",
            "Check them by signing in to console.gnip.com; the password is case-sensitive. "
            "The account also needs access to this product.",
            kind=ErrorKind.UNAUTHORIZED,
            status=401,
        )
    return status
