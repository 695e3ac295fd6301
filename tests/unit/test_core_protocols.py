"""App-only bearer, enterprise Basic, identity and preflight checks (httpx.MockTransport)."""

from __future__ import annotations

import base64
from urllib.parse import quote

import pytest

from tests.unit.protocol_fakes import (
    EP,
    basic_pair,
    form,
    json_reply,
    recording,
    text_reply,
    verify_oauth1,
)
from twauth_gui.core import app_only, basic, identity, preflight
from twauth_gui.core.errors import ErrorKind, InputError, XApiError
from twauth_gui.core.models import (
    AppKeys,
    BasicCredentials,
    BearerToken,
    Identity,
    OAuth1Tokens,
    OAuth2Tokens,
)

KEYS = AppKeys(api_key="ck1234567890abcdefghijklm", api_secret="cs" * 25)
BEARER = (
    "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3D"
    "EUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"
)
CLIENT_ID = "WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ"
CLIENT_SECRET = "-RoKx3x58JA8Sm9JIt2fmAjq3q5GX-bqZ3vjJxSeGsdmGtXEbP"
ME = {
    "data": {
        "id": "1234567890",
        "username": "twauth_demo",
        "name": "Twauth Demo",
        "profile_image_url": "https://pbs.example/a.png",
    }
}


# --------------------------------------------------------------------------- app-only


def test_bearer_obtain_uses_escaped_basic_and_keeps_token_byte_for_byte() -> None:
    keys = AppKeys(api_key="key with:colon", api_secret="sec/ret+=")
    answer = json_reply(200, {"token_type": "bearer", "access_token": BEARER})
    with recording(answer) as (rec, client):
        token = app_only.obtain(keys, endpoints=EP, client=client)
    req = rec.last
    assert req.url.path == "/oauth2/token"
    raw = base64.b64decode(req.headers["Authorization"].split()[1]).decode()
    assert raw == f"{quote('key with:colon', safe='')}:{quote('sec/ret+=', safe='')}"
    assert form(req) == {"grant_type": "client_credentials"}
    assert token.access_token == BEARER  # %2B/%3D kept, never unquoted
    assert BEARER not in repr(token)


