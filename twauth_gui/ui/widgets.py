"""Small shared widgets: SecretField, InlineMessage, BusyIndicator, Spinner, Badge.

``SecretField``: a value (masked by default) with a reveal toggle and a copy button that
goes through :class:`~twauth_gui.ui.clipboard.SecretClipboard`. ``InlineMessage``: the
banner for errors on the page that caused them (message + hint from
:class:`~twauth_gui.core.errors.UserFacingError`; anything else opens the crash
dialog). ``BusyIndicator``: spinner + text + Cancel, optionally bound to a
:class:`~twauth_gui.ui.tasks.TaskHandle`.

The vault window's first paint uses this module, so the ``Qt`` namespace (~15 ms to build
on first access) is imported inside the functions that need it, not at the top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from twauth_gui.ui import theme

if TYPE_CHECKING:
    from twauth_gui.ui.clipboard import SecretClipboard


class SecretField(QWidget):
    """A labelled value with reveal and copy buttons; masked when ``secret`` is True.

    ``editable=True`` makes it an input (the wizard's key fields): ``line_edit`` is the
    QLineEdit to register as a wizard field; ``textChanged`` is forwarded.
    """

    textChanged = Signal(str)
    copied = Signal(str)  # label

    def __init__(
        self,
        label: str,
        value: str = "",
        *,
        clipboard: SecretClipboard | None = None,
        secret: bool = True,
        editable: bool = False,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self._label = label
        self._secret = secret
        self._clipboard = clipboard
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.line_edit = QLineEdit(value, self)
        self.line_edit.setReadOnly(not editable)
        self.line_edit.setAccessibleName(label)
        self.line_edit.setPlaceholderText(placeholder)
        self.line_edit.textChanged.connect(self.textChanged)
        if not editable:
            self.line_edit.setCursorPosition(0)
            self.line_edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.line_edit, 1)

        self.reveal_button = QToolButton(self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAutoRaise(True)
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reveal_button.toggled.connect(self.setRevealed)
        layout.addWidget(self.reveal_button)
        self.reveal_button.setVisible(secret)

        self.copy_button = QToolButton(self)
        self.copy_button.setIcon(theme.icon("copy"))
        self.copy_button.setAutoRaise(True)
        self.copy_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.copy_button.setAccessibleName(self.tr("Copy {label}").format(label=label))
        self.copy_button.setToolTip(
            self.tr("Copy {label} to the clipboard (cleared again after a short time)").format(
                label=label
            )
            if secret
            else self.tr("Copy {label} to the clipboard").format(label=label)
        )
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.copy_button)
        self.setRevealed(False)
        self.setFocusProxy(self.line_edit)

    # API -------------------------------------------------------------------------
    @property
    def label(self) -> str:
        return self._label

    def value(self) -> str:
        return self.line_edit.text()

    def setValue(self, value: str) -> None:
        self.line_edit.setText(value)
        self.line_edit.setCursorPosition(0)

    def isRevealed(self) -> bool:
        return not self._secret or self.line_edit.echoMode() == QLineEdit.EchoMode.Normal

    def setRevealed(self, revealed: bool) -> None:
        """Show or mask the value (only meaningful for secret fields)."""
        if not self._secret:
            self.line_edit.setEchoMode(QLineEdit.EchoMode.Normal)
            return
        self.line_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        )
        if self.reveal_button.isChecked() != revealed:
            self.reveal_button.setChecked(revealed)
        self.reveal_button.setIcon(theme.icon("eye-off" if revealed else "eye"))
        text = (
            self.tr("Hide {label}").format(label=self._label)
            if revealed
            else self.tr("Show {label}").format(label=self._label)
        )
        self.reveal_button.setToolTip(text)
        self.reveal_button.setAccessibleName(text)

    def setClipboard(self, clipboard: SecretClipboard) -> None:
        self._clipboard = clipboard

    def copy(self) -> None:
        """Copy the value: through SecretClipboard for secrets, plainly otherwise."""
        value = self.value()
        if not value:
            return
        if self._clipboard is not None:
            self._clipboard.copy(value, self._label)
        else:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(value)
        self.copied.emit(self._label)


def _rgba(color: QColor) -> str:
    return f"rgba({color.red()},{color.green()},{color.blue()},{color.alpha()})"


def _set_sheet(widget: QWidget, sheet: str) -> None:
    """Set a style sheet once; setStyleSheet itself sends PaletteChange, so guard re-entry."""
    if getattr(widget, "_sheet_busy", False) or getattr(widget, "_sheet", None) == sheet:
        return
    widget._sheet_busy = True  # type: ignore[attr-defined]
    try:
        widget._sheet = sheet  # type: ignore[attr-defined]
        widget.setStyleSheet(sheet)
    finally:
        widget._sheet_busy = False  # type: ignore[attr-defined]


class InlineMessage(QFrame):
    """A banner with an icon, a bold message and a hint; kinds: error, warning, info, ok."""

    _ICONS: ClassVar[dict[str, str]] = {
        "error": "error",
        "warning": "warning",
        "info": "info",
        "ok": "success",
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.setObjectName("InlineMessage")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kind = "info"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(10)
        self._icon = QLabel(self)
        self._icon.setFixedSize(22, 22)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        text_box = QVBoxLayout()
        text_box.setSpacing(2)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.hint_label.setOpenExternalLinks(True)
        text_box.addWidget(self.message_label)
        text_box.addWidget(self.hint_label)
        layout.addLayout(text_box, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.setToolTip(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    @property
    def kind(self) -> str:
        return self._kind

    def message(self) -> str:
        return self.message_label.text()

    def hint(self) -> str:
        return self.hint_label.text()

    def show_message(self, message: str, hint: str = "", kind: str = "error") -> None:
        """Show ``message`` (bold) and ``hint`` below it, styled for ``kind``."""
        self._kind = kind
        self.message_label.setText(message)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self._restyle()
        self.setAccessibleName(message)
        self.setAccessibleDescription(hint)
        self.show()

    def show_error(self, exc: BaseException) -> None:
        """A UserFacingError's message and hint; anything else: generic text + crash dialog."""
        from twauth_gui.core.errors import UserFacingError

        if isinstance(exc, UserFacingError):
            from twauth_gui.ui.i18n import error_texts

            self.show_message(*error_texts(exc), "error")
            return
        self.show_message(
            self.tr("Something went wrong inside twauth-gui."),
            self.tr("A report was prepared; please send it to the developers."),
            "error",
        )
        from twauth_gui.ui.crash import show_crash

        show_crash(type(exc), exc, exc.__traceback__, parent=self.window())

    def clear(self) -> None:
        self.message_label.clear()
        self.hint_label.clear()
        self.hide()

    def _restyle(self) -> None:
        color = theme.status_color(self._kind if self._kind != "ok" else "ok", self.palette())
        bg = QColor(color)
        bg.setAlpha(28)
        _set_sheet(
            self,
            f"#InlineMessage {{ background-color: {_rgba(bg)}; border: 1px solid {color.name()};"
            f" border-left: 4px solid {color.name()}; border-radius: 4px; }}",
        )
        ic = theme.icon(self._ICONS.get(self._kind, "info"))
        self._icon.setPixmap(ic.pixmap(QSize(22, 22), self.devicePixelRatioF()))

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._restyle()
        super().changeEvent(event)


class Spinner(QWidget):
    """An indeterminate spinning arc in the palette's highlight colour."""

    def __init__(self, parent: QWidget | None = None, size: int = 20) -> None:
        super().__init__(parent)
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._advance)
        self.setFixedSize(size, size)
        self.setAccessibleName(self.tr("Working"))

    def start(self) -> None:
        self._timer.start()
        self.show()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def spinning(self) -> bool:
        return self._timer.isActive()

    def _advance(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(2.0, self.width() / 8)
        rect = QRectF(self.rect()).adjusted(width, width, -width, -width)
        track = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        track.setAlpha(40)
        painter.setPen(QPen(track, width))
        painter.drawEllipse(rect)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, -self._angle * 16, 100 * 16)
        painter.end()


