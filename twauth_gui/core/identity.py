"""Who does a credential belong to: ``GET /2/users/me``, with fallbacks.

* OAuth 2.0 user token → ``/2/users/me`` with ``Authorization: Bearer``.
* OAuth 1.0a → ``/2/users/me`` signed; when that is refused because the app is not in a
  Project (client-not-enrolled / 403), ``/1.1/account/verify_credentials.json`` instead.
* App-only bearer → ``Identity(app_context=True)``: X answers ``/2/users/me`` with 403
  "Unsupported Authentication", which proves the token is accepted but belongs to no user.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from twauth_gui.core.endpoints import Endpoints
from twauth_gui.core.errors import ErrorContext, ErrorKind, XApiError, unexpected_body
from twauth_gui.core.models import AppKeys, BearerToken, Identity, OAuth1Tokens, OAuth2Tokens

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

USER_FIELDS = "profile_image_url"


def _users_me_url(ep: Endpoints) -> str:
    return f"{ep.users_me}?user.fields={USER_FIELDS}"


def _from_v2(data: dict[str, Any]) -> Identity:
    user = data.get("data")
    if not isinstance(user, dict) or not user.get("id"):
        raise unexpected_body("the account's details")
    return Identity(
        user_id=str(user.get("id", "")),
        username=str(user.get("username", "")),
        name=str(user.get("name", "")),
        profile_image_url=str(user.get("profile_image_url", "") or ""),
    )


def _from_v1(data: dict[str, Any]) -> Identity:
    user_id = data.get("id_str") or data.get("id")
    if not user_id:
        raise unexpected_body("the account's details")
    return Identity(
        user_id=str(user_id),
        username=str(data.get("screen_name", "")),
        name=str(data.get("name", "")),
        profile_image_url=str(
            data.get("profile_image_url_https", "") or data.get("profile_image_url", "") or ""
        ),
    )


def _get_json(
    url: str,
    client: httpx.Client | None,
    *,
    headers: dict[str, str] | None = None,
    auth: httpx.Auth | None = None,
    operation: str = "identity",
) -> dict[str, Any]:
    from twauth_gui.core.http import client_scope, json_body, send

    kwargs: dict[str, Any] = {"headers": headers or {}}
    if auth is not None:
        kwargs["auth"] = auth
    with client_scope(client) as http:
        response = send(http, "GET", url, ErrorContext(operation=operation), **kwargs)
    return json_body(response, "the account's details")


def whoami_oauth2(
    tokens: OAuth2Tokens,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> Identity:
    """The account an OAuth 2.0 user token acts as (needs ``tweet.read`` and ``users.read``)."""
    ep = endpoints or Endpoints.from_env()
    headers = {"Authorization": f"Bearer {tokens.access_token}"}
    return _from_v2(_get_json(_users_me_url(ep), client, headers=headers))


def whoami_oauth1(
    keys: AppKeys,
    tokens: OAuth1Tokens,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> Identity:
    """The account an OAuth 1.0a access token acts as; falls back to verify_credentials."""
    from twauth_gui.core.oauth1 import OAuth1Auth

    ep = endpoints or Endpoints.from_env()
    auth = OAuth1Auth(keys, tokens.token, tokens.token_secret)
    try:
        return _from_v2(_get_json(_users_me_url(ep), client, auth=auth))
    except XApiError as exc:
        # client-not-enrolled / client-forbidden and other 403s: the app is not in a
        # Project with v2 access, but v1.1 still answers for OAuth 1.0a.
        if exc.status != 403 and exc.kind != ErrorKind.CLIENT_NOT_ENROLLED:
            raise
        log.debug("users/me refused (%s); trying verify_credentials", exc.kind.value)
    return _from_v1(
        _get_json(ep.verify_credentials, client, auth=auth, operation="verify_credentials")
    )


def whoami_bearer(
    bearer: BearerToken,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
    verify: bool = True,
) -> Identity:
    """``Identity(app_context=True)`` for an app-only token.

    With ``verify`` the token is checked: X answers 403 (user context required) for a valid
    app-only token and 401 for a bad one, which raises :class:`XApiError`.
    """
    if verify:
        ep = endpoints or Endpoints.from_env()
        headers = {"Authorization": f"Bearer {bearer.access_token}"}
        try:
            _get_json(_users_me_url(ep), client, headers=headers)
        except XApiError as exc:
            if exc.status != 403:
                raise
    return Identity(app_context=True)
