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
    yield
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    qapp.processEvents()
