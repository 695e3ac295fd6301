"""OAuth 1.0a user sign-in (3-legged): request token → authorize URL → access token.

::

    flow = start(keys, "http://127.0.0.1:8765/callback")   # or callback="oob" for the PIN
    open_url(flow.authorize_url)                            # the person clicks Authorize
    tokens = finish(flow, verifier, returned_token=oauth_token_from_callback)

Signing is done by oauthlib (HMAC-SHA1, ``Authorization: OAuth`` header); ``oauth_callback``
and ``oauth_verifier`` travel in that header and are signed once. ``x_auth_access_type`` goes in
the query string so it is signed too. :class:`OAuth1Auth` signs any httpx request.

oauthlib logs the signature base string (which contains tokens and verifiers) at DEBUG;
importing this module installs a filter that drops those records.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode

import httpx
from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, SIGNATURE_TYPE_AUTH_HEADER
from oauthlib.oauth1 import Client as _OAuthlibClient

from twauth_gui.core import redact
from twauth_gui.core.endpoints import Endpoints
from twauth_gui.core.errors import (
    ErrorContext,
    ErrorKind,
    FlowError,
    InputError,
    unexpected_body,
)
from twauth_gui.core.http import client_scope, form_body, send
from twauth_gui.core.models import AppKeys, OAuth1Tokens

log = logging.getLogger(__name__)

FORM = "application/x-www-form-urlencoded"
ACCESS_TYPES = ("read", "write")
LINK_MODES = ("authorize", "authenticate")


class _DropDebug(logging.Filter):
    """Drops oauthlib's DEBUG records: they print signature base strings with tokens."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


for _name in ("oauthlib.oauth1.rfc5849", "oauthlib.oauth1.rfc5849.signature"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, _DropDebug) for f in _logger.filters):
        _logger.addFilter(_DropDebug())


@dataclass(frozen=True)
class OAuth1Flow:
    """One OAuth 1.0a sign-in in progress: everything :func:`finish` needs, nothing shared."""

    keys: AppKeys
    callback: str
    request_token: str = field(repr=False)
    request_token_secret: str = field(repr=False)
    authorize_url: str = field(repr=False)
    endpoints: Endpoints = field(default_factory=Endpoints)

    def __post_init__(self) -> None:
        redact.remember(self.request_token, self.request_token_secret)

    @property
    def is_pin(self) -> bool:
        """True when X shows a PIN instead of redirecting (callback ``oob``)."""
        return self.callback == "oob"


# --------------------------------------------------------------------------- signing


def sign(
    method: str,
    url: str,
    *,
    keys: AppKeys,
    token: str | None = None,
    token_secret: str | None = None,
    body: Mapping[str, str] | None = None,
    callback: str | None = None,
    verifier: str | None = None,
    nonce: str | None = None,
    timestamp: str | None = None,
) -> tuple[str, dict[str, str], str | None]:
    """Sign a request with HMAC-SHA1; return ``(url, headers, body)`` to send as they are.

    ``body`` is form-encoded and signed. ``nonce``/``timestamp`` exist for known-answer tests.
    """
    client = _OAuthlibClient(
        keys.api_key,
        client_secret=keys.api_secret,
        resource_owner_key=token or None,
        resource_owner_secret=token_secret or None,
        callback_uri=callback or None,
        verifier=verifier or None,
        signature_method=SIGNATURE_HMAC_SHA1,
        signature_type=SIGNATURE_TYPE_AUTH_HEADER,
        nonce=nonce,
        timestamp=timestamp,
    )
    headers: dict[str, str] = {}
    raw_body: list[tuple[str, str]] | None = None
    if body:
        headers["Content-Type"] = FORM
        raw_body = list(body.items())
    signed_url, signed_headers, signed_body = client.sign(
        url, http_method=method.upper(), body=raw_body, headers=headers
    )
    del signed_body  # the header signature type leaves the body as given; encode it ourselves
    out_headers = {str(k): str(v) for k, v in signed_headers.items()}
    encoded = urlencode(raw_body, quote_via=quote) if raw_body else None
    return str(signed_url), out_headers, encoded


class OAuth1Auth(httpx.Auth):
    """httpx auth that signs each request with the app keys and (optionally) a user token."""

    def __init__(self, keys: AppKeys, token: str | None = None, token_secret: str | None = None):
        self._keys = keys
        self._token = token
        self._token_secret = token_secret

    def __repr__(self) -> str:
        return f"OAuth1Auth(api_key={self._keys.api_key!r})"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        content_type = request.headers.get("Content-Type", "")
        body: dict[str, str] | None = None
        if request.method not in ("GET", "HEAD") and content_type.startswith(FORM):
            body = dict(parse_qsl(request.read().decode("utf-8"), keep_blank_values=True))
        _, headers, _ = sign(
            request.method,
            str(request.url),
            keys=self._keys,
            token=self._token,
            token_secret=self._token_secret,
            body=body,
        )
        request.headers["Authorization"] = headers["Authorization"]
        yield request


# --------------------------------------------------------------------------- validation


def _check_keys(keys: AppKeys) -> None:
    if not keys.api_key.strip() or not keys.api_secret.strip():
        raise InputError(
            "OAuth 1.0a needs the app's API Key and API Key Secret.",
            "Copy both from Keys and tokens → Consumer Keys in the developer portal.",
            kind=ErrorKind.INVALID_INPUT,
        )


