"""Exports: turn a credential's secrets into ``.env`` / JSON / shell files with named presets.

Secret fields (keys of the ``secrets`` mapping) and their variable names per preset
(``expires_at`` is a parameter, not a key; "-" means the preset leaves the field out):

=====================  ====================  =====================  ===========================
field                  ``samples``           ``x``                  ``twitter``
=====================  ====================  =====================  ===========================
api_key                CONSUMER_KEY          X_API_KEY              TWITTER_API_KEY
api_secret             CONSUMER_SECRET       X_API_SECRET           TWITTER_API_SECRET
access_token           ACCESS_TOKEN          X_ACCESS_TOKEN         TWITTER_ACCESS_TOKEN
access_token_secret    ACCESS_TOKEN_SECRET   X_ACCESS_TOKEN_SECRET  TWITTER_ACCESS_TOKEN_SECRET
bearer_token           BEARER_TOKEN          X_BEARER_TOKEN         TWITTER_BEARER_TOKEN
client_id              CLIENT_ID             X_CLIENT_ID            TWITTER_CLIENT_ID
client_secret          CLIENT_SECRET         X_CLIENT_SECRET        TWITTER_CLIENT_SECRET
oauth2_access_token    OAUTH2_ACCESS_TOKEN   X_OAUTH2_ACCESS_TOKEN  TWITTER_OAUTH2_ACCESS_TOKEN
oauth2_refresh_token   OAUTH2_REFRESH_TOKEN  X_OAUTH2_REFRESH_TOKEN TWITTER_OAUTH2_REFRESH_TOKEN
expires_at             OAUTH2_EXPIRES_AT     X_OAUTH2_EXPIRES_AT    TWITTER_OAUTH2_EXPIRES_AT
username (Basic)       ENTERPRISE_USERNAME   X_ENTERPRISE_USERNAME  TWITTER_ENTERPRISE_USERNAME
password (Basic)       ENTERPRISE_PASSWORD   X_ENTERPRISE_PASSWORD  TWITTER_ENTERPRISE_PASSWORD
=====================  ====================  =====================  ===========================

``xmcp``: X_OAUTH_CONSUMER_KEY, X_OAUTH_CONSUMER_SECRET, X_OAUTH_ACCESS_TOKEN,
X_OAUTH_ACCESS_TOKEN_SECRET, X_BEARER_TOKEN, CLIENT_ID, CLIENT_SECRET, X_ENTERPRISE_USERNAME,
X_ENTERPRISE_PASSWORD; OAuth 2.0 access/refresh token and expiry: - (xmcp does not use them;
:func:`unexported_fields` lists what was left out so the UI can say so).

The vault's own names are accepted too: ``refresh_token`` means ``oauth2_refresh_token``, and
``access_token`` means the OAuth 2.0 access token when ``method`` is ``"oauth2"``, or (with no
``method``) when there is no ``access_token_secret`` beside it; otherwise it is the OAuth 1.0a
access token. Empty values and unknown fields are skipped. The expiry is written as whole Unix
epoch seconds.

Each variable can be renamed (``renames`` maps a field name, or the preset's default variable
name, to the new name; an empty new name leaves that variable out). Names are checked against
``^[A-Z_][A-Z0-9_]*$`` and must be unique.

Files are written by :func:`write_export` through :func:`twauth_gui.core.fileio.atomic_write`
(temp file + fsync + rename, mode 0600). An existing target that is a symlink, a directory or
any other non-regular file is refused: writing through a link could put secrets somewhere the
user did not choose.

A :class:`LinkedExport` remembers where a credential was exported; :func:`rewrite_linked`
re-renders and merges the new tokens into that file after a refresh rotated them.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from twauth_gui.core.envfile import (
    EnvDiff,
    EpochSeconds,
    check_name,
    merge_env,
    merge_json,
    merge_shell,
    render_env,
    render_json,
    render_shell,
)
from twauth_gui.core.errors import ErrorKind, ExportError, UserFacingError
from twauth_gui.core.fileio import atomic_write, remove_orphaned_temps

__all__ = [
    "FIELDS",
    "FORMATS",
    "PRESETS",
    "EnvDiff",
    "EpochSeconds",
    "ExportError",
    "LinkSpec",
    "LinkedExport",
    "Preset",
    "export_fields",
    "merge",
    "merge_env",
    "merge_json",
    "merge_shell",
    "plan_file",
    "render",
    "render_env",
    "render_json",
    "render_shell",
    "rewrite_linked",
    "unexported_fields",
    "write_export",
]

#: Canonical secret field names, in the order they are exported.
FIELDS: tuple[str, ...] = (
    "api_key",
    "api_secret",
    "access_token",
    "access_token_secret",
    "bearer_token",
    "client_id",
    "client_secret",
    "oauth2_access_token",
    "oauth2_refresh_token",
    "expires_at",
    "username",
    "password",
)

#: Export formats: ``.env``, JSON object, shell ``export`` lines.
FORMATS: tuple[str, ...] = ("env", "json", "shell")

MAX_EXISTING_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Preset:
    """A naming scheme: ``names`` maps a field to its variable name (fields absent: left out)."""

    key: str
    label: str
    names: tuple[tuple[str, str], ...]

    def variable(self, field: str) -> str | None:
        """The variable name for ``field``, or None if this preset leaves it out."""
        for name, var in self.names:
            if name == field:
                return var
        return None


def _preset(key: str, label: str, prefix: str, **special: str) -> Preset:
    names = {
        "api_key": f"{prefix}API_KEY",
        "api_secret": f"{prefix}API_SECRET",
        "access_token": f"{prefix}ACCESS_TOKEN",
        "access_token_secret": f"{prefix}ACCESS_TOKEN_SECRET",
        "bearer_token": f"{prefix}BEARER_TOKEN",
        "client_id": f"{prefix}CLIENT_ID",
        "client_secret": f"{prefix}CLIENT_SECRET",
        "oauth2_access_token": f"{prefix}OAUTH2_ACCESS_TOKEN",
        "oauth2_refresh_token": f"{prefix}OAUTH2_REFRESH_TOKEN",
        "expires_at": f"{prefix}OAUTH2_EXPIRES_AT",
        "username": f"{prefix}ENTERPRISE_USERNAME",
        "password": f"{prefix}ENTERPRISE_PASSWORD",
    }
    names.update(special)
    return Preset(key, label, tuple((f, names[f]) for f in FIELDS if names.get(f)))


#: The presets of design.md, by key.
PRESETS: dict[str, Preset] = {
    "samples": _preset(
        "samples",
        "X samples & xurl",
        "",
        api_key="CONSUMER_KEY",
        api_secret="CONSUMER_SECRET",
    ),
    "x": _preset("x", "X_*", "X_"),
    "twitter": _preset("twitter", "TWITTER_*", "TWITTER_"),
    "xmcp": _preset(
        "xmcp",
        "xmcp",
        "X_",
        api_key="X_OAUTH_CONSUMER_KEY",
        api_secret="X_OAUTH_CONSUMER_SECRET",
        access_token="X_OAUTH_ACCESS_TOKEN",
        access_token_secret="X_OAUTH_ACCESS_TOKEN_SECRET",
        client_id="CLIENT_ID",
        client_secret="CLIENT_SECRET",
        oauth2_access_token="",
        oauth2_refresh_token="",
        expires_at="",
    ),
}


def _get_preset(preset: str) -> Preset:
    try:
        return PRESETS[preset]
    except KeyError:
        raise ExportError(
            f"There is no export preset called {preset[:40]!r}.",
            "Choose one of: " + ", ".join(PRESETS) + ".",
            kind=ErrorKind.EXPORT_REFUSED,
        ) from None


def _canonical(secrets: Mapping[str, str], method: str | None) -> dict[str, str]:
    """Map the input (canonical or vault names) to canonical field names; drop empties."""
    out: dict[str, str] = {}
    method_s = str(getattr(method, "value", method)) if method is not None else None
    oauth2_access = method_s == "oauth2" or (
        method_s is None and not secrets.get("access_token_secret")
    )
    for key, value in secrets.items():
        if not value:
            continue
        field = key
        if key == "refresh_token":
            field = "oauth2_refresh_token"
        elif key == "access_token" and oauth2_access:
            field = "oauth2_access_token"
        if field in FIELDS and field != "expires_at":
            out.setdefault(field, value)
    return out


def _resolve(
    secrets: Mapping[str, str],
    expires_at: float | None,
    preset: str,
    renames: Mapping[str, str] | None,
    method: str | None,
) -> tuple[list[tuple[str, str]], list[str]]:
    chosen = _get_preset(preset)
    fields = _canonical(secrets, method)
    if expires_at is not None:
        fields["expires_at"] = EpochSeconds.from_float(expires_at)
    rename_by_field: dict[str, str] = {}
    defaults = {var: field for field, var in chosen.names}
    for key, new in (renames or {}).items():
        if key in FIELDS:
            rename_by_field[key] = new
        elif key in defaults:
            rename_by_field[defaults[key]] = new
        else:
            raise ExportError(
                f"Cannot rename {key[:60]!r}: it is neither a field nor a variable of the "
                f"{chosen.label} preset.",
                "Rename one of the variables listed in the export.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
    pairs: list[tuple[str, str]] = []
    skipped: list[str] = []
    seen: dict[str, str] = {}
    for field in FIELDS:
        if field not in fields:
            continue
        var = rename_by_field.get(field, chosen.variable(field))
        if not var:
            skipped.append(field)
            continue
        check_name(var)
        if var in seen:
            raise ExportError(
                f"Two values would both be exported as {var} ({seen[var]} and {field}).",
                "Rename one of them so every variable name is different.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
        seen[var] = field
        pairs.append((var, fields[field]))
    return pairs, skipped


def export_fields(
    secrets: Mapping[str, str],
    *,
    expires_at: float | None,
    preset: str = "x",
    renames: Mapping[str, str] | None = None,
    method: str | None = None,
) -> list[tuple[str, str]]:
    """The ``(VARIABLE, value)`` pairs to export, in :data:`FIELDS` order.

    ``expires_at`` (Unix epoch seconds) becomes an :class:`EpochSeconds` value (whole seconds,
    rounded down). Raises :class:`ExportError` for an unknown preset, a rename of something
    unknown, a bad variable name or two values with the same variable name.
    """
    return _resolve(secrets, expires_at, preset, renames, method)[0]


def unexported_fields(
    secrets: Mapping[str, str],
    *,
    expires_at: float | None = None,
    preset: str = "x",
    renames: Mapping[str, str] | None = None,
    method: str | None = None,
) -> list[str]:
    """Fields that have a value but are left out (e.g. OAuth 2.0 tokens with ``xmcp``)."""
    return _resolve(secrets, expires_at, preset, renames, method)[1]


def _integer_vars(pairs: Iterable[tuple[str, str]]) -> set[str]:
    return {name for name, value in pairs if isinstance(value, EpochSeconds)}


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(
            f"Unknown export format {fmt[:20]!r}.",
            "Choose env, json or shell.",
            kind=ErrorKind.EXPORT_REFUSED,
        )


def render(pairs: Iterable[tuple[str, str]], fmt: str) -> str:
    """Render a complete new file in ``fmt`` (``"env"``, ``"json"`` or ``"shell"``)."""
    _check_format(fmt)
    items = list(pairs)
    if fmt == "env":
        return render_env(items)
    if fmt == "json":
        return render_json(items)
    return render_shell(items)


def merge(existing_text: str, pairs: Iterable[tuple[str, str]], fmt: str) -> tuple[str, EnvDiff]:
    """Merge ``pairs`` into an existing file's text in ``fmt``; see :mod:`envfile`."""
    _check_format(fmt)
    items = list(pairs)
    if fmt == "env":
        return merge_env(existing_text, items)
    if fmt == "json":
        return merge_json(existing_text, items, integer_vars=_integer_vars(items))
    return merge_shell(existing_text, items)


