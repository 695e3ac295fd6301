"""Sandbox controls over real HTTP: faults, counters, /_sandbox/ endpoints, lifecycle, CLI."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
import requests

from twauth_gui.core.endpoints import Endpoints
from twauth_gui.sandbox import DemoApp, Sandbox, SandboxBrowserError


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


def test_contract_basics(sandbox: Sandbox) -> None:
    assert sandbox.url.startswith("http://127.0.0.1:")
    assert sandbox.endpoints == Endpoints(api=sandbox.url, web=sandbox.url)
    conf, pub = sandbox.app("confidential"), sandbox.app("public")
    assert isinstance(conf, DemoApp) and conf.client_secret and pub.client_secret is None
    for app in (conf, pub):
        assert app.callbacks[:2] == ["http://127.0.0.1:8765/callback",
                                     "http://localhost:8765/callback"]
        assert len(app.api_key) == 25 and len(app.api_secret) == 50
        assert app.api_secret not in repr(app)
    assert conf.client_secret not in repr(conf)
    with pytest.raises(KeyError):
        sandbox.app("nope")


def test_secrets_differ_per_instance() -> None:
    a, b = Sandbox(), Sandbox()
    assert a.app("confidential").api_secret != b.app("confidential").api_secret
    assert a.basic_user[1] != b.basic_user[1]


def test_fault_status_body_headers(sandbox: Sandbox, http: requests.Session) -> None:
    body = {"title": "Service Unavailable", "status": 503}
    sandbox.set_fault("/2/users/me", status=503, body=body, headers={"Retry-After": "7"},
                      times=2)
    for _ in range(2):
        r = http.get(sandbox.endpoints.users_me)
        assert (r.status_code, r.json(), r.headers["Retry-After"]) == (503, body, "7")
    assert http.get(sandbox.endpoints.users_me).status_code == 401  # back to normal
    sandbox.set_fault("/2/oauth2/token", status=503, body="<html>Over capacity</html>",
                      times=None)
    for _ in range(3):
        r = http.post(sandbox.endpoints.oauth2_token)
        assert (r.status_code, r.text) == (503, "<html>Over capacity</html>")
    sandbox.clear_faults()
    assert http.post(sandbox.endpoints.oauth2_token).status_code == 400


def test_fault_drop(sandbox: Sandbox) -> None:
    sandbox.set_fault("/2/oauth2/token", drop=True)
    with httpx.Client() as client:
        with pytest.raises(httpx.TransportError):
            client.post(sandbox.endpoints.oauth2_token, data={"grant_type": "x"})
        assert client.post(sandbox.endpoints.oauth2_token).status_code == 400
    assert sandbox.request_count("/2/oauth2/token") == 2


def test_fault_delay(sandbox: Sandbox) -> None:
    sandbox.set_fault("/2/users/me", delay=0.6)
    with httpx.Client() as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get(sandbox.endpoints.users_me, timeout=0.2)
        started = time.monotonic()
        assert client.get(sandbox.endpoints.users_me, timeout=5).status_code == 401
        assert time.monotonic() - started < 0.5
    sandbox.set_fault("/2/users/me", delay=0.3)
    with httpx.Client() as client:
        started = time.monotonic()
        assert client.get(sandbox.endpoints.users_me, timeout=5).status_code == 401
        assert time.monotonic() - started >= 0.3


def test_request_counts(sandbox: Sandbox, http: requests.Session) -> None:
    assert sandbox.request_count("/2/users/me") == 0
    for _ in range(3):
        http.get(sandbox.endpoints.users_me, params={"user.fields": "profile_image_url"})
    assert sandbox.request_count("/2/users/me") == 3
    assert sandbox.request_count("/oauth/request_token") == 0
    stats = http.get(f"{sandbox.url}/_sandbox/stats").json()
    assert stats["counts"]["/2/users/me"] == 3


def test_http_controls(sandbox: Sandbox, http: requests.Session) -> None:
    base = f"{sandbox.url}/_sandbox"
    # mutating controls refuse non-JSON bodies (a web page cannot post JSON cross-origin)
    assert http.post(f"{base}/auto", data={"auto": "deny"}).status_code == 415
    assert sandbox.auto == "approve"
    assert http.post(f"{base}/auto", json={"auto": "deny"}).json() == {"auto": "deny"}
    assert sandbox.auto == "deny"
    assert http.post(f"{base}/auto", json={"auto": "maybe"}).status_code == 400
    assert http.post(f"{base}/clock", json={"offset": 42}).status_code == 200
    assert sandbox.clock_offset == 42
    r = http.post(f"{base}/callbacks", json={"app": "public", "url": "http://127.0.0.1:1/cb"})
    assert r.status_code == 200
    assert "http://127.0.0.1:1/cb" in sandbox.app("public").callbacks
    assert http.post(f"{base}/faults", json={"path": "/2/users/me", "status": 502,
                                             "body": {"x": 1}}).status_code == 200
    assert http.get(sandbox.endpoints.users_me).status_code == 502
    http.post(f"{base}/faults", json={"path": "/2/users/me", "status": 502, "times": None})
    assert http.delete(f"{base}/faults").status_code == 200
    assert http.get(sandbox.endpoints.users_me).status_code == 401
    assert http.post(f"{base}/expire", json={}).status_code == 200


def test_unknown_paths_and_methods(sandbox: Sandbox, http: requests.Session) -> None:
    assert http.get(f"{sandbox.url}/nope").status_code == 404
    assert http.get(sandbox.endpoints.oauth2_token).status_code == 405
    assert http.get(sandbox.url + "/").status_code == 200


def test_foreign_host_header_refused(sandbox: Sandbox, http: requests.Session) -> None:
    r = http.get(sandbox.endpoints.users_me, headers={"Host": "evil.example"})
    assert r.status_code == 421


def test_browser_raises_on_error_pages(sandbox: Sandbox) -> None:
    with pytest.raises(SandboxBrowserError, match=r"Something went wrong.*client_id"):
        sandbox.browser(f"{sandbox.url}/i/oauth2/authorize?client_id=unknown")


def test_no_request_logging(sandbox: Sandbox, http: requests.Session,
                            capfd: pytest.CaptureFixture[str]) -> None:
    marker = "SECRETMARKER123456"
    http.get(sandbox.endpoints.users_me, params={"code": marker})
    http.get(f"{sandbox.url}/i/oauth2/authorize", params={"state": marker})
    out, err = capfd.readouterr()
    assert marker not in out and marker not in err
    assert "GET /" not in err


def test_stop_releases_the_port() -> None:
    sb = Sandbox(port=0)
    with sb:
        port = sb.port
        assert sb.running
    assert not sb.running
    with pytest.raises(RuntimeError):
        _ = sb.url
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))


def test_auto_must_be_valid() -> None:
    with pytest.raises(ValueError):
        Sandbox(auto="yes")
    sb = Sandbox()
    with pytest.raises(ValueError):
        sb.auto = "sometimes"


def test_cli_prints_one_json_line_and_stops_on_sigterm() -> None:
    code = "import sys; from twauth_gui.sandbox import serve_forever_cli; " \
           "sys.exit(serve_forever_cli(0, 'approve'))"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        info = json.loads(line)
        assert info["url"].startswith("http://127.0.0.1:")
        names = {a["name"]: a for a in info["apps"]}
        assert names["public"]["client_secret"] is None
        assert names["confidential"]["client_secret"]
        assert set(names["public"]) >= {"name", "api_key", "api_secret", "client_id",
                                        "client_secret", "callbacks"}
        with httpx.Client() as client:
            assert client.get(info["url"] + "/2/users/me").status_code == 401
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def test_cli_reports_busy_port(capsys: pytest.CaptureFixture[str]) -> None:
    from twauth_gui.sandbox import serve_forever_cli

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        assert serve_forever_cli(s.getsockname()[1], None) == 1
    assert "--port" in capsys.readouterr().err


def test_ipv6_loopback_when_available() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6")
    try:
        sb = Sandbox(host="::1").start()
    except OSError:
        pytest.skip("::1 not configured here")
    try:
        assert sb.url.startswith("http://[::1]:")
        with httpx.Client() as client:
            assert client.get(sb.url + "/2/users/me").status_code == 401
    finally:
        sb.stop()
