"""Issue 5 end to end: forced expiry, single-flight refresh across processes, crash between
X's answer and the save, transient failures, revoke/invalidate for every method, offline."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx

from tests.e2e.conftest import Cli

TOKEN_PATH = "/2/oauth2/token"


def _login_oauth2(cli: Cli, sandbox, callback, name: str = "bot") -> None:
    app = sandbox.app("confidential")
    proc = cli.run(
        "login",
        "oauth2",
        "--profile",
        name,
        "--client-id",
        app.client_id,
        "--client-secret-env",
        "CS",
        "--redirect-uri",
        callback("confidential"),
        "--timeout",
        "20",
        extra_env={"CS": app.client_secret},
    )
    assert proc.returncode == 0, proc.stderr


def _force_expiry(cli: Cli, sandbox, name: str) -> None:
    """The sandbox kills the access tokens; our record learns it expired (as after 2 hours)."""
    sandbox.expire_access_tokens()
    code = (
        "import time; from twauth_gui.core.vault import Vault; "
        f"Vault.open().update({name!r}, expires_at=time.time() - 5)"
    )
    subprocess.run([sys.executable, "-c", code], env=cli.env, check=True, timeout=30)


def _users_me(sandbox, token: str) -> int:
    return httpx.get(
        f"{sandbox.url}/2/users/me", headers={"Authorization": f"Bearer {token}"}, timeout=10
    ).status_code


def test_token_refreshes_transparently_after_expiry(cli: Cli, sandbox, callback) -> None:
    _login_oauth2(cli, sandbox, callback)
    old = cli.run("token", "bot").stdout.strip()
    _force_expiry(cli, sandbox, "bot")
    assert _users_me(sandbox, old) == 401
    before = sandbox.request_count(TOKEN_PATH)
    new = cli.run("token", "bot")
    assert new.returncode == 0, new.stderr
    assert new.stdout.strip() != old
    assert _users_me(sandbox, new.stdout.strip()) == 200
    assert sandbox.request_count(TOKEN_PATH) == before + 1
    # still valid: no further request
    assert cli.run("token", "bot").stdout.strip() == new.stdout.strip()
    assert sandbox.request_count(TOKEN_PATH) == before + 1
    # explicit refresh rotates again, and the status reads valid
    assert cli.run("refresh", "bot").returncode == 0
    assert json.loads(cli.run("show", "bot", "--json").stdout)["status"] == "valid"


def test_ten_concurrent_token_calls_make_one_refresh(cli: Cli, sandbox, callback) -> None:
    _login_oauth2(cli, sandbox, callback)
    _force_expiry(cli, sandbox, "bot")
    before = sandbox.request_count(TOKEN_PATH)
    procs = [cli.popen("token", "bot") for _ in range(10)]
    outputs = [p.communicate(timeout=90) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outputs]
    tokens = {out.strip() for out, _ in outputs}
    assert len(tokens) == 1
    assert sandbox.request_count(TOKEN_PATH) == before + 1
    assert _users_me(sandbox, tokens.pop()) == 200


def test_crash_between_answer_and_save_asks_to_authorize_again(cli: Cli, sandbox, callback) -> None:
    _login_oauth2(cli, sandbox, callback, "bot")
    app = sandbox.app("confidential")
    assert (
        cli.run(
            "login",
            "app",
            "--profile",
            "other",
            "--api-key",
            app.api_key,
            stdin=app.api_secret + "\n",
        ).returncode
        == 0
    )
    other = cli.run("token", "other").stdout.strip()
    crashed = cli.run("refresh", "bot", extra_env={"TWAUTH_FAULT_INJECT": "crash-before-save"})
    assert crashed.returncode == 137
    # X rotated the refresh token; ours is stale now. The next use says exactly what to do.
    again = cli.run("refresh", "bot")
    assert again.returncode == 1
    assert "authorize again" in again.stderr
    shown = json.loads(cli.run("show", "bot", "--json").stdout)
    assert shown["status"] == "reauthorize"
    # nothing else was lost
    assert cli.run("token", "other").stdout.strip() == other
    names = sorted(c["name"] for c in json.loads(cli.run("list", "--json").stdout))
    assert names == ["bot", "other"]


def test_transient_failures_keep_old_pair_and_retry(cli: Cli, sandbox, callback) -> None:
    _login_oauth2(cli, sandbox, callback)
    before = sandbox.request_count(TOKEN_PATH)
    sandbox.set_fault(TOKEN_PATH, status=503, body='{"title":"Service Unavailable"}', times=1)
    proc = cli.run("refresh", "bot")
    assert proc.returncode == 0, proc.stderr
    assert sandbox.request_count(TOKEN_PATH) == before + 2  # one 503, one retry

    sandbox.set_fault(
        TOKEN_PATH,
        status=429,
        body='{"errors":[{"code":88,"message":"Rate limit exceeded"}]}',
        headers={"x-rate-limit-reset": str(int(time.time()) + 3600)},
        times=1,
    )
    proc = cli.run("refresh", "bot")
    assert proc.returncode == 1
    assert "rate" in proc.stderr.lower() and "fix:" in proc.stderr
    # the old pair was kept: a refresh now succeeds with it
    sandbox.clear_faults()
    assert cli.run("refresh", "bot").returncode == 0


def test_revoke_every_method(cli: Cli, sandbox, callback) -> None:
    app = sandbox.app("confidential")
    _login_oauth2(cli, sandbox, callback, "o2")
    assert (
        cli.run(
            "login",
            "oauth1",
            "--profile",
            "o1",
            "--api-key",
            app.api_key,
            "--api-secret-env",
            "AS",
            "--redirect-uri",
            callback("confidential"),
            extra_env={"AS": app.api_secret},
        ).returncode
        == 0
    )
    assert (
        cli.run(
            "login", "app", "--profile", "ro", "--api-key", app.api_key, stdin=app.api_secret + "\n"
        ).returncode
        == 0
    )
    o2 = cli.run("token", "o2").stdout.strip()
    bearer = cli.run("token", "ro").stdout.strip()
    assert _users_me(sandbox, o2) == 200
    for name in ("o2", "o1", "ro"):
        proc = cli.run("revoke", name)
        assert proc.returncode == 0, proc.stderr
        assert "Revoked at X" in proc.stderr
    assert _users_me(sandbox, o2) == 401
    assert sandbox.request_count("/2/oauth2/revoke") == 2
    assert sandbox.request_count("/1.1/oauth/invalidate_token") == 1
    assert sandbox.request_count("/oauth2/invalidate_token") == 1
    assert json.loads(cli.run("list", "--json").stdout) == []
    assert bearer  # the bearer existed before it was invalidated


def test_revoke_offline_offers_local_removal(cli: Cli, sandbox, callback) -> None:
    _login_oauth2(cli, sandbox, callback)
    sandbox.set_fault("/2/oauth2/revoke", drop=True, times=100)
    proc = cli.run("revoke", "bot")
    assert proc.returncode == 1
    assert "nothing was revoked" in proc.stderr
    assert [c["name"] for c in json.loads(cli.run("list", "--json").stdout)] == ["bot"]
    proc = cli.run("revoke", "bot", "--local-only-if-offline")
    assert "NOT revoked at X" in proc.stderr
    assert json.loads(cli.run("list", "--json").stdout) == []
