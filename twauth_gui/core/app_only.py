"""App-only authentication: a Bearer token from the API Key and Secret (client_credentials).

The token X returns contains percent escapes (``%2F``, ``%3D``); it is kept byte for byte,
never unquoted, because that exact string is what ``Authorization: Bearer`` must carry.
"""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

from twauth_gui.core.endpoints import Endpoints
from twauth_gui.core.errors import ErrorContext, ErrorKind, InputError, unexpected_body
from twauth_gui.core.models import AppKeys, BearerToken

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

FORM = "application/x-www-form-urlencoded;charset=UTF-8"


def _check_keys(keys: AppKeys) -> None:
    if not keys.api_key.strip() or not keys.api_secret.strip():
        raise InputError(
            "A Bearer token needs the app's API Key and API Key Secret.",
            "Copy both from Keys and tokens → Consumer Keys in the developer portal (the OAuth "
            "2.0 Client ID and Secret cannot make app-only tokens).",
            kind=ErrorKind.INVALID_INPUT,
        )


def basic_header(keys: AppKeys) -> str:
    """``Basic base64(urlenc(api_key):urlenc(api_secret))`` as X's app-only docs require."""
    pair = f"{quote(keys.api_key.strip(), safe='')}:{quote(keys.api_secret.strip(), safe='')}"
    return "Basic " + base64.b64encode(pair.encode()).decode("ascii")


def _headers(keys: AppKeys) -> dict[str, str]:
    return {"Authorization": basic_header(keys), "Content-Type": FORM, "Accept": "application/json"}


def obtain(
    keys: AppKeys,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> BearerToken:
    """Ask X for the app's Bearer token (the same one each time until it is invalidated)."""
    from twauth_gui.core.http import client_scope, json_body, send

    _check_keys(keys)
    ep = endpoints or Endpoints.from_env()
    with client_scope(client) as http:
        response = send(
            http,
            "POST",
            ep.bearer_token,
            ErrorContext(operation="bearer"),
            content=urlencode({"grant_type": "client_credentials"}),
            headers=_headers(keys),
        )
    data = json_body(response, "a Bearer token")
    token = data.get("access_token")
    token_type = data.get("token_type", "bearer")
    if not isinstance(token, str) or not token:
        raise unexpected_body("a Bearer token")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise unexpected_body("a Bearer token")
    log.debug("app-only bearer token obtained")
    return BearerToken(access_token=token)


def invalidate(
    keys: AppKeys,
    bearer: BearerToken,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> None:
    """Invalidate the app's Bearer token (``POST /oauth2/invalidate_token``, Basic auth)."""
    from twauth_gui.core.http import client_scope, send

    _check_keys(keys)
    ep = endpoints or Endpoints.from_env()
    with client_scope(client) as http:
        send(
            http,
            "POST",
            ep.bearer_invalidate,
            ErrorContext(operation="bearer_invalidate"),
            content=urlencode({"access_token": bearer.access_token}),
            headers=_headers(keys),
        )
    log.debug("app-only bearer token invalidated")
