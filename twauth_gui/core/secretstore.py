"""Secret stores behind the vault: the OS keyring, a passphrase-encrypted file, session memory.

::

    SecretStore                 get / get_many / set / delete, keyed by (service, key)
    ├── OSKeyringStore          python-keyring backend, or the Secret Service over D-Bus directly
    ├── EncryptedFileStore      one file, Scrypt-derived key + AES-GCM, passphrase from the caller
    └── MemoryStore             this process only (session-only credentials)

:func:`select_store` picks one from a preference (``TWAUTH_VAULT=os|file|memory``, else the
choice saved with :func:`save_store_choice`, else ``os``). It never falls back silently: with
no secure OS keyring it raises :class:`KeyringUnavailable` whose hint names the alternatives.

Every OS keyring call runs in a worker thread with a time limit (``TWAUTH_KEYRING_TIMEOUT``,
10 s by default), because a locked keyring can wait forever for a password prompt.

Fast path: the vault index records which backend holds its items. When that is the Secret
Service, :meth:`OSKeyringStore.detect` talks to it through ``secretstorage`` directly, with the
same item attributes as python-keyring's SecretService backend, skipping keyring's import and
entry-point discovery (~120 ms) — this keeps ``twauth token NAME`` fast.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from twauth_gui.core import redact
from twauth_gui.core.errors import ErrorKind, InputError, KeyringUnavailable, VaultError

SERVICE = "twauth-gui"
SANDBOX_SERVICE = "twauth-gui-sandbox"
MAX_VALUE_BYTES = 2560  # Windows Credential Manager's limit for one secret
DEFAULT_TIMEOUT = 10.0
VAULT_ENV = "TWAUTH_VAULT"
PASSPHRASE_ENV = "TWAUTH_VAULT_PASSPHRASE"
TIMEOUT_ENV = "TWAUTH_KEYRING_TIMEOUT"
CHOICE_FILE = "vault-choice.json"
ENCRYPTED_FILE = "vault.enc"
SECRET_SERVICE_ID = "secretservice"  # backend_id of the direct Secret Service driver

KIND_OS = "os"
KIND_FILE = "encrypted-file"
KIND_MEMORY = "memory"

NO_KEYRING_HINT = (
    "Choose an encrypted vault file protected by a passphrase, or keep credentials for this "
    "session only."
)
UNLOCK_HINT = "Unlock your keyring (log in to your desktop session) and try again."

T = TypeVar("T")


@dataclass(frozen=True)
class BackendInfo:
    """What keeps the secrets, for display: name, kind, whether it is secure, and a warning."""

    name: str
    kind: str  # "os" | "encrypted-file" | "memory"
    secure: bool
    warning: str = ""
    backend_id: str = ""  # how to reach the same backend again quickly ("secretservice", ...)


class SecretStore(ABC):
    """A place for secret strings, addressed by (service, key)."""

    info: BackendInfo
    #: False for stores that forget everything when the process ends.
    persistent: bool = True

    @abstractmethod
    def get(self, service: str, key: str) -> str | None:
        """The value, or None when there is no such item."""

    def get_many(self, service: str, keys: Iterable[str]) -> dict[str, str | None]:
        """Several values at once (one connection where the backend allows it)."""
        return {key: self.get(service, key) for key in keys}

    @abstractmethod
    def set(self, service: str, key: str, value: str) -> None:
        """Create or replace one item."""

    @abstractmethod
    def delete(self, service: str, key: str) -> None:
        """Delete one item; a missing item is not an error."""

    def probe(self) -> None:
        """Raise the store's error now if it cannot be used (called before a save writes)."""
        return None

    def sweep_orphans(self) -> int:
        """Remove files a killed writer of this store left behind; returns how many."""
        return 0


def check_value_size(field: str, value: str) -> None:
    """Refuse a value that some keyring could not hold.

    Windows Credential Manager keeps at most 2560 bytes per secret, stored as UTF-16 (so about
    1280 characters); the same limit applies everywhere so a vault behaves alike on every OS.
    """
    size = max(len(value.encode("utf-8")), len(value.encode("utf-16-le")))
    if size > MAX_VALUE_BYTES:
        label = field.replace("_", " ")
        raise InputError(
            f"The {label} is too long to keep in a keyring: it takes {size} bytes as a keyring "
            f"stores it, and the limit is {MAX_VALUE_BYTES} bytes (about "
            f"{MAX_VALUE_BYTES // 2} characters).",
            f"Check that you pasted only the {label} and nothing around it.",
            kind=ErrorKind.INVALID_INPUT,
        )


