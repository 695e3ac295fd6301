"""The credential vault: a metadata index (JSON, no secrets) plus one secret store item per secret.

Layout::

    <data dir>/vault.json          index for the OS keyring (vault-file.json for the encrypted
                                   file; the memory store keeps its index in memory)
    keyring item                   service "twauth-gui" ("twauth-gui-sandbox" for sandbox
                                   credentials), username "<name>/<field>/<generation>"

All-or-nothing writes through generations: ``save``/``update`` first note the new items as
pending in the index, write them under a fresh generation id, then switch the index to the new
generation in one atomic file replace, and only then delete the old items (best effort; leftovers
stay listed in the index's ``trash`` and are purged later). A failure before the switch leaves
the previous state intact and readable, and the partial new items are deleted. Readers that race
with a writer re-read the index and retry. Index read-modify-write cycles hold a file lock, so
several processes (the GUI and ``twauth`` commands) can share one vault.
"""

from __future__ import annotations

import builtins
import dataclasses
import json
import os
import re
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twauth_gui.core import redact
from twauth_gui.core.errors import ErrorKind, InputError, ProfileNotFound, VaultError
from twauth_gui.core.models import Method
from twauth_gui.core.secretstore import (
    KIND_FILE,
    KIND_OS,
    SANDBOX_SERVICE,
    SERVICE,
    BackendInfo,
    SecretStore,
    check_value_size,
    select_store,
)

__all__ = [
    "BackendInfo",
    "Credential",
    "LinkedExport",
    "Vault",
    "service_for",
]

INDEX_VERSION = 1
INDEX_FILES = {KIND_FILE: "vault-file.json"}
DEFAULT_INDEX = "vault.json"
LOCK_FILE = "vault.lock"
STATUSES = ("valid", "revoked", "reauthorize", "refresh_failed", "app")
_NAME_RE = re.compile(r"^[\w@+.-][\w @+.-]{0,79}$")
_FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_PENDING_STALE_AFTER = 900.0  # a save never takes this long; older pending items are garbage
_READ_RETRIES = 3


def service_for(sandbox: bool) -> str:
    """Keyring service name for real or sandbox credentials."""
    return SANDBOX_SERVICE if sandbox else SERVICE


def check_name(name: str) -> str:
    """Validate a credential name (letters, digits, space, ``@+.-_``; no ``/``; ≤ 80 chars)."""
    if not isinstance(name, str) or not _NAME_RE.match(name) or name != name.strip():
        raise InputError(
            f"{name!r} cannot be used as a credential name.",
            "Use up to 80 letters, digits, spaces or the characters @ + . - _ "
            "(no slashes, not starting with a space).",
            kind=ErrorKind.INVALID_INPUT,
        )
    return name


def _check_field(name: str) -> str:
    if not _FIELD_RE.match(name):
        raise InputError(
            f"{name!r} is not a valid secret field name.",
            "Use lower-case names like access_token or api_secret.",
            kind=ErrorKind.INVALID_INPUT,
        )
    return name


@dataclass(frozen=True)
class LinkedExport:
    """An export kept up to date when the credential's tokens rotate."""

    path: str
    format: str = "env"
    preset: str = "x"
    renames: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "preset": self.preset,
            "renames": [list(pair) for pair in self.renames],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinkedExport:
        renames = tuple(
            (str(pair[0]), str(pair[1]))
            for pair in data.get("renames", ()) or ()
            if isinstance(pair, (list, tuple)) and len(pair) == 2
        )
        return cls(
            path=str(data.get("path", "")),
            format=str(data.get("format", "env")),
            preset=str(data.get("preset", "x")),
            renames=renames,
        )


