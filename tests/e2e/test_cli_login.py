"""`twauth login` end to end for all five kinds, against the sandbox over HTTP, real vault."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.e2e.conftest import Cli


def _all_text(root: Path) -> str:
    chunks = []
    for path in root.rglob("*"):
        if path.is_file():
            chunks.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(chunks)


def test_oauth2_confidential_login_token_export_show(cli: Cli, sandbox, callback) -> None:
    app = sandbox.app("confidential")
    redirect = callback("confidential")
    proc = cli.run(
        "login",
        "oauth2",
        "--profile",
        "bot",
        "--client-id",
        app.client_id,
        "--client-secret-env",
        "CS",
        "--redirect-uri",
        redirect,
        "--timeout",
        "20",
        extra_env={"CS": app.client_secret},
    )
    assert proc.returncode == 0, proc.stderr
    assert "@twauth_demo" in proc.stderr
    token = cli.run("token", "bot")
    assert token.returncode == 0, token.stderr
    access = token.stdout.strip()
    assert len(access) > 20 and "\n" not in access
    assert access not in proc.stderr

    listing = cli.run("list", "--json")
    data = json.loads(listing.stdout)
    assert [c["name"] for c in data] == ["bot"]
    assert data[0]["method"] == "oauth2" and data[0]["username"] == "twauth_demo"
    assert "offline.access" in data[0]["scopes"]
    shown = cli.run("show", "bot", "--json")
    assert json.loads(shown.stdout)["status"] == "valid"
    # no secret in list/show output without --reveal
    assert access not in listing.stdout + shown.stdout
    assert app.client_secret not in listing.stdout + shown.stdout
    revealed = json.loads(cli.run("show", "bot", "--json", "--reveal").stdout)
    assert revealed["secrets"]["access_token"] == access

    env_file = cli.tmp / "bot.env"
    env_file.write_text("# my bot\nLOG_LEVEL=info\nX_ACCESS_TOKEN=old\n")
    exported = cli.run("export", "bot", "--preset", "x", "-o", str(env_file))
    assert exported.returncode == 0, exported.stderr
    text = env_file.read_text()
    assert text.startswith("# my bot\nLOG_LEVEL=info\n")
    assert f"X_OAUTH2_ACCESS_TOKEN={access}\n" in text
    assert (env_file.stat().st_mode & 0o777) == 0o600

    # the data dir holds no secret
    stored = _all_text(cli.tmp / "data")
    for secret in (access, app.client_secret, revealed["secrets"]["refresh_token"]):
        assert secret not in stored


def test_oauth2_public_client(cli: Cli, sandbox, callback) -> None:
    app = sandbox.app("public")
    redirect = callback("public", host="localhost")
    proc = cli.run(
        "login",
        "oauth2",
        "--profile",
        "pub",
        "--client-id",
        app.client_id,
        "--public",
        "--redirect-uri",
        redirect,
        "--scopes",
        "tweet.read users.read",
        "--timeout",
        "20",
    )
    assert proc.returncode == 0, proc.stderr
    assert "no refresh token" in proc.stderr
    assert cli.run("token", "pub").stdout.strip()


def test_oauth1_callback_login(cli: Cli, sandbox, callback) -> None:
    app = sandbox.app("confidential")
    redirect = callback("confidential")
    proc = cli.run(
        "login",
        "oauth1",
        "--profile",
        "v1",
        "--api-key",
        app.api_key,
        "--api-secret-env",
        "AS",
        "--redirect-uri",
        redirect,
        "--access-type",
        "write",
        "--timeout",
        "20",
        extra_env={"AS": app.api_secret},
    )
    assert proc.returncode == 0, proc.stderr
    token = cli.run("token", "v1").stdout.strip()
    assert token.startswith("1234567890-")
    shown = json.loads(cli.run("show", "v1", "--json", "--verify").stdout)
    assert shown["username"] == "twauth_demo"


def test_oauth1_pin_login(cli: Cli, sandbox) -> None:
    app = sandbox.app("confidential")
    proc = cli.popen(
        "login",
        "oauth1",
        "--profile",
        "pin",
        "--api-key",
        app.api_key,
        "--api-secret-env",
        "AS",
        "--pin",
        extra_env={"AS": app.api_secret},
    )
    deadline = time.monotonic() + 20
    while not cli.browser_log.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    pin = cli.browser_log.read_text().strip()
    assert pin.isdigit() and len(pin) == 7
    _out, err = proc.communicate(pin + "\n", timeout=30)
    assert proc.returncode == 0, err
    assert cli.run("token", "pin").stdout.strip().startswith("1234567890-")


def test_app_only_and_bearer_and_basic(cli: Cli, sandbox) -> None:
    app = sandbox.app("confidential")
    proc = cli.run(
        "login", "app", "--profile", "ro", "--api-key", app.api_key, stdin=app.api_secret + "\n"
    )
    assert proc.returncode == 0, proc.stderr
    bearer = cli.run("token", "ro").stdout.strip()
    assert bearer.startswith("AAAA") and "%" in bearer

    proc = cli.run(
        "login", "bearer", "--profile", "pasted", "--token-env", "BT", extra_env={"BT": bearer}
    )
    assert proc.returncode == 0, proc.stderr
    assert cli.run("token", "pasted").stdout.strip() == bearer

    user, password = sandbox.basic_user
    proc = cli.run(
        "login",
        "basic",
        "--profile",
        "ent",
        "--username",
        user,
        "--test-url",
        f"{sandbox.url}/_sandbox/basic",
        stdin=password + "\n",
    )
    assert proc.returncode == 0, proc.stderr
    token = cli.run("token", "ent")
    assert token.returncode == 1 and "username and password" in token.stderr
    names = [c["name"] for c in json.loads(cli.run("list", "--json").stdout)]
    assert sorted(names) == ["ent", "pasted", "ro"]
    assert cli.run("remove", "pasted").returncode == 0
    assert cli.run("token", "pasted").returncode == 1


def test_wrong_secret_leaves_vault_unchanged(cli: Cli, sandbox, callback) -> None:
    app = sandbox.app("confidential")
    assert (
        cli.run(
            "login",
            "app",
            "--profile",
            "keep",
            "--api-key",
            app.api_key,
            stdin=app.api_secret + "\n",
        ).returncode
        == 0
    )
    before = cli.run("list", "--json").stdout
    proc = cli.run(
        "login", "app", "--profile", "new", "--api-key", app.api_key, stdin="wrong-secret-value\n"
    )
    assert proc.returncode == 1
    assert "fix:" in proc.stderr and "API Key" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert cli.run("list", "--json").stdout == before


def test_deny_and_timeout(cli: Cli, sandbox, callback) -> None:
    app = sandbox.app("confidential")
    sandbox.auto = "deny"
    proc = cli.run(
        "login",
        "oauth2",
        "--profile",
        "denied",
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
    assert proc.returncode == 1
    assert "denied" in proc.stderr.lower() or "cancel" in proc.stderr.lower()
    sandbox.auto = "approve"
    proc = cli.run(
        "login",
        "oauth2",
        "--profile",
        "late",
        "--client-id",
        app.client_id,
        "--client-secret-env",
        "CS",
        "--redirect-uri",
        callback("confidential"),
        "--timeout",
        "1",
        "--no-browser",
        extra_env={"CS": app.client_secret},
    )
    assert proc.returncode == 1
    assert "fix:" in proc.stderr
    assert json.loads(cli.run("list", "--json").stdout) == []


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli.run("login", "oauth2").returncode == 2
    assert cli.run("frobnicate").returncode == 2
