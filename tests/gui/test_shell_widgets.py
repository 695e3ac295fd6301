"""Shared widgets: SecretField masking/reveal/copy, InlineMessage, BusyIndicator, Badge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from twauth_gui.core.errors import UserFacingError
from twauth_gui.ui import crash
from twauth_gui.ui.clipboard import KDE_HINT, SecretClipboard
from twauth_gui.ui.tasks import run_task
from twauth_gui.ui.widgets import Badge, BusyIndicator, InlineMessage, SecretField

VALUE = "AAAAAAAAAAAAAAAAAAAAA-bearer-secret-value"


def test_secret_field_masked_then_revealed_and_copied(qtbot):
    clip = SecretClipboard(30)
    field = SecretField("Bearer token", VALUE, clipboard=clip)
    qtbot.addWidget(field)
    field.show()
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not field.isRevealed()
    qtbot.mouseClick(field.reveal_button, Qt.MouseButton.LeftButton)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.reveal_button.accessibleName() == "Hide Bearer token"
    qtbot.mouseClick(field.reveal_button, Qt.MouseButton.LeftButton)
    assert not field.isRevealed()
    with qtbot.waitSignal(field.copied):
        qtbot.mouseClick(field.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == VALUE
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    assert clip.pending and clip.label == "Bearer token"
    clip.clear_now()


def test_secret_field_keyboard_reachable(qtbot):
    field = SecretField("API key", "abc", secret=False)
    qtbot.addWidget(field)
    for w in (field.line_edit, field.copy_button):
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert w.accessibleName()
    assert field.isRevealed()
    assert not field.reveal_button.isVisibleTo(field)


def test_editable_secret_field_forwards_text(qtbot):
    field = SecretField("API key secret", editable=True, placeholder="paste here")
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.textChanged) as blocker:
        qtbot.keyClicks(field.line_edit, "xyz")
    assert field.value() == "xyz"
    assert blocker.args == ["x"]


def test_inline_message_user_facing_and_unexpected(qtbot):
    msg = InlineMessage()
    qtbot.addWidget(msg)
    msg.show_error(UserFacingError("X refused the callback URL.", "Add it in the portal."))
    assert msg.isVisibleTo(msg.parentWidget() or msg) or not msg.isHidden()
    assert msg.message() == "X refused the callback URL."
    assert msg.hint() == "Add it in the portal."
    before = len(crash.open_dialogs())
    msg.show_error(KeyError("internal"))
    assert "Something went wrong" in msg.message()
    assert len(crash.open_dialogs()) == before + 1
    crash.open_dialogs()[-1].close()
    msg.clear()
    assert msg.isHidden()


def test_busy_indicator_cancel_cancels_handle(qtbot):
    import threading

    busy = BusyIndicator()
    qtbot.addWidget(busy)
    gate = threading.Event()
    handle = run_task(lambda t: gate.wait(5), lambda v: None, owner=busy)
    busy.start("Waiting for the browser…", handle)
    assert busy.spinner.spinning
    with qtbot.waitSignal(busy.cancelRequested):
        qtbot.mouseClick(busy.cancel_button, Qt.MouseButton.LeftButton)
    assert handle.cancelled
    assert busy.isHidden()
    gate.set()


def test_badge_kinds(qtbot):
    badge = Badge("Sandbox", "sandbox")
    qtbot.addWidget(badge)
    badge.setKind("error")
    assert badge.kind == "error"
    assert "Badge" in badge.styleSheet()