@dataclass(frozen=True)
class Credential:
    """Everything the vault knows about one credential except its secrets."""

    name: str
    app: str = ""
    method: Method = Method.OAUTH2
    user_id: str = ""
    username: str = ""
    display_name: str = ""
    profile_image_url: str = ""
    scopes: tuple[str, ...] = ()
    redirect_uri: str = ""
    created_at: float = field(default_factory=time.time)
    expires_at: float | None = None
    last_refresh: float | None = None
    status: str = "valid"
    sandbox: bool = False
    api_base: str = ""
    linked_exports: tuple[LinkedExport, ...] = ()

    def __post_init__(self) -> None:
        check_name(self.name)
        if not isinstance(self.method, Method):
            object.__setattr__(self, "method", Method(self.method))
        if not isinstance(self.scopes, tuple):
            object.__setattr__(self, "scopes", tuple(self.scopes))
        if not isinstance(self.linked_exports, tuple):
            object.__setattr__(self, "linked_exports", tuple(self.linked_exports))

    def to_json(self) -> dict[str, Any]:
        """JSON-ready metadata (never secrets)."""
        data: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name == "method":
                value = self.method.value
            elif f.name == "scopes":
                value = list(self.scopes)
            elif f.name == "linked_exports":
                value = [link.to_json() for link in self.linked_exports]
            data[f.name] = value
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Credential:
        """Rebuild from ``to_json`` output; unknown keys are ignored, missing ones defaulted."""
        known = {f.name for f in dataclasses.fields(cls)}
        kwargs: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        if "scopes" in kwargs:
            kwargs["scopes"] = tuple(str(s) for s in kwargs["scopes"] or ())
        if "linked_exports" in kwargs:
            kwargs["linked_exports"] = tuple(
                LinkedExport.from_json(item)
                for item in kwargs["linked_exports"] or ()
                if isinstance(item, Mapping)
            )
        for key in ("expires_at", "last_refresh"):
            if kwargs.get(key) is not None:
                kwargs[key] = float(kwargs[key])
        if "created_at" in kwargs:
            kwargs["created_at"] = float(kwargs["created_at"] or 0.0)
        if "sandbox" in kwargs:
            kwargs["sandbox"] = bool(kwargs["sandbox"])
        return cls(**kwargs)