# --------------------------------------------------------------------------- memory


class MemoryStore(SecretStore):
    """Secrets kept in this process only; gone when it exits."""

    persistent = False

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()
        self.info = BackendInfo(
            name="Session memory",
            kind=KIND_MEMORY,
            secure=True,
            warning="Credentials are kept only until twauth-gui closes; nothing is saved.",
            backend_id="memory",
        )

    def get(self, service: str, key: str) -> str | None:
        with self._lock:
            return self._items.get((service, key))

    def set(self, service: str, key: str, value: str) -> None:
        with self._lock:
            self._items[(service, key)] = value

    def delete(self, service: str, key: str) -> None:
        with self._lock:
            self._items.pop((service, key), None)

    def keys(self, service: str | None = None) -> list[tuple[str, str]]:
        """Every (service, key) held (for tests and diagnostics; no values)."""
        with self._lock:
            return sorted(k for k in self._items if service is None or k[0] == service)


# --------------------------------------------------------------------------- OS keyring


class KeyringLike(Protocol):
    """The three methods of a python-keyring backend that the vault uses."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


def default_timeout() -> float:
    """Keyring time limit in seconds: ``TWAUTH_KEYRING_TIMEOUT`` or 10."""
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT
    except ValueError:
        return DEFAULT_TIMEOUT
    return value if value > 0 else DEFAULT_TIMEOUT


def _timeout_error(seconds: float) -> VaultError:
    return VaultError(
        f"The keyring did not answer within {seconds:g} seconds.",
        "It may be locked and waiting for a password: unlock your keyring / log in to your "
        "desktop session, then try again.",
        kind=ErrorKind.KEYRING_TIMEOUT,
    )


def run_with_timeout(fn: Callable[[], T], timeout: float) -> T:
    """Run ``fn`` in a daemon thread; raise VaultError(KEYRING_TIMEOUT) if it takes too long.

    A call that hangs is abandoned (the thread is a daemon, so it never blocks exit).
    """
    result: list[T] = []
    error: list[BaseException] = []
    done = threading.Event()

    def worker() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # delivered to the caller below
            error.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=worker, name="twauth-keyring", daemon=True)
    thread.start()
    if not done.wait(timeout):
        raise _timeout_error(timeout)
    if error:
        raise error[0]
    return result[0]


_LOCKED_ERRORS = {"KeyringLocked", "LockedException", "PromptDismissedException"}
_UNAVAILABLE_ERRORS = {
    "InitError",
    "NoKeyringError",
    "SecretServiceNotAvailableException",
    "DBusErrorResponse",
    "ConnectionError",
    "ConnectionRefusedError",
    "FileNotFoundError",
}


def _map_error(exc: BaseException, store_name: str) -> VaultError:
    """Translate a backend exception into a VaultError; only its type name is used."""
    if isinstance(exc, VaultError):
        return exc
    kind = type(exc).__name__
    if kind in _LOCKED_ERRORS:
        return VaultError(
            f"{store_name} is locked.",
            UNLOCK_HINT + " If no unlock prompt appears, use an encrypted vault file instead.",
            kind=ErrorKind.VAULT_LOCKED,
        )
    if kind in _UNAVAILABLE_ERRORS:
        return KeyringUnavailable(
            f"{store_name} could not be reached ({kind}).",
            "Log in to your desktop session so that the keyring runs, or "
            + NO_KEYRING_HINT[0].lower()
            + NO_KEYRING_HINT[1:],
            kind=ErrorKind.KEYRING_UNAVAILABLE,
        )
    return VaultError(
        f"{store_name} reported an error ({kind}).",
        UNLOCK_HINT,
        kind=ErrorKind.KEYRING_UNAVAILABLE,
    )


class _SecretServiceDirect:
    """Secret Service over D-Bus through ``secretstorage``, without importing python-keyring.

    Items carry the same attributes as python-keyring's SecretService backend
    (``service``, ``username``, ``application``), so either can read what the other wrote.
    One D-Bus connection and one encrypted session per batch of reads.
    """

    appid = "Python keyring library"

    def _open(self) -> tuple[Any, Any]:
        import secretstorage

        conn = secretstorage.dbus_init()
        try:
            coll = secretstorage.get_default_collection(conn)
            if coll.is_locked():
                coll.unlock()
                if coll.is_locked():
                    raise secretstorage.exceptions.LockedException("collection is locked")
        except BaseException:
            conn.close()
            raise
        return conn, coll

    def get_many(self, service: str, keys: Iterable[str]) -> dict[str, str | None]:
        conn, coll = self._open()
        out: dict[str, str | None] = {}
        with closing(conn):
            for key in keys:
                out[key] = None
                for item in coll.search_items({"service": service, "username": key}):
                    if item.is_locked():
                        item.unlock()
                    secret: bytes = item.get_secret()
                    coll.session = item.session  # reuse the encrypted session for the rest
                    out[key] = secret.decode("utf-8")
                    break
        return out

    def get_password(self, service: str, username: str) -> str | None:
        return self.get_many(service, [username])[username]

    def set_password(self, service: str, username: str, password: str) -> None:
        conn, coll = self._open()
        with closing(conn):
            attributes = {"service": service, "username": username, "application": self.appid}
            label = f"Password for '{username}' on '{service}'"
            coll.create_item(label, attributes, password.encode("utf-8"), replace=True)

    def delete_password(self, service: str, username: str) -> None:
        conn, coll = self._open()
        with closing(conn):
            for item in list(coll.search_items({"service": service, "username": username})):
                item.delete()


_SECURE_BACKENDS = {
    "keyring.backends.SecretService.Keyring": "GNOME Keyring / Secret Service",
    "keyring.backends.libsecret.Keyring": "GNOME Keyring / Secret Service",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
}


def _class_path(obj: object) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _no_keyring_detail() -> str:
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return "no Secret Service on D-Bus"
    return "no usable keyring backend was found"


def describe_backend(backend: object) -> BackendInfo:
    """BackendInfo for a python-keyring backend; KeyringUnavailable if it is not usable.

    Unusable: keyring's ``fail`` and ``null`` backends, an empty chainer, and plaintext or
    otherwise insecure ``keyrings.alt`` backends (never used silently). An unknown third-party
    backend is usable but reported as not known to be secure.
    """
    path = _class_path(backend)
    if isinstance(backend, _SecretServiceDirect):
        return BackendInfo(
            name="GNOME Keyring / Secret Service",
            kind=KIND_OS,
            secure=True,
            backend_id=SECRET_SERVICE_ID,
        )
    if path in _SECURE_BACKENDS:
        return BackendInfo(
            name=_SECURE_BACKENDS[path], kind=KIND_OS, secure=True, backend_id=f"keyring:{path}"
        )
    if path == "keyring.backends.fail.Keyring":
        detail = _no_keyring_detail()
    elif path == "keyring.backends.null.Keyring":
        detail = "the keyring is switched off in python-keyring's configuration"
    elif path == "keyring.backends.chainer.ChainerBackend":
        detail = _no_keyring_detail()
    elif path.startswith("keyrings.alt.") or "plaintext" in path.lower():
        detail = f"the only keyring found ({type(backend).__name__}) is not encrypted"
    else:
        name = str(getattr(backend, "name", "") or type(backend).__name__)
        return BackendInfo(
            name=name,
            kind=KIND_OS,
            secure=False,
            warning=(
                f"twauth-gui does not know whether the keyring backend {name!r} keeps secrets "
                "encrypted. Prefer your system keyring or an encrypted vault file."
            ),
            backend_id=f"keyring:{path}",
        )
    raise KeyringUnavailable(
        f"No secure keyring is available on this system ({detail}).",
        NO_KEYRING_HINT,
        kind=ErrorKind.KEYRING_UNAVAILABLE,
    )


def _keyring_configured() -> bool:
    """True when the user configured python-keyring (env or keyringrc.cfg): then honour it."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    if sys.platform.startswith("linux"):
        root = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return (Path(root) / "python_keyring" / "keyringrc.cfg").exists()
    from keyring.util import platform_

    return (Path(platform_.config_root()) / "keyringrc.cfg").exists()


