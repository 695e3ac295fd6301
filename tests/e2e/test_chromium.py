"""A real headless Chromium goes from the authorize URL through the sandbox to the receiver."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading

import pytest

from tests.support.net import free_port
from twauth_gui.core import oauth2
from twauth_gui.core.loopback import LoopbackReceiver
from twauth_gui.core.models import AppKeys

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def chromium() -> str:
    if CHROMIUM is None:
        if os.environ.get("TWAUTH_REQUIRE_SECRET_SERVICE"):
            pytest.fail("Debian's chromium is required in CI (scripts/test.sh installs it)")
        pytest.skip("chromium is not installed")
    return CHROMIUM


def test_headless_chromium_completes_oauth2(chromium: str, sandbox) -> None:
    app = sandbox.app("confidential")
    redirect = f"http://127.0.0.1:{free_port()}/callback"
    sandbox.register_callback("confidential", redirect)
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret)
    flow = oauth2.start(
        keys, redirect, ["tweet.read", "users.read", "offline.access"], endpoints=sandbox.endpoints
    )
    with (
        LoopbackReceiver(redirect, kind="oauth2", state=flow.state, timeout=60) as rx,
        tempfile.TemporaryDirectory() as profile,
    ):
        rx.start()
        args = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--dump-dom",
            flow.authorize_url,
        ]
        result: dict[str, subprocess.CompletedProcess[str]] = {}

        def run() -> None:
            result["proc"] = subprocess.run(args, capture_output=True, text=True, timeout=60)

        browser = threading.Thread(target=run)
        browser.start()
        callback = rx.wait()
        browser.join(70)
    assert "return to twauth-gui" in result["proc"].stdout
    tokens = oauth2.finish(flow, callback.code, client=None)
    assert tokens.refresh_token and "users.read" in tokens.scopes
