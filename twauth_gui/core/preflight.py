"""Setup checks before the browser opens: are the keys right, is the callback registered?

* OAuth 1.0a: ask for a request token with the real callback. Success proves both the keys
  and the callback; code 415 means the keys are fine but the callback is not registered.
* OAuth 2.0: send a token request with a dummy code and verifier. "authorization code was
  invalid" proves X accepted the client credentials; ``unauthorized_client`` means a wrong
  secret or a public/confidential mix-up. (The callback URL can only be checked in the browser.)
* Bearer: run ``client_credentials`` itself (:func:`preflight_bearer` also returns the token).

Each check returns a plain-language OK message or raises a :class:`UserFacingError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlencode

from twauth_gui.core import app_only, oauth1
from twauth_gui.core.endpoints import Endpoints
from twauth_gui.core.errors import ErrorKind, XApiError
from twauth_gui.core.keys import check_app_keys
from twauth_gui.core.models import AppKeys, BearerToken, Method
from twauth_gui.core.oauth2 import check_client, check_redirect_uri, client_auth_headers

if TYPE_CHECKING:
    import httpx

PORTAL = "https://developer.x.com/en/portal/dashboard"
_DUMMY_CODE = "twauth-preflight-not-a-real-code"
_DUMMY_VERIFIER = "twauth-preflight-verifier-" + "0" * 40


def check_oauth1(
    keys: AppKeys,
    callback: str,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> str:
    """Check the API Key/Secret and that X accepts ``callback`` (``"oob"`` for the PIN)."""
    check_app_keys(keys, Method.OAUTH1)
    try:
        oauth1.start(keys, callback, endpoints=endpoints, client=client)
    except XApiError as exc:
        if exc.kind == ErrorKind.CALLBACK_NOT_APPROVED:
            raise XApiError(
                f"Your API Key and Secret are fine, but X does not accept the callback URL "
                f"{callback}.",
                f"In the developer portal ({PORTAL}) open your app → User authentication "
                f"settings → Callback URI / Redirect URL, add exactly {callback} (same "
                f"scheme, host, port and path, no trailing slash), save, and check again.",
                kind=ErrorKind.CALLBACK_NOT_APPROVED,
                status=exc.status,
                x_code=exc.x_code,
            ) from None
        if exc.kind == ErrorKind.DESKTOP_OOB_ONLY:
            raise XApiError(
                "Your API Key and Secret are fine, but this app has no callback URL set up.",
                f"Choose the PIN method, or in the developer portal ({PORTAL}) set up User "
                f"authentication and add {callback} to its Callback URLs.",
                kind=ErrorKind.DESKTOP_OOB_ONLY,
                status=exc.status,
                x_code=exc.x_code,
            ) from None
        raise
    if callback == "oob":
        return "Your API Key and Secret work. X will show a PIN after you authorize."
    return f"Your API Key and Secret work, and X accepts the callback URL {callback}."


def check_oauth2(
    keys: AppKeys,
    redirect_uri: str,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> str:
    """Check the Client ID (and Secret) with a token request X must refuse for the dummy code."""
    from twauth_gui.core.http import client_scope, send

    check_client(keys)
    check_redirect_uri(redirect_uri)
    check_app_keys(keys, Method.OAUTH2)
    ep = endpoints or Endpoints.from_env()
    body = urlencode(
        {
            "grant_type": "authorization_code",
            "code": _DUMMY_CODE,
            "redirect_uri": redirect_uri,
            "code_verifier": _DUMMY_VERIFIER,
            "client_id": keys.client_id.strip(),
        }
    )
    if keys.is_confidential:
        kind_of_client = "confidential client (with Client Secret)"
    else:
        kind_of_client = "public client (no Client Secret)"
    try:
        with client_scope(client) as http:
            headers = client_auth_headers(keys)
            send(http, "POST", ep.oauth2_token, None, content=body, headers=headers)
    except XApiError as exc:
        if exc.kind in (ErrorKind.INVALID_CODE, ErrorKind.PKCE_MISMATCH):
            return (
                f"X accepted the Client ID as a {kind_of_client}. Make sure {redirect_uri} is "
                "registered as a Callback URI; X checks that in the browser step."
            )
        if exc.kind == ErrorKind.UNAUTHORIZED_CLIENT:
            if keys.is_confidential:
                hint = (
                    "Copy the Client Secret again (Keys and tokens → OAuth 2.0 Client ID and "
                    "Client Secret; regenerate it if you lost it). If the app's type is Native "
                    "App or Single page App (a public client), leave the Client Secret empty."
                )
            else:
                hint = (
                    "This app is probably a confidential client (type Web App, Automated App "
                    "or Bot): enter its Client Secret too. Or change the app's type to Native "
                    "App in User authentication settings."
                )
            raise XApiError(
                "X did not accept the OAuth 2.0 Client ID and Secret.",
                hint,
                kind=ErrorKind.UNAUTHORIZED_CLIENT,
                status=exc.status,
            ) from None
        raise
    return f"X accepted the Client ID as a {kind_of_client}."  # pragma: no cover - X never does


def preflight_bearer(
    keys: AppKeys,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> tuple[str, BearerToken]:
    """Obtain the Bearer token itself; return the OK message and the token (to keep)."""
    check_app_keys(keys, Method.APP)
    token = app_only.obtain(keys, endpoints=endpoints, client=client)
    return "Your API Key and Secret work: X issued the app's Bearer token.", token


def check_bearer(
    keys: AppKeys,
    *,
    endpoints: Endpoints | None = None,
    client: httpx.Client | None = None,
) -> str:
    """Check the API Key/Secret by obtaining the Bearer token; return the OK message."""
    message, _ = preflight_bearer(keys, endpoints=endpoints, client=client)
    return message
