"""Full flows at DEBUG (httpx, httpcore, oauthlib included) leave no secret in the log text."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs, urlsplit

import pytest

from twauth_gui.core import app_only, identity, oauth1, oauth2, preflight
from twauth_gui.core.errors import XApiError
from twauth_gui.core.models import AppKeys
from twauth_gui.sandbox import Sandbox

LOGGERS = (
    "",
    "httpx",
    "httpcore",
    "oauthlib",
    "oauthlib.oauth1.rfc5849",
    "oauthlib.oauth1.rfc5849.signature",
    "twauth_gui",
    "urllib3",
    "hpack",
)


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _assert_clean(caplog: pytest.LogCaptureFixture, secrets: dict[str, str]) -> None:
    assert caplog.records, "nothing was logged: the test would prove nothing"
    # the log must actually contain DEBUG lines from the HTTP stack, or this proves nothing
    assert any(r.name.startswith("httpcore") and r.levelno == logging.DEBUG for r in caplog.records)
    assert any(r.name.startswith("twauth_gui.core") for r in caplog.records)
    text = caplog.text + "\n".join(
        f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records
    )
    for label, value in secrets.items():
        assert value, label
        assert value not in text, f"{label} leaked into the log"


def test_oauth2_flow_logs_no_secrets(
    sandbox: Sandbox, debug_logs: pytest.LogCaptureFixture
) -> None:
    app = sandbox.app("confidential")
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret or "")
    ep = sandbox.endpoints
    redirect = "http://127.0.0.1:8765/callback"
    preflight.check_oauth2(keys, redirect, endpoints=ep)
    flow = oauth2.start(
        keys, redirect, ["tweet.read", "users.read", "offline.access"], endpoints=ep
    )
    code = query(sandbox.browser(flow.authorize_url))["code"]
    tokens = oauth2.finish(flow, code)
    identity.whoami_oauth2(tokens, endpoints=ep)
    fresh = oauth2.refresh(keys, tokens.refresh_token or "", endpoints=ep)
    with pytest.raises(XApiError):  # the rotated-out token, through the error path
        oauth2.refresh(keys, tokens.refresh_token or "", endpoints=ep)
    oauth2.revoke(keys, fresh.refresh_token or "", "refresh_token", endpoints=ep)
    _assert_clean(
        debug_logs,
        {
            "client secret": keys.client_secret,
            "code": code,
            "verifier": flow.verifier,
            "state": flow.state,
            "access token": tokens.access_token,
            "refresh token": tokens.refresh_token or "",
            "new access token": fresh.access_token,
            "new refresh token": fresh.refresh_token or "",
        },
    )


def test_oauth1_and_bearer_flows_log_no_secrets(
    sandbox: Sandbox, debug_logs: pytest.LogCaptureFixture
) -> None:
    app = sandbox.app("public")
    keys = AppKeys(api_key=app.api_key, api_secret=app.api_secret)
    ep = sandbox.endpoints
    preflight.check_oauth1(keys, "oob", endpoints=ep)
    flow = oauth1.start(keys, "oob", endpoints=ep)
    pin = sandbox.browser(flow.authorize_url)
    tokens = oauth1.finish(flow, pin)
    identity.whoami_oauth1(keys, tokens, endpoints=ep)
    cb_flow = oauth1.start(keys, "http://127.0.0.1:8765/callback", endpoints=ep)
    q = query(sandbox.browser(cb_flow.authorize_url))
    cb_tokens = oauth1.finish(cb_flow, q["oauth_verifier"], returned_token=q["oauth_token"])
    oauth1.invalidate(keys, cb_tokens, endpoints=ep)
    bearer = app_only.obtain(keys, endpoints=ep)
    identity.whoami_bearer(bearer, endpoints=ep)
    app_only.invalidate(keys, bearer, endpoints=ep)
    _assert_clean(
        debug_logs,
        {
            "api secret": keys.api_secret,
            "request token": flow.request_token,
            "request token secret": flow.request_token_secret,
            "pin": pin,
            "access token": tokens.token,
            "access token secret": tokens.token_secret,
            "callback verifier": q["oauth_verifier"],
            "second access token": cb_tokens.token,
            "second access token secret": cb_tokens.token_secret,
            "bearer": bearer.access_token,
        },
    )
