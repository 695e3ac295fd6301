"""Data directory, file lock, and the vault's import weight (no Qt, no keyring at import)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from twauth_gui.core import paths
from twauth_gui.core.errors import VaultError

REPO = Path(__file__).resolve().parents[2]


def test_data_dir_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWAUTH_DATA_DIR", str(tmp_path / "x"))
    assert paths.data_dir() == tmp_path / "x"


def test_data_dir_default_is_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("TWAUTH_DATA_DIR", raising=False)
    assert paths.data_dir() == Path(platformdirs.user_data_dir("twauth-gui", appauthor=False))
    assert paths.data_dir().name == "twauth-gui"


def test_file_lock_excludes_other_holders(tmp_path: Path) -> None:
    lock = tmp_path / "d" / "x.lock"
    order: list[str] = []
    inside = threading.Event()

    def other() -> None:
        inside.wait(5)
        with paths.file_lock(lock):
            order.append("other")

    t = threading.Thread(target=other)
    t.start()
    with paths.file_lock(lock):
        inside.set()
        time.sleep(0.2)
        order.append("first")
    t.join(5)
    assert order == ["first", "other"]
    assert oct(lock.stat().st_mode & 0o777) == "0o600"


def test_file_lock_times_out_with_a_plain_message(tmp_path: Path) -> None:
    lock = tmp_path / "x.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from twauth_gui.core.paths import file_lock\n"
            "with file_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(30)",
            str(lock),
        ],
        env=dict(os.environ, PYTHONPATH=str(REPO)),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(VaultError) as info:
            with paths.file_lock(lock, timeout=0.3):
                pass
        assert "busy" in info.value.message and info.value.hint
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    with paths.file_lock(lock, timeout=5):  # released when the holder died
        pass


def test_vault_import_stays_light(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from twauth_gui.core.vault import Vault\n"
        "from twauth_gui.core.secretstore import MemoryStore\n"
        "v = Vault.open(store=MemoryStore())\n"
        "heavy = ['PySide6', 'keyring', 'secretstorage', 'jeepney', 'cryptography', 'httpx',\n"
        "         'oauthlib', 'platformdirs']\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, PYTHONPATH=str(REPO), TWAUTH_DATA_DIR=str(tmp_path)),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert json.loads(out.stdout) == []
