"""Atomic, private file writes: temp file in the same directory + fsync + rename, mode 0600.

A reader sees either the old file or the complete new one, never a truncated one, and no
temp file is left behind on failure.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from twauth_gui.core.errors import ErrorKind, UserFacingError


def atomic_write(path: str | os.PathLike[str], data: bytes | str, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically with permissions ``mode`` (0600 by default)."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    directory = target.parent
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UserFacingError(
            f"Cannot write to the folder {directory}: {exc.strerror or exc}.",
            "Choose a folder you can write to, or check its permissions.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None
    try:
        try:
            os.fchmod(fd, mode)
        except (AttributeError, OSError):  # pragma: no cover - Windows has no fchmod
            pass
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise UserFacingError(
            f"Could not save {target.name}: {exc.strerror or exc}.",
            "Check that the disk is not full and that you may write to that folder.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


_TEMP_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")  # tempfile's random names


def remove_orphaned_temps(target: str | os.PathLike[str]) -> int:
    """Delete ``.<name>.XXXXXXXX.tmp`` files that a killed :func:`atomic_write` of ``target`` left.

    Such a file may hold secrets (an export, the encrypted vault's plaintext never, but the
    index's metadata). Call it only while holding the lock that every writer of ``target``
    takes, so that no live writer can own such a file. Returns how many were removed.
    """
    path = Path(target)
    prefix = f".{path.name}."
    removed = 0
    try:
        names = os.listdir(path.parent)
    except OSError:
        return 0
    uid = os.getuid() if hasattr(os, "getuid") else None
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        middle = name[len(prefix) : -len(".tmp")]
        if len(middle) != 8 or not set(middle) <= _TEMP_CHARS:
            continue
        orphan = path.parent / name
        try:
            info = os.lstat(orphan)
            if stat.S_ISREG(info.st_mode) and (uid is None or info.st_uid == uid):
                os.unlink(orphan)
                removed += 1
        except OSError:
            continue
    return removed
