"""Where twauth-gui keeps its files, and a cross-process file lock.

The data directory is ``$TWAUTH_DATA_DIR`` when set, else platformdirs'
``user_data_dir("twauth-gui")`` (e.g. ``~/.local/share/twauth-gui`` on Linux).
``file_lock`` serialises read-modify-write cycles of shared files (the vault index,
the encrypted vault file) between threads and processes.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from twauth_gui.core.errors import ErrorKind, VaultError

APP_NAME = "twauth-gui"
DATA_DIR_ENV = "TWAUTH_DATA_DIR"


def data_dir() -> Path:
    """The directory for the vault index and other app files (not created here)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs  # lazy: keeps `import twauth_gui.core.paths` cheap

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (mode 0700) if missing and return it."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise VaultError(
            f"Cannot create the folder {path}: {exc.strerror or exc}.",
            f"Check the permissions of {path.parent}, or set {DATA_DIR_ENV} to a folder "
            "you can write to.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None
    return path


@contextlib.contextmanager
def file_lock(path: Path, timeout: float = 30.0) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if needed) across threads and processes."""
    ensure_private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    deadline = time.monotonic() + timeout
    try:
        while True:
            if _try_lock(fd):
                break
            if time.monotonic() >= deadline:
                raise VaultError(
                    f"Another twauth-gui process has kept {path.name} busy for "
                    f"{timeout:.0f} seconds.",
                    "Close other twauth-gui windows or commands and try again.",
                    kind=ErrorKind.KEYRING_TIMEOUT,
                )
            time.sleep(0.01)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