# --------------------------------------------------------------------------- files


def _existing_kind(path: Path) -> str | None:
    """None if nothing is at ``path``; "file" for a regular file; else raise ExportError."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ExportError(
            f"Cannot check {path}: {exc.strerror or exc}.",
            "Choose a file in a folder you can read and write.",
            kind=ErrorKind.EXPORT_REFUSED,
        ) from None
    if stat.S_ISLNK(info.st_mode):
        raise ExportError(
            f"{path} is a symbolic link; twauth-gui does not write secrets through links.",
            "Choose the real file the link points to, or a different file name.",
            kind=ErrorKind.EXPORT_REFUSED,
        )
    if not stat.S_ISREG(info.st_mode):
        raise ExportError(
            f"{path} exists and is not a regular file (it may be a folder or a device).",
            "Choose a different file name.",
            kind=ErrorKind.EXPORT_REFUSED,
        )
    return "file"


def read_existing(path: str | os.PathLike[str]) -> str | None:
    """The text of an existing export target (None if absent); refuses links and non-files."""
    target = Path(path)
    if _existing_kind(target) is None:
        return None
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags)
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_EXISTING_BYTES + 1)
    except OSError as exc:
        raise ExportError(
            f"Cannot read {target}: {exc.strerror or exc}.",
            "Check the file's permissions, or choose a different file name.",
            kind=ErrorKind.EXPORT_REFUSED,
        ) from None
    if len(data) > MAX_EXISTING_BYTES:
        raise ExportError(
            f"{target} is larger than 1 MB; it does not look like a settings file.",
            "Choose a different file name.",
            kind=ErrorKind.EXPORT_REFUSED,
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ExportError(
            f"{target} is not a UTF-8 text file, so it cannot be updated safely.",
            "Choose a different file name, or convert the file to UTF-8 first.",
            kind=ErrorKind.EXPORT_REFUSED,
        ) from None


def plan_file(
    path: str | os.PathLike[str], pairs: Iterable[tuple[str, str]], fmt: str
) -> tuple[str, EnvDiff]:
    """The text that exporting to ``path`` would write, and what it changes (nothing written).

    A new file gets a fresh rendering; an existing one is merged. Show the diff, then call
    :func:`write_export` with the text.
    """
    items = list(pairs)
    existing = read_existing(path)
    if existing is None:
        text = render(items, fmt)
        return text, EnvDiff(added=tuple(name for name, _ in items))
    return merge(existing, items, fmt)


def write_export(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` to ``path`` atomically with mode 0600 (UTF-8, no BOM).

    Refuses an existing symlink or non-regular file. On failure the old file is untouched
    and no temporary file is left. A process killed while writing leaves its temporary file
    (which holds the secrets) behind; the next write to the same file removes it. Writers of
    one folder are serialised by a lock on the folder (POSIX), so only orphans are removed.
    """
    target = Path(path)
    _existing_kind(target)
    try:
        with _folder_lock(target.parent) as locked:
            if locked:
                remove_orphaned_temps(target)
            atomic_write(target, text.encode("utf-8"), 0o600)
    except ExportError:
        raise
    except UserFacingError as exc:
        raise ExportError(exc.message, exc.hint, kind=ErrorKind.EXPORT_REFUSED) from None


