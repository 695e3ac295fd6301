"""`twauth token NAME` stays light: no Qt, httpx, oauthlib or python-keyring, and no argparse.

Each check runs the real command in a fresh interpreter against a real vault and prints the
modules it loaded. A refresh (token about to expire) is the one case allowed to load httpx;
it is tested too, which also proves that the probe sees an httpx import when there is one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.secret_service import secret_service_available
from twauth_gui import cli
from twauth_gui.core.models import Method
from twauth_gui.core.vault import Credential, Vault

ROOT = Path(cli.__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"
HEAVY = ("PySide6", "shiboken6", "httpx", "httpcore", "oauthlib", "keyring")
PROBE = (
    "import json, sys\n"
    "from twauth_gui import cli\n"
    "rc = cli.main(sys.argv[1:])\n"
    "sys.stdout.flush()\n"
    "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    "sys.exit(rc)\n"
)


def _env(kind: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWAUTH_")}
    env.update(
        TWAUTH_DATA_DIR=os.environ["TWAUTH_DATA_DIR"],
        TWAUTH_API_URL=os.environ["TWAUTH_API_URL"],
        TWAUTH_WEB_URL=os.environ["TWAUTH_WEB_URL"],
        TWAUTH_VAULT=kind,
        PYTHONPATH=str(ROOT),
    )
    if kind == "file":
        env["TWAUTH_VAULT_PASSPHRASE"] = PASSPHRASE
    return env


def _token(kind: str, *argv: str) -> tuple[str, set[str]]:
    """Run `twauth <argv>` in a fresh interpreter: (stdout, top-level modules loaded)."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(kind),
        cwd=str(ROOT),
    )
    assert proc.returncode == 0, proc.stderr
    modules = json.loads(proc.stderr.strip().splitlines()[-1])
    return proc.stdout.strip(), {m.split(".")[0] for m in modules}


def _vault(kind: str) -> Vault:
    return Vault.open(store_preference=kind, passphrase=PASSPHRASE if kind == "file" else None)


def _save(vault: Vault, name: str, method: Method, secrets: dict[str, str], **meta: Any) -> None:
    vault.save(Credential(name=name, method=method, **meta), secrets)


@pytest.fixture(params=["file", "os"])
def kind(request: pytest.FixtureRequest) -> str:
    if request.param == "os" and not secret_service_available():
        if os.environ.get("TWAUTH_REQUIRE_SECRET_SERVICE"):
            pytest.fail("TWAUTH_REQUIRE_SECRET_SERVICE=1 but no unlocked Secret Service runs")
        pytest.skip("no Secret Service in this environment")
    return str(request.param)


def test_token_of_each_method_loads_no_heavy_module(kind: str) -> None:
    vault = _vault(kind)
    far = time.time() + 7200
    _save(
        vault,
        "o2",
        Method.OAUTH2,
        {
            "client_id": "cid-123",
            "access_token": "AT-o2-0123456789",
            "refresh_token": "RT-o2-0123456789",
        },
        expires_at=far,
    )
    _save(
        vault,
        "o1",
        Method.OAUTH1,
        {
            "api_key": "key-123",
            "api_secret": "sec-0123456789",
            "access_token": "AT-o1-0123456789",
            "access_token_secret": "ATS-o1-0123456789",
        },
    )
    _save(
        vault,
        "app",
        Method.APP,
        {"api_key": "key-123", "api_secret": "sec-0123456789", "bearer_token": "BT-app-0123456789"},
    )
    _save(vault, "pasted", Method.BEARER, {"bearer_token": "BT-pasted-0123456789"})
    expected = {
        "o2": "AT-o2-0123456789",
        "o1": "AT-o1-0123456789",
        "app": "BT-app-0123456789",
        "pasted": "BT-pasted-0123456789",
    }
    for name, token in expected.items():
        out, modules = _token(kind, "token", name)
        assert out == token
        assert not modules & set(HEAVY), f"`twauth token {name}` loaded {modules & set(HEAVY)}"
        assert "argparse" not in modules, "the `token NAME` fast path was not taken"


def test_other_spellings_still_parse_and_work(kind: str) -> None:
    _save(_vault(kind), "bot", Method.BEARER, {"bearer_token": "BT-bot-0123456789"})
    out, modules = _token(kind, "--vault", kind, "token", "bot")
    assert out == "BT-bot-0123456789" and "argparse" not in modules
    out, modules = _token(kind, "token", "--", "bot")  # not the fast path: argparse handles it
    assert out == "BT-bot-0123456789" and "argparse" in modules


def test_fast_path_only_takes_the_exact_shape() -> None:
    fast = cli._fast_token_args
    for argv in (
        ["token", "bot"],
        ["--vault", "file", "token", "bot"],
        ["--vault=os", "token", "a b"],
    ):
        args = fast(argv)
        assert args is not None
        full = cli.build_parser().parse_args(argv)
        assert (args.vault, args.profile, args.func, args.command) == (
            full.vault,
            full.profile,
            full.func,
            full.command,
        )
    for argv in (
        ["token"],
        ["token", "-h"],
        ["token", "a", "b"],
        ["--vault", "bogus", "token", "a"],
        ["token", "--", "a"],
        ["list"],
        ["--vault"],
        [],
        ["token", ""],
    ):
        assert fast(argv) is None, argv


def test_a_due_refresh_is_the_only_case_that_loads_httpx(sandbox: Any) -> None:
    from twauth_gui.core import oauth2
    from twauth_gui.core.loopback import parse_redirect_url
    from twauth_gui.core.models import AppKeys

    app = sandbox.app("confidential")
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret or "")
    scopes = ["tweet.read", "users.read", "offline.access"]
    flow = oauth2.start(keys, app.callbacks[0], scopes, endpoints=sandbox.endpoints)
    code = parse_redirect_url(sandbox.browser(flow.authorize_url), kind="oauth2", state=flow.state)
    tokens = oauth2.finish(flow, code.code or "")
    assert tokens.refresh_token
    _save(
        _vault("file"),
        "due",
        Method.OAUTH2,
        {
            "client_id": keys.client_id,
            "client_secret": keys.client_secret,
            "access_token": tokens.access_token,
            "refresh_token": tokens.refresh_token,
        },
        expires_at=time.time() + 5,
        api_base=sandbox.url,
        sandbox=True,
        scopes=tuple(scopes),
    )
    out, modules = _token("file", "token", "due")
    assert out and out != tokens.access_token  # refreshed
    assert "httpx" in modules
    assert sandbox.request_count("/2/oauth2/token") == 2
    assert not modules & {"PySide6", "shiboken6"}
