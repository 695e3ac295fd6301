"""twauth_gui.core and twauth_gui.cli must never load PySide6 (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import twauth_gui.core

CORE_DIR = Path(twauth_gui.core.__file__).parent


def _core_modules() -> list[str]:
    names = [f"twauth_gui.core.{m.name}" for m in pkgutil.iter_modules([str(CORE_DIR)])]
    assert "twauth_gui.core.oauth2" in names and "twauth_gui.core.errors" in names
    return [*sorted(names), "twauth_gui.cli"]


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules\n"
        "            if m.startswith('PySide6') or m.startswith('shiboken'))\n"
        "assert not qt, qt\n"
        "print(len(sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=str(CORE_DIR.parent.parent),
    )
    assert result.returncode == 0, result.stderr


def test_the_check_itself_detects_qt() -> None:
    """Guard against a vacuous test: importing PySide6 must trip the same assertion."""
    code = (
        "import sys, PySide6.QtCore\nassert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "AssertionError" in result.stderr
