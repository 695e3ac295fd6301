"""The CLI harness of the stress suite: run the real ``twauth`` against the sandbox, seed a
vault in-process, and take byte-for-byte snapshots of everything a failure must not touch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.support.secret_service import secret_service_available
from twauth_gui.core import app_only, oauth1, oauth2
from twauth_gui.core.models import AppKeys, Method
from twauth_gui.core.vault import Credential, LinkedExport, Vault

REPO = Path(__file__).resolve().parents[2]
LAUNCHER = Path(__file__).with_name("launcher.py")
PASSPHRASE = "stress passphrase: correct horse battery staple"
SANDBOX_SERVICE = "twauth-gui-sandbox"

#: Stands in for the person's browser: records its argv (and the command line of the process
#: that started it) for the leak scan, then follows the authorize URL through the sandbox's
#: consent page to the loopback receiver; for an OAuth 1.0a `oob` flow it saves the PIN.
BROWSER_SCRIPT = textwrap.dedent(
    """\
    #!{python}
    import json, os, re, sys, pathlib, httpx
    out = pathlib.Path({out!r})
    def cmdline(pid):
        try:
            return pathlib.Path(f"/proc/{{pid}}/cmdline").read_bytes().decode("utf-8", "replace")
        except OSError:
            return ""
    with open({argv_log!r}, "a", encoding="utf-8") as log:
        log.write(json.dumps({{"argv": sys.argv, "self": cmdline(os.getpid()),
                              "parent": cmdline(os.getppid()),
                              "env": sorted(os.environ)}}) + "\\n")
    url = sys.argv[1]
    with httpx.Client(follow_redirects=True, timeout=10) as client:
        try:
            response = client.get(url)
        except httpx.HTTPError as exc:
            out.with_suffix(".error").write_text(type(exc).__name__)
            sys.exit(0)
    text = response.text
    pin = re.search(r'data-pin="(\\d{{7}})"', text) or re.search(r'\\b(\\d{{7}})\\b', text)
    out.write_text(pin.group(1) if pin else "visited")
    """
)


@dataclass
class StressCli:
    """Runs ``twauth`` (through tests/stress/launcher.py) against the sandbox."""

    env: dict[str, str]
    tmp: Path
    data_dir: Path
    vault_kind: str
    outputs: list[str] = field(default_factory=list)

    def command(self, *args: str) -> list[str]:
        return [sys.executable, str(LAUNCHER), *args]

    def run(
        self,
        *args: str,
        stdin: str = "",
        extra_env: dict[str, str] | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        env.update(extra_env or {})
        proc = subprocess.run(
            self.command(*args),
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            cwd=self.tmp,
        )
        self.outputs.extend([proc.stdout, proc.stderr])
        return proc

    def popen(self, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        env = dict(self.env)
        env.update(extra_env or {})
        return subprocess.Popen(
            self.command(*args),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=self.tmp,
        )

    @property
    def browser_out(self) -> Path:
        return self.tmp / "browser.out"

    @property
    def browser_argv_log(self) -> Path:
        return self.tmp / "browser-argv.jsonl"

    @contextmanager
    def in_process_env(self) -> Iterator[None]:
        """This process sees the same vault as the CLI (for seeding and snapshots)."""
        keys = (
            "TWAUTH_DATA_DIR",
            "TWAUTH_VAULT",
            "TWAUTH_VAULT_PASSPHRASE",
            "TWAUTH_API_URL",
            "TWAUTH_WEB_URL",
        )
        saved = {k: os.environ.get(k) for k in keys}
        try:
            for k in keys:
                if k in self.env:
                    os.environ[k] = self.env[k]
                else:
                    os.environ.pop(k, None)
            yield
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v

    def vault(self) -> Vault:
        with self.in_process_env():
            return Vault.open(self.data_dir)


def make_cli(sandbox: Any, tmp_path: Path, vault_kind: str) -> StressCli:
    browser = tmp_path / "browser.py"
    browser.write_text(
        BROWSER_SCRIPT.format(
            python=sys.executable,
            out=str(tmp_path / "browser.out"),
            argv_log=str(tmp_path / "browser-argv.jsonl"),
        )
    )
    browser.chmod(0o755)
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWAUTH_")}
    env.update(
        TWAUTH_DATA_DIR=str(data_dir),
        TWAUTH_API_URL=sandbox.url,
        TWAUTH_WEB_URL=sandbox.url,
        TWAUTH_VAULT=vault_kind,
        BROWSER=str(browser),
        PYTHONWARNINGS="error",
        PYTHONPATH=str(REPO),
    )
    if vault_kind == "file":
        env["TWAUTH_VAULT_PASSPHRASE"] = PASSPHRASE
    return StressCli(env=env, tmp=tmp_path, data_dir=data_dir, vault_kind=vault_kind)


def require_vault_kind(kind: str) -> None:
    if kind == "os" and not secret_service_available():
        if os.environ.get("TWAUTH_REQUIRE_SECRET_SERVICE"):
            pytest.fail("A Secret Service is required (TWAUTH_REQUIRE_SECRET_SERVICE=1).")
        pytest.skip("no Secret Service in this environment")


# --------------------------------------------------------------------------- seeding


def _code_from(redirect: str) -> str:
    return dict(parse_qsl(urlsplit(redirect).query))["code"]


def oauth2_tokens(
    sandbox: Any, redirect_uri: str, app_name: str = "confidential"
) -> dict[str, Any]:
    """A fresh OAuth 2.0 pair from the sandbox, obtained in-process (no CLI)."""
    app = sandbox.app(app_name)
    sandbox.register_callback(app_name, redirect_uri)
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret or "")
    flow = oauth2.start(
        keys,
        redirect_uri,
        ["tweet.read", "users.read", "offline.access"],
        endpoints=sandbox.endpoints,
    )
    tokens = oauth2.finish(flow, _code_from(sandbox.browser(flow.authorize_url)))
    return {
        "secrets": {
            "client_id": keys.client_id,
            "client_secret": keys.client_secret,
            "access_token": tokens.access_token,
            "refresh_token": tokens.refresh_token or "",
        },
        "expires_at": tokens.expires_at,
        "scopes": tokens.scopes,
    }


def seed(cli: StressCli, sandbox: Any, redirect_uri: str) -> dict[str, dict[str, str]]:
    """Save o2 (OAuth 2.0, with a linked export), o1 (OAuth 1.0a) and ro (app-only) in the
    CLI's vault, and write two exports: keep.env (plain) and o2.env (linked)."""
    from twauth_gui.core.export import export_fields, render, write_export

    app = sandbox.app("confidential")
    ep = sandbox.endpoints
    o2 = oauth2_tokens(sandbox, redirect_uri)
    keys1 = AppKeys(api_key=app.api_key, api_secret=app.api_secret)
    flow1 = oauth1.start(keys1, "oob", endpoints=ep)
    t1 = oauth1.finish(flow1, sandbox.browser(flow1.authorize_url))
    bearer = app_only.obtain(keys1, endpoints=ep)
    secrets = {
        "o2": o2["secrets"],
        "o1": {
            "api_key": app.api_key,
            "api_secret": app.api_secret,
            "access_token": t1.token,
            "access_token_secret": t1.token_secret,
        },
        "ro": {
            "api_key": app.api_key,
            "api_secret": app.api_secret,
            "bearer_token": bearer.access_token,
        },
    }
    common = {"sandbox": True, "api_base": sandbox.url, "app": "confidential"}
    linked = cli.tmp / "o2.env"
    keep = cli.tmp / "keep.env"
    vault = cli.vault()
    with cli.in_process_env():
        vault.save(
            Credential(
                name="o2",
                method=Method.OAUTH2,
                scopes=tuple(o2["scopes"]),
                expires_at=o2["expires_at"],
                redirect_uri=redirect_uri,
                linked_exports=(LinkedExport(str(linked)),),
                username="twauth_demo",
                **common,
            ),
            secrets["o2"],
        )
        vault.save(Credential(name="o1", method=Method.OAUTH1, **common), secrets["o1"])
        vault.save(Credential(name="ro", method=Method.APP, status="app", **common), secrets["ro"])
        pairs = export_fields(secrets["o2"], expires_at=o2["expires_at"], method="oauth2")
        write_export(linked, "# my bot\nLOG_LEVEL=info\n" + render(pairs, "env"))
        write_export(keep, render(export_fields(secrets["o1"], expires_at=None), "env"))
    return secrets


