"""OAuth 1.0a against the sandbox over real HTTP: requests-oauthlib PIN and callback flows,
RFC 5849 known answer, and X's exact error answers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests
from oauthlib.oauth1 import Client
from requests_oauthlib import OAuth1, OAuth1Session

from twauth_gui.sandbox import Sandbox, SandboxBrowserError
from twauth_gui.sandbox import oauth1_verify as ov

CALLBACK = "http://127.0.0.1:8765/callback"
ERR_32 = {"errors": [{"code": 32, "message": "Could not authenticate you."}]}
ERR_135 = {"errors": [{"code": 135, "message": "Timestamp out of bounds."}]}
ERR_415 = {"errors": [{"code": 415, "message": (
    "Callback URL not approved for this client application. Approved callback URLs can be "
    "adjusted in your application settings")}]}
BAD_VERIFIER = "Error processing your OAuth request: Invalid oauth_verifier parameter"


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def start(sb: Sandbox, callback: str = "oob", app: str = "confidential",
          **kw: str) -> tuple[str, str, str]:
    demo = sb.app(app)
    with OAuth1Session(demo.api_key, demo.api_secret, callback_uri=callback) as s:
        url = sb.endpoints.request_token
        if kw:
            url += "?" + urlencode(kw)
        got = s.fetch_request_token(url)
        assert got["oauth_callback_confirmed"] == "true"
        auth_url = s.authorization_url(sb.endpoints.oauth1_authorize())
    return got["oauth_token"], got["oauth_token_secret"], auth_url


def finish(sb: Sandbox, token: str, secret: str, verifier: str,
           app: str = "confidential") -> requests.Response:
    demo = sb.app(app)
    auth = OAuth1(demo.api_key, demo.api_secret, token, secret, verifier=verifier)
    return requests.post(sb.endpoints.access_token, auth=auth)


# ---------------------------------------------------------------- signature known answer

def test_known_answer_from_x_docs() -> None:
    params = [
        ("include_entities", "true"),
        ("oauth_consumer_key", "xvz1evFS4wEEPTGEFPHBog"),
        ("oauth_nonce", "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"),
        ("oauth_signature_method", "HMAC-SHA1"),
        ("oauth_timestamp", "1318622958"),
        ("oauth_token", "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"),
        ("oauth_version", "1.0"),
        ("status", "Hello Ladies + Gentlemen, a signed OAuth request!"),
    ]
    cs = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"
    ts = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"
    for host, expected in (("api.twitter.com", "hCtSmYh+iHYCEqBWrE7C7hYmtUk="),
                           ("api.x.com", "Ls93hJiZbQ3akF3HF3x1Bz8/zU4=")):
        uri = ov.base_string_uri("https", host, "/1.1/statuses/update.json")
        base = ov.signature_base_string("POST", uri, params)
        assert ov.hmac_sha1(base, cs, ts) == expected
        signed = ov.SignedRequest(dict(params), params, expected)
        assert ov.verify(signed, "POST", uri, cs, ts)
        assert not ov.verify(signed, "POST", uri, cs, ts + "x")


def test_percent_encoding_is_rfc3986() -> None:
    assert ov.percent_encode("a b+c~d*é") == "a%20b%2Bc~d%2A%C3%A9"
    assert ov.base_string_uri("HTTP", "Example.COM:80", "/r") == "http://example.com/r"


# ---------------------------------------------------------------- flows

def test_pin_flow_with_requests_oauthlib(sandbox: Sandbox) -> None:
    token, secret, url = start(sandbox)
    pin = sandbox.browser(url)
    assert len(pin) == 7 and pin.isdigit()
    demo = sandbox.app("confidential")
    with OAuth1Session(demo.api_key, demo.api_secret, resource_owner_key=token,
                       resource_owner_secret=secret, verifier=pin) as s:
        got = s.fetch_access_token(sandbox.endpoints.access_token)
    assert got["user_id"] == "1234567890"
    assert got["screen_name"] == "twauth_demo"
    assert got["oauth_token"].startswith("1234567890-")
    with OAuth1Session(demo.api_key, demo.api_secret, got["oauth_token"],
                       got["oauth_token_secret"]) as s:
        me = s.get(sandbox.endpoints.verify_credentials)
        assert me.status_code == 200
        body = me.json()
        assert (body["id_str"], body["screen_name"], body["name"]) == (
            "1234567890", "twauth_demo", "Twauth Demo")
        assert body["profile_image_url_https"].endswith("/_sandbox/avatar.png")
        v2 = s.get(sandbox.endpoints.users_me)
        assert v2.status_code == 200 and v2.json()["data"]["username"] == "twauth_demo"
        r = s.post(sandbox.endpoints.oauth1_invalidate)
        assert (r.status_code, r.json()) == (200, {"access_token": got["oauth_token"]})
        r = s.get(sandbox.endpoints.verify_credentials)
        assert r.status_code == 401
        assert r.json() == {"errors": [{"code": 89, "message": "Invalid or expired token."}]}
        assert s.get(sandbox.endpoints.users_me).status_code == 401


def test_callback_flow_with_requests_oauthlib(sandbox: Sandbox) -> None:
    token, secret, url = start(sandbox, CALLBACK, x_auth_access_type="read")
    location = sandbox.browser(url)
    assert location.startswith(CALLBACK + "?")
    demo = sandbox.app("confidential")
    with OAuth1Session(demo.api_key, demo.api_secret, resource_owner_key=token,
                       resource_owner_secret=secret) as s:
        parsed = s.parse_authorization_response(location)
        assert parsed["oauth_token"] == token
        got = s.fetch_access_token(sandbox.endpoints.access_token)
    assert got["screen_name"] == "twauth_demo"


def test_auto_approve_redirects_without_a_page(sandbox: Sandbox, http: requests.Session) -> None:
    _, _, url = start(sandbox, CALLBACK)
    r = http.get(url, allow_redirects=False)
    assert r.status_code == 302
    query = parse_qs(urlsplit(r.headers["Location"]).query)
    assert set(query) == {"oauth_token", "oauth_verifier"}


def test_cancel_sends_denied(sandbox: Sandbox) -> None:
    token, secret, url = start(sandbox, CALLBACK)
    assert sandbox.browser(url, approve=False) == f"{CALLBACK}?denied={token}"
    r = finish(sandbox, token, secret, "whatever")
    assert (r.status_code, r.text) == (401, "Invalid request token")
    token, _, url = start(sandbox)
    assert sandbox.browser(url, approve=False) == ""  # oob: a "you cancelled" page


def test_pin_page_in_auto_mode(sandbox: Sandbox, http: requests.Session) -> None:
    _, _, url = start(sandbox)
    r = http.get(url)
    assert r.status_code == 200
    assert 'id="pin"' in r.text and "SANDBOX" in r.text


def test_consent_page_for_a_person(sandbox: Sandbox, http: requests.Session) -> None:
    sandbox.auto = None
    _, _, url = start(sandbox, CALLBACK)
    page = http.get(url)
    assert page.status_code == 200
    assert "Authorize app" in page.text and "Cancel" in page.text
    assert "twauth Demo Web App" in page.text and "@twauth_demo" in page.text
    assert "not X" in page.text


def test_authenticate_path_works_too(sandbox: Sandbox) -> None:
    token, secret, url = start(sandbox)
    url = url.replace("/oauth/authorize", "/oauth/authenticate")
    pin = sandbox.browser(url)
    assert finish(sandbox, token, secret, pin).status_code == 200


# ---------------------------------------------------------------- error rows

def test_wrong_pin_then_right_pin(sandbox: Sandbox) -> None:
    token, secret, url = start(sandbox)
    pin = sandbox.browser(url)
    wrong = "0000000" if pin != "0000000" else "1111111"
    r = finish(sandbox, token, secret, wrong)
    assert (r.status_code, r.text) == (401, BAD_VERIFIER)
    assert r.headers["Content-Type"].startswith("text/plain")
    assert finish(sandbox, token, secret, pin).status_code == 200


def test_pin_from_another_flow_is_rejected(sandbox: Sandbox) -> None:
    token1, secret1, url1 = start(sandbox)
    pin1 = sandbox.browser(url1)
    assert finish(sandbox, token1, secret1, pin1).status_code == 200
    token2, secret2, url2 = start(sandbox)
    pin2 = sandbox.browser(url2)
    if pin2 != pin1:
        r = finish(sandbox, token2, secret2, pin1)
        assert (r.status_code, r.text) == (401, BAD_VERIFIER)


def test_reused_request_token(sandbox: Sandbox, http: requests.Session) -> None:
    token, secret, url = start(sandbox)
    pin = sandbox.browser(url)
    assert finish(sandbox, token, secret, pin).status_code == 200
    r = finish(sandbox, token, secret, pin)
    assert (r.status_code, r.text) == (401, "Invalid request token")
    page = http.get(url)
    assert page.status_code == 200 and "Whoa there!" in page.text
    with pytest.raises(SandboxBrowserError, match="Whoa there"):
        sandbox.browser(url)


def test_unknown_request_token(sandbox: Sandbox, http: requests.Session) -> None:
    r = finish(sandbox, "nonexistent", "nosecret", "1234567")
    assert (r.status_code, r.text) == (401, "Invalid request token")
    page = http.get(f"{sandbox.url}/oauth/authorize?oauth_token=nonexistent")
    assert "The request token for this page is invalid" in page.text


def test_request_token_expires(sandbox: Sandbox, http: requests.Session) -> None:
    _, _, url = start(sandbox)
    sandbox.clock_offset = 16 * 60  # also skews the clock: authorize page only
    assert "Whoa there!" in http.get(url).text


def test_bad_signature_and_unknown_key(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    for key, secret in ((demo.api_key, "wrong-secret"), ("unknown-key", demo.api_secret)):
        r = http.post(sandbox.endpoints.request_token,
                      auth=OAuth1(key, secret, callback_uri="oob"))
        assert (r.status_code, r.json()) == (401, ERR_32)
    r = http.post(sandbox.endpoints.request_token)
    assert r.status_code in (400, 401)


def test_clock_skew(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    sandbox.clock_offset = 301
    r = http.post(sandbox.endpoints.request_token,
                  auth=OAuth1(demo.api_key, demo.api_secret, callback_uri="oob"))
    assert (r.status_code, r.json()) == (401, ERR_135)
    sandbox.clock_offset = -290
    r = http.post(sandbox.endpoints.request_token,
                  auth=OAuth1(demo.api_key, demo.api_secret, callback_uri="oob"))
    assert r.status_code == 200


def test_nonce_replay_rejected(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    client = Client(demo.api_key, demo.api_secret, callback_uri="oob",
                    nonce="fixednonce123", timestamp=str(int(time.time())))
    uri, headers, _ = client.sign(sandbox.endpoints.request_token, "POST")
    assert http.post(uri, headers=headers).status_code == 200
    r = http.post(uri, headers=headers)
    assert (r.status_code, r.json()) == (401, ERR_32)


def test_callback_not_approved(sandbox: Sandbox, http: requests.Session) -> None:
    demo = sandbox.app("confidential")
    for cb in ("http://127.0.0.1:8766/callback", "http://127.0.0.1:8765/callback/",
               "https://evil.example/cb"):
        r = http.post(sandbox.endpoints.request_token,
                      auth=OAuth1(demo.api_key, demo.api_secret, callback_uri=cb))
        assert (r.status_code, r.json()) == (403, ERR_415)
    sandbox.register_callback("confidential", "http://127.0.0.1:8766/callback")
    r = http.post(sandbox.endpoints.request_token, auth=OAuth1(
        demo.api_key, demo.api_secret, callback_uri="http://127.0.0.1:8766/callback"))
    assert r.status_code == 200


def test_desktop_app_only_supports_oob(sandbox: Sandbox, http: requests.Session) -> None:
    desk = sandbox.add_app("desktop", callbacks=[])
    r = http.post(sandbox.endpoints.request_token,
                  auth=OAuth1(desk.api_key, desk.api_secret, callback_uri=CALLBACK))
    assert r.status_code == 401
    assert "Desktop applications only support the oauth_callback value 'oob'" in r.text


def test_params_in_body_and_duplicate_pair_counts_once(sandbox: Sandbox,
                                                       http: requests.Session) -> None:
    """tweepy-style: oauth_callback in the form body; oauth_token in header and body."""
    demo = sandbox.app("confidential")
    body = urlencode({"oauth_callback": "oob"})
    client = Client(demo.api_key, demo.api_secret)
    uri, headers, signed_body = client.sign(
        sandbox.endpoints.request_token, "POST", body,
        {"Content-Type": "application/x-www-form-urlencoded"})
    r = http.post(uri, data=signed_body, headers=headers)
    assert r.status_code == 200, r.text
    got = parse_qs(r.text)
    token, secret = got["oauth_token"][0], got["oauth_token_secret"][0]
    pin = sandbox.browser(f"{sandbox.url}/oauth/authorize?oauth_token={token}")
    # sign oauth_token once (in the header) but send it in the body too
    client = Client(demo.api_key, demo.api_secret, token, secret)
    form = urlencode({"oauth_verifier": pin})
    uri, headers, _ = client.sign(sandbox.endpoints.access_token, "POST", form,
                                  {"Content-Type": "application/x-www-form-urlencoded"})
    dup = urlencode({"oauth_verifier": pin, "oauth_token": token})
    r = http.post(uri, data=dup, headers=headers)
    assert r.status_code == 200, r.text
    assert parse_qs(r.text)["screen_name"] == ["twauth_demo"]
    assert r.headers["Content-Type"].startswith("text/html")


def test_pin_guessing_is_cut_off(sandbox: Sandbox) -> None:
    token, secret, url = start(sandbox)
    pin = sandbox.browser(url)
    wrong = "0000000" if pin != "0000000" else "1111111"
    for _ in range(5):
        r = finish(sandbox, token, secret, wrong)
        assert (r.status_code, r.text) == (401, BAD_VERIFIER)
    r = finish(sandbox, token, secret, pin)
    assert (r.status_code, r.text) == (401, "Invalid request token")