def _construct_recorded(backend_id: str) -> KeyringLike | None:
    """Build the backend the index recorded, without entry-point discovery; None if unknown."""
    if backend_id == SECRET_SERVICE_ID:
        return _SecretServiceDirect()
    if not backend_id.startswith("keyring:"):
        return None
    path = backend_id.removeprefix("keyring:")
    if path not in _SECURE_BACKENDS:
        return None
    module_name, _, class_name = path.rpartition(".")
    import importlib

    try:
        module = importlib.import_module(module_name)
        backend: KeyringLike = getattr(module, class_name)()
    except Exception:  # not available here any more: fall back to full detection
        return None
    return backend


def _detect_keyring() -> KeyringLike:
    """python-keyring's own choice (config, env, priorities), unwrapped from its chainer."""
    import keyring
    from keyring.backends import chainer

    keyring.core.init_backend()  # detect afresh: the keyring may have started since last time
    backend: Any = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        secure = [b for b in members if _class_path(b) in _SECURE_BACKENDS]
        if secure:
            backend = secure[0]
        elif members:
            backend = members[0]
    if _class_path(backend) == "keyring.backends.SecretService.Keyring" and not hasattr(
        backend, "preferred_collection"
    ):
        return _SecretServiceDirect()
    result: KeyringLike = backend
    return result


