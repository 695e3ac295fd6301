"""OAuth 1.0a through twauth_gui.core against the sandbox over real HTTP: success and failures."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.net import free_port
from twauth_gui.core import identity, oauth1, preflight
from twauth_gui.core.errors import ErrorKind, FlowError, NetworkError, XApiError
from twauth_gui.core.http import make_client
from twauth_gui.core.models import AppKeys
from twauth_gui.sandbox import Sandbox


def app_keys(sb: Sandbox, name: str = "confidential") -> AppKeys:
    app = sb.app(name)
    return AppKeys(api_key=app.api_key, api_secret=app.api_secret)


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_pin_flow_identity_and_invalidate(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    ep = sandbox.endpoints
    flow = oauth1.start(keys, "oob", endpoints=ep)
    assert flow.authorize_url.startswith(f"{sandbox.url}/oauth/authorize?oauth_token=")
    pin = sandbox.browser(flow.authorize_url)
    assert pin.isdigit() and len(pin) == 7
    tokens = oauth1.finish(flow, f" {pin[:3]} {pin[3:]} ")
    assert (tokens.user_id, tokens.screen_name) == ("1234567890", "twauth_demo")
    who = identity.whoami_oauth1(keys, tokens, endpoints=ep)
    assert (who.user_id, who.username, who.name) == ("1234567890", "twauth_demo", "Twauth Demo")
    assert who.profile_image_url and not who.app_context

    oauth1.invalidate(keys, tokens, endpoints=ep)
    with pytest.raises(XApiError) as info:
        identity.whoami_oauth1(keys, tokens, endpoints=ep)
    assert info.value.status == 401


def test_callback_flow_with_registered_loopback_port(sandbox: Sandbox) -> None:
    callback = f"http://127.0.0.1:{free_port()}/callback"
    sandbox.register_callback("public", callback)
    keys = app_keys(sandbox, "public")
    assert preflight.check_oauth1(keys, callback, endpoints=sandbox.endpoints).endswith(
        f"{callback}."
    )
    flow = oauth1.start(keys, callback, access_type="read", endpoints=sandbox.endpoints)
    redirect = sandbox.browser(flow.authorize_url)
    assert redirect.startswith(callback + "?")
    q = query(redirect)
    assert q["oauth_token"] == flow.request_token
    tokens = oauth1.finish(flow, q["oauth_verifier"], returned_token=q["oauth_token"])
    assert tokens.screen_name == "twauth_demo"


def test_authenticate_link_mode_and_force_login(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    flow = oauth1.start(
        keys,
        "oob",
        link_mode="authenticate",
        force_login=True,
        screen_name="twauth_demo",
        endpoints=sandbox.endpoints,
    )
    assert "/oauth/authenticate?" in flow.authorize_url
    tokens = oauth1.finish(flow, sandbox.browser(flow.authorize_url))
    assert tokens.user_id == "1234567890"


def test_deny_with_callback_returns_denied_and_no_verifier(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    flow = oauth1.start(keys, "http://127.0.0.1:8765/callback", endpoints=sandbox.endpoints)
    redirect = sandbox.browser(flow.authorize_url, approve=False)
    q = query(redirect)
    assert q == {"denied": flow.request_token}
    # nothing to finish with; a guessed verifier is refused by X
    with pytest.raises(XApiError) as info:
        oauth1.finish(flow, "guessed-verifier", returned_token=flow.request_token)
    assert info.value.kind in (ErrorKind.INVALID_VERIFIER, ErrorKind.INVALID_REQUEST_TOKEN)


def test_deny_with_pin_then_any_pin_fails(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    flow = oauth1.start(keys, "oob", endpoints=sandbox.endpoints)
    assert sandbox.browser(flow.authorize_url, approve=False) == ""
    with pytest.raises(XApiError) as info:
        oauth1.finish(flow, "1234567")
    assert info.value.kind in (ErrorKind.INVALID_VERIFIER, ErrorKind.INVALID_REQUEST_TOKEN)


def test_wrong_pin_then_reused_pin(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    flow = oauth1.start(keys, "oob", endpoints=sandbox.endpoints)
    pin = sandbox.browser(flow.authorize_url)
    wrong = "1234567" if pin != "1234567" else "7654321"
    with pytest.raises(XApiError) as info:
        oauth1.finish(flow, wrong)
    assert info.value.kind == ErrorKind.INVALID_VERIFIER
    assert info.value.message and info.value.hint
    # a PIN works once: after the right one, reusing it fails
    flow = oauth1.start(keys, "oob", endpoints=sandbox.endpoints)
    pin = sandbox.browser(flow.authorize_url)
    oauth1.finish(flow, pin)
    with pytest.raises(XApiError) as info:
        oauth1.finish(flow, pin)
    assert info.value.kind in (ErrorKind.INVALID_REQUEST_TOKEN, ErrorKind.INVALID_VERIFIER)


def test_wrong_secret(sandbox: Sandbox) -> None:
    good = app_keys(sandbox)
    bad = AppKeys(api_key=good.api_key, api_secret=good.api_secret[::-1])
    with pytest.raises(XApiError) as info:
        oauth1.start(bad, "oob", endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.BAD_CONSUMER
    assert "API Key" in info.value.message


def test_callback_not_registered(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    callback = f"http://127.0.0.1:{free_port()}/callback"
    with pytest.raises(XApiError) as info:
        oauth1.start(keys, callback, endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.CALLBACK_NOT_APPROVED
    assert callback in info.value.hint
    with pytest.raises(XApiError) as info:
        preflight.check_oauth1(keys, callback, endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.CALLBACK_NOT_APPROVED
    assert "API Key and Secret are fine" in info.value.message and callback in info.value.hint


def test_app_without_callbacks_only_allows_oob(sandbox: Sandbox) -> None:
    app = sandbox.add_app("desktop", callbacks=[])
    keys = AppKeys(api_key=app.api_key, api_secret=app.api_secret)
    with pytest.raises(XApiError) as info:
        oauth1.start(keys, "http://127.0.0.1:8765/callback", endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.DESKTOP_OOB_ONLY
    flow = oauth1.start(keys, "oob", endpoints=sandbox.endpoints)
    assert oauth1.finish(flow, sandbox.browser(flow.authorize_url)).screen_name == "twauth_demo"


@pytest.mark.parametrize("offset", [3600.0, -3600.0])
def test_clock_skew(sandbox: Sandbox, offset: float) -> None:
    sandbox.clock_offset = offset
    with pytest.raises(XApiError) as info:
        oauth1.start(app_keys(sandbox), "oob", endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.CLOCK_SKEW
    assert "clock" in info.value.message


def test_callback_from_another_flow_is_rejected(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    first = oauth1.start(keys, "http://127.0.0.1:8765/callback", endpoints=sandbox.endpoints)
    second = oauth1.start(keys, "http://127.0.0.1:8765/callback", endpoints=sandbox.endpoints)
    q = query(sandbox.browser(second.authorize_url))
    with pytest.raises(FlowError) as info:
        oauth1.finish(first, q["oauth_verifier"], returned_token=q["oauth_token"])
    assert info.value.kind == ErrorKind.TOKEN_MISMATCH
    assert sandbox.request_count("/oauth/access_token") == 0


def test_server_error_is_transient(sandbox: Sandbox) -> None:
    sandbox.set_fault("/oauth/request_token", status=503, body="Service Unavailable")
    with pytest.raises(XApiError) as info:
        oauth1.start(app_keys(sandbox), "oob", endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.SERVER_ERROR and info.value.transient
    # the fault was one-shot: the next attempt works
    assert oauth1.start(app_keys(sandbox), "oob", endpoints=sandbox.endpoints).request_token


def test_timeout_and_dropped_connection(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    flow = oauth1.start(keys, "oob", endpoints=sandbox.endpoints)
    pin = sandbox.browser(flow.authorize_url)
    sandbox.set_fault("/oauth/access_token", delay=2.0)
    with make_client(timeout=0.5) as client:
        with pytest.raises(NetworkError) as info:
            oauth1.finish(flow, pin, client=client)
    assert info.value.kind == ErrorKind.TIMEOUT
    sandbox.set_fault("/oauth/request_token", drop=True)
    with pytest.raises(NetworkError) as info:
        oauth1.start(keys, "oob", endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.NETWORK


def test_verify_credentials_fallback_when_app_not_enrolled(sandbox: Sandbox) -> None:
    keys = app_keys(sandbox)
    flow = oauth1.start(keys, "oob", endpoints=sandbox.endpoints)
    tokens = oauth1.finish(flow, sandbox.browser(flow.authorize_url))
    sandbox.set_fault(
        "/2/users/me",
        status=403,
        body={
            "title": "Client Forbidden",
            "reason": "client-not-enrolled",
            "type": "https://api.twitter.com/2/problems/client-forbidden",
            "detail": "attach your App to a Project",
        },
    )
    who = identity.whoami_oauth1(keys, tokens, endpoints=sandbox.endpoints)
    assert who.username == "twauth_demo" and who.user_id == "1234567890"
    assert sandbox.request_count("/1.1/account/verify_credentials.json") == 1