_META_FIELDS = frozenset(f.name for f in dataclasses.fields(Credential)) - {"name", "sandbox"}


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot tell cheaply: rely on age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class Vault:
    """Saved credentials: metadata in a JSON index, secrets in a :class:`SecretStore`."""

    def __init__(
        self, data_dir: Path, store: SecretStore, *, persist_index: bool | None = None
    ) -> None:
        self.data_dir = Path(data_dir)
        self.store = store
        self.persist_index = store.persistent if persist_index is None else persist_index
        self.index_path = self.data_dir / INDEX_FILES.get(store.info.kind, DEFAULT_INDEX)
        self._memory_index: dict[str, Any] | None = None
        self._thread_lock = threading.RLock()

    def __repr__(self) -> str:
        return f"Vault(data_dir={str(self.data_dir)!r}, backend={self.store.info.name!r})"

    @classmethod
    def open(
        cls,
        data_dir: Path | None = None,
        store: SecretStore | None = None,
        *,
        preference: str | None = None,
        store_preference: str | None = None,
        passphrase: str | None = None,
        timeout: float | None = None,
    ) -> Vault:
        """Open the vault in ``data_dir`` (None: $TWAUTH_DATA_DIR or the platform data dir).

        With ``store`` None the store comes from :func:`select_store` (``preference`` —
        ``store_preference`` is the same —,
        ``$TWAUTH_VAULT``, the saved choice, else the OS keyring — whose backend recorded in
        the index is reached directly, without python-keyring's discovery). Raises
        KeyringUnavailable when no secure keyring exists; nothing is written.
        """
        from twauth_gui.core.paths import data_dir as default_data_dir

        directory = Path(data_dir) if data_dir is not None else default_data_dir()
        if store is None:
            store = select_store(
                preference or store_preference,
                data_dir=directory,
                passphrase=passphrase,
                timeout=timeout,
                recorded=_peek_backend_id(directory / DEFAULT_INDEX),
            )
        return cls(directory, store)

    @property
    def backend(self) -> BackendInfo:
        """Which store keeps the secrets, whether it is secure, and any warning."""
        return self.store.info

    # ------------------------------------------------------------------ index
    def _empty_index(self) -> dict[str, Any]:
        return {"version": INDEX_VERSION, "credentials": {}, "trash": []}

    def _load(self) -> dict[str, Any]:
        if not self.persist_index:
            if self._memory_index is None:
                return self._empty_index()
            copy: dict[str, Any] = json.loads(json.dumps(self._memory_index))
            return copy  # a private copy
        try:
            raw = self.index_path.read_text("utf-8")
        except FileNotFoundError:
            return self._empty_index()
        except OSError as exc:
            raise VaultError(
                f"Cannot read the vault index {self.index_path}: {exc.strerror or exc}.",
                "Check the permissions of the twauth-gui data folder.",
                kind=ErrorKind.VAULT_CORRUPT,
            ) from None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or not isinstance(data.get("credentials"), dict):
                raise ValueError("not an index")
        except ValueError:
            raise VaultError(
                f"The vault index {self.index_path} is damaged.",
                "Move that file aside (your secrets stay in the keyring) and add the "
                "credentials again, or restore it from a backup.",
                kind=ErrorKind.VAULT_CORRUPT,
            ) from None
        if int(data.get("version", 1)) > INDEX_VERSION:
            raise VaultError(
                "The vault was written by a newer version of twauth-gui.",
                "Update twauth-gui to use these credentials.",
                kind=ErrorKind.VAULT_CORRUPT,
            )
        data.setdefault("trash", [])
        return data

    def _save_index(self, data: dict[str, Any]) -> None:
        data["version"] = INDEX_VERSION
        data["store"] = self.store.info.kind
        if self.store.info.kind == KIND_OS and self.store.info.backend_id:
            data["backend_id"] = self.store.info.backend_id
        if not self.persist_index:
            self._memory_index = json.loads(json.dumps(data))
            return
        from twauth_gui.core.fileio import atomic_write, remove_orphaned_temps

        # Every index writer holds the index lock here, so leftovers are a killed writer's.
        remove_orphaned_temps(self.index_path)
        atomic_write(self.index_path, json.dumps(data, indent=2, sort_keys=True) + "\n")

    @contextmanager
    def _locked(self) -> Iterator[None]:
        with self._thread_lock:
            if not self.persist_index:
                yield
                return
            from twauth_gui.core.paths import file_lock

            with file_lock(self.data_dir / LOCK_FILE):
                yield

    # ------------------------------------------------------------------ reading
    def list(self) -> builtins.list[Credential]:
        """Every saved credential's metadata, sorted by name (no secrets, no keyring access)."""
        creds = self._load()["credentials"]
        return [Credential.from_json(creds[name]["meta"]) for name in sorted(creds)]

    def get(self, name: str) -> Credential:
        """One credential's metadata; ProfileNotFound if there is none by that name."""
        return Credential.from_json(self._entry(self._load(), name)["meta"])

    def exists(self, name: str) -> bool:
        """True when a credential of that name is saved."""
        return name in self._load()["credentials"]

    def _entry(self, index: Mapping[str, Any], name: str) -> dict[str, Any]:
        entry = index["credentials"].get(name)
        if entry is None:
            raise ProfileNotFound(
                f"There is no saved credential named {name!r}.",
                "See the saved names with `twauth list` or in the vault window.",
                kind=ErrorKind.PROFILE_NOT_FOUND,
            )
        result: dict[str, Any] = entry
        return result

    def secrets(self, name: str, fields: Iterable[str] | None = None) -> dict[str, str]:
        """The credential's secrets (all, or only ``fields``), read from the store.

        A field that is not saved is simply absent. If the store lost an item the index
        points at, VaultError(kind=VAULT_CORRUPT) says so.
        """
        wanted = None if fields is None else set(fields)
        missing: builtins.list[str] = []
        for _attempt in range(_READ_RETRIES):
            entry = self._entry(self._load(), name)
            service = service_for(bool(entry["meta"].get("sandbox")))
            items: dict[str, str] = dict(entry["items"])
            keys = {
                f: _item_key(name, f, gen)
                for f, gen in items.items()
                if wanted is None or f in wanted
            }
            values = self.store.get_many(service, keys.values()) if keys else {}
            result = {f: values.get(k) for f, k in keys.items()}
            missing = sorted(f for f, v in result.items() if v is None)
            if not missing:
                found = {f: v for f, v in result.items() if v is not None}
                redact.remember(*found.values())
                return found
            # A writer may have switched generations in between: retry with the new index.
            again = self._load()["credentials"].get(name)
            if again is None or dict(again["items"]) == items:
                break
        if not self.exists(name):
            self._entry(self._load(), name)  # raises ProfileNotFound
        raise VaultError(
            f"The {self.backend.name} no longer holds the "
            f"{', '.join(m.replace('_', ' ') for m in missing)} of {name!r}.",
            "It may have been deleted in your keyring manager. Remove this credential and "
            "authorize again.",
            kind=ErrorKind.VAULT_CORRUPT,
        )

    # ------------------------------------------------------------------ writing
    def save(self, cred: Credential, secrets: Mapping[str, str], *, replace: bool = False) -> None:
        """Save a credential and its secrets, all or nothing.

        ``replace=False`` refuses an existing name (VaultError kind PROFILE_EXISTS);
        ``replace=True`` swaps the whole credential (fields not given are dropped).
        Empty values are not stored.
        """
        values = self._check_secrets(secrets)
        if not replace and self.exists(cred.name):
            raise self._exists_error(cred.name)
        self.store.probe()  # no keyring / locked: fail before anything is written
        gen = _new_generation()
        service = service_for(cred.sandbox)
        new_keys = {f: _item_key(cred.name, f, gen) for f in values}
        self._begin(service, new_keys.values())
        self._write_items(service, new_keys, values)
        old: builtins.list[tuple[str, str]] = []
        committed = False
        try:
            with self._locked():
                index = self._load()
                previous = index["credentials"].get(cred.name)
                if previous is not None and not replace:
                    raise self._exists_error(cred.name)
                if previous is not None:
                    old = _entry_keys(cred.name, previous)
                index["credentials"][cred.name] = {
                    "meta": cred.to_json(),
                    "items": dict.fromkeys(values, gen),
                }
                self._commit_trash(index, service, new_keys.values(), old)
                self._save_index(index)
                committed = True
        except BaseException:
            if not committed:
                self._abort(service, list(new_keys.values()), list(new_keys.values()))
            raise
        self._purge()

    def update(
        self,
        name: str,
        /,
        secrets: Mapping[str, str | None] | None = None,
        **meta_changes: Any,
    ) -> Credential:
        """Change some secrets and/or metadata of a saved credential, all or nothing.

        ``secrets`` maps field → new value; an empty value or None removes that field;
        fields not mentioned keep their value. ``meta_changes`` are Credential fields
        (e.g. ``expires_at=…, last_refresh=…, status="valid"``); ``name`` and ``sandbox``
        cannot change. Returns the updated Credential. Rotation: the new token pair is
        stored under a new generation and the index switches to it in one step.
        """
        unknown = sorted(set(meta_changes) - _META_FIELDS)
        if unknown:
            raise InputError(
                f"Cannot change {', '.join(unknown)} of a saved credential.",
                "Only metadata fields other than name and sandbox can be updated.",
                kind=ErrorKind.INVALID_INPUT,
            )
        changes = dict(secrets or {})
        sets = self._check_secrets({f: v for f, v in changes.items() if v})
        removes = {_check_field(f) for f, v in changes.items() if not v}
        current = self.get(name)  # ProfileNotFound early, before any write
        dataclasses.replace(current, **meta_changes)  # validate the changes early
        gen = _new_generation()
        service = service_for(current.sandbox)
        new_keys = {f: _item_key(name, f, gen) for f in sets}
        if new_keys:
            self.store.probe()
            self._begin(service, new_keys.values())
            self._write_items(service, new_keys, sets)
        old: builtins.list[tuple[str, str]] = []
        committed = False
        try:
            with self._locked():
                index = self._load()
                entry = self._entry(index, name)
                cred = dataclasses.replace(Credential.from_json(entry["meta"]), **meta_changes)
                items: dict[str, str] = dict(entry["items"])
                for f in list(sets) + sorted(removes):
                    if f in items:
                        old.append((service, _item_key(name, f, items.pop(f))))
                items.update(dict.fromkeys(sets, gen))
                index["credentials"][name] = {"meta": cred.to_json(), "items": items}
                self._commit_trash(index, service, new_keys.values(), old)
                self._save_index(index)
                committed = True
        except BaseException:
            if new_keys and not committed:
                self._abort(service, list(new_keys.values()), list(new_keys.values()))
            raise
        if old:
            self._purge()
        return cred

    def remove(self, name: str) -> None:
        """Delete a credential: first from the index (atomic), then its items (best effort)."""
        with self._locked():
            index = self._load()
            entry = self._entry(index, name)
            del index["credentials"][name]
            for service, key in _entry_keys(name, entry):
                index["trash"].append({"service": service, "key": key})
            self._save_index(index)
        self._purge()

    def cleanup(self) -> int:
        """Delete leftovers of interrupted or superseded saves (keyring items and temp files)."""
        removed = self._purge() + self.store.sweep_orphans()
        if self.persist_index:
            from twauth_gui.core.fileio import remove_orphaned_temps

            with self._locked():
                removed += remove_orphaned_temps(self.index_path)
        return removed

    # ------------------------------------------------------------------ internals
    def _exists_error(self, name: str) -> VaultError:
        return VaultError(
            f"A credential named {name!r} is already saved.",
            "Choose another name, or replace the saved one.",
            kind=ErrorKind.PROFILE_EXISTS,
        )

    def _check_secrets(self, secrets: Mapping[str, str | None]) -> dict[str, str]:
        values: dict[str, str] = {}
        for f, value in secrets.items():
            _check_field(f)
            if value is None or value == "":
                continue
            if not isinstance(value, str):
                raise InputError(
                    f"The {f.replace('_', ' ')} must be text.",
                    "Pass secrets as strings.",
                    kind=ErrorKind.INVALID_INPUT,
                )
            check_value_size(f, value)
            values[f] = value
        redact.remember(*values.values())
        return values

    def _begin(self, service: str, keys: Iterable[str]) -> None:
        """Note the items about to be written as pending, so a crash leaves no orphans."""
        stamp = time.time()
        with self._locked():
            index = self._load()
            for key in keys:
                index["trash"].append(
                    {"service": service, "key": key, "pending": stamp, "pid": os.getpid()}
                )
            self._save_index(index)

    def _write_items(
        self, service: str, keys: Mapping[str, str], values: Mapping[str, str]
    ) -> None:
        attempted: builtins.list[str] = []
        try:
            for f, key in keys.items():
                attempted.append(key)  # a failed write may still have left something
                self.store.set(service, key, values[f])
        except BaseException as exc:
            hung = isinstance(exc, VaultError) and exc.kind is ErrorKind.KEYRING_TIMEOUT
            self._abort(service, attempted, list(keys.values()), try_delete=not hung)
            raise

    def _abort(
        self,
        service: str,
        attempted: builtins.list[str],
        new_keys: builtins.list[str],
        *,
        try_delete: bool = True,
    ) -> None:
        """Delete partially written new items (best effort).

        Items that could not be deleted stay in the index's trash as garbage for a later
        purge; items never attempted are simply forgotten.
        """
        deleted: set[str] = set()
        if try_delete:
            for key in attempted:
                try:
                    self.store.delete(service, key)
                except Exception:  # keyring failing: leave the rest for a later purge
                    break
                deleted.add(key)
        fresh = set(new_keys)
        tried = set(attempted)
        try:
            with self._locked():
                index = self._load()
                trash = []
                for item in index["trash"]:
                    key = item.get("key")
                    if item.get("service") == service and key in fresh:
                        if key in deleted or key not in tried:
                            continue
                        item = {"service": service, "key": key}  # garbage now, not pending
                    trash.append(item)
                index["trash"] = trash
                self._save_index(index)
        except Exception:  # index not writable: the pending records expire and get purged
            return

    @staticmethod
    def _commit_trash(
        index: dict[str, Any],
        service: str,
        new_keys: Iterable[str],
        old: Iterable[tuple[str, str]],
    ) -> None:
        fresh = set(new_keys)
        index["trash"] = [
            item
            for item in index["trash"]
            if not (item.get("service") == service and item.get("key") in fresh)
        ]
        for old_service, key in old:
            index["trash"].append({"service": old_service, "key": key})

    def _purge(self) -> int:
        """Best-effort deletion of trash items (never of another save's pending ones)."""
        now = time.time()
        try:
            candidates = [
                item
                for item in self._load()["trash"]
                if "pending" not in item
                or now - float(item["pending"]) > _PENDING_STALE_AFTER
                or not _pid_alive(int(item.get("pid", 0)))
            ]
        except VaultError:
            return 0
        done: set[tuple[str, str]] = set()
        for item in candidates:
            try:
                self.store.delete(str(item["service"]), str(item["key"]))
            except Exception:  # keyring unavailable/slow: try again next time
                break
            done.add((str(item["service"]), str(item["key"])))
        if not done:
            return 0
        try:
            with self._locked():
                index = self._load()
                index["trash"] = [
                    item
                    for item in index["trash"]
                    if (str(item.get("service")), str(item.get("key"))) not in done
                ]
                self._save_index(index)
        except Exception:  # deletions are idempotent: a later purge retries harmlessly
            return len(done)
        return len(done)

    def trash(self) -> builtins.list[tuple[str, str]]:
        """(service, key) of items waiting for deletion (diagnostics and tests)."""
        return [(str(i["service"]), str(i["key"])) for i in self._load()["trash"]]

    def item_keys(self, name: str) -> dict[str, tuple[str, str]]:
        """field → (service, key) of the items a credential currently uses (no values)."""
        entry = self._entry(self._load(), name)
        service = service_for(bool(entry["meta"].get("sandbox")))
        return {f: (service, _item_key(name, f, g)) for f, g in entry["items"].items()}


def _item_key(name: str, field_name: str, generation: str) -> str:
    return f"{name}/{field_name}/{generation}"


def _entry_keys(name: str, entry: Mapping[str, Any]) -> list[tuple[str, str]]:
    service = service_for(bool(entry["meta"].get("sandbox")))
    return [(service, _item_key(name, f, g)) for f, g in entry["items"].items()]


def _new_generation() -> str:
    return f"{int(time.time()):x}{os.urandom(4).hex()}"


def _peek_backend_id(index_path: Path) -> str | None:
    """The backend_id the OS-keyring index recorded (for the fast path), if readable."""
    try:
        data = json.loads(index_path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("backend_id") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def memory_vault(data_dir: Path | None = None) -> Vault:
    """A session-only vault (nothing written anywhere)."""
    from twauth_gui.core.secretstore import MemoryStore

    return Vault(data_dir or Path("."), MemoryStore(), persist_index=False)
