"""OAuth 2.0 PKCE through twauth_gui.core against the sandbox over real HTTP: success, failures."""

from __future__ import annotations

import dataclasses
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.net import free_port
from twauth_gui.core import identity, oauth2, preflight
from twauth_gui.core.errors import ErrorKind, NetworkError, XApiError
from twauth_gui.core.http import make_client
from twauth_gui.core.models import AppKeys, OAuth2Tokens
from twauth_gui.sandbox import Sandbox, SandboxBrowserError

SCOPES = ("tweet.read", "users.read", "offline.access")


def keys_for(sb: Sandbox, name: str) -> AppKeys:
    app = sb.app(name)
    return AppKeys(client_id=app.client_id, client_secret=app.client_secret or "")


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def authorize(
    sb: Sandbox,
    keys: AppKeys,
    redirect_uri: str,
    scopes: tuple[str, ...] = SCOPES,
) -> tuple[oauth2.OAuth2Flow, str]:
    flow = oauth2.start(keys, redirect_uri, scopes, endpoints=sb.endpoints)
    redirect = sb.browser(flow.authorize_url)
    assert redirect.startswith(redirect_uri + "?")
    q = query(redirect)
    assert q["state"] == flow.state
    return flow, q["code"]


@pytest.mark.parametrize("app", ["confidential", "public"])
def test_full_flow_identity_refresh_rotation_and_revoke(sandbox: Sandbox, app: str) -> None:
    callback = f"http://127.0.0.1:{free_port()}/callback"
    sandbox.register_callback(app, callback)
    keys = keys_for(sandbox, app)
    assert "accepted" in preflight.check_oauth2(keys, callback, endpoints=sandbox.endpoints)
    flow, code = authorize(sandbox, keys, callback)
    before = time.time()
    tokens = oauth2.finish(flow, code)
    assert tokens.refresh_token and tokens.access_token
    assert set(tokens.scopes) == set(SCOPES)
    assert tokens.expires_at is not None and tokens.expires_at > before + 60
    who = identity.whoami_oauth2(tokens, endpoints=sandbox.endpoints)
    assert (who.user_id, who.username, who.name) == ("1234567890", "twauth_demo", "Twauth Demo")

    # expiry: the access token stops working, refresh gives a rotated pair
    sandbox.expire_access_tokens()
    with pytest.raises(XApiError) as info:
        identity.whoami_oauth2(tokens, endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.UNAUTHORIZED
    fresh = oauth2.refresh(
        keys, tokens.refresh_token or "", endpoints=sandbox.endpoints, scopes=tokens.scopes
    )
    assert fresh.refresh_token and fresh.refresh_token != tokens.refresh_token
    assert fresh.access_token != tokens.access_token
    assert identity.whoami_oauth2(fresh, endpoints=sandbox.endpoints).username == "twauth_demo"

    # the rotated-out refresh token is dead
    with pytest.raises(XApiError) as info:
        oauth2.refresh(keys, tokens.refresh_token or "", endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.INVALID_REFRESH_TOKEN

    # revoke the access token: identity fails; revoke the refresh token: refresh fails
    oauth2.revoke(keys, fresh.access_token, "access_token", endpoints=sandbox.endpoints)
    with pytest.raises(XApiError) as info:
        identity.whoami_oauth2(fresh, endpoints=sandbox.endpoints)
    assert info.value.status == 401
    oauth2.revoke(keys, fresh.refresh_token or "", "refresh_token", endpoints=sandbox.endpoints)
    with pytest.raises(XApiError) as info:
        oauth2.refresh(keys, fresh.refresh_token or "", endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.INVALID_REFRESH_TOKEN


def test_localhost_callback_and_no_offline_access(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "public")
    flow, code = authorize(
        sandbox, keys, "http://localhost:8765/callback", ("tweet.read", "users.read")
    )
    tokens = oauth2.finish(flow, code)
    assert tokens.refresh_token is None
    assert set(tokens.scopes) == {"tweet.read", "users.read"}


def test_missing_identity_scope(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "public")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback", ("tweet.read",))
    tokens = oauth2.finish(flow, code)
    with pytest.raises(XApiError) as info:
        identity.whoami_oauth2(tokens, endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.MISSING_SCOPE


def test_deny(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "confidential")
    flow = oauth2.start(keys, "http://127.0.0.1:8765/callback", SCOPES, endpoints=sandbox.endpoints)
    q = query(sandbox.browser(flow.authorize_url, approve=False))
    assert q == {"error": "access_denied", "state": flow.state}


@pytest.mark.parametrize("mistake", ["wrong secret", "secret missing", "public with secret"])
def test_client_authentication_mistakes(sandbox: Sandbox, mistake: str) -> None:
    conf = keys_for(sandbox, "confidential")
    pub = keys_for(sandbox, "public")
    keys = {
        "wrong secret": AppKeys(client_id=conf.client_id, client_secret=conf.client_secret[::-1]),
        "secret missing": AppKeys(client_id=conf.client_id),
        "public with secret": AppKeys(client_id=pub.client_id, client_secret=conf.client_secret),
    }[mistake]
    redirect = "http://127.0.0.1:8765/callback"
    with pytest.raises(XApiError) as info:
        preflight.check_oauth2(keys, redirect, endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.UNAUTHORIZED_CLIENT
    assert info.value.hint
    # the real exchange fails the same way (consent works: X only checks the client id there)
    flow, code = authorize(sandbox, keys, redirect)
    with pytest.raises(XApiError) as info:
        oauth2.finish(flow, code)
    assert info.value.kind == ErrorKind.UNAUTHORIZED_CLIENT


def test_reused_code(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "confidential")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    oauth2.finish(flow, code)
    with pytest.raises(XApiError) as info:
        oauth2.finish(flow, code)
    assert info.value.kind == ErrorKind.INVALID_CODE


def test_expired_code(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "public")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    sandbox.clock_offset = 120.0  # codes live about 30 seconds
    with pytest.raises(XApiError) as info:
        oauth2.finish(flow, code)
    assert info.value.kind == ErrorKind.INVALID_CODE


def test_pkce_mismatch(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "confidential")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    other = dataclasses.replace(flow, verifier=oauth2.make_verifier())
    with pytest.raises(XApiError) as info:
        oauth2.finish(other, code)
    assert info.value.kind == ErrorKind.PKCE_MISMATCH


def test_redirect_uri_differs_at_exchange(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "confidential")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    other = dataclasses.replace(flow, redirect_uri="http://localhost:8765/callback")
    with pytest.raises(XApiError) as info:
        oauth2.finish(other, code)
    assert info.value.kind == ErrorKind.INVALID_CODE


def test_callback_not_registered_never_redirects(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "confidential")
    callback = f"http://127.0.0.1:{free_port()}/callback"
    flow = oauth2.start(keys, callback, SCOPES, endpoints=sandbox.endpoints)
    with pytest.raises(SandboxBrowserError):
        sandbox.browser(flow.authorize_url)
    # the preflight cannot see this (X checks it only in the browser) and says so
    message = preflight.check_oauth2(keys, callback, endpoints=sandbox.endpoints)
    assert callback in message and "browser" in message


def test_api_key_cannot_be_used_as_client_id(sandbox: Sandbox) -> None:
    app = sandbox.app("confidential")
    flow = oauth2.start(
        AppKeys(client_id=app.api_key),
        "http://127.0.0.1:8765/callback",
        SCOPES,
        endpoints=sandbox.endpoints,
    )
    with pytest.raises(SandboxBrowserError):
        sandbox.browser(flow.authorize_url)


def test_token_endpoint_503_then_recovers(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "confidential")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    sandbox.set_fault(
        "/2/oauth2/token", status=503, body={"title": "Service Unavailable", "status": 503}
    )
    with pytest.raises(XApiError) as info:
        oauth2.finish(flow, code)
    assert info.value.kind == ErrorKind.SERVER_ERROR and info.value.transient
    assert oauth2.finish(flow, code).access_token  # the code was not consumed by the 503


def test_token_endpoint_timeout(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "public")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    sandbox.set_fault("/2/oauth2/token", delay=2.0)
    with make_client(timeout=0.5) as client:
        with pytest.raises(NetworkError) as info:
            oauth2.finish(flow, code, client=client)
    assert info.value.kind == ErrorKind.TIMEOUT


def test_refresh_503_keeps_the_token_alive(sandbox: Sandbox) -> None:
    """A 503 from the token endpoint is transient and consumes nothing."""
    keys = keys_for(sandbox, "confidential")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    tokens = oauth2.finish(flow, code)
    sandbox.set_fault("/2/oauth2/token", status=503, times=1)
    with pytest.raises(XApiError) as info:
        oauth2.refresh(keys, tokens.refresh_token or "", endpoints=sandbox.endpoints)
    assert info.value.transient
    assert oauth2.refresh(keys, tokens.refresh_token or "", endpoints=sandbox.endpoints)


def test_token_json_with_odd_content_type(sandbox: Sandbox) -> None:
    keys = keys_for(sandbox, "public")
    flow, code = authorize(sandbox, keys, "http://127.0.0.1:8765/callback")
    sandbox.set_fault(
        "/2/oauth2/token",
        status=200,
        body='{"token_type":"bearer","expires_in":7200,"access_token":"odd-ctype",'
        '"scope":"tweet.read"}',
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    tokens = oauth2.finish(flow, code)
    assert tokens.access_token == "odd-ctype"
    assert tokens.scopes == ("tweet.read",)  # the granted scope, not the requested one


def test_rate_limited_identity_names_the_time(sandbox: Sandbox) -> None:
    reset = int(time.time()) + 900
    sandbox.set_fault(
        "/2/users/me",
        status=429,
        body={"title": "Too Many Requests", "status": 429},
        headers={"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"},
    )
    with pytest.raises(XApiError) as info:
        identity.whoami_oauth2(OAuth2Tokens("whatever"), endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.RATE_LIMITED
    assert time.strftime("%H:%M", time.localtime(reset)) in info.value.hint
