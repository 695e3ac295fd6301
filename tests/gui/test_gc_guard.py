"""Garbage collection happens on the GUI thread only (ui/gc_guard.py)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from twauth_gui.ui import gc_guard


def test_collects_only_from_the_gui_thread(qapp: Any, qtbot: Any) -> None:
    gc.enable()  # as in a fresh process (the GUI test fixture switches it off)
    gc_guard.install(qapp)
    try:
        assert not gc.isenabled()
        collected_in: list[str] = []

        def on_gc(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                collected_in.append(threading.current_thread().name)

        gc.callbacks.append(on_gc)
        try:

            def churn() -> None:  # a worker allocating many cycles: no collection there
                for _ in range(50_000):
                    a: list[Any] = []
                    a.append(a)

            worker = threading.Thread(target=churn, name="churn")
            worker.start()
            worker.join()
            assert "churn" not in collected_in
            assert gc.get_count()[0] > gc.get_threshold()[0]
            qtbot.waitUntil(lambda: "MainThread" in collected_in, timeout=3000)
        finally:
            gc.callbacks.remove(on_gc)
    finally:
        gc_guard._uninstall()
    assert gc.isenabled()


def test_settle_freezes_what_survives() -> None:
    before = gc.get_freeze_count()
    keep = [[] for _ in range(1000)]
    gc_guard.settle()
    try:
        assert gc.get_freeze_count() >= before + 1000
        assert keep
    finally:
        gc.unfreeze()