# --------------------------------------------------------------------------- snapshots


def keyring_items() -> dict[str, str]:
    """Every sandbox item in the Secret Service (username → secret)."""
    import secretstorage

    conn = secretstorage.dbus_init()
    try:
        coll = secretstorage.get_default_collection(conn)
        return {
            item.get_attributes().get("username", ""): item.get_secret().decode("utf-8")
            for item in coll.search_items({"service": SANDBOX_SERVICE})
        }
    finally:
        conn.close()


def snapshot(cli: StressCli, exports: list[Path]) -> dict[str, Any]:
    """Bytes of every file in the data dir (lock files aside), of the exports, and (OS keyring)
    every sandbox item in the Secret Service."""
    files: dict[str, bytes] = {}
    for path in sorted(cli.data_dir.rglob("*")):
        rel = str(path.relative_to(cli.data_dir))
        if path.is_file() and not rel.startswith("locks/") and not rel.endswith(".lock"):
            files[rel] = path.read_bytes()
    return {
        "files": files,
        "exports": {str(p): p.read_bytes() if p.exists() else None for p in exports},
        "keyring": keyring_items() if cli.vault_kind == "os" else {},
    }


def index_name(cli: StressCli) -> str:
    return "vault-file.json" if cli.vault_kind == "file" else "vault.json"


def without_status(index: bytes, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(index)
    data["credentials"][name]["meta"].pop("status", None)
    return data
