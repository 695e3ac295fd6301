"""What every window receives instead of globals: endpoints, vault, clipboard, settings.

:class:`AppContext` is built once by ``app.main`` (or by a test) and passed to each
window and the wizard. ``vault()`` opens the vault lazily and may touch the keyring and
the disk, so call it only inside ``run_task`` workers. In sandbox mode the context uses
the sandbox's endpoints and a separate data folder and keyring service, so sandbox
tokens never mix with real ones.

:class:`Settings` wraps QSettings and refuses to store anything that looks like a
secret the process has seen (``core.redact``): window geometry and preferences only.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings

if TYPE_CHECKING:
    from twauth_gui.core.endpoints import Endpoints
    from twauth_gui.core.vault import Vault
    from twauth_gui.ui.clipboard import SecretClipboard

ORGANIZATION = "twauth"
APPLICATION = "twauth-gui"
SANDBOX_SERVICE = "twauth-gui-sandbox"


class SecretInSettings(ValueError):
    """Raised when code tries to put a remembered secret into QSettings (a bug)."""


class Settings:
    """QSettings wrapper for preferences and window geometry; never secrets.

    The file lives next to the vault data when ``TWAUTH_DATA_DIR`` is set (tests,
    portable use), otherwise in the platform's usual place (INI format).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, group: str = "") -> None:
        if path is None:
            data_dir = os.environ.get("TWAUTH_DATA_DIR")
            if data_dir:
                path = Path(data_dir) / "gui-settings.ini"
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat,
                QSettings.Scope.UserScope,
                ORGANIZATION,
                APPLICATION,
            )
        self._group = group.strip("/")

    @property
    def qsettings(self) -> QSettings:
        return self._qs

    def file_name(self) -> str:
        return self._qs.fileName()

    def _key(self, key: str) -> str:
        return f"{self._group}/{key}" if self._group else key

    def value(self, key: str, default: Any = None) -> Any:
        return self._qs.value(self._key(key), default)

    def int_value(self, key: str, default: int) -> int:
        raw: Any = self._qs.value(self._key(key), default)
        try:
            return int(raw)
        except (TypeError, ValueError):
            return default

    def bool_value(self, key: str, default: bool) -> bool:
        raw = self._qs.value(self._key(key), default)
        if isinstance(raw, str):
            return raw.lower() in ("1", "true", "yes")
        return bool(raw)

    def bytes_value(self, key: str) -> QByteArray | None:
        raw = self._qs.value(self._key(key))
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_value(self, key: str, value: Any) -> None:
        """Store a preference; raises :class:`SecretInSettings` if it holds a known secret."""
        from twauth_gui.core import redact

        if isinstance(value, QByteArray):
            text = bytes(value.data()).decode("latin-1")
        else:
            text = str(value)
        if redact.scrub(text) != text or redact.scrub(key) != key:
            raise SecretInSettings("refusing to store a secret in the settings file")
        self._qs.setValue(self._key(key), value)

    def remove(self, key: str) -> None:
        self._qs.remove(self._key(key))

    def sync(self) -> None:
        self._qs.sync()


class AppContext(QObject):
    """Shared collaborators for the GUI; see the module docstring."""

    def __init__(
        self,
        *,
        endpoints: Endpoints | None = None,
        sandbox: Any = None,
        clipboard: SecretClipboard | None = None,
        settings: Settings | None = None,
        data_dir: Path | None = None,
        vault_factory: Callable[[], Vault] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sandbox = sandbox
        # Endpoints and clipboard are made on first use: the first window does not need
        # them, and importing their modules is start-up time (see docs/PERFORMANCE.md).
        self._endpoints: Endpoints | None = endpoints
        self.settings: Settings = settings or Settings()
        self._clipboard: SecretClipboard | None = clipboard
        self._data_dir = data_dir
        self._vault_factory = vault_factory
        self._vault: Vault | None = None
        self._vault_lock = threading.Lock()

    @property
    def endpoints(self) -> Endpoints:
        """X's base URLs (the sandbox's in sandbox mode; else from the environment)."""
        if self._endpoints is None:
            if self.sandbox is not None:
                self._endpoints = self.sandbox.endpoints
            else:
                from twauth_gui.core.endpoints import Endpoints

                self._endpoints = Endpoints.from_env()
        return self._endpoints

    @property
    def clipboard(self) -> SecretClipboard:
        """The secret-aware clipboard (made on first use; GUI thread only)."""
        if self._clipboard is None:
            from twauth_gui.ui.clipboard import DEFAULT_DELAY, SecretClipboard

            delay = self.settings.int_value("clipboard/clear_seconds", DEFAULT_DELAY)
            self._clipboard = SecretClipboard(delay, parent=self)
        return self._clipboard

    @property
    def is_sandbox(self) -> bool:
        """True when talking to the embedded sandbox (shows the badge, separate storage)."""
        return self.sandbox is not None

    @property
    def data_dir(self) -> Path | None:
        """Where the vault keeps its index; the sandbox gets a ``sandbox`` sub-folder."""
        base = self._data_dir
        if base is None and self.is_sandbox:
            env = os.environ.get("TWAUTH_DATA_DIR")
            if env:
                base = Path(env)
            else:
                from platformdirs import user_data_dir

                base = Path(user_data_dir(APPLICATION, appauthor=False))
        if base is not None and self.is_sandbox and base.name != "sandbox":
            return base / "sandbox"
        return base

    def demo_app(self, name: str = "confidential") -> Any:
        """The sandbox's demo app (keys to prefill) or None outside sandbox mode."""
        if self.sandbox is None:
            return None
        try:
            return self.sandbox.app(name)
        except Exception:  # unknown demo app name
            return None

    def vault(self) -> Vault:
        """The vault, opened on first use. Blocking (keyring, disk): call it in a worker."""
        with self._vault_lock:
            if self._vault is None:
                self._vault = self._open_vault()
            return self._vault

    def use_store(self, kind: str, passphrase: str | None = None) -> Vault:
        """Switch to another secret store ("file" with a passphrase, or "memory") and remember
        the choice (not for "memory"). Blocking: call it in a worker."""
        from twauth_gui.core import secretstore
        from twauth_gui.core.paths import data_dir as default_data_dir
        from twauth_gui.core.vault import Vault

        directory = self.data_dir or default_data_dir()
        store = secretstore.select_store(kind, data_dir=directory, passphrase=passphrase)
        with self._vault_lock:
            self._vault = _open_vault_with(Vault, directory, store, self.is_sandbox)
            if kind != "memory":
                secretstore.save_store_choice(kind, directory)
            return self._vault

    def vault_if_open(self) -> Vault | None:
        """The vault if already opened (safe on the GUI thread), else None."""
        return self._vault

    def _open_vault(self) -> Vault:
        if self._vault_factory is not None:
            return self._vault_factory()
        from twauth_gui.core.vault import Vault

        return _open_vault_with(Vault, self.data_dir, None, self.is_sandbox)


def _open_vault_with(vault_cls: Any, data_dir: Path | None, store: Any, sandbox: bool) -> Vault:
    """Open a vault; the sandbox gets its own folder and, when supported, keyring service."""
    import inspect

    kwargs: dict[str, Any] = {}
    if store is not None:
        kwargs["store"] = store
    if sandbox:
        params = inspect.signature(vault_cls.open).parameters
        if "service" in params:
            kwargs["service"] = SANDBOX_SERVICE
        elif "sandbox" in params:
            kwargs["sandbox"] = True
    vault: Vault = vault_cls.open(data_dir, **kwargs)
    return vault
