"""OAuth 2.0 PKCE: known answer, verifier/state, authorize URL, token/refresh/revoke requests."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.unit.protocol_fakes import EP, basic_pair, form, json_reply, recording, text_reply
from twauth_gui.core import oauth2
from twauth_gui.core.errors import ErrorKind, InputError, XApiError
from twauth_gui.core.models import AppKeys

PUBLIC = AppKeys(client_id="WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ")
CONFIDENTIAL = AppKeys(
    client_id="WTNrQS14bUhpMl83aU5adTd2NWM6MTpjaQ",
    client_secret="-RoKx3x58JA8Sm9JIt2fmAjq3q5GX-bqZ3vjJxSeGsdmGtXEbP",
)
REDIRECT = "http://127.0.0.1:8765/callback"
SCOPES = ["tweet.read", "users.read", "offline.access"]
TOKEN_ANSWER = {
    "token_type": "bearer",
    "expires_in": 7200,
    "access_token": "acc-token-111",
    "scope": "tweet.read users.read offline.access",
    "refresh_token": "ref-token-222",
}


def test_s256_known_answer_rfc7636_appendix_b() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert oauth2.challenge_s256(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_verifier_length_alphabet_and_freshness() -> None:
    allowed = set(oauth2.VERIFIER_ALPHABET)
    seen = set()
    for length in (43, 64, 128):
        v = oauth2.make_verifier(length)
        assert len(v) == length and set(v) <= allowed
        seen.add(v)
    default = oauth2.make_verifier()
    assert 43 <= len(default) <= 128
    assert default not in seen
    for bad in (42, 129):
        with pytest.raises(ValueError):
            oauth2.make_verifier(bad)


def test_state_has_at_least_128_bits() -> None:
    states = {oauth2.new_state() for _ in range(50)}
    assert len(states) == 50
    for s in states:
        # URL-safe base64: 6 bits per character
        assert len(s) * 6 >= 128
        assert set(s) <= set(oauth2.VERIFIER_ALPHABET)


def test_start_builds_the_authorize_url_without_network() -> None:
    flow = oauth2.start(CONFIDENTIAL, REDIRECT, SCOPES, endpoints=EP)
    parts = urlsplit(flow.authorize_url)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == f"{EP.web}/i/oauth2/authorize"
    q = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert q == {
        "response_type": "code",
        "client_id": CONFIDENTIAL.client_id,
        "redirect_uri": REDIRECT,
        "scope": "tweet.read users.read offline.access",
        "state": flow.state,
        "code_challenge": oauth2.challenge_s256(flow.verifier),
        "code_challenge_method": "S256",
    }
    assert "scope=tweet.read%20users.read" in parts.query  # %20, not '+'
    assert CONFIDENTIAL.client_secret not in flow.authorize_url
    text = repr(flow)
    for secret in (flow.verifier, flow.state, CONFIDENTIAL.client_secret):
        assert secret not in text
    second = oauth2.start(CONFIDENTIAL, REDIRECT, SCOPES, endpoints=EP)
    assert second.verifier != flow.verifier and second.state != flow.state


@pytest.mark.parametrize(
    ("keys", "redirect", "scopes"),
    [
        (AppKeys(), REDIRECT, SCOPES),
        (PUBLIC, "127.0.0.1:8765/callback", SCOPES),
        (PUBLIC, "http://127.0.0.1:8765/callback?x=1", SCOPES),
        (PUBLIC, REDIRECT, []),
        (PUBLIC, REDIRECT, ["  "]),
    ],
)
def test_start_validates_input(keys: AppKeys, redirect: str, scopes: list[str]) -> None:
    with pytest.raises(InputError) as info:
        oauth2.start(keys, redirect, scopes, endpoints=EP)
    assert info.value.message and info.value.hint


def test_finish_public_client_sends_client_id_in_body_only() -> None:
    flow = oauth2.start(PUBLIC, REDIRECT, SCOPES, endpoints=EP)
    before = time.time()
    with recording(json_reply(200, TOKEN_ANSWER)) as (rec, client):
        tokens = oauth2.finish(flow, "the-code", client=client)
    req = rec.last
    assert req.method == "POST" and req.url.path == "/2/oauth2/token"
    assert "authorization" not in req.headers
    assert req.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    assert form(req) == {
        "grant_type": "authorization_code",
        "code": "the-code",
        "redirect_uri": REDIRECT,
        "code_verifier": flow.verifier,
        "client_id": PUBLIC.client_id,
    }
    assert tokens.access_token == "acc-token-111"
    assert tokens.refresh_token == "ref-token-222"
    assert tokens.expires_at is not None
    assert before + 7200 - 1 <= tokens.expires_at <= time.time() + 7200 + 1
    assert tokens.scopes == ("tweet.read", "users.read", "offline.access")


def test_finish_confidential_client_uses_basic_and_never_puts_secret_in_body() -> None:
    flow = oauth2.start(CONFIDENTIAL, REDIRECT, SCOPES, endpoints=EP)
    with recording(json_reply(200, TOKEN_ANSWER)) as (rec, client):
        oauth2.finish(flow, "the-code", client=client)
    req = rec.last
    assert basic_pair(req) == (CONFIDENTIAL.client_id, CONFIDENTIAL.client_secret)
    body = form(req)
    assert body["client_id"] == CONFIDENTIAL.client_id
    assert "client_secret" not in body
    assert CONFIDENTIAL.client_secret not in req.content.decode()


def test_granted_scopes_may_differ_and_refresh_token_may_be_missing() -> None:
    flow = oauth2.start(PUBLIC, REDIRECT, SCOPES, endpoints=EP)
    answer = {
        "token_type": "bearer",
        "expires_in": "3600",
        "access_token": "a1",
        "scope": "users.read tweet.read",
    }
    # X sometimes labels JSON oddly: the body decides
    with recording(json_reply(200, answer, content_type="text/html;charset=utf-8")) as (_, c):
        tokens = oauth2.finish(flow, "code", client=c)
    assert tokens.scopes == ("users.read", "tweet.read")
    assert tokens.refresh_token is None
    assert tokens.expires_in() is not None and 3590 < (tokens.expires_in() or 0) <= 3600


def test_scope_missing_from_answer_assumes_requested() -> None:
    tokens = oauth2.parse_token_response(
        {"access_token": "x", "token_type": "bearer"}, ["tweet.read"], now=100.0
    )
    assert tokens.scopes == ("tweet.read",) and tokens.expires_at is None


@pytest.mark.parametrize(
    "reply",
    [
        text_reply(200, "<html>not json</html>"),
        json_reply(200, {"token_type": "bearer"}),
        json_reply(200, {"token_type": "mac", "access_token": "x"}),
        json_reply(200, ["access_token"]),
    ],
)
def test_unexpected_token_answers(reply: object) -> None:
    flow = oauth2.start(PUBLIC, REDIRECT, SCOPES, endpoints=EP)
    with recording(reply) as (_, client):  # type: ignore[arg-type]
        with pytest.raises(XApiError) as info:
            oauth2.finish(flow, "code", client=client)
    assert info.value.kind == ErrorKind.UNEXPECTED_RESPONSE


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (
            400,
            {
                "error": "invalid_request",
                "error_description": "Value passed for the authorization code was invalid.",
            },
            ErrorKind.INVALID_CODE,
        ),
        (
            400,
            {
                "error": "invalid_request",
                "error_description": "Value passed for the code verifier did not match the "
                "code challenge.",
            },
            ErrorKind.PKCE_MISMATCH,
        ),
        (
            401,
            {
                "error": "unauthorized_client",
                "error_description": "Missing valid authorization header",
            },
            ErrorKind.UNAUTHORIZED_CLIENT,
        ),
    ],
)
def test_finish_errors(status: int, body: dict[str, str], kind: ErrorKind) -> None:
    flow = oauth2.start(PUBLIC, REDIRECT, SCOPES, endpoints=EP)
    with recording(json_reply(status, body)) as (_, client):
        with pytest.raises(XApiError) as info:
            oauth2.finish(flow, "code", client=client)
    assert info.value.kind == kind


def test_finish_rejects_empty_code_without_network() -> None:
    flow = oauth2.start(PUBLIC, REDIRECT, SCOPES, endpoints=EP)
    with recording() as (rec, client):
        with pytest.raises(InputError):
            oauth2.finish(flow, "  ", client=client)
    assert rec.requests == []


@pytest.mark.parametrize("keys", [PUBLIC, CONFIDENTIAL])
def test_refresh_returns_the_rotated_pair(keys: AppKeys) -> None:
    answer = {**TOKEN_ANSWER, "access_token": "acc-2", "refresh_token": "ref-2"}
    with recording(json_reply(200, answer)) as (rec, client):
        tokens = oauth2.refresh(keys, "ref-1", endpoints=EP, client=client)
    req = rec.last
    assert req.url.path == "/2/oauth2/token"
    assert form(req) == {
        "grant_type": "refresh_token",
        "refresh_token": "ref-1",
        "client_id": keys.client_id,
    }
    if keys.client_secret:
        assert basic_pair(req) == (keys.client_id, keys.client_secret)
    else:
        assert "authorization" not in req.headers
    assert (tokens.access_token, tokens.refresh_token) == ("acc-2", "ref-2")


def test_refresh_without_new_refresh_token_returns_none() -> None:
    answer = {"token_type": "bearer", "expires_in": 7200, "access_token": "acc-3"}
    with recording(json_reply(200, answer)) as (_, client):
        tokens = oauth2.refresh(PUBLIC, "ref-1", endpoints=EP, client=client, scopes=SCOPES)
    assert tokens.refresh_token is None
    assert tokens.scopes == tuple(SCOPES)


def test_refresh_with_rotated_token_fails_clearly() -> None:
    body = {
        "error": "invalid_request",
        "error_description": "Value passed for the token was invalid.",
    }
    with recording(json_reply(400, body)) as (_, client):
        with pytest.raises(XApiError) as info:
            oauth2.refresh(PUBLIC, "old", endpoints=EP, client=client)
    assert info.value.kind == ErrorKind.INVALID_REFRESH_TOKEN


def test_refresh_needs_a_token() -> None:
    with pytest.raises(InputError):
        oauth2.refresh(PUBLIC, "", endpoints=EP)


@pytest.mark.parametrize("keys", [PUBLIC, CONFIDENTIAL])
@pytest.mark.parametrize("hint", ["access_token", "refresh_token"])
def test_revoke(keys: AppKeys, hint: str) -> None:
    with recording(json_reply(200, {"revoked": True}, content_type="text/plain")) as (rec, c):
        oauth2.revoke(keys, "tok/en+1", hint, endpoints=EP, client=c)
    req = rec.last
    assert req.url.path == "/2/oauth2/revoke"
    assert form(req) == {"token": "tok/en+1", "token_type_hint": hint, "client_id": keys.client_id}
    if keys.client_secret:
        assert basic_pair(req) == (keys.client_id, keys.client_secret)
        assert keys.client_secret not in req.content.decode()
    else:
        assert "authorization" not in req.headers


def test_revoke_rejects_bad_hint() -> None:
    with pytest.raises(ValueError):
        oauth2.revoke(PUBLIC, "t", "id_token", endpoints=EP)
