"""SecretClipboard: sensitive markers, cleared only when still ours, countdown notice."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from twauth_gui.ui.clipboard import (
    KDE_HINT,
    WINDOWS_CLOUD,
    WINDOWS_EXCLUDE,
    WINDOWS_HISTORY,
    ClipboardNotice,
    SecretClipboard,
    secret_mime_data,
)

SECRET = "s3cr3t-Access-Token-1234567890"


def test_copy_marks_secret_for_clipboard_managers(qtbot):
    board = QGuiApplication.clipboard()
    clip = SecretClipboard(30)
    clip.copy(SECRET, "access token")
    mime = board.mimeData()
    assert mime.text() == SECRET
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    clip.clear_now()


def test_windows_formats_present_on_windows():
    mime = secret_mime_data(SECRET, windows=True)
    assert bytes(mime.data(WINDOWS_HISTORY)) == b"\x00\x00\x00\x00"
    assert bytes(mime.data(WINDOWS_CLOUD)) == b"\x00\x00\x00\x00"
    assert mime.hasFormat(WINDOWS_EXCLUDE)
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    plain = secret_mime_data(SECRET, windows=False)
    assert not plain.hasFormat(WINDOWS_HISTORY)


def test_cleared_after_delay_when_still_ours(qtbot):
    board = QGuiApplication.clipboard()
    clip = SecretClipboard(1)
    ticks: list[tuple[str, int]] = []
    clip.countdown.connect(lambda label, left: ticks.append((label, left)))
    with qtbot.waitSignal(clip.finished, timeout=4000) as blocker:
        clip.copy(SECRET, "API secret")
        assert board.text() == SECRET
    assert blocker.args == [True]
    assert board.text() == ""
    assert ticks[0] == ("API secret", 1)
    assert not clip.pending


def test_not_cleared_when_user_copied_something_else(qtbot):
    board = QGuiApplication.clipboard()
    clip = SecretClipboard(2)
    clip.copy(SECRET, "API secret")
    board.setText("my shopping list")
    with qtbot.waitSignal(clip.finished, timeout=4000) as blocker:
        pass
    assert blocker.args == [False]
    assert board.text() == "my shopping list"
    assert clip.clear_now() is False
    assert board.text() == "my shopping list"


def test_clear_now_on_quit_only_if_ours(qtbot):
    board = QGuiApplication.clipboard()
    clip = SecretClipboard(30)
    clip.copy(SECRET, "token")
    assert clip.clear_now() is True
    assert board.text() == ""
    clip.copy(SECRET, "token")
    board.setText("other")
    assert clip.clear_now() is False
    assert board.text() == "other"


def test_about_to_quit_clears(qtbot, qapp):
    board = QGuiApplication.clipboard()
    clip = SecretClipboard(30)
    clip.copy(SECRET, "token")
    qapp.aboutToQuit.emit()
    assert board.text() == ""


def test_notice_shows_countdown_text(qtbot):
    clip = SecretClipboard(27)
    notice = ClipboardNotice(clip)
    qtbot.addWidget(notice)
    clip.copy(SECRET, "API secret")
    assert notice.text() == "Copied API secret — clears in 27 s"
    assert SECRET not in notice.text()
    clip.clear_now()
    assert notice.text() == "Clipboard cleared"
