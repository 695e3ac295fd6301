"""Shared fixtures: offscreen Qt, isolated data dir, no real X endpoints."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never talk to the real X: any test that forgets to point at the sandbox fails to connect.
os.environ["TWAUTH_API_URL"] = "http://127.0.0.1:9"
os.environ["TWAUTH_WEB_URL"] = "http://127.0.0.1:9"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("TWAUTH_DATA_DIR", str(data))
    return data


@pytest.fixture
def sandbox():  # type: ignore[no-untyped-def]
    """A running embedded X sandbox on a free loopback port, auto-approving consent."""
    from twauth_gui.sandbox import Sandbox

    sb = Sandbox(port=0, auto="approve")
    sb.start()
    try:
        yield sb
    finally:
        sb.stop()
