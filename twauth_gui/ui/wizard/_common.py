"""Shared bits of the wizard pages: the base page, translated flow messages, status labels."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from twauth_gui.core.flow import FieldCheck, FlowData, Level, Msg
from twauth_gui.ui import theme
from twauth_gui.ui.widgets import Badge

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext
    from twauth_gui.ui.wizard import TokenWizard

FLOW_CONTEXT = "twauth_gui.core.flow"


def tmsg(msg: Msg) -> str:
    """Translate a core.flow message template and its text arguments, then format it.

    Arguments that are not in the catalogue (names, addresses, numbers) stay as they are.
    """
    if not msg.template:
        return ""
    template = QCoreApplication.translate(FLOW_CONTEXT, msg.template)
    args = {k: QCoreApplication.translate(FLOW_CONTEXT, v) if v else v for k, v in msg.args}
    return template.format(**args) if args else template


def ttext(text: str) -> str:
    """Translate a plain core.flow text (method titles, field labels, portal paths)."""
    return QCoreApplication.translate(FLOW_CONTEXT, text) if text else ""


class WizardPage(QWizardPage):
    """Base page: access to the wizard's data and context, the sandbox badge, task cleanup."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._handles: list[Any] = []
        self.outer = QVBoxLayout(self)
        self.outer.setSpacing(10)
        if ctx.is_sandbox:
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            note = QLabel(self.tr("Demo keys, demo account — nothing here touches the real X."))
            note.setWordWrap(True)
            set_muted(note)
            row.addWidget(note, 1)
            self.badge = Badge(self.tr("Sandbox"), "sandbox", self)
            self.badge.setAccessibleName(self.tr("Sandbox mode"))
            self.badge.setToolTip(
                self.tr("Sandbox mode: a local stand-in for X. Tokens made here only work "
                        "in the sandbox.")
            )
            row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.outer.addLayout(row)

    # helpers -----------------------------------------------------------------------
    def twizard(self) -> TokenWizard:
        wiz = self.wizard()
        assert wiz is not None
        return wiz  # type: ignore[return-value]

    @property
    def data(self) -> FlowData:
        return self.twizard().data

    def track(self, handle: Any) -> Any:
        """Remember a TaskHandle so that leaving the page or closing the wizard cancels it."""
        self._handles = [h for h in self._handles if h.running]
        self._handles.append(handle)
        return handle

    def cancel_tasks(self) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles = []

    def shutdown(self) -> None:
        """The wizard is closing: cancel everything still running."""
        self.cancel_tasks()

    def go_next_later(self) -> None:
        """Advance to the next page once the current event is done."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self._go_next)

    def _go_next(self) -> None:
        wiz = self.wizard()
        if wiz is not None and wiz.currentPage() is self:
            wiz.next()


def bold_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small secondary-text label (wrapping)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
    label.setFont(font)
    set_muted(label)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def muted_color(palette: QPalette) -> QColor:
    """Secondary text: the text colour blended towards the background (readable contrast)."""
    fg = palette.color(QPalette.ColorRole.WindowText)
    bg = palette.color(QPalette.ColorRole.Window)
    mix = 0.68
    return QColor(
        round(fg.red() * mix + bg.red() * (1 - mix)),
        round(fg.green() * mix + bg.green() * (1 - mix)),
        round(fg.blue() * mix + bg.blue() * (1 - mix)),
    )


def set_muted(label: QLabel) -> None:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, muted_color(pal))
    label.setPalette(pal)


class StatusLabel(QWidget):
    """An icon and a short message under a field: ok / warning / error, hidden when empty."""

    _ICONS: ClassVar[dict[Level, str]] = {
        Level.OK: "success", Level.WARNING: "warning", Level.ERROR: "error"
    }
    _KINDS: ClassVar[dict[Level, str]] = {
        Level.OK: "ok", Level.WARNING: "warning", Level.ERROR: "error"
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.icon = QLabel(self)
        self.icon.setFixedSize(16, 16)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.level = Level.EMPTY
        self.hide()

    def show_check(self, check: FieldCheck) -> None:
        self.set_status(check.level, tmsg(check.message))

    def set_status(self, level: Level, text: str) -> None:
        self.level = level
        if not text or level == Level.EMPTY:
            if level == Level.EMPTY and text:
                self._paint(Level.WARNING, text, icon=False)
                return
            self.text.clear()
            self.hide()
            return
        self._paint(level, text)

    def _paint(self, level: Level, text: str, icon: bool = True) -> None:
        color = theme.status_color(self._KINDS.get(level, "info"), self.palette())
        self.text.setText(text)
        pal = self.text.palette()
        if pal.color(self.text.foregroundRole()) != color:
            pal.setColor(self.text.foregroundRole(), color)
            self.text.setPalette(pal)
        if icon:
            ic = theme.icon(self._ICONS.get(level, "info"))
            self.icon.setPixmap(ic.pixmap(16, 16))
            self.icon.show()
        else:
            self.icon.clear()
        self.setAccessibleName(text)
        self.show()


def wizard_button_text(wizard: QWizard, which: QWizard.WizardButton) -> str:
    button = wizard.button(which)
    return button.text() if button is not None else ""