class OSKeyringStore(SecretStore):
    """The operating system's keyring, every call under a time limit."""

    def __init__(
        self,
        backend: KeyringLike,
        *,
        timeout: float | None = None,
        info: BackendInfo | None = None,
    ) -> None:
        self._backend = backend
        self.timeout = default_timeout() if timeout is None else timeout
        self.info = info or describe_backend(backend)

    @classmethod
    def detect(cls, *, timeout: float | None = None, recorded: str | None = None) -> OSKeyringStore:
        """The usable OS keyring, or KeyringUnavailable.

        ``recorded`` is the ``backend_id`` the vault index saved; when given (and the user
        has not configured python-keyring otherwise) that backend is built directly.
        """
        limit = default_timeout() if timeout is None else timeout
        if recorded and not _keyring_configured():
            backend = _construct_recorded(recorded)
            if backend is not None:
                return cls(backend, timeout=limit)
        try:
            found = run_with_timeout(_detect_keyring, limit)
        except VaultError:
            raise
        except Exception as exc:
            raise _map_error(exc, "The keyring") from None
        return cls(found, timeout=limit)

    @property
    def backend(self) -> KeyringLike:
        """The underlying backend object."""
        return self._backend

    def _call(self, fn: Callable[[], T]) -> T:
        try:
            return run_with_timeout(fn, self.timeout)
        except VaultError:
            raise
        except Exception as exc:
            raise _map_error(exc, self.info.name) from None

    def get(self, service: str, key: str) -> str | None:
        return self._call(lambda: self._backend.get_password(service, key))

    def probe(self) -> None:
        """One harmless lookup: reaches the keyring (and its unlock prompt) before writing."""
        self.get(SERVICE, "twauth-gui/probe/0")

    def get_many(self, service: str, keys: Iterable[str]) -> dict[str, str | None]:
        wanted = list(keys)
        backend = self._backend
        if isinstance(backend, _SecretServiceDirect):
            return self._call(lambda: backend.get_many(service, wanted))
        return self._call(lambda: {k: backend.get_password(service, k) for k in wanted})

    def set(self, service: str, key: str, value: str) -> None:
        check_value_size("secret", value)
        self._call(lambda: self._backend.set_password(service, key, value))

    def delete(self, service: str, key: str) -> None:
        def delete() -> None:
            try:
                self._backend.delete_password(service, key)
            except Exception as exc:
                if type(exc).__name__ != "PasswordDeleteError":  # already gone: fine
                    raise

        self._call(delete)


# --------------------------------------------------------------------------- encrypted file

_FORMAT = "twauth-gui-vault"
_SCRYPT_N = 2**16
_SCRYPT_R = 8
_SCRYPT_P = 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


