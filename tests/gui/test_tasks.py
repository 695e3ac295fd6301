"""run_task: results on the GUI thread, cancel and owner destruction drop them, errors routed."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from twauth_gui.core.errors import ErrorKind, FlowError, UserFacingError
from twauth_gui.ui import crash, tasks
from twauth_gui.ui.tasks import CancelToken, run_task


def _gui_thread() -> QThread:
    app = QApplication.instance()
    assert app is not None
    return app.thread()


def test_on_done_runs_on_gui_thread_and_fn_does_not(qtbot):
    owner = QObject()
    seen: dict[str, object] = {}

    def work(token: CancelToken) -> int:
        seen["worker_thread"] = threading.get_ident()
        return 41 + 1

    def done(value: int) -> None:
        seen["value"] = value
        seen["done_on_gui"] = QThread.currentThread() is _gui_thread()

    run_task(work, done, owner=owner)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["done_on_gui"] is True
    assert seen["worker_thread"] != threading.get_ident()


def test_cancel_drops_late_result_and_runs_cancel_callbacks(qtbot):
    owner = QObject()
    started = threading.Event()
    release = threading.Event()
    hooks: list[str] = []
    called: list[str] = []

    def work(token: CancelToken) -> str:
        token.add_callback(lambda: hooks.append("cancelled"))
        started.set()
        release.wait(5)
        return "late"

    handle = run_task(
        work, lambda v: called.append(v), lambda e: called.append("error"), owner=owner
    )
    assert started.wait(5)
    handle.cancel()
    assert hooks == ["cancelled"]
    assert handle.cancelled
    release.set()
    qtbot.waitUntil(lambda: tasks.active_tasks() == 0, timeout=5000)
    qtbot.wait(50)
    assert called == []


def test_add_callback_after_cancel_runs_immediately():
    token = CancelToken()
    token.cancel()
    hit: list[int] = []
    token.add_callback(lambda: hit.append(1))
    assert hit == [1]
    try:
        token.raise_if_cancelled()
    except FlowError as exc:
        assert exc.kind is ErrorKind.CANCELLED
    else:
        raise AssertionError("raise_if_cancelled did not raise")


def test_owner_destroyed_drops_result(qtbot):
    owner = QObject()
    release = threading.Event()
    called: list[object] = []

    def work(token: CancelToken) -> str:
        release.wait(5)
        return "late"

    handle = run_task(work, called.append, called.append, owner=owner)
    shiboken6.delete(owner)
    assert handle.cancelled  # destroyed() cancels the token, so the worker can stop early
    release.set()
    qtbot.waitUntil(lambda: tasks.active_tasks() == 0, timeout=5000)
    qtbot.wait(50)
    assert called == []


def test_exceptions_reach_on_error_on_gui_thread(qtbot):
    owner = QObject()
    got: list[tuple[BaseException, bool]] = []

    def work(token: CancelToken) -> None:
        raise UserFacingError("X said no.", "Try again.")

    run_task(
        work,
        lambda v: None,
        lambda e: got.append((e, QThread.currentThread() is _gui_thread())),
        owner=owner,
    )
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    exc, on_gui = got[0]
    assert isinstance(exc, UserFacingError) and exc.message == "X said no."
    assert on_gui


def test_unexpected_exception_without_on_error_opens_crash_dialog(qtbot):
    owner = QObject()

    def work(token: CancelToken) -> None:
        raise ZeroDivisionError("boom in worker")

    before = len(crash.open_dialogs())
    run_task(work, lambda v: None, owner=owner)
    qtbot.waitUntil(lambda: len(crash.open_dialogs()) > before, timeout=5000)
    dialog = crash.open_dialogs()[-1]
    assert "ZeroDivisionError: boom in worker" in dialog.report
    dialog.close()


def test_user_facing_error_without_on_error_opens_no_crash_dialog(qtbot):
    owner = QObject()

    def work(token: CancelToken) -> None:
        raise UserFacingError("Expected failure.", "Hint.")

    before = len(crash.open_dialogs())
    run_task(work, lambda v: None, owner=owner)
    qtbot.waitUntil(lambda: tasks.active_tasks() == 0, timeout=5000)
    qtbot.wait(50)
    assert len(crash.open_dialogs()) == before


def test_many_tasks_all_delivered(qtbot):
    owner = QObject()
    results: list[int] = []
    for i in range(30):
        run_task(lambda t, i=i: (time.sleep(0.001), i)[1], results.append, owner=owner)
    qtbot.waitUntil(lambda: len(results) == 30, timeout=5000)
    assert sorted(results) == list(range(30))