class BusyIndicator(QWidget):
    """Spinner + text + Cancel. ``start(text, handle)`` binds Cancel to a TaskHandle."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.spinner = Spinner(self)
        layout.addWidget(self.spinner)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel the running operation"))
        self.cancel_button.setToolTip(self.tr("Stop waiting and cancel this step"))
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.cancel_button)
        self._handle: Any = None
        self.hide()

    @property
    def busy(self) -> bool:
        parent = self.parentWidget()
        return self.isVisibleTo(parent) if parent is not None else self.isVisible()

    def start(self, text: str, handle: Any = None, *, cancellable: bool = True) -> None:
        """Show the spinner with ``text``; Cancel calls ``handle.cancel()`` if given."""
        self._handle = handle
        self.label.setText(text)
        self.cancel_button.setVisible(cancellable)
        self.setAccessibleName(text)
        self.spinner.start()
        self.show()

    def stop(self) -> None:
        self._handle = None
        self.spinner.stop()
        self.hide()

    def _cancel(self) -> None:
        handle = self._handle
        if handle is not None:
            handle.cancel()
        self.cancelRequested.emit()
        self.stop()


class Badge(QLabel):
    """A small rounded pill (e.g. "Sandbox", a status) coloured by ``kind``."""

    def __init__(self, text: str, kind: str = "info", parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt

        super().__init__(text, parent)
        self._kind = kind
        self.setObjectName("Badge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self._restyle()

    def setKind(self, kind: str) -> None:
        self._kind = kind
        self._restyle()

    @property
    def kind(self) -> str:
        return self._kind

    def _restyle(self) -> None:
        color = theme.status_color(self._kind, self.palette())
        bg = QColor(color)
        bg.setAlpha(38)
        _set_sheet(
            self,
            f"#Badge {{ color: {color.name()}; background-color: {_rgba(bg)};"
            f" border: 1px solid {color.name()}; border-radius: 9px; padding: 1px 8px;"
            " font-weight: 600; }",
        )

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
