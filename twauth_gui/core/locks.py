"""Cross-process file locks (fcntl on POSIX, msvcrt on Windows) plus in-process locks.

``credential_lock(data_dir, name)`` serialises work on one credential across threads of
this process and across processes (the GUI and any number of ``twauth`` calls).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from twauth_gui.core.errors import ErrorKind, VaultError

_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


def _thread_lock(key: str) -> threading.Lock:
    with _thread_locks_guard:
        return _thread_locks.setdefault(key, threading.Lock())


def _try_lock_file(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock_file(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def credential_lock(data_dir: Path, name: str, timeout: float = 60.0) -> Iterator[None]:
    """Hold the lock for credential ``name`` (threads and processes); VaultError on timeout."""
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]
    lock_dir = Path(data_dir) / "locks"
    lock_dir.mkdir(parents=True, exist_ok=True)
    path = lock_dir / f"{digest}.lock"
    key = str(path.resolve())
    deadline = time.monotonic() + timeout
    tlock = _thread_lock(key)
    if not tlock.acquire(timeout=max(0.0, timeout)):
        raise _timeout_error(name)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            delay = 0.005
            while not _try_lock_file(fd):
                if time.monotonic() >= deadline:
                    raise _timeout_error(name)
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
            try:
                yield
            finally:
                _unlock_file(fd)
        finally:
            os.close(fd)
    finally:
        tlock.release()


def _timeout_error(name: str) -> VaultError:
    return VaultError(
        f"Another twauth process has been busy with {name!r} for too long.",
        "Wait for it to finish (or close other twauth windows), then try again.",
        kind=ErrorKind.KEYRING_TIMEOUT,
    )
