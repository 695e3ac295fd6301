"""GUI fixtures: pytest-qt offscreen; any Qt warning or critical message fails the test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

# Platform-plugin chatter that says nothing about our code (offscreen has no window manager).
_BENIGN = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
    "QFont::fromString",
)


class QtMessages:
    """Collected Qt warnings/criticals; ``expect(substring)`` whitelists one for a test."""

    def __init__(self) -> None:
        self.records: list[tuple[QtMsgType, str]] = []
        self.expected: list[str] = []

    def expect(self, substring: str) -> None:
        self.expected.append(substring)

    def bad(self) -> list[str]:
        out = []
        for kind, text in self.records:
            if kind not in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
                continue
            if any(b in text for b in _BENIGN) or any(e in text for e in self.expected):
                continue
            out.append(text)
        return out


@pytest.fixture(autouse=True)
def qt_messages(qapp: Any) -> Iterator[QtMessages]:
    """Fails the test on any QtWarningMsg/QtCriticalMsg emitted while it ran."""
    messages = QtMessages()

    def handler(kind: QtMsgType, context: Any, text: str) -> None:
        messages.records.append((kind, text))

    previous = qInstallMessageHandler(handler)
    try:
        yield messages
    finally:
        from twauth_gui.ui import tasks

        tasks.shutdown(5000)
        qapp.processEvents()
        qInstallMessageHandler(previous)
    bad = messages.bad()
    if bad:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(bad))


@pytest.fixture(autouse=True)
def _close_windows(qapp: Any) -> Iterator[None]:
    # As in the app (ui/gc_guard.py): no automatic garbage collection while Qt objects
    # live, so that a worker or sandbox thread never destroys them; collect here instead.
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        qapp.processEvents()
        gc.collect()
    finally:
        if was_enabled:
            gc.enable()


@pytest.fixture
def memory_vault(tmp_path: Any) -> Any:
    """A real Vault on a MemoryStore (no Secret Service needed), index in a temp dir."""
    from twauth_gui.core.secretstore import MemoryStore
    from twauth_gui.core.vault import Vault

    return Vault.open(tmp_path / "vault", store=MemoryStore())


@pytest.fixture
def ctx(memory_vault: Any, tmp_path: Any) -> Iterator[Any]:
    """An AppContext on the memory vault with its own settings file."""
    from twauth_gui.core.endpoints import Endpoints
    from twauth_gui.ui.context import AppContext, Settings

    context = AppContext(
        endpoints=Endpoints.from_env(),
        settings=Settings(tmp_path / "gui.ini"),
        vault_factory=lambda: memory_vault,
    )
    yield context
    context.clipboard.clear_now()
    context.deleteLater()


@pytest.fixture
def make_cred(memory_vault: Any) -> Any:
    """``make_cred(name, **meta)`` saves a credential in the memory vault; returns its secrets."""

    def make(name: str = "bot", **meta: Any) -> dict[str, str]:
        return make_credential(memory_vault, name, **meta)

    return make


def make_credential(vault: Any, name: str = "bot", **meta: Any) -> dict[str, str]:
    """Save an OAuth 2.0 credential with realistic values; returns its secrets."""
    import time

    from twauth_gui.core.models import Method
    from twauth_gui.core.vault import Credential

    method = meta.pop("method", Method.OAUTH2)
    secrets = meta.pop(
        "secrets",
        {
            "client_id": "Q2xpZW50SWQxMjM0NTY3ODkwOmNp",
            "client_secret": "cs-" + "S" * 40 + name,
            "access_token": "at-" + "A" * 60 + name,
            "refresh_token": "rt-" + "R" * 60 + name,
        },
    )
    defaults: dict[str, Any] = {
        "app": "My Bot App",
        "method": method,
        "user_id": "1234567890",
        "username": "twauth_demo",
        "display_name": "Twauth Demo",
        "scopes": ("tweet.read", "users.read", "offline.access"),
        "redirect_uri": "http://127.0.0.1:8765/callback",
        "expires_at": time.time() + 4320,
    }
    defaults.update(meta)
    vault.save(Credential(name=name, **defaults), secrets)
    from twauth_gui.core import redact

    redact.remember(*secrets.values())
    return secrets
