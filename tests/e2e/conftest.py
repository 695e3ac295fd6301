"""Fixtures for end-to-end runs of the real `twauth` command against the sandbox."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.net import free_port
from tests.support.secret_service import secret_service_available

__all__ = ["Cli", "free_port", "secret_service_available"]


BROWSER_SCRIPT = textwrap.dedent(
    """\
    #!{python}
    # Stands in for a person's browser: follows the authorize URL through the sandbox's
    # consent page to the loopback receiver; for an OAuth 1.0a `oob` flow it saves the PIN.
    import json, os, re, sys, pathlib, httpx
    url = sys.argv[1]
    out = pathlib.Path({out!r})
    out.with_suffix(".env.json").write_text(json.dumps(dict(os.environ)))
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
class Cli:
    """Runs `python -m twauth_gui.cli` with an environment pointing at the sandbox."""

    env: dict[str, str]
    tmp: Path
    outputs: list[str] = field(default_factory=list)

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
            [sys.executable, "-m", "twauth_gui.cli", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
        )
        self.outputs.extend([proc.stdout, proc.stderr])
        return proc

    def popen(self, *args: str, extra_env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        env = dict(self.env)
        env.update(extra_env or {})
        return subprocess.Popen(
            [sys.executable, "-m", "twauth_gui.cli", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )

    @property
    def browser_log(self) -> Path:
        return self.tmp / "browser.out"


@pytest.fixture(params=["file", "os"])
def vault_kind(request: pytest.FixtureRequest) -> str:
    kind = str(request.param)
    if kind == "os" and not secret_service_available():
        if os.environ.get("TWAUTH_REQUIRE_SECRET_SERVICE"):
            pytest.fail(
                "A Secret Service is required (TWAUTH_REQUIRE_SECRET_SERVICE=1) but none is "
                "running: start gnome-keyring under dbus-run-session."
            )
        pytest.skip("no Secret Service in this environment")
    return kind


@pytest.fixture
def cli(sandbox, tmp_path: Path, vault_kind: str) -> Iterator[Cli]:  # type: ignore[no-untyped-def]
    browser = tmp_path / "browser.py"
    out = tmp_path / "browser.out"
    browser.write_text(BROWSER_SCRIPT.format(python=sys.executable, out=str(out)))
    browser.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWAUTH_")}
    env.update(
        TWAUTH_DATA_DIR=str(tmp_path / "data"),
        TWAUTH_API_URL=sandbox.url,
        TWAUTH_WEB_URL=sandbox.url,
        TWAUTH_VAULT=vault_kind,
        BROWSER=str(browser),
        PYTHONWARNINGS="error",
    )
    if vault_kind == "file":
        env["TWAUTH_VAULT_PASSPHRASE"] = "correct horse battery staple"
    yield Cli(env=env, tmp=tmp_path)


@pytest.fixture
def callback(sandbox) -> Callable[[str], str]:  # type: ignore[no-untyped-def]
    """Register a free-port loopback callback for an app and return it."""

    def make(app: str, host: str = "127.0.0.1") -> str:
        url = f"http://{host}:{free_port()}/callback"
        sandbox.register_callback(app, url)
        return url

    return make
