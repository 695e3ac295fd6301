"""OAuth 2.0 against the sandbox over real HTTP: requests-oauthlib flows and X's error rows."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from requests_oauthlib import OAuth2Session

from twauth_gui.sandbox import Sandbox

REDIRECT = "http://127.0.0.1:8765/callback"
SCOPES = ["tweet.read", "users.read", "offline.access"]

INVALID_CODE = {"error": "invalid_request",
                "error_description": "Value passed for the authorization code was invalid."}
INVALID_TOKEN = {"error": "invalid_request",
                 "error_description": "Value passed for the token was invalid."}
PKCE_MISMATCH = {"error": "invalid_request", "error_description":
                 "Value passed for the code verifier did not match the code challenge."}
UNAUTHORIZED_CLIENT = {"error": "unauthorized_client",
                       "error_description": "Missing valid authorization header"}
UNAUTHORIZED = {"title": "Unauthorized", "type": "about:blank", "status": 401,
                "detail": "Unauthorized"}


@pytest.fixture(autouse=True)
def _insecure_ok(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).decode().rstrip("=")


def authorize_url(sb: Sandbox, app: str = "public", *, scopes: list[str] | None = None,
                  state: str = "st4te", challenge: str | None = None,
                  redirect_uri: str = REDIRECT, **extra: str) -> tuple[str, str]:
    verifier, chal = pkce()
    params = {
        "response_type": "code",
        "client_id": sb.app(app).client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(scopes or SCOPES),
        "state": state,
        "code_challenge": challenge or chal,
        "code_challenge_method": "S256",
        **extra,
    }
    return f"{sb.url}/i/oauth2/authorize?{urlencode(params)}", verifier


def code_from(location: str) -> str:
    return parse_qs(urlsplit(location).query)["code"][0]


def exchange(http: requests.Session, sb: Sandbox, code: str, verifier: str,
             app: str = "public", *, json_body: bool = False,
             **overrides: Any) -> requests.Response:
    demo = sb.app(app)
    data: dict[str, Any] = {"grant_type": "authorization_code", "code": code,
                            "redirect_uri": REDIRECT, "code_verifier": verifier,
                            "client_id": demo.client_id}
    data.update(overrides)
    data = {k: v for k, v in data.items() if v is not None}
    auth = (demo.client_id, demo.client_secret) if demo.client_secret else None
    if json_body:
        return http.post(f"{sb.url}/2/oauth2/token", json=data, auth=auth)
    return http.post(f"{sb.url}/2/oauth2/token", data=data, auth=auth)


def get_tokens(http: requests.Session, sb: Sandbox, app: str = "public",
               scopes: list[str] | None = None) -> dict[str, Any]:
    url, verifier = authorize_url(sb, app, scopes=scopes)
    r = exchange(http, sb, code_from(sb.browser(url)), verifier, app)
    assert r.status_code == 200, r.text
    return dict(r.json())


# ---------------------------------------------------------------- full flows (requests-oauthlib)

def _oauthlib_flow(sb: Sandbox, app: str) -> None:
    demo = sb.app(app)
    session = OAuth2Session(demo.client_id, redirect_uri=REDIRECT, scope=SCOPES, pkce="S256")
    with session:
        url, state = session.authorization_url(sb.endpoints.oauth2_authorize)
        location = sb.browser(url)
        assert location.startswith(REDIRECT + "?")
        assert parse_qs(urlsplit(location).query)["state"] == [state]
        if demo.client_secret is None:
            token = session.fetch_token(sb.endpoints.oauth2_token,
                                        authorization_response=location, include_client_id=True)
        else:
            token = session.fetch_token(sb.endpoints.oauth2_token,
                                        authorization_response=location,
                                        client_secret=demo.client_secret)
        assert token["token_type"] == "bearer"
        assert token["expires_in"] == 7200
        assert token["scope"] == SCOPES
        me = session.get(sb.endpoints.users_me, params={"user.fields": "profile_image_url"})
        assert me.status_code == 200, me.text
        data = me.json()["data"]
        assert (data["id"], data["username"], data["name"]) == ("1234567890", "twauth_demo",
                                                                 "Twauth Demo")
        avatar = session.get(data["profile_image_url"])
        assert avatar.status_code == 200
        assert avatar.content.startswith(b"\x89PNG\r\n\x1a\n")
        assert me.headers["x-rate-limit-limit"] == "75"
        assert me.headers["x-rate-limit-remaining"] == "74"
        assert int(me.headers["x-rate-limit-reset"]) > 0

        old_refresh = token["refresh_token"]
        if demo.client_secret is None:
            new = session.refresh_token(sb.endpoints.oauth2_token, client_id=demo.client_id)
        else:
            new = session.refresh_token(sb.endpoints.oauth2_token,
                                        auth=(demo.client_id, demo.client_secret))
        assert new["refresh_token"] != old_refresh
        assert new["access_token"] != token["access_token"]
        assert session.get(sb.endpoints.users_me).status_code == 200
    # the rotated-away refresh token is dead
    with requests.Session() as http:
        data = {"grant_type": "refresh_token", "refresh_token": old_refresh,
                "client_id": demo.client_id}
        auth = (demo.client_id, demo.client_secret) if demo.client_secret else None
        r = http.post(sb.endpoints.oauth2_token, data=data, auth=auth)
        assert (r.status_code, r.json()) == (400, INVALID_TOKEN)


def test_public_client_full_flow_with_rotation(sandbox: Sandbox) -> None:
    _oauthlib_flow(sandbox, "public")


def test_confidential_client_full_flow_with_rotation(sandbox: Sandbox) -> None:
    _oauthlib_flow(sandbox, "confidential")


def test_refresh_after_expiry(sandbox: Sandbox, http: requests.Session) -> None:
    tokens = get_tokens(http, sandbox)
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert http.get(sandbox.endpoints.users_me, headers=headers).status_code == 200
    sandbox.expire_access_tokens()
    r = http.get(sandbox.endpoints.users_me, headers=headers)
    assert (r.status_code, r.json()) == (401, UNAUTHORIZED)
    r = http.post(sandbox.endpoints.oauth2_token, data={
        "grant_type": "refresh_token", "refresh_token": tokens["refresh_token"],
        "client_id": sandbox.app("public").client_id})
    assert r.status_code == 200
    fresh = r.json()
    r = http.get(sandbox.endpoints.users_me,
                 headers={"Authorization": f"Bearer {fresh['access_token']}"})
    assert r.status_code == 200


def test_no_refresh_token_without_offline_access(sandbox: Sandbox,
                                                 http: requests.Session) -> None:
    tokens = get_tokens(http, sandbox, scopes=["users.read", "tweet.read"])
    assert "refresh_token" not in tokens
    assert tokens["scope"] == "users.read tweet.read"


def test_new_authorization_kills_previous_grant(sandbox: Sandbox,
                                                http: requests.Session) -> None:
    first = get_tokens(http, sandbox)
    get_tokens(http, sandbox)
    r = http.post(sandbox.endpoints.oauth2_token, data={
        "grant_type": "refresh_token", "refresh_token": first["refresh_token"],
        "client_id": sandbox.app("public").client_id})
    assert (r.status_code, r.json()) == (400, INVALID_TOKEN)


# ---------------------------------------------------------------- consent page

def test_denial_redirects_with_access_denied(sandbox: Sandbox) -> None:
    url, _ = authorize_url(sandbox, state="abc")
    location = sandbox.browser(url, approve=False)
    assert location == f"{REDIRECT}?error=access_denied&state=abc"


def test_auto_modes_redirect_immediately(sandbox: Sandbox, http: requests.Session) -> None:
    url, _ = authorize_url(sandbox, state="s1")
    r = http.get(url, allow_redirects=False)
    assert r.status_code == 302
    assert r.headers["Location"].startswith(f"{REDIRECT}?state=s1&code=")
    sandbox.auto = "deny"
    r = http.get(url, allow_redirects=False)
    assert r.headers["Location"] == f"{REDIRECT}?error=access_denied&state=s1"
    sandbox.auto = None
    r = http.get(url, allow_redirects=False)
    assert r.status_code == 200
    assert "Authorize app" in r.text and "SANDBOX" in r.text
    assert "Twauth Demo" in r.text and "@twauth_demo" in r.text


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        ({"client_id": "nope"}, "client_id"),
        ({"redirect_uri": "http://127.0.0.1:8765/callback/"}, "redirect_uri"),
        ({"redirect_uri": "http://127.0.0.1:9999/callback"}, "redirect_uri"),
        ({"state": "x" * 501}, "500"),
        ({"scope": "tweet.read bogus.scope"}, "bogus.scope"),
        ({"code_challenge_method": "S512"}, "code_challenge_method"),
        ({"response_type": "token"}, "response_type"),
    ],
)
def test_bad_authorize_requests_show_something_went_wrong(
    sandbox: Sandbox, http: requests.Session, change: dict[str, str], detail: str
) -> None:
    url, _ = authorize_url(sandbox)
    parts = urlsplit(url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    query.update(change)
    r = http.get(f"{sandbox.url}{parts.path}?{urlencode(query)}", allow_redirects=False)
    assert r.status_code == 200
    assert "Location" not in r.headers
    assert "Something went wrong" in r.text
    assert detail in r.text


def test_state_of_500_chars_and_plain_method_accepted(sandbox: Sandbox,
                                                     http: requests.Session) -> None:
    url, _ = authorize_url(sandbox, state="s" * 500)
    assert http.get(url, allow_redirects=False).status_code == 302
    verifier = secrets.token_urlsafe(48)
    url, _ = authorize_url(sandbox, challenge=verifier, code_challenge_method="plain")
    r = exchange(http, sandbox, code_from(sandbox.browser(url)), verifier)
    assert r.status_code == 200


def test_consent_page_escapes_state_and_app_name(sandbox: Sandbox,
                                                 http: requests.Session) -> None:
    evil_app = sandbox.add_app("evil", confidential=False,
                               label='<script>alert("app")</script>')
    sandbox.auto = None
    evil_state = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    url, _ = authorize_url(sandbox, "evil", state=evil_state)
    r = http.get(url)
    assert r.status_code == 200
    assert "<script>" not in r.text
    assert "<img src=x" not in r.text
    assert "&lt;script&gt;alert(&quot;app&quot;)&lt;/script&gt;" in r.text
    assert r.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]
    # and the state survives the round trip byte for byte
    location = sandbox.browser(url)
    assert parse_qs(urlsplit(location).query)["state"] == [evil_state]
    assert evil_app.client_secret is None


def test_consent_form_works_once(sandbox: Sandbox, http: requests.Session) -> None:
    sandbox.auto = None
    url, _ = authorize_url(sandbox)
    page = http.get(url).text
    consent_id = page.split('name="consent_id" value="')[1].split('"')[0]
    form = {"consent_id": consent_id, "action": "allow"}
    first = http.post(f"{sandbox.url}/i/oauth2/authorize", data=form, allow_redirects=False)
    assert first.status_code == 302
    again = http.post(f"{sandbox.url}/i/oauth2/authorize", data=form, allow_redirects=False)
    assert again.status_code == 200 and "Something went wrong" in again.text


# ---------------------------------------------------------------- token endpoint error rows

def test_reused_code(sandbox: Sandbox, http: requests.Session) -> None:
    url, verifier = authorize_url(sandbox)
    code = code_from(sandbox.browser(url))
    assert exchange(http, sandbox, code, verifier).status_code == 200
    r = exchange(http, sandbox, code, verifier)
    assert (r.status_code, r.json()) == (400, INVALID_CODE)


def test_code_expires_after_30_seconds(sandbox: Sandbox, http: requests.Session) -> None:
    url, verifier = authorize_url(sandbox)
    code = code_from(sandbox.browser(url))
    sandbox.clock_offset = 31
    r = exchange(http, sandbox, code, verifier)
    assert (r.status_code, r.json()) == (400, INVALID_CODE)
    url, verifier = authorize_url(sandbox)
    code = code_from(sandbox.browser(url))
    sandbox.clock_offset += 25
    assert exchange(http, sandbox, code, verifier).status_code == 200


def test_redirect_uri_must_match(sandbox: Sandbox, http: requests.Session) -> None:
    url, verifier = authorize_url(sandbox)
    code = code_from(sandbox.browser(url))
    r = exchange(http, sandbox, code, verifier, redirect_uri="http://localhost:8765/callback")
    assert (r.status_code, r.json()) == (400, INVALID_CODE)


def test_pkce_mismatch(sandbox: Sandbox, http: requests.Session) -> None:
    url, _ = authorize_url(sandbox)
    code = code_from(sandbox.browser(url))
    r = exchange(http, sandbox, code, secrets.token_urlsafe(48))
    assert (r.status_code, r.json()) == (400, PKCE_MISMATCH)


@pytest.mark.parametrize("missing", ["code_verifier", "client_id"])
def test_missing_parameters(sandbox: Sandbox, http: requests.Session, missing: str) -> None:
    url, verifier = authorize_url(sandbox)
    code = code_from(sandbox.browser(url))
    r = exchange(http, sandbox, code, verifier, **{missing: None})
    assert r.status_code == 400
    assert r.json() == {"error": "invalid_request",
                        "error_description": f"Missing required parameter [{missing}]."}


def test_wrong_grant_type(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    for grant in ("client_credentials", "password"):
        r = http.post(sandbox.endpoints.oauth2_token, data={"grant_type": grant},
                      auth=(demo.client_id, demo.client_secret or ""))
        assert r.status_code == 400
        assert r.json() == {"error": "invalid_request", "error_description":
                            "Value passed for the grant type was invalid. Grant type should be "
                            "one of [authorization_code, refresh_token]."}


def test_confidential_client_needs_basic(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    url, verifier = authorize_url(sandbox, "confidential")
    code = code_from(sandbox.browser(url))
    base = {"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
            "code_verifier": verifier, "client_id": demo.client_id}
    attempts: list[dict[str, Any]] = [
        {"data": base},  # no Basic at all
        {"data": {**base, "client_secret": demo.client_secret}},  # secret in the body
        {"data": base, "auth": (demo.client_id, "wrong-secret")},
        {"data": {**base, "client_secret": demo.client_secret},
         "auth": (demo.client_id, demo.client_secret)},
    ]
    for kwargs in attempts:
        r = http.post(sandbox.endpoints.oauth2_token, **kwargs)
        assert (r.status_code, r.json()) == (401, UNAUTHORIZED_CLIENT)
    # the code was not consumed by those failures
    r = http.post(sandbox.endpoints.oauth2_token, data=base,
                  auth=(demo.client_id, demo.client_secret or ""))
    assert r.status_code == 200


def test_public_client_with_basic_is_a_mix_up(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("public")
    url, verifier = authorize_url(sandbox)
    code = code_from(sandbox.browser(url))
    r = http.post(sandbox.endpoints.oauth2_token, auth=(demo.client_id, ""), data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT,
        "code_verifier": verifier})
    assert (r.status_code, r.json()) == (401, UNAUTHORIZED_CLIENT)


def test_json_bodies_on_token_and_revoke(sandbox: Sandbox, http: requests.Session) -> None:
    url, verifier = authorize_url(sandbox, "confidential")
    r = exchange(http, sandbox, code_from(sandbox.browser(url)), verifier, "confidential",
                 json_body=True)
    assert r.status_code == 200, r.text
    tokens = r.json()
    demo = sandbox.app("confidential")
    auth = (demo.client_id, demo.client_secret or "")
    r = http.post(sandbox.endpoints.oauth2_token, auth=auth, json={
        "grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]})
    assert r.status_code == 200
    rotated = r.json()
    r = http.post(sandbox.endpoints.oauth2_revoke, auth=auth, json={
        "token": rotated["access_token"], "token_type_hint": "access_token"})
    assert (r.status_code, r.json()) == (200, {"revoked": True})
    r = http.get(sandbox.endpoints.users_me,
                 headers={"Authorization": f"Bearer {rotated['access_token']}"})
    assert (r.status_code, r.json()) == (401, UNAUTHORIZED)


def test_revoke_refresh_token_kills_the_grant(sandbox: Sandbox, http: requests.Session) -> None:
    tokens = get_tokens(http, sandbox)
    cid = sandbox.app("public").client_id
    r = http.post(sandbox.endpoints.oauth2_revoke, data={
        "token": tokens["refresh_token"], "token_type_hint": "refresh_token", "client_id": cid})
    assert (r.status_code, r.json()) == (200, {"revoked": True})
    r = http.get(sandbox.endpoints.users_me,
                 headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert r.status_code == 401
    r = http.post(sandbox.endpoints.oauth2_token, data={
        "grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": cid})
    assert (r.status_code, r.json()) == (400, INVALID_TOKEN)


def test_revoke_needs_token_type_hint_and_client(sandbox: Sandbox,
                                                 http: requests.Session) -> None:
    tokens = get_tokens(http, sandbox)
    cid = sandbox.app("public").client_id
    r = http.post(sandbox.endpoints.oauth2_revoke,
                  data={"token": tokens["access_token"], "client_id": cid})
    assert r.status_code == 400
    assert r.json()["error_description"] == "Missing required parameter [token_type_hint]."
    r = http.post(sandbox.endpoints.oauth2_revoke,
                  data={"token": tokens["access_token"], "token_type_hint": "access_token"})
    assert r.json()["error_description"] == "Missing required parameter [client_id]."
    conf = sandbox.app("confidential")
    r = http.post(sandbox.endpoints.oauth2_revoke, data={
        "token": tokens["access_token"], "token_type_hint": "access_token",
        "client_id": conf.client_id})
    assert (r.status_code, r.json()) == (401, UNAUTHORIZED_CLIENT)
    # still alive after the rejected revocations
    r = http.get(sandbox.endpoints.users_me,
                 headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert r.status_code == 200


def test_missing_scope_is_forbidden(sandbox: Sandbox, http: requests.Session) -> None:
    tokens = get_tokens(http, sandbox, scopes=["tweet.read", "offline.access"])
    r = http.get(sandbox.endpoints.users_me,
                 headers={"Authorization": f"Bearer {tokens['access_token']}"})
    assert r.status_code == 403
    assert r.json()["title"] == "Forbidden"
