"""Shared pieces of the stress suite: the size knob, the figures report, registry hygiene.

``TWAUTH_STRESS_SCALE`` (default 1) multiplies every size: fuzz examples, load duration,
number of kills. The default is sized for CI (2 cores, the whole suite in about 4 minutes);
``TWAUTH_STRESS_SCALE=10`` runs at least 10,000 generated inputs per fuzz target.
``TWAUTH_STRESS_REPORT=path.json`` writes the figures measured by this run to a file (they
are also printed in pytest's terminal summary); docs/RELIABILITY.md quotes them.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from twauth_gui.core import redact


def _scale() -> float:
    raw = os.environ.get("TWAUTH_STRESS_SCALE", "").strip()
    try:
        value = float(raw) if raw else 1.0
    except ValueError:
        return 1.0
    return value if value > 0 else 1.0


SCALE = _scale()


def scaled(base: int, minimum: int = 1) -> int:
    """``base`` times the scale, at least ``minimum``."""
    return max(minimum, round(base * SCALE))


_figures: dict[str, Any] = {}
_figures_lock = threading.Lock()


def record(key: str, value: Any) -> None:
    """Remember one measured figure for the report (last value wins)."""
    with _figures_lock:
        _figures[key] = value


def add(key: str, amount: int) -> None:
    """Add to a counted figure (e.g. inputs fuzzed across several tests)."""
    with _figures_lock:
        _figures[key] = int(_figures.get(key, 0)) + amount


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _figures:
        return
    terminalreporter.section(f"twauth stress figures (scale {SCALE:g})")
    for key in sorted(_figures):
        terminalreporter.write_line(f"{key:48} {_figures[key]}")
    target = os.environ.get("TWAUTH_STRESS_REPORT")
    if target:
        with open(target, "w", encoding="utf-8") as handle:
            json.dump({"scale": SCALE, **_figures}, handle, indent=2, sort_keys=True)
            handle.write("\n")


@pytest.fixture(autouse=True)
def _restore_secret_registry() -> Iterator[None]:
    """Fuzzed values register as "secrets"; forget them so later tests' logs are unaffected."""
    saved = set(redact._secrets)
    yield
    with redact._lock:
        redact._secrets.clear()
        redact._secrets.update(saved)
