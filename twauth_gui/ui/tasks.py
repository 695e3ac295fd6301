"""Run blocking work off the GUI thread; deliver results back on it.

::

    handle = run_task(fn, on_done, on_error, owner=widget)

``fn(token)`` runs on a worker of a private :class:`QThreadPool`. Its return value is
handed to ``on_done`` (or the exception to ``on_error``) on the GUI thread through a
queued signal. ``handle.cancel()`` sets the :class:`CancelToken` (running its callbacks,
e.g. ``rx.cancel``) and guarantees that neither callback runs afterwards. If ``owner``
is destroyed first, the result is dropped too. An unexpected exception (anything that
is not a :class:`~twauth_gui.core.errors.UserFacingError`) with no ``on_error`` opens
the crash dialog.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_THREADS = 8


class CancelToken:
    """Thread-safe cancellation flag handed to the worker function."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._callbacks: list[Callable[[], object]] = []

    @property
    def cancelled(self) -> bool:
        """True once the task was cancelled (or its owner destroyed)."""
        return self._cancelled

    def add_callback(self, fn: Callable[[], object]) -> None:
        """Call ``fn`` (from the cancelling thread) when cancelled; at once if already so."""
        with self._lock:
            if not self._cancelled:
                self._callbacks.append(fn)
                return
        _safe_call(fn)

    def cancel(self) -> None:
        """Set the flag and run the callbacks once."""
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            _safe_call(fn)

    def raise_if_cancelled(self) -> None:
        """Raise ``FlowError(kind=CANCELLED)`` when cancelled; for loops in workers."""
        if self._cancelled:
            from twauth_gui.core.errors import ErrorKind, FlowError

            raise FlowError("Cancelled.", "", kind=ErrorKind.CANCELLED)


def _safe_call(fn: Callable[[], object]) -> None:
    try:
        fn()
    except Exception:  # a failing cancel hook must not break the cancel itself
        log.debug("cancel callback failed", exc_info=True)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits ``finished`` and the slot runs there.

    The signal carries no Python objects: the outcome waits on the handle (a plain Python
    attribute, written before the emit). Passing arbitrary objects (an exception with its
    traceback) through a queued ``Signal(object)`` proved unsafe: under load PySide could
    free the wrapped object before delivery and the GUI thread crashed.
    """

    finished = Signal()

    def __init__(self, handle: TaskHandle[Any]) -> None:
        from PySide6.QtCore import Qt  # not at import time: keeps the first paint light

        super().__init__()
        self._handle = handle
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _deliver(self) -> None:
        outcome = self._handle._outcome
        if outcome is None:  # pragma: no cover - the emit always follows the store
            return
        self._handle._deliver(*outcome)

    @Slot()
    def owner_destroyed(self) -> None:
        self._handle.cancel()


class TaskHandle(Generic[T]):
    """What :func:`run_task` returns: ``cancel()``, ``token``, ``running``."""

    def __init__(
        self,
        fn: Callable[[CancelToken], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None,
        owner: QObject,
    ) -> None:
        self.token = CancelToken()
        self._fn = fn
        self._on_done: Callable[[T], None] | None = on_done
        self._on_error = on_error
        self._owner = weakref.ref(owner)
        self._finished = False
        self._outcome: tuple[object, object, bool] | None = None
        self._relay = _Relay(self)
        owner.destroyed.connect(self._relay.owner_destroyed)

    @property
    def running(self) -> bool:
        """True until the result was delivered, dropped or the task cancelled."""
        return not self._finished and not self.token.cancelled

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def cancel(self) -> None:
        """Cancel: the worker sees ``token.cancelled``; no callback will run after this."""
        self.token.cancel()

    # worker side -------------------------------------------------------------------
    def _run(self) -> None:
        try:
            result = self._fn(self.token)
        except BaseException as exc:
            self._emit(None, exc, False)
        else:
            self._emit(result, None, True)

    def _emit(self, result: object, exc: object, ok: bool) -> None:
        relay = self._relay
        if relay is None or not shiboken6.isValid(relay):
            return
        self._outcome = (result, exc, ok)
        try:
            relay.finished.emit()
        except RuntimeError:  # relay deleted in between (application shutting down)
            pass

    # GUI side ------------------------------------------------------------------------
    def _deliver(self, result: object, exc: object, ok: bool) -> None:
        self._finished = True
        self._outcome = None
        on_done, on_error = self._on_done, self._on_error
        self._on_done = self._on_error = None
        self._fn = _noop
        _active.discard(self)
        relay, self._relay = self._relay, None  # type: ignore[assignment]
        if relay is not None:
            relay.deleteLater()
        owner = self._owner()
        if self.token.cancelled or owner is None or not shiboken6.isValid(owner):
            return
        if ok:
            assert on_done is not None
            on_done(result)  # type: ignore[arg-type]
            return
        assert isinstance(exc, BaseException)
        from twauth_gui.core.errors import UserFacingError

        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, UserFacingError):
            log.info("task failed: %s", exc.message)
        else:
            from twauth_gui.ui.crash import show_crash

            show_crash(type(exc), exc, exc.__traceback__)


def _noop(token: CancelToken) -> Any:
    return None


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle[Any]) -> None:
        super().__init__()
        self._handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        if self._handle.token.cancelled:
            self._handle._emit(None, None, True)  # still deliver to release the handle
            return
        self._handle._run()


_active: set[TaskHandle[Any]] = set()
_pool: QThreadPool | None = None


def task_pool() -> QThreadPool:
    """The private thread pool used by :func:`run_task`."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
        _pool.setExpiryTimeout(30_000)
    return _pool


def run_task(
    fn: Callable[[CancelToken], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    owner: QObject,
) -> TaskHandle[T]:
    """Run ``fn(token)`` on a worker thread; callbacks run on the GUI thread (see module doc)."""
    handle: TaskHandle[T] = TaskHandle(fn, on_done, on_error, owner)
    _active.add(handle)
    task_pool().start(_Runnable(handle))
    return handle


def active_tasks() -> int:
    """How many tasks have not delivered yet (tests and shutdown)."""
    return len(_active)


def cancel_all() -> None:
    """Cancel every task (application quit)."""
    for handle in list(_active):
        handle.cancel()


def shutdown(timeout_ms: int = 3000) -> bool:
    """Cancel all tasks and wait for the workers to finish; True if they all did."""
    cancel_all()
    return task_pool().waitForDone(timeout_ms)
