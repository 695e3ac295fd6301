"""App-only bearer, /2/users/me authentication rows and enterprise Basic, over real HTTP."""

from __future__ import annotations

import base64
import hashlib
import secrets
import struct
import zlib
from collections.abc import Iterator
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import pytest
import requests

from twauth_gui.sandbox import Sandbox

ERR_99 = {"errors": [{"code": 99, "label": "authenticity_token_error",
                      "message": "Unable to verify your credentials"}]}


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def basic(user: str, password: str, *, encode: bool = True) -> dict[str, str]:
    if encode:
        user, password = quote(user, safe=""), quote(password, safe="")
    raw = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


def bearer(sb: Sandbox, http: requests.Session, app: str = "confidential") -> str:
    demo = sb.app(app)
    r = http.post(sb.endpoints.bearer_token, headers=basic(demo.api_key, demo.api_secret),
                  data={"grant_type": "client_credentials"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token_type"] == "bearer"
    return str(body["access_token"])


def test_bearer_token_shape_and_stability(sandbox: Sandbox, http: requests.Session) -> None:
    token = bearer(sandbox, http)
    assert token.startswith("AAAA") and "%2F" in token and "%3D" in token
    assert bearer(sandbox, http) == token
    assert bearer(sandbox, http, "public") != token
    assert sandbox.request_count("/oauth2/token") == 3


def test_bearer_bad_credentials(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    attempts = [
        basic(demo.api_key, "wrong"),
        basic("nobody", demo.api_secret),
        basic(demo.client_id, demo.client_secret or ""),  # OAuth 2.0 client id/secret
        {"Authorization": "Basic !!!not-base64"},
        {},
    ]
    for headers in attempts:
        r = http.post(sandbox.endpoints.bearer_token, headers=headers,
                      data={"grant_type": "client_credentials"})
        assert (r.status_code, r.json()) == (403, ERR_99)


def test_bearer_invalidate_then_new_token(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    token = bearer(sandbox, http)
    r = http.post(sandbox.endpoints.bearer_invalidate,
                  headers=basic(demo.api_key, demo.api_secret), data={"access_token": token})
    assert (r.status_code, r.json()) == (200, {"access_token": token})
    r = http.get(sandbox.endpoints.users_me, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
    assert bearer(sandbox, http) != token
    other = bearer(sandbox, http, "public")
    r = http.post(sandbox.endpoints.bearer_invalidate,
                  headers=basic(demo.api_key, demo.api_secret), data={"access_token": other})
    assert r.status_code == 403


def test_users_me_rejects_app_only(sandbox: Sandbox, http: requests.Session) -> None:
    token = bearer(sandbox, http)
    r = http.get(sandbox.endpoints.users_me, headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert r.json()["title"] == "Unsupported Authentication"
    # the percent escapes are part of the token: a decoded copy is a different token
    decoded = token.replace("%2F", "/").replace("%3D", "=")
    r = http.get(sandbox.endpoints.users_me, headers={"Authorization": f"Bearer {decoded}"})
    assert r.status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer nonsense", "Basic Zm9vOmJhcg==",
                                    'OAuth oauth_consumer_key="x"'])
def test_users_me_unauthorized(sandbox: Sandbox, http: requests.Session,
                               header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = http.get(sandbox.endpoints.users_me, headers=headers)
    assert r.status_code == 401
    assert r.json() == {"title": "Unauthorized", "type": "about:blank", "status": 401,
                        "detail": "Unauthorized"}


def test_verify_credentials_with_bearer(sandbox: Sandbox, http: requests.Session) -> None:
    token = bearer(sandbox, http)
    r = http.get(sandbox.endpoints.verify_credentials,
                 headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403
    assert r.json()["errors"][0]["code"] == 220


def test_enterprise_basic(sandbox: Sandbox, http: requests.Session) -> None:
    user, password = sandbox.basic_user
    assert user == "demo@example.com"
    for url in (sandbox.basic_url, sandbox.usage_url):
        ok = http.get(url, headers=basic(user, password, encode=False))
        assert ok.status_code == 200
        bad = http.get(url, headers=basic(user, password + "x", encode=False))
        assert bad.status_code == 401
        assert bad.headers["WWW-Authenticate"].startswith("Basic")
        assert http.get(url).status_code == 401


def test_avatar_is_a_png(sandbox: Sandbox, http: requests.Session) -> None:
    r = http.get(f"{sandbox.url}/_sandbox/avatar.png")
    assert r.status_code == 200 and r.headers["Content-Type"] == "image/png"
    data = r.content
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (48, 48)
    pos = 8
    while pos < len(data):  # every chunk's CRC is right
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        payload = data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + payload) & 0xFFFFFFFF == crc
        pos += 12 + length
    assert kind == b"IEND"


def test_rate_limit_counts_down(sandbox: Sandbox, http: requests.Session) -> None:
    app = sandbox.app("public")
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()
                                         ).decode().rstrip("=")
    url = f"{sandbox.url}/i/oauth2/authorize?" + urlencode({
        "response_type": "code", "client_id": app.client_id,
        "redirect_uri": app.callbacks[0], "scope": "tweet.read users.read", "state": "x",
        "code_challenge": challenge, "code_challenge_method": "S256"})
    code = parse_qs(urlsplit(sandbox.browser(url)).query)["code"][0]
    tok = http.post(sandbox.endpoints.oauth2_token, data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": app.callbacks[0],
        "code_verifier": verifier, "client_id": app.client_id}).json()["access_token"]
    remaining = []
    for _ in range(76):
        r = http.get(sandbox.endpoints.users_me, headers={"Authorization": f"Bearer {tok}"})
        remaining.append(int(r.headers["x-rate-limit-remaining"]))
    assert remaining[0] == 74 and remaining[74] == 0
    assert r.status_code == 429