def normalize_pin(text: str) -> str:
    """The PIN X showed, with spaces removed; raises :class:`InputError` unless it is digits."""
    pin = "".join(text.split())
    if not pin:
        raise InputError(
            "Please enter the PIN that X showed after you clicked Authorize app.",
            "It is a 7-digit number on the X page.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if not pin.isascii() or not pin.isdigit():
        raise InputError(
            "The PIN should contain only digits.",
            "Type the number exactly as X shows it (usually 7 digits), without letters.",
            kind=ErrorKind.INVALID_INPUT,
        )
    return pin


# --------------------------------------------------------------------------- the flow


def start(
    keys: AppKeys,
    callback: str = "oob",
    *,
    access_type: str | None = None,
    link_mode: str = "authorize",
    force_login: bool = False,
    screen_name: str | None = None,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> OAuth1Flow:
    """Get a request token and build the authorize URL (step 1 and 2).

    ``callback`` is a registered callback URL or ``"oob"`` for the PIN. ``access_type`` may be
    ``"read"`` or ``"write"`` to ask for less than the app's permission. ``link_mode`` is
    ``"authorize"`` (always show consent; right for desktop apps) or ``"authenticate"``.
    """
    _check_keys(keys)
    callback = callback.strip() or "oob"
    if access_type is not None and access_type not in ACCESS_TYPES:
        raise InputError(
            f"Unknown access type {access_type!r}.",
            "Use read or write, or leave it empty to get the app's own permission.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if link_mode not in LINK_MODES:
        raise InputError(
            f"Unknown link mode {link_mode!r}.",
            "Use authorize (recommended) or authenticate.",
            kind=ErrorKind.INVALID_INPUT,
        )
    ep = endpoints or Endpoints.from_env()
    url = ep.request_token
    if access_type:
        url += "?" + urlencode({"x_auth_access_type": access_type})
    signed_url, headers, _ = sign("POST", url, keys=keys, callback=callback)
    context = ErrorContext(
        operation="request_token", callback_url="" if callback == "oob" else callback
    )
    with client_scope(client) as http:
        response = send(http, "POST", signed_url, context, headers=headers)
    data = form_body(response)
    token = data.get("oauth_token", "")
    secret = data.get("oauth_token_secret", "")
    if not token or not secret:
        raise unexpected_body("a request token")
    if data.get("oauth_callback_confirmed", "").lower() != "true":
        raise FlowError(
            "X did not confirm the callback address, so this sign-in cannot continue safely.",
            "Try again; if it keeps happening, check the callback URL in the developer portal.",
            kind=ErrorKind.CALLBACK_NOT_CONFIRMED,
        )
    redact.remember(token, secret)
    params: dict[str, str] = {"oauth_token": token}
    if force_login:
        params["force_login"] = "true"
    if screen_name:
        params["screen_name"] = screen_name.strip().lstrip("@")
    authorize_url = ep.oauth1_authorize(link_mode) + "?" + urlencode(params)
    log.debug("OAuth 1.0a request token obtained")
    return OAuth1Flow(
        keys=keys,
        callback=callback,
        request_token=token,
        request_token_secret=secret,
        authorize_url=authorize_url,
        endpoints=ep,
    )


def finish(
    flow: OAuth1Flow,
    verifier: str,
    *,
    returned_token: str | None = None,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> OAuth1Tokens:
    """Exchange the verifier (PIN or ``oauth_verifier``) for the user's access token (step 3).

    ``returned_token`` is the ``oauth_token`` the callback carried; it must be this flow's
    request token. ``endpoints`` defaults to the flow's own.
    """
    if returned_token is not None and returned_token != flow.request_token:
        raise FlowError(
            "The answer from X belongs to a different sign-in than the one in progress.",
            "Close other sign-in tabs and start the authorization again.",
            kind=ErrorKind.TOKEN_MISMATCH,
        )
    if flow.is_pin:
        verifier = normalize_pin(verifier)
    else:
        verifier = verifier.strip()
        if not verifier:
            raise InputError(
                "X's answer did not include a verifier.",
                "Start the authorization again.",
                kind=ErrorKind.INVALID_INPUT,
            )
    redact.remember(verifier)
    ep = endpoints or flow.endpoints
    signed_url, headers, _ = sign(
        "POST",
        ep.access_token,
        keys=flow.keys,
        token=flow.request_token,
        token_secret=flow.request_token_secret,
        verifier=verifier,
    )
    with client_scope(client) as http:
        response = send(
            http, "POST", signed_url, ErrorContext(operation="access_token"), headers=headers
        )
    data = form_body(response)
    token = data.get("oauth_token", "")
    secret = data.get("oauth_token_secret", "")
    if not token or not secret:
        raise unexpected_body("an access token")
    log.debug("OAuth 1.0a access token obtained")
    return OAuth1Tokens(
        token=token,
        token_secret=secret,
        user_id=data.get("user_id", ""),
        screen_name=data.get("screen_name", ""),
    )


def invalidate(
    keys: AppKeys,
    tokens: OAuth1Tokens,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> None:
    """Revoke a user access token (``POST /1.1/oauth/invalidate_token`` signed with it)."""
    _check_keys(keys)
    ep = endpoints or Endpoints.from_env()
    signed_url, headers, _ = sign(
        "POST",
        ep.oauth1_invalidate,
        keys=keys,
        token=tokens.token,
        token_secret=tokens.token_secret,
    )
    with client_scope(client) as http:
        send(http, "POST", signed_url, ErrorContext(operation="oauth1_invalidate"), headers=headers)
    log.debug("OAuth 1.0a access token invalidated")
