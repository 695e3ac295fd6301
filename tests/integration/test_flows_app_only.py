"""App-only Bearer, enterprise Basic and preflight checks against the sandbox over real HTTP."""

from __future__ import annotations

import pytest

from twauth_gui.core import app_only, basic, identity, preflight
from twauth_gui.core.errors import ErrorKind, InputError, NetworkError, XApiError
from twauth_gui.core.http import make_client
from twauth_gui.core.models import AppKeys, BasicCredentials, BearerToken
from twauth_gui.sandbox import Sandbox


def api_keys(sb: Sandbox, name: str = "confidential") -> AppKeys:
    app = sb.app(name)
    return AppKeys(api_key=app.api_key, api_secret=app.api_secret)


def test_bearer_obtain_is_stable_identity_and_invalidate(sandbox: Sandbox) -> None:
    keys = api_keys(sandbox)
    ep = sandbox.endpoints
    first = app_only.obtain(keys, endpoints=ep)
    assert first.access_token.startswith("AAAA")
    assert "%" in first.access_token  # kept with its escapes
    assert app_only.obtain(keys, endpoints=ep).access_token == first.access_token
    assert identity.whoami_bearer(first, endpoints=ep).app_context
    message, again = preflight.preflight_bearer(keys, endpoints=ep)
    assert again.access_token == first.access_token and "work" in message

    app_only.invalidate(keys, first, endpoints=ep)
    with pytest.raises(XApiError) as info:
        identity.whoami_bearer(first, endpoints=ep)
    assert info.value.status == 401
    assert app_only.obtain(keys, endpoints=ep).access_token != first.access_token


def test_bearer_wrong_secret(sandbox: Sandbox) -> None:
    good = api_keys(sandbox)
    with pytest.raises(XApiError) as info:
        app_only.obtain(
            AppKeys(api_key=good.api_key, api_secret=good.api_secret[::-1]),
            endpoints=sandbox.endpoints,
        )
    assert info.value.kind == ErrorKind.BEARER_CREDENTIALS
    with pytest.raises(XApiError) as info:
        preflight.check_bearer(
            AppKeys(api_key=good.api_key, api_secret="x" * 50), endpoints=sandbox.endpoints
        )
    assert info.value.kind == ErrorKind.BEARER_CREDENTIALS


def test_client_id_cannot_make_a_bearer(sandbox: Sandbox) -> None:
    app = sandbox.app("confidential")
    with pytest.raises(InputError) as info:
        preflight.check_bearer(
            AppKeys(api_key=app.client_id, api_secret=app.client_secret or ""),
            endpoints=sandbox.endpoints,
        )
    assert "Client ID" in info.value.message
    with pytest.raises(XApiError):
        app_only.obtain(
            AppKeys(api_key=app.client_id, api_secret=app.client_secret or ""),
            endpoints=sandbox.endpoints,
        )


def test_made_up_bearer_is_rejected(sandbox: Sandbox) -> None:
    fake = BearerToken("AAAAAAAAAAAAAAAAAAAAA" + "x%2F" * 20)
    with pytest.raises(XApiError) as info:
        identity.whoami_bearer(fake, endpoints=sandbox.endpoints)
    assert info.value.status == 401


def test_bearer_503_timeout_and_drop(sandbox: Sandbox) -> None:
    keys = api_keys(sandbox)
    sandbox.set_fault(
        "/oauth2/token",
        status=503,
        body="<html>Over capacity</html>",
        headers={"Content-Type": "text/html"},
    )
    with pytest.raises(XApiError) as info:
        app_only.obtain(keys, endpoints=sandbox.endpoints)
    assert info.value.kind == ErrorKind.SERVER_ERROR
    sandbox.set_fault("/oauth2/token", delay=2.0)
    with make_client(timeout=0.5) as client:
        with pytest.raises(NetworkError) as net:
            app_only.obtain(keys, endpoints=sandbox.endpoints, client=client)
    assert net.value.kind == ErrorKind.TIMEOUT
    sandbox.set_fault("/oauth2/token", drop=True)
    with pytest.raises(NetworkError) as net:
        app_only.obtain(keys, endpoints=sandbox.endpoints)
    assert net.value.kind == ErrorKind.NETWORK


def test_basic_credentials(sandbox: Sandbox) -> None:
    user, password = sandbox.basic_user
    assert basic.test_request(BasicCredentials(user, password), sandbox.basic_url) == 200
    assert basic.test_request(BasicCredentials(user, password), sandbox.usage_url) == 200
    with pytest.raises(XApiError) as info:
        basic.test_request(BasicCredentials(user, password + "x"), sandbox.basic_url)
    assert info.value.kind == ErrorKind.UNAUTHORIZED


def test_nothing_listening_is_connection_refused(sandbox: Sandbox) -> None:
    url = sandbox.url
    ep = sandbox.endpoints
    sandbox.stop()
    with pytest.raises(NetworkError) as info:
        app_only.obtain(api_keys(sandbox), endpoints=ep)
    assert info.value.kind == ErrorKind.CONNECTION_REFUSED
    assert url.removeprefix("http://").split(":")[0] in info.value.message