class EncryptedFileStore(SecretStore):
    """All secrets in one file, encrypted with AES-256-GCM under a Scrypt-derived key.

    File layout (JSON): ``{"format", "version", "kdf": {"name": "scrypt", "salt", "n", "r",
    "p"}, "nonce", "data"}``; the header is authenticated as associated data. Every write
    re-reads the file under a lock, encrypts with a fresh nonce and replaces it atomically.
    """

    def __init__(self, path: Path, passphrase: str, *, scrypt_n: int = _SCRYPT_N) -> None:
        if not passphrase:
            raise InputError(
                "The passphrase for the encrypted vault file is empty.",
                "Enter a passphrase (a few random words is a good choice).",
                kind=ErrorKind.INVALID_INPUT,
            )
        redact.remember(passphrase)
        self.path = Path(path)
        self._passphrase = passphrase
        self._scrypt_n = scrypt_n
        self._keys: dict[tuple[bytes, int, int, int], bytes] = {}
        self._lock = threading.Lock()
        self.info = BackendInfo(
            name="Encrypted file",
            kind=KIND_FILE,
            secure=True,
            warning=(
                f"Secrets are kept in an encrypted file ({self.path}) protected by your "
                "passphrase. If you forget it they cannot be recovered; anyone with a copy of "
                "the file can try to guess it, so use a long passphrase."
            ),
            backend_id="encrypted-file",
        )
        self._read()  # a wrong passphrase fails now, not at the first secret

    def __repr__(self) -> str:
        return f"EncryptedFileStore(path={str(self.path)!r})"

    # -- crypto
    def _key(self, salt: bytes, n: int, r: int, p: int) -> bytes:
        cache_key = (salt, n, r, p)
        if cache_key not in self._keys:
            from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

            kdf = Scrypt(salt=salt, length=32, n=n, r=r, p=p)
            self._keys[cache_key] = kdf.derive(self._passphrase.encode("utf-8"))
        return self._keys[cache_key]

    @staticmethod
    def _aad(header: dict[str, Any]) -> bytes:
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def _corrupt(self) -> VaultError:
        return VaultError(
            f"The encrypted vault file {self.path} is damaged or not a twauth-gui vault.",
            "Restore it from a backup, or move it aside and add your credentials again.",
            kind=ErrorKind.VAULT_CORRUPT,
        )

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise VaultError(
                f"Cannot read the encrypted vault file {self.path}: {exc.strerror or exc}.",
                "Check the file's permissions.",
                kind=ErrorKind.VAULT_CORRUPT,
            ) from None
        try:
            doc = json.loads(raw)
            kdf = doc["kdf"]
            header = {"format": doc["format"], "version": doc["version"], "kdf": kdf}
            if doc["format"] != _FORMAT or doc["version"] != 1 or kdf["name"] != "scrypt":
                raise ValueError("unknown format")
            salt = _unb64(kdf["salt"])
            n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
            nonce = _unb64(doc["nonce"])
            data = _unb64(doc["data"])
        except (ValueError, KeyError, TypeError):
            raise self._corrupt() from None
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            plain = AESGCM(self._key(salt, n, r, p)).decrypt(nonce, data, self._aad(header))
        except InvalidTag:
            raise VaultError(
                "That passphrase does not open the encrypted vault file.",
                f"Type the passphrase again (check Caps Lock), or set {PASSPHRASE_ENV} to it.",
                kind=ErrorKind.VAULT_LOCKED,
            ) from None
        try:
            items = json.loads(plain)["items"]
        except (ValueError, KeyError, TypeError):
            raise self._corrupt() from None
        if not isinstance(items, dict):
            raise self._corrupt()
        return items

    def _write(self, items: dict[str, dict[str, str]]) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        from twauth_gui.core.fileio import atomic_write, remove_orphaned_temps

        remove_orphaned_temps(self.path)  # callers hold the file lock: leftovers are orphans
        salt = self._current_salt() or os.urandom(16)
        kdf = {
            "name": "scrypt",
            "salt": _b64(salt),
            "n": self._scrypt_n,
            "r": _SCRYPT_R,
            "p": _SCRYPT_P,
        }
        header = {"format": _FORMAT, "version": 1, "kdf": kdf}
        nonce = os.urandom(12)
        key = self._key(salt, self._scrypt_n, _SCRYPT_R, _SCRYPT_P)
        plain = json.dumps({"items": items}, sort_keys=True).encode("utf-8")
        data = AESGCM(key).encrypt(nonce, plain, self._aad(header))
        doc = dict(header, nonce=_b64(nonce), data=_b64(data))
        atomic_write(self.path, json.dumps(doc, indent=1) + "\n")

    def _current_salt(self) -> bytes | None:
        try:
            doc = json.loads(self.path.read_bytes())
            salt = _unb64(doc["kdf"]["salt"])
            if int(doc["kdf"]["n"]) != self._scrypt_n:
                return None
            return salt
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def sweep_orphans(self) -> int:
        from twauth_gui.core.fileio import remove_orphaned_temps
        from twauth_gui.core.paths import file_lock

        with self._lock, file_lock(self.path.with_name(self.path.name + ".lock")):
            return remove_orphaned_temps(self.path)

    def _modify(self, change: Callable[[dict[str, dict[str, str]]], bool]) -> None:
        from twauth_gui.core.paths import file_lock

        with self._lock, file_lock(self.path.with_name(self.path.name + ".lock")):
            items = self._read()
            if change(items):
                self._write(items)

    # -- SecretStore
    def get(self, service: str, key: str) -> str | None:
        return self._read().get(service, {}).get(key)

    def get_many(self, service: str, keys: Iterable[str]) -> dict[str, str | None]:
        items = self._read().get(service, {})
        return {key: items.get(key) for key in keys}

    def set(self, service: str, key: str, value: str) -> None:
        def change(items: dict[str, dict[str, str]]) -> bool:
            items.setdefault(service, {})[key] = value
            return True

        self._modify(change)

    def delete(self, service: str, key: str) -> None:
        def change(items: dict[str, dict[str, str]]) -> bool:
            bucket = items.get(service, {})
            if key not in bucket:
                return False
            del bucket[key]
            if not bucket:
                items.pop(service, None)
            return True

        self._modify(change)


