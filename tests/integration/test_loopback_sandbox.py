"""End to end: sandbox consent page → redirect → loopback receiver → token exchange."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest

from twauth_gui.core import oauth1, oauth2
from twauth_gui.core.errors import ErrorKind, FlowError
from twauth_gui.core.loopback import LoopbackReceiver, parse_redirect_url
from twauth_gui.core.models import AppKeys


def follow(landing: str) -> tuple[int, str]:
    """Do what the browser does with the redirect: GET it, Host header from the URL."""
    parts = urlsplit(landing)
    assert parts.hostname is not None and parts.port is not None
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        conn.request("GET", f"{parts.path}?{parts.query}")
        resp = conn.getresponse()
        return resp.status, resp.read().decode()
    finally:
        conn.close()


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_oauth2_round_trip(sandbox, host: str) -> None:  # type: ignore[no-untyped-def]
    app = sandbox.app("public")
    keys = AppKeys(client_id=app.client_id)
    with LoopbackReceiver(f"http://{host}:0/callback", kind="oauth2", state="x" * 43) as probe:
        uri = probe.redirect_uri  # a free port, then released
    sandbox.register_callback("public", uri)
    flow = oauth2.start(keys, uri, ["tweet.read", "users.read"], endpoints=sandbox.endpoints)
    with LoopbackReceiver(uri, kind="oauth2", state=flow.state, timeout=10) as rx:
        landing = sandbox.browser(flow.authorize_url)
        assert landing.startswith(uri + "?")
        status, body = follow(landing)
        assert status == 200
        assert "You can close this tab and return to twauth-gui" in body
        result = rx.wait()
    assert result.state == flow.state
    tokens = oauth2.finish(flow, result.code or "")
    assert tokens.access_token


def test_oauth2_denial_round_trip(sandbox) -> None:  # type: ignore[no-untyped-def]
    app = sandbox.app("confidential")
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret or "")
    with LoopbackReceiver("http://127.0.0.1:0/callback", kind="oauth2", state="y" * 43) as p:
        uri = p.redirect_uri
    sandbox.register_callback("confidential", uri)
    flow = oauth2.start(keys, uri, ["tweet.read", "users.read"], endpoints=sandbox.endpoints)
    with LoopbackReceiver(uri, kind="oauth2", state=flow.state, timeout=10) as rx:
        landing = sandbox.browser(flow.authorize_url, approve=False)
        follow(landing)
        with pytest.raises(FlowError) as info:
            rx.wait()
    assert info.value.kind == ErrorKind.DENIED
    # the same address pasted by hand says the same
    with pytest.raises(FlowError) as pasted:
        parse_redirect_url(landing, kind="oauth2", state=flow.state)
    assert pasted.value.kind == ErrorKind.DENIED


def test_oauth1_round_trip_and_paste(sandbox) -> None:  # type: ignore[no-untyped-def]
    app = sandbox.app("confidential")
    keys = AppKeys(api_key=app.api_key, api_secret=app.api_secret)
    with LoopbackReceiver("http://127.0.0.1:0/oauth1", kind="oauth1", request_token="t" * 10) as p:
        uri = p.redirect_uri
    sandbox.register_callback("confidential", uri)
    flow = oauth1.start(keys, uri, endpoints=sandbox.endpoints)
    with LoopbackReceiver(uri, kind="oauth1", request_token=flow.request_token, timeout=10) as rx:
        landing = sandbox.browser(flow.authorize_url)
        assert parse_redirect_url(landing, kind="oauth1", request_token=flow.request_token)
        assert follow(landing)[0] == 200
        result = rx.wait()
    assert result.oauth_token == flow.request_token
    tokens = oauth1.finish(
        flow,
        result.oauth_verifier or "",
        returned_token=result.oauth_token,
        endpoints=sandbox.endpoints,
    )
    assert tokens.token


def test_oauth1_denial_round_trip(sandbox) -> None:  # type: ignore[no-untyped-def]
    app = sandbox.app("confidential")
    keys = AppKeys(api_key=app.api_key, api_secret=app.api_secret)
    with LoopbackReceiver("http://127.0.0.1:0/cb", kind="oauth1", request_token="t" * 10) as p:
        uri = p.redirect_uri
    sandbox.register_callback("confidential", uri)
    flow = oauth1.start(keys, uri, endpoints=sandbox.endpoints)
    with LoopbackReceiver(uri, kind="oauth1", request_token=flow.request_token, timeout=10) as rx:
        follow(sandbox.browser(flow.authorize_url, approve=False))
        with pytest.raises(FlowError) as info:
            rx.wait()
    assert info.value.kind == ErrorKind.DENIED