def test_bearer_wrong_keys() -> None:
    body = {
        "errors": [
            {
                "code": 99,
                "label": "authenticity_token_error",
                "message": "Unable to verify your credentials",
            }
        ]
    }
    with recording(json_reply(403, body)) as (_, client):
        with pytest.raises(XApiError) as info:
            app_only.obtain(KEYS, endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.BEARER_CREDENTIALS


@pytest.mark.parametrize(
    "answer", [{"token_type": "bearer"}, {"access_token": "x", "token_type": "mac"}]
)
def test_bearer_unexpected_answer(answer: dict[str, str]) -> None:
    with recording(json_reply(200, answer)) as (_, client):
        with pytest.raises(XApiError) as info:
            app_only.obtain(KEYS, endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.UNEXPECTED_RESPONSE


def test_bearer_needs_api_key_and_secret() -> None:
    with pytest.raises(InputError):
        app_only.obtain(AppKeys(client_id=CLIENT_ID, client_secret=CLIENT_SECRET), endpoints=EP)


def test_bearer_invalidate() -> None:
    with recording(json_reply(200, {"access_token": BEARER})) as (rec, client):
        app_only.invalidate(KEYS, BearerToken(BEARER), endpoints=EP, client=client)
    req = rec.last
    assert req.url.path == "/oauth2/invalidate_token"
    assert form(req) == {"access_token": BEARER}
    assert basic_pair(req) == (KEYS.api_key, KEYS.api_secret)


# --------------------------------------------------------------------------- basic


def test_basic_header() -> None:
    creds = BasicCredentials("me@example.com", "pä:ss")
    header = basic.authorization_header(creds)
    assert header == "Basic " + base64.b64encode("me@example.com:pä:ss".encode()).decode()


@pytest.mark.parametrize(
    "creds",
    [
        BasicCredentials("", "pw"),
        BasicCredentials("a:b", "pw"),
        BasicCredentials("me", ""),
        BasicCredentials("me", "pw\nx"),
    ],
)
def test_basic_rejects_bad_credentials(creds: BasicCredentials) -> None:
    with pytest.raises(InputError):
        basic.authorization_header(creds)


def test_basic_test_request_statuses() -> None:
    creds = BasicCredentials("me@example.com", "pw")
    url = "https://gnip-api.example/metrics/usage/accounts/x.json"
    with recording(json_reply(200, {}), json_reply(403, {}), text_reply(401, "nope")) as (rec, c):
        assert basic.test_request(creds, url, client=c) == 200
        assert basic_pair(rec.last) == ("me@example.com", "pw")
        assert basic.test_request(creds, url, client=c) == 403
        with pytest.raises(XApiError) as info:
            basic.test_request(creds, url, client=c)
    assert info.value.kind == ErrorKind.UNAUTHORIZED
    assert "password" in info.value.message


@pytest.mark.parametrize("url", ["http://gnip-api.x.com/x", "ftp://a/b", "not a url", ""])
def test_basic_refuses_cleartext_urls(url: str) -> None:
    with recording() as (rec, client):
        with pytest.raises(InputError):
            basic.test_request(BasicCredentials("me", "pw"), url, client=client)
    assert rec.requests == []


def test_basic_allows_http_to_loopback() -> None:
    with recording(json_reply(204, {})) as (_, client):
        assert (
            basic.test_request(BasicCredentials("me", "pw"), "http://127.0.0.1:1/x", client=client)
            == 204
        )


# --------------------------------------------------------------------------- identity


def test_whoami_oauth2() -> None:
    with recording(json_reply(200, ME)) as (rec, client):
        who = identity.whoami_oauth2(OAuth2Tokens("acc-1"), endpoints=EP, client=client)
    req = rec.last
    assert req.url.path == "/2/users/me"
    assert req.url.params["user.fields"] == "profile_image_url"
    assert req.headers["Authorization"] == "Bearer acc-1"
    assert who == Identity("1234567890", "twauth_demo", "Twauth Demo", "https://pbs.example/a.png")


def test_whoami_oauth2_missing_scope() -> None:
    body = {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Forbidden"}
    with recording(json_reply(403, body)) as (_, client):
        with pytest.raises(XApiError) as info:
            identity.whoami_oauth2(OAuth2Tokens("acc-1"), endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.MISSING_SCOPE


def test_whoami_oauth1_signed_users_me() -> None:
    tokens = OAuth1Tokens("99-tok", "tokSecret")
    with recording(json_reply(200, ME)) as (rec, client):
        who = identity.whoami_oauth1(KEYS, tokens, endpoints=EP, client=client)
    signed = verify_oauth1(rec.last, KEYS.api_secret, "tokSecret")
    assert signed["oauth_token"] == "99-tok"
    assert signed["user.fields"] == "profile_image_url"
    assert who.username == "twauth_demo"


def test_whoami_oauth1_falls_back_to_verify_credentials() -> None:
    not_enrolled = {
        "title": "Client Forbidden",
        "reason": "client-not-enrolled",
        "type": "https://api.twitter.com/2/problems/client-forbidden",
        "detail": "must use keys and tokens from an App attached to a Project",
    }
    v1 = {
        "id_str": "42",
        "screen_name": "old_school",
        "name": "Old",
        "profile_image_url_https": "https://pbs.example/o.png",
    }
    with recording(json_reply(403, not_enrolled), json_reply(200, v1)) as (rec, client):
        who = identity.whoami_oauth1(
            KEYS, OAuth1Tokens("99-tok", "tokSecret"), endpoints=EP, client=client
        )
    assert rec.last.url.path == "/1.1/account/verify_credentials.json"
    verify_oauth1(rec.last, KEYS.api_secret, "tokSecret")
    assert who == Identity("42", "old_school", "Old", "https://pbs.example/o.png")


def test_whoami_oauth1_bad_token_does_not_fall_back() -> None:
    body = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
    with recording(json_reply(401, body)) as (rec, client):
        with pytest.raises(XApiError) as info:
            identity.whoami_oauth1(KEYS, OAuth1Tokens("9-t", "s"), endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.UNAUTHORIZED
    assert len(rec.requests) == 1


def test_whoami_bearer_is_app_context() -> None:
    unsupported = {
        "title": "Unsupported Authentication",
        "type": "https://api.twitter.com/2/problems/unsupported-authentication",
        "status": 403,
        "detail": "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.",
    }
    with recording(json_reply(403, unsupported, "application/problem+json")) as (rec, client):
        who = identity.whoami_bearer(BearerToken(BEARER), endpoints=EP, client=client)
    assert who == Identity(app_context=True)
    assert rec.last.headers["Authorization"] == f"Bearer {BEARER}"
    assert identity.whoami_bearer(BearerToken(BEARER), verify=False) == Identity(app_context=True)


def test_whoami_bearer_bad_token_raises() -> None:
    body = {"errors": [{"code": 89, "message": "Invalid or expired token."}]}
    with recording(json_reply(401, body)) as (_, client):
        with pytest.raises(XApiError) as info:
            identity.whoami_bearer(BearerToken(BEARER), endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.INVALID_TOKEN


# --------------------------------------------------------------------------- preflight


def test_preflight_oauth1_ok_and_callback_not_approved() -> None:
    ok = text_reply(200, "oauth_token=a&oauth_token_secret=b&oauth_callback_confirmed=true")
    refused = json_reply(403, {"errors": [{"code": 415, "message": "Callback URL not approved"}]})
    cb = "http://127.0.0.1:8765/callback"
    with recording(ok, refused) as (_, client):
        message = preflight.check_oauth1(KEYS, cb, endpoints=EP, client=client)
        assert cb in message
        with pytest.raises(XApiError) as info:
            preflight.check_oauth1(KEYS, cb, endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.CALLBACK_NOT_APPROVED
    assert "API Key and Secret are fine" in info.value.message
    assert cb in info.value.message and cb in info.value.hint


def test_preflight_oauth1_catches_pasted_bearer_before_network() -> None:
    with recording() as (rec, client):
        with pytest.raises(InputError) as info:
            preflight.check_oauth1(
                AppKeys(api_key=BEARER, api_secret="x" * 50), "oob", endpoints=EP, client=client
            )
    assert "Bearer" in info.value.message and "API Key" in info.value.message
    assert rec.requests == []


def test_preflight_oauth2_dummy_code_means_credentials_fine() -> None:
    bad_code = json_reply(
        400,
        {
            "error": "invalid_request",
            "error_description": "Value passed for the authorization code was invalid.",
        },
    )
    keys = AppKeys(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    with recording(bad_code) as (rec, client):
        message = preflight.check_oauth2(
            keys, "http://127.0.0.1:8765/callback", endpoints=EP, client=client
        )
    assert "accepted" in message and "confidential" in message
    assert basic_pair(rec.last) == (CLIENT_ID, CLIENT_SECRET)
    body = form(rec.last)
    assert body["grant_type"] == "authorization_code" and body["client_id"] == CLIENT_ID
    assert 43 <= len(body["code_verifier"]) <= 128


@pytest.mark.parametrize("secret", [CLIENT_SECRET, ""])
def test_preflight_oauth2_unauthorized_client_explains_mixup(secret: str) -> None:
    refused = json_reply(
        401,
        {"error": "unauthorized_client", "error_description": "Missing valid authorization header"},
    )
    with recording(refused) as (_, client):
        with pytest.raises(XApiError) as info:
            preflight.check_oauth2(
                AppKeys(client_id=CLIENT_ID, client_secret=secret),
                "http://127.0.0.1:8765/callback",
                endpoints=EP,
                client=client,
            )
    assert info.value.kind == ErrorKind.UNAUTHORIZED_CLIENT
    if secret:
        assert "Native App" in info.value.hint and "Client Secret" in info.value.hint
    else:
        assert "confidential" in info.value.hint


def test_preflight_oauth2_api_key_in_client_id_field() -> None:
    with pytest.raises(InputError) as info:
        preflight.check_oauth2(
            AppKeys(client_id=KEYS.api_key), "http://127.0.0.1:8765/callback", endpoints=EP
        )
    assert "API Key" in info.value.message and "Client ID" in info.value.message


def test_preflight_bearer_returns_message_and_token() -> None:
    answer = json_reply(200, {"token_type": "bearer", "access_token": BEARER})
    with recording(answer, answer) as (_, client):
        message, token = preflight.preflight_bearer(KEYS, endpoints=EP, client=client)
        assert token.access_token == BEARER and message
        assert preflight.check_bearer(KEYS, endpoints=EP, client=client) == message