# --------------------------------------------------------------------------- selection

_ALIASES = {
    "os": KIND_OS,
    "keyring": KIND_OS,
    "file": KIND_FILE,
    "encrypted-file": KIND_FILE,
    "encrypted": KIND_FILE,
    "memory": KIND_MEMORY,
    "session": KIND_MEMORY,
}


def normalize_kind(preference: str) -> str:
    """``os`` / ``encrypted-file`` / ``memory`` for a user's spelling, or InputError."""
    kind = _ALIASES.get(preference.strip().lower())
    if kind is None:
        raise InputError(
            f"Unknown vault type {preference!r}.",
            f"Use one of: os (the system keyring), file (an encrypted file), memory "
            f"(this session only), e.g. {VAULT_ENV}=file.",
            kind=ErrorKind.INVALID_INPUT,
        )
    return kind


def load_store_choice(data_dir: Path) -> str | None:
    """The vault type the user chose earlier (``save_store_choice``), if any."""
    try:
        doc = json.loads((data_dir / CHOICE_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    kind = doc.get("kind") if isinstance(doc, dict) else None
    return kind if isinstance(kind, str) and kind in (KIND_OS, KIND_FILE, KIND_MEMORY) else None


def save_store_choice(kind: str, data_dir: Path | None = None) -> None:
    """Remember the user's vault type (os / file / memory) for later runs and the CLI."""
    from twauth_gui.core.fileio import atomic_write
    from twauth_gui.core.paths import data_dir as default_data_dir

    directory = data_dir or default_data_dir()
    atomic_write(directory / CHOICE_FILE, json.dumps({"kind": normalize_kind(kind)}) + "\n")


def select_store(
    preference: str | None = None,
    *,
    data_dir: Path | None = None,
    passphrase: str | None = None,
    timeout: float | None = None,
    recorded: str | None = None,
) -> SecretStore:
    """The secret store to use: ``preference``, else ``$TWAUTH_VAULT``, else the saved choice,
    else the OS keyring. Never falls back silently.

    - ``os``: the OS keyring, or KeyringUnavailable (plain message + the alternatives).
    - ``file``: the encrypted file in the data dir; ``passphrase`` or
      ``$TWAUTH_VAULT_PASSPHRASE``, else VaultError(kind=VAULT_LOCKED) so the caller can ask.
    - ``memory``: session only.
    """
    from twauth_gui.core.paths import data_dir as default_data_dir

    directory = data_dir or default_data_dir()
    raw = preference or os.environ.get(VAULT_ENV, "").strip() or load_store_choice(directory)
    kind = normalize_kind(raw) if raw else KIND_OS
    if kind == KIND_MEMORY:
        return MemoryStore()
    if kind == KIND_FILE:
        secret = passphrase or os.environ.get(PASSPHRASE_ENV, "")
        if not secret:
            raise VaultError(
                "The encrypted vault file needs its passphrase.",
                f"Enter the passphrase when asked, or set {PASSPHRASE_ENV}.",
                kind=ErrorKind.VAULT_LOCKED,
            )
        return EncryptedFileStore(directory / ENCRYPTED_FILE, secret)
    return OSKeyringStore.detect(timeout=timeout, recorded=recorded)
