"""OAuth 2.0 Authorization Code with PKCE (S256): authorize URL, code exchange, refresh, revoke.

::

    flow = start(keys, "http://127.0.0.1:8765/callback", ["tweet.read", "users.read"])
    open_url(flow.authorize_url)              # no network here; the browser does the consent
    tokens = finish(flow, code)               # after the loopback receiver checked ``state``
    tokens = refresh(keys, tokens.refresh_token)   # rotated pair: persist it before anything else

Client authentication: a public client (no secret) sends ``client_id`` in the body only; a
confidential client sends ``Authorization: Basic base64(client_id:client_secret)`` *and*
``client_id`` in the body. The secret never goes in the body.

httpx and oauthlib are imported lazily so that importing this module stays cheap.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import math
import secrets
import string
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode, urlsplit

from twauth_gui.core import redact
from twauth_gui.core.endpoints import Endpoints
from twauth_gui.core.errors import ErrorContext, ErrorKind, InputError, unexpected_body
from twauth_gui.core.models import AppKeys, OAuth2Tokens

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

#: RFC 7636 section 4.1: the characters a code verifier may use.
VERIFIER_ALPHABET = string.ascii_letters + string.digits + "-._~"
VERIFIER_MIN = 43
VERIFIER_MAX = 128
TOKEN_TYPE_HINTS = ("access_token", "refresh_token")
FORM = "application/x-www-form-urlencoded"
#: Longest believable ``expires_in`` (10 years); anything else is treated as "unknown".
MAX_EXPIRES_IN = 10 * 365 * 86400.0


def make_verifier(length: int = VERIFIER_MAX) -> str:
    """A fresh PKCE code verifier: ``length`` (43–128) characters from ``secrets``."""
    if not VERIFIER_MIN <= length <= VERIFIER_MAX:
        raise ValueError("a PKCE verifier has 43 to 128 characters")
    return "".join(secrets.choice(VERIFIER_ALPHABET) for _ in range(length))


def challenge_s256(verifier: str) -> str:
    """``BASE64URL(SHA256(verifier))`` without padding (RFC 7636 section 4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def new_state() -> str:
    """An unguessable ``state`` value: 256 random bits, URL-safe (43 characters)."""
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class OAuth2Flow:
    """One OAuth 2.0 sign-in in progress; client, endpoints, verifier and state travel together."""

    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str = field(repr=False)
    verifier: str = field(repr=False)
    authorize_url: str = field(repr=False)
    endpoints: Endpoints = field(default_factory=Endpoints)

    def __post_init__(self) -> None:
        redact.remember(self.client_secret, self.verifier, self.state)

    @property
    def keys(self) -> AppKeys:
        """The app keys this flow was started with."""
        return AppKeys(client_id=self.client_id, client_secret=self.client_secret)


# --------------------------------------------------------------------------- validation


def check_client(keys: AppKeys) -> None:
    if not keys.client_id.strip():
        raise InputError(
            "OAuth 2.0 needs the app's Client ID.",
            "Copy it from Keys and tokens → OAuth 2.0 Client ID and Client Secret in the "
            "developer portal (it is not the API Key).",
            kind=ErrorKind.INVALID_INPUT,
        )


def check_redirect_uri(redirect_uri: str) -> str:
    """Validate a callback URL X could accept; return it unchanged or raise :class:`InputError`."""
    parts = urlsplit(redirect_uri)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(
            "The callback URL must start with http:// or https:// and name a host.",
            "Use the callback shown by the app, for example http://127.0.0.1:8765/callback.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if parts.query or parts.fragment:
        raise InputError(
            "The callback URL must not contain ? or #.",
            "X does not allow query strings in callback URLs; remove everything after ? or #.",
            kind=ErrorKind.INVALID_INPUT,
        )
    return redirect_uri


# --------------------------------------------------------------------------- authorize


def start(
    keys: AppKeys,
    redirect_uri: str,
    scopes: Sequence[str],
    *,
    endpoints: Endpoints | None = None,
) -> OAuth2Flow:
    """Prepare a sign-in: fresh verifier and state, and the consent URL to open. No network."""
    check_client(keys)
    check_redirect_uri(redirect_uri)
    scope_list = tuple(dict.fromkeys(s.strip() for s in scopes if s.strip()))
    if not scope_list:
        raise InputError(
            "Choose at least one permission (scope).",
            "Pick a preset such as Read posts; X needs tweet.read and users.read to say who "
            "signed in.",
            kind=ErrorKind.INVALID_INPUT,
        )
    ep = endpoints or Endpoints.from_env()
    verifier = make_verifier()
    state = new_state()
    params = {
        "response_type": "code",
        "client_id": keys.client_id.strip(),
        "redirect_uri": redirect_uri,
        "scope": " ".join(scope_list),
        "state": state,
        "code_challenge": challenge_s256(verifier),
        "code_challenge_method": "S256",
    }
    url = ep.oauth2_authorize + "?" + urlencode(params, quote_via=quote)
    return OAuth2Flow(
        client_id=keys.client_id.strip(),
        client_secret=keys.client_secret.strip(),
        redirect_uri=redirect_uri,
        scopes=scope_list,
        state=state,
        verifier=verifier,
        authorize_url=url,
        endpoints=ep,
    )


# --------------------------------------------------------------------------- token endpoint


def client_auth_headers(keys: AppKeys) -> dict[str, str]:
    """Headers for the token endpoints: Basic auth for a confidential client, none for public."""
    headers = {"Content-Type": FORM, "Accept": "application/json"}
    if keys.client_secret:
        raw = f"{keys.client_id.strip()}:{keys.client_secret.strip()}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(raw).decode("ascii")
    return headers


def _post_form(
    url: str,
    body: str,
    keys: AppKeys,
    operation: str,
    client: httpx.Client | None,
    callback_url: str = "",
) -> dict[str, Any]:
    from twauth_gui.core.http import client_scope, json_body, send

    context = ErrorContext(operation=operation, callback_url=callback_url)
    with client_scope(client) as http:
        response = send(http, "POST", url, context, content=body, headers=client_auth_headers(keys))
    return json_body(response, "an access token")


def parse_token_response(
    data: Mapping[str, Any],
    requested_scopes: Sequence[str] = (),
    now: float | None = None,
) -> OAuth2Tokens:
    """Read X's token answer: ``expires_at = now + expires_in``; ``scopes`` = what X granted.

    When X omits ``scope`` the requested scopes are assumed. A missing ``refresh_token``
    gives ``refresh_token=None`` (no ``offline.access``, or X did not rotate).
    """
    access = data.get("access_token")
    if not isinstance(access, str) or not access:
        raise unexpected_body("an access token")
    token_type = data.get("token_type", "bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise unexpected_body("a bearer token")
    refresh_token = data.get("refresh_token")
    if not isinstance(refresh_token, str) or not refresh_token:
        refresh_token = None
    expires_at: float | None = None
    raw_expires = data.get("expires_in")
    try:
        if raw_expires is not None and not isinstance(raw_expires, bool):
            lifetime = float(raw_expires)
            if math.isfinite(lifetime) and lifetime <= MAX_EXPIRES_IN:
                expires_at = (time.time() if now is None else now) + max(0.0, lifetime)
    except (TypeError, ValueError, OverflowError):
        expires_at = None
    raw_scope = data.get("scope")
    if isinstance(raw_scope, str):
        scopes = tuple(raw_scope.replace(",", " ").split())
    elif isinstance(raw_scope, list):
        scopes = tuple(str(s) for s in raw_scope)
    else:
        scopes = tuple(requested_scopes)
    return OAuth2Tokens(
        access_token=access,
        refresh_token=refresh_token,
        expires_at=expires_at,
        scopes=scopes,
        token_type="bearer",
    )


def finish(flow: OAuth2Flow, code: str, *, client: httpx.Client | None = None) -> OAuth2Tokens:
    """Exchange the authorization code (with the flow's verifier) for the token pair."""
    from oauthlib.oauth2 import WebApplicationClient

    code = code.strip()
    if not code:
        raise InputError(
            "X's answer did not include an authorization code.",
            "Authorize again in the browser.",
            kind=ErrorKind.INVALID_INPUT,
        )
    redact.remember(code)
    body = WebApplicationClient(flow.client_id).prepare_request_body(
        code=code,
        redirect_uri=flow.redirect_uri,
        include_client_id=True,
        code_verifier=flow.verifier,
    )
    started = time.time()
    data = _post_form(
        flow.endpoints.oauth2_token,
        str(body),
        flow.keys,
        "oauth2_token",
        client,
        flow.redirect_uri,
    )
    tokens = parse_token_response(data, flow.scopes, now=started)
    log.debug("OAuth 2.0 token obtained (%d scopes)", len(tokens.scopes))
    return tokens


def refresh(
    keys: AppKeys,
    refresh_token: str,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
    scopes: Sequence[str] = (),
) -> OAuth2Tokens:
    """Trade a refresh token for a new pair. The old refresh token is dead afterwards.

    X rotates refresh tokens on every refresh; persist the returned pair before anything
    else. If X's answer carries no new refresh token, ``refresh_token`` is ``None``: the
    old one must still be treated as used, and the user will have to authorize again once
    the new access token expires. ``scopes`` (the previous grant) fills in when X omits
    ``scope``.
    """
    from oauthlib.oauth2 import WebApplicationClient

    check_client(keys)
    if not refresh_token:
        raise InputError(
            "There is no refresh token to use.",
            "Authorize again and keep Stay signed in (offline.access) selected.",
            kind=ErrorKind.REAUTHORIZE,
        )
    ep = endpoints or Endpoints.from_env()
    body = WebApplicationClient(keys.client_id.strip()).prepare_refresh_body(
        refresh_token=refresh_token, client_id=keys.client_id.strip(), scope=None
    )
    started = time.time()
    data = _post_form(ep.oauth2_token, str(body), keys, "oauth2_refresh", client)
    tokens = parse_token_response(data, scopes, now=started)
    log.debug("OAuth 2.0 token refreshed")
    return tokens


def revoke(
    keys: AppKeys,
    token: str,
    token_type_hint: str,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> None:
    """Revoke an access or refresh token (``token_type_hint`` says which) with client auth."""
    check_client(keys)
    if token_type_hint not in TOKEN_TYPE_HINTS:
        raise ValueError("token_type_hint must be 'access_token' or 'refresh_token'")
    ep = endpoints or Endpoints.from_env()
    body = urlencode(
        {"token": token, "token_type_hint": token_type_hint, "client_id": keys.client_id.strip()}
    )
    from twauth_gui.core.http import client_scope, send

    with client_scope(client) as http:
        send(
            http,
            "POST",
            ep.oauth2_revoke,
            ErrorContext(operation="oauth2_revoke"),
            content=body,
            headers=client_auth_headers(keys),
        )
    log.debug("OAuth 2.0 %s revoked", token_type_hint)