_LOCK_WAIT = 10.0


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[bool]:
    """An exclusive ``flock`` on ``folder`` while exports in it are written.

    Yields False (no lock, nothing is swept) on Windows, for a folder that does not exist
    yet, on file systems without flock, or when another writer holds it for too long.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield False
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield False
        return
    try:
        deadline = time.monotonic() + _LOCK_WAIT
        locked = False
        while not locked:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                locked = True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    break
                time.sleep(0.01)
            except OSError:  # e.g. ENOLCK on some network file systems
                break
        try:
            yield locked
        finally:
            if locked:
                fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- linked exports


@dataclass(frozen=True)
class LinkedExport:
    """An export kept up to date after token rotation (stored in the vault's metadata)."""

    path: str
    format: str = "env"
    preset: str = "x"
    renames: tuple[tuple[str, str], ...] = ()

    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        format: str = "env",
        preset: str = "x",
        renames: Mapping[str, str] | None = None,
    ) -> LinkedExport:
        """Build one from a plain mapping of renames; the path is made absolute."""
        _check_format(format)
        _get_preset(preset)
        return cls(
            str(Path(path).expanduser().absolute()),
            format,
            preset,
            tuple(sorted((renames or {}).items())),
        )

    @property
    def renames_map(self) -> dict[str, str]:
        """The renames as a dict."""
        return dict(self.renames)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (no secrets) for the vault's metadata index."""
        return {
            "path": self.path,
            "format": self.format,
            "preset": self.preset,
            "renames": dict(self.renames),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> LinkedExport:
        """Inverse of :meth:`to_dict`; raises ExportError on malformed data."""
        path = data.get("path")
        fmt = data.get("format", "env")
        preset = data.get("preset", "x")
        renames = data.get("renames", {})
        if (
            not isinstance(path, str)
            or not isinstance(fmt, str)
            or not isinstance(preset, str)
            or not isinstance(renames, dict)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in renames.items())
        ):
            raise ExportError(
                "A saved linked export is damaged.",
                "Remove the link in the vault window and export again.",
                kind=ErrorKind.EXPORT_REFUSED,
            )
        return cls(path, fmt, preset, tuple(sorted(renames.items())))


class LinkSpec(Protocol):
    """Anything shaped like :class:`LinkedExport` (e.g. the vault's own record)."""

    @property
    def path(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def preset(self) -> str: ...
    @property
    def renames(self) -> tuple[tuple[str, str], ...]: ...


def rewrite_linked(
    link: LinkSpec,
    secrets: Mapping[str, str],
    expires_at: float | None,
    *,
    method: str | None = None,
) -> EnvDiff:
    """Re-render ``secrets`` with the link's preset and renames and merge them into its file.

    Same variable names as the first export; other lines of the file are kept. Writes only
    if something changed. A linked file that was deleted is not recreated: ExportError.
    """
    pairs = export_fields(
        secrets,
        expires_at=expires_at,
        preset=link.preset,
        renames=dict(link.renames),
        method=method,
    )
    existing = read_existing(link.path)
    if existing is None:
        raise ExportError(
            f"The linked export {link.path} no longer exists, so it was not updated.",
            "Export again to that file, or remove the link in the vault window.",
            kind=ErrorKind.EXPORT_REFUSED,
        )
    text, diff = merge(existing, pairs, link.format)
    if diff.has_changes:
        write_export(link.path, text)
    return diff
