"""Faults at X, seen through the real ``twauth``: each one gives its own plain-language
message (exit 1, a ``fix:`` line, no traceback) and leaves the vault and the exports exactly
as they were, byte for byte (a failed refresh only records ``refresh_failed``).

Every method (OAuth 2.0 login, OAuth 1.0a callback and PIN login, app-only login, the
enterprise Basic test request) and refresh and revoke (OAuth 2.0, OAuth 1.0a, app-only) meet
every sandbox fault: HTTP 500, 503, 429 with ``x-rate-limit-reset``, a malformed body, a
dropped connection, and an answer slower than the client's timeout. Faults persist for the
whole run, so retries meet them too. The full matrix runs on the encrypted-file vault; the
OAuth 2.0 login, refresh and revoke rows run on the OS keyring (Secret Service) as well.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.stress import conftest as stress
from tests.stress.harness import (
    StressCli,
    index_name,
    make_cli,
    require_vault_kind,
    seed,
    snapshot,
    without_status,
)
from tests.support.faults import FAULTS, HTTP_TIMEOUT, Target, install_fault
from tests.support.net import free_port
from twauth_gui.sandbox import Sandbox

TARGETS = {
    "login-oauth2": Target("/2/oauth2/token", True, name="login-oauth2"),
    "login-oauth1-callback": Target("/oauth/access_token", True, name="login-oauth1-callback"),
    "login-oauth1-pin": Target(
        "/oauth/request_token", True, "a request token", name="login-oauth1-pin"
    ),
    "login-app": Target("/oauth2/token", True, "a Bearer token", name="login-app"),
    "login-basic-test": Target("/_sandbox/basic", False, name="login-basic-test"),
    "refresh": Target("/2/oauth2/token", True, name="refresh"),
    "revoke-oauth2": Target("/2/oauth2/revoke", False, name="revoke-oauth2"),
    "revoke-oauth1": Target("/1.1/oauth/invalidate_token", False, name="revoke-oauth1"),
    "revoke-app": Target("/oauth2/invalidate_token", False, name="revoke-app"),
}
ON_KEYRING = {"login-oauth2", "refresh", "revoke-oauth2"}


def _run(cli: StressCli, sandbox: Any, target: Target, callback: str) -> Any:
    app = sandbox.app("confidential")
    env = {
        "TWAUTH_HTTP_TIMEOUT": str(HTTP_TIMEOUT),
        "TWAUTH_STRESS_BACKOFF": "0.05",
        "CS": app.client_secret or "",
        "AS": app.api_secret,
    }
    if target.name == "login-oauth2":
        return cli.run(
            "login",
            "oauth2",
            "--profile",
            "new",
            "--client-id",
            app.client_id,
            "--client-secret-env",
            "CS",
            "--redirect-uri",
            callback,
            "--timeout",
            "20",
            extra_env=env,
        )
    if target.name == "login-oauth1-callback":
        return cli.run(
            "login",
            "oauth1",
            "--profile",
            "new",
            "--api-key",
            app.api_key,
            "--api-secret-env",
            "AS",
            "--redirect-uri",
            callback,
            "--timeout",
            "20",
            extra_env=env,
        )
    if target.name == "login-oauth1-pin":
        return cli.run(
            "login",
            "oauth1",
            "--profile",
            "new",
            "--api-key",
            app.api_key,
            "--api-secret-env",
            "AS",
            "--pin",
            "--no-browser",
            stdin="1234567\n",
            extra_env=env,
        )
    if target.name == "login-app":
        return cli.run(
            "login",
            "app",
            "--profile",
            "new",
            "--api-key",
            app.api_key,
            "--api-secret-env",
            "AS",
            extra_env=env,
        )
    if target.name == "login-basic-test":
        user, password = sandbox.basic_user
        return cli.run(
            "login",
            "basic",
            "--profile",
            "new",
            "--username",
            user,
            "--test-url",
            sandbox.basic_url,
            stdin=password + "\n",
            extra_env=env,
        )
    if target.name == "refresh":
        return cli.run("refresh", "o2", extra_env=env)
    name = {"revoke-oauth2": "o2", "revoke-oauth1": "o1", "revoke-app": "ro"}[target.name]
    return cli.run("revoke", name, extra_env=env)


def _check_unchanged(
    cli: StressCli, before: dict[str, Any], after: dict[str, Any], target: Target
) -> None:
    assert after["exports"] == before["exports"], "an export changed"
    assert after["keyring"] == before["keyring"], "the keyring changed"
    if target.name != "refresh":
        assert after["files"] == before["files"], "the vault's files changed"
        return
    # A failed refresh keeps the old pair and notes the failure: only that status may change.
    index = index_name(cli)
    assert set(after["files"]) == set(before["files"])
    for rel, data in before["files"].items():
        if rel != index:
            assert after["files"][rel] == data, f"{rel} changed"
    assert without_status(after["files"][index], "o2") == without_status(
        data_of(before, index), "o2"
    )
    status = json.loads(after["files"][index])["credentials"]["o2"]["meta"]["status"]
    assert status in ("valid", "refresh_failed")


def data_of(snap: dict[str, Any], rel: str) -> bytes:
    data: bytes = snap["files"][rel]
    return data


CASES = [
    pytest.param(
        kind,
        t,
        f,
        id=f"{kind}-{t}-{f}",
    )
    for kind in ("file", "os")
    for t in TARGETS
    for f in FAULTS
    if (kind == "file" or t in ON_KEYRING) and not (t == "login-basic-test" and f == "malformed")
]


@pytest.fixture(scope="module")
def shared_sandbox() -> Iterator[Sandbox]:
    """One sandbox for the module: the seeded credentials point at it (faults are cleared)."""
    with Sandbox(port=0, auto="approve") as sb:
        yield sb


@pytest.fixture(scope="module")
def templates(
    shared_sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], Path]:
    """A seeded vault (o2 with a linked export, o1, ro) and two exports per vault kind, made
    once; each test works on a copy of the data dir (the exports are compared in place)."""
    made: dict[str, Path] = {}

    def get(kind: str) -> Path:
        if kind not in made:
            base = tmp_path_factory.mktemp(f"template-{kind}")
            cli = make_cli(shared_sandbox, base, kind)
            seed(cli, shared_sandbox, f"http://127.0.0.1:{free_port()}/callback")
            made[kind] = base
        return made[kind]

    return get


@pytest.mark.parametrize(("vault_kind", "target_name", "fault"), CASES)
def test_fault_gives_its_message_and_changes_nothing(
    shared_sandbox: Sandbox,
    templates: Callable[[str], Path],
    tmp_path: Path,
    vault_kind: str,
    target_name: str,
    fault: str,
) -> None:
    require_vault_kind(vault_kind)
    sandbox = shared_sandbox
    target = TARGETS[target_name]
    template = templates(vault_kind)
    cli = make_cli(sandbox, tmp_path, vault_kind)
    shutil.copytree(template / "data", cli.data_dir)
    callback = f"http://127.0.0.1:{free_port()}/callback"
    sandbox.register_callback("confidential", callback)
    exports = [template / "o2.env", template / "keep.env"]
    before = snapshot(cli, exports)
    expected = install_fault(sandbox, target, fault)
    started = time.monotonic()
    try:
        proc = _run(cli, sandbox, target, callback)
    finally:
        sandbox.clear_faults()
    elapsed = time.monotonic() - started
    stress.add("faults: CLI runs", 1)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    message = next((line for line in lines if line.startswith("twauth: ")), "")
    assert message, proc.stderr
    for phrase in expected:
        assert phrase in proc.stderr, (phrase, proc.stderr)
    assert any(line.startswith("  fix: ") and len(line) > 12 for line in lines), proc.stderr
    if target.name.startswith("revoke") and fault in ("drop", "timeout"):
        assert "nothing was revoked" in proc.stderr
    assert proc.stdout == ""
    after = snapshot(cli, exports)
    _check_unchanged(cli, before, after, target)
    assert elapsed < 30


def test_identity_fault_after_token_exchange_keeps_a_working_credential(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    cli = make_cli(sandbox, tmp_path, "file")
    app = sandbox.app("confidential")
    callback = f"http://127.0.0.1:{free_port()}/callback"
    sandbox.register_callback("confidential", callback)
    args = (
        "login",
        "oauth2",
        "--profile",
        "o2",
        "--client-id",
        app.client_id,
        "--client-secret-env",
        "CS",
        "--redirect-uri",
        callback,
        "--timeout",
        "20",
    )
    env = {"CS": app.client_secret or ""}
    assert cli.run(*args, extra_env=env).returncode == 0
    sandbox.set_fault("/2/users/me", status=503, body='{"title":"Service Unavailable"}', times=None)
    try:
        again = cli.run(*args, "--force", extra_env=env)
    finally:
        sandbox.clear_faults()
    assert "Traceback" not in again.stderr
    # Whatever the re-authorization said, the person must still hold a working credential.
    refreshed = cli.run("refresh", "o2")
    assert refreshed.returncode == 0, refreshed.stderr
