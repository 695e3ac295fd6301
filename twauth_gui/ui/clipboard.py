"""Copy secrets to the clipboard politely: marked sensitive, cleared after a delay and on quit.

:class:`SecretClipboard` puts the text together with the hints clipboard managers honour
(KDE's ``x-kde-passwordManagerHint: secret``; on Windows
``ExcludeClipboardContentFromMonitorProcessing``,
``CanIncludeInClipboardHistory=0`` and ``CanUploadToCloudClipboard=0``). After
``delay`` seconds (30 by default) the clipboard is cleared, but only if it still holds
what we put there: a user who copied something else meanwhile keeps it. Only a hash of
the copied text is kept for that comparison. :class:`ClipboardNotice` is the status-bar
label showing "Copied API secret — clears in 27 s".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget

DEFAULT_DELAY = 30
KDE_HINT = "x-kde-passwordManagerHint"
_WIN = "application/x-qt-windows-mime;value="
WINDOWS_EXCLUDE = _WIN + '"ExcludeClipboardContentFromMonitorProcessing"'
WINDOWS_HISTORY = _WIN + '"CanIncludeInClipboardHistory"'
WINDOWS_CLOUD = _WIN + '"CanUploadToCloudClipboard"'
DWORD_ZERO = b"\x00\x00\x00\x00"
DWORD_ONE = b"\x01\x00\x00\x00"


def secret_mime_data(text: str, *, windows: bool | None = None) -> QMimeData:
    """A QMimeData with ``text`` marked as a secret for clipboard managers and history."""
    if windows is None:
        windows = sys.platform == "win32"
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    if windows:
        # Native formats are reached through Qt's windows-mime prefix.
        mime.setData(WINDOWS_EXCLUDE, DWORD_ONE)
        mime.setData(WINDOWS_HISTORY, DWORD_ZERO)
        mime.setData(WINDOWS_CLOUD, DWORD_ZERO)
    return mime


def _digest(text: str) -> bytes:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).digest()


class SecretClipboard(QObject):
    """Sensitive copies with a visible countdown; see the module docstring."""

    #: label (e.g. "API secret"), seconds left before clearing
    countdown = Signal(str, int)
    #: emitted when we cleared the clipboard (True) or gave up because it changed (False)
    finished = Signal(bool)

    def __init__(
        self,
        delay: int = DEFAULT_DELAY,
        *,
        clipboard: QClipboard | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._delay = max(1, int(delay))
        self._digest: bytes | None = None
        self._label = ""
        self._left = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    # configuration ---------------------------------------------------------------
    @property
    def delay(self) -> int:
        """Seconds before a copied secret is cleared."""
        return self._delay

    def set_delay(self, seconds: int) -> None:
        self._delay = max(1, int(seconds))

    @property
    def pending(self) -> bool:
        """True while a copied secret is waiting to be cleared."""
        return self._digest is not None

    @property
    def seconds_left(self) -> int:
        return self._left if self.pending else 0

    @property
    def label(self) -> str:
        return self._label

    def _board(self) -> QClipboard:
        return self._clipboard if self._clipboard is not None else QGuiApplication.clipboard()

    # actions ------------------------------------------------------------------------
    def copy(self, text: str, label: str) -> None:
        """Copy ``text`` marked as a secret; clear it after :attr:`delay` seconds if still ours."""
        self._board().setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
        self._digest = _digest(text)
        self._label = label
        self._left = self._delay
        self._timer.start()
        self.countdown.emit(label, self._left)

    def holds_ours(self) -> bool:
        """True if the clipboard still contains the text we copied last."""
        if self._digest is None:
            return False
        import hmac

        current = self._board().text(QClipboard.Mode.Clipboard)
        return hmac.compare_digest(_digest(current), self._digest)

    def clear_now(self) -> bool:
        """Clear at once if the clipboard still holds our text; True if it was cleared."""
        if self._digest is None:
            return False
        ours = self.holds_ours()
        if ours:
            self._board().clear(QClipboard.Mode.Clipboard)
        self._digest = None
        self._left = 0
        self._timer.stop()
        self.finished.emit(ours)
        return ours

    def _tick(self) -> None:
        if self._digest is None:
            self._timer.stop()
            return
        if not self.holds_ours():
            # the user copied something else: leave it alone and stop counting
            self._digest = None
            self._left = 0
            self._timer.stop()
            self.finished.emit(False)
            return
        self._left -= 1
        if self._left <= 0:
            self.clear_now()
        else:
            self.countdown.emit(self._label, self._left)


class ClipboardNotice(QLabel):
    """Status-bar label: "Copied API secret — clears in 27 s", then "Clipboard cleared"."""

    def __init__(self, clipboard: SecretClipboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Clipboard status"))
        self.setToolTip(
            self.tr("Copied secrets are removed from the clipboard after a short time.")
        )
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(4000)
        self._hide_timer.timeout.connect(self._fade)
        clipboard.countdown.connect(self._on_countdown)
        clipboard.finished.connect(self._on_finished)
        self.hide()

    def _on_countdown(self, label: str, seconds: int) -> None:
        self._hide_timer.stop()
        self.setText(
            self.tr("Copied {label} — clears in {seconds} s").format(label=label, seconds=seconds)
        )
        self.show()

    def _on_finished(self, cleared: bool) -> None:
        if cleared:
            self.setText(self.tr("Clipboard cleared"))
            self.show()
            self._hide_timer.start()
        else:
            self._fade()

    def _fade(self) -> None:
        self.clear()
        self.hide()
