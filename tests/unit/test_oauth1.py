"""OAuth 1.0a: known-answer signatures, request/access token handling, PIN and token checks."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.unit.protocol_fakes import (
    EP,
    form,
    json_reply,
    oauth_header,
    recording,
    text_reply,
    verify_oauth1,
)
from twauth_gui.core import oauth1
from twauth_gui.core.errors import ErrorKind, FlowError, InputError, XApiError
from twauth_gui.core.models import AppKeys, OAuth1Tokens

KEYS = AppKeys(api_key="ck1234567890abcdefghijklm", api_secret="cs" * 25)
RT_BODY = "oauth_token=reqTok123&oauth_token_secret=reqSecret456&oauth_callback_confirmed=true"

# X's documented example (x-auth-reference.md)
DOC_KEYS = AppKeys(
    api_key="xvz1evFS4wEEPTGEFPHBog", api_secret="kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"
)
DOC_TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"
DOC_TOKEN_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("api.twitter.com", "hCtSmYh+iHYCEqBWrE7C7hYmtUk="),
        ("api.x.com", "Ls93hJiZbQ3akF3HF3x1Bz8/zU4="),
    ],
)
def test_known_answer_signature(host: str, expected: str) -> None:
    url, headers, body = oauth1.sign(
        "POST",
        f"https://{host}/1.1/statuses/update.json",
        keys=DOC_KEYS,
        token=DOC_TOKEN,
        token_secret=DOC_TOKEN_SECRET,
        body={
            "include_entities": "true",
            "status": "Hello Ladies + Gentlemen, a signed OAuth request!",
        },
        nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg",
        timestamp="1318622958",
    )
    request = httpx.Request("POST", url, headers=headers, content=body)
    params = oauth_header(request)
    assert params["oauth_signature"] == expected
    assert params["oauth_signature_method"] == "HMAC-SHA1"
    assert params["oauth_version"] == "1.0"
    assert params["oauth_token"] == DOC_TOKEN
    # RFC 3986 encoding in the body: %20 for space, %2B for +, never '+'
    assert body == (
        "include_entities=true&status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed"
        "%20OAuth%20request%21"
    )


def test_start_requests_token_and_builds_authorize_url() -> None:
    with recording(text_reply(200, RT_BODY)) as (rec, client):
        flow = oauth1.start(
            KEYS,
            "http://127.0.0.1:8765/callback",
            access_type="write",
            endpoints=EP,
            client=client,
        )
    req = rec.last
    assert req.method == "POST"
    assert req.url.path == "/oauth/request_token"
    assert req.url.params["x_auth_access_type"] == "write"
    signed = verify_oauth1(req, KEYS.api_secret)
    assert signed["x_auth_access_type"] == "write"  # in the query, so it is signed
    assert signed["oauth_callback"] == "http://127.0.0.1:8765/callback"
    assert "oauth_token" not in signed
    assert flow.request_token == "reqTok123"
    assert flow.request_token_secret == "reqSecret456"
    parts = urlsplit(flow.authorize_url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{EP.api}/oauth/authorize"
    assert parse_qs(parts.query) == {"oauth_token": ["reqTok123"]}
    assert "oauth_callback" not in flow.authorize_url
    assert "reqSecret456" not in repr(flow) and KEYS.api_secret not in repr(flow)


def test_start_oob_without_access_type_and_options() -> None:
    with recording(text_reply(200, RT_BODY)) as (rec, client):
        flow = oauth1.start(
            KEYS,
            "oob",
            link_mode="authenticate",
            force_login=True,
            screen_name="@someone",
            endpoints=EP,
            client=client,
        )
    assert "x_auth_access_type" not in str(rec.last.url)
    assert verify_oauth1(rec.last, KEYS.api_secret)["oauth_callback"] == "oob"
    parts = urlsplit(flow.authorize_url)
    assert parts.path == "/oauth/authenticate"
    assert parse_qs(parts.query) == {
        "oauth_token": ["reqTok123"],
        "force_login": ["true"],
        "screen_name": ["someone"],
    }
    assert flow.is_pin


@pytest.mark.parametrize(
    "body",
    [
        "oauth_token=a&oauth_token_secret=b&oauth_callback_confirmed=false",
        "oauth_token=a&oauth_token_secret=b",
    ],
)
def test_callback_not_confirmed_aborts(body: str) -> None:
    with recording(text_reply(200, body)) as (_, client):
        with pytest.raises(FlowError) as info:
            oauth1.start(KEYS, "oob", endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.CALLBACK_NOT_CONFIRMED
    assert info.value.message and info.value.hint


def test_request_token_without_tokens_is_unexpected() -> None:
    with recording(text_reply(200, "<html>hello</html>")) as (_, client):
        with pytest.raises(XApiError) as info:
            oauth1.start(KEYS, "oob", endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.UNEXPECTED_RESPONSE


def test_callback_not_approved_names_the_url() -> None:
    reply = json_reply(
        403,
        {
            "errors": [
                {"code": 415, "message": "Callback URL not approved for this client application."}
            ]
        },
    )
    with recording(reply) as (_, client):
        with pytest.raises(XApiError) as info:
            oauth1.start(KEYS, "http://localhost:9999/cb", endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.CALLBACK_NOT_APPROVED
    assert "http://localhost:9999/cb" in info.value.hint


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"access_type": "admin"}, "access type"), ({"link_mode": "direct"}, "link mode")],
)
def test_start_rejects_bad_options_without_network(kwargs: dict[str, str], field: str) -> None:
    with recording() as (rec, client):
        with pytest.raises(InputError) as info:
            oauth1.start(KEYS, "oob", endpoints=EP, client=client, **kwargs)  # type: ignore[arg-type]
    assert field in info.value.message.lower()
    assert rec.requests == []


def test_start_requires_keys() -> None:
    with pytest.raises(InputError):
        oauth1.start(AppKeys(api_key="x"), "oob", endpoints=EP)


def _flow(callback: str = "oob") -> oauth1.OAuth1Flow:
    return oauth1.OAuth1Flow(
        keys=KEYS,
        callback=callback,
        request_token="reqTok123",
        request_token_secret="reqSecret456",
        authorize_url=f"{EP.api}/oauth/authorize?oauth_token=reqTok123",
        endpoints=EP,
    )


AT_BODY = "oauth_token=99-accessTok&oauth_token_secret=accessSecret&user_id=99&screen_name=someone"


def test_finish_with_pin_strips_whitespace_and_signs_with_request_secret() -> None:
    with recording(text_reply(200, AT_BODY)) as (rec, client):
        tokens = oauth1.finish(_flow(), " 123 4567\n", client=client)
    req = rec.last
    assert req.url.path == "/oauth/access_token"
    signed = verify_oauth1(req, KEYS.api_secret, "reqSecret456")
    assert signed["oauth_verifier"] == "1234567"
    assert signed["oauth_token"] == "reqTok123"
    assert tokens == OAuth1Tokens("99-accessTok", "accessSecret", "99", "someone")
    assert "accessSecret" not in repr(tokens)


@pytest.mark.parametrize("pin", ["12a4567", "", "   ", "１２３４５６７"])
def test_pin_must_be_digits(pin: str) -> None:
    with recording() as (rec, client):
        with pytest.raises(InputError) as info:
            oauth1.finish(_flow(), pin, client=client)
    assert info.value.message and info.value.hint
    assert rec.requests == []


def test_finish_with_callback_verifier_checks_returned_token() -> None:
    with recording() as (rec, client):
        with pytest.raises(FlowError) as info:
            oauth1.finish(
                _flow("http://127.0.0.1:8765/callback"),
                "verif",
                returned_token="otherToken",
                client=client,
            )
    assert info.value.kind == ErrorKind.TOKEN_MISMATCH
    assert rec.requests == []
    with recording(text_reply(200, AT_BODY)) as (rec, client):
        tokens = oauth1.finish(
            _flow("http://127.0.0.1:8765/callback"),
            "verifABC",
            returned_token="reqTok123",
            client=client,
        )
    assert verify_oauth1(rec.last, KEYS.api_secret, "reqSecret456")["oauth_verifier"] == "verifABC"
    assert tokens.token == "99-accessTok"


def test_wrong_pin_maps_to_invalid_verifier() -> None:
    reply = text_reply(
        401, "Error processing your OAuth request: Invalid oauth_verifier parameter", "text/plain"
    )
    with recording(reply) as (_, client):
        with pytest.raises(XApiError) as info:
            oauth1.finish(_flow(), "7654321", client=client)
    assert info.value.kind == ErrorKind.INVALID_VERIFIER


def test_access_token_without_tokens_is_unexpected() -> None:
    with recording(text_reply(200, "user_id=1")) as (_, client):
        with pytest.raises(XApiError) as info:
            oauth1.finish(_flow(), "1234567", client=client)
    assert info.value.kind == ErrorKind.UNEXPECTED_RESPONSE


def test_invalidate_is_signed_with_the_token() -> None:
    tokens = OAuth1Tokens("99-accessTok", "accessSecret")
    with recording(json_reply(200, {"access_token": "99-accessTok"})) as (rec, client):
        oauth1.invalidate(KEYS, tokens, endpoints=EP, client=client)
    assert rec.last.url.path == "/1.1/oauth/invalidate_token"
    assert verify_oauth1(rec.last, KEYS.api_secret, "accessSecret")["oauth_token"] == "99-accessTok"


def test_oauth1_auth_signs_query_and_form_body() -> None:
    auth = oauth1.OAuth1Auth(KEYS, "99-accessTok", "accessSecret")
    assert "accessSecret" not in repr(auth) and KEYS.api_secret not in repr(auth)
    with recording(json_reply(200, {}), json_reply(200, {})) as (rec, client):
        client.get(f"{EP.api}/2/users/me?user.fields=profile_image_url", auth=auth)
        signed = verify_oauth1(rec.last, KEYS.api_secret, "accessSecret")
        assert signed["user.fields"] == "profile_image_url"
        client.post(f"{EP.api}/1.1/statuses/update.json", data={"status": "a b+c"}, auth=auth)
        signed = verify_oauth1(rec.last, KEYS.api_secret, "accessSecret")
        assert signed["status"] == "a b+c"
        assert form(rec.last) == {"status": "a b+c"}
