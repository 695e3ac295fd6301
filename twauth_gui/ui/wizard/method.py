"""Method page: how the credentials will be used, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QStyle, QVBoxLayout, QWidget

from twauth_gui.core.flow import METHODS, WizardMethod
from twauth_gui.ui.wizard._common import WizardPage, hint_label, ttext

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext


class MethodPage(WizardPage):
    """One radio button per method, each with a sentence saying when to pick it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("What will the credentials do?"))
        self.setSubTitle(self.tr("Pick how your program will talk to X. If unsure, keep the "
                                 "recommended choice."))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[WizardMethod, QRadioButton] = {}
        for index, info in enumerate(METHODS):
            box = QVBoxLayout()
            box.setSpacing(0)
            button = QRadioButton(ttext(info.title), self)
            button.setAccessibleName(ttext(info.title))
            button.setAccessibleDescription(ttext(info.summary))
            button.setToolTip(ttext(info.summary))
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self.group.addButton(button, index)
            self.buttons[info.method] = button
            box.addWidget(button)
            summary = hint_label(ttext(info.summary), self)
            style = button.style()
            indent = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
            indent += style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
            summary.setContentsMargins(indent, 0, 0, 4)
            summary.setBuddy(button)
            box.addWidget(summary)
            self.outer.addLayout(box)
        self.outer.addStretch(1)
        self.group.idToggled.connect(self._toggled)
        self.buttons[WizardMethod.OAUTH2].setChecked(True)

    def selected(self) -> WizardMethod | None:
        for method, button in self.buttons.items():
            if button.isChecked():
                return method
        return None

    def select(self, method: WizardMethod) -> None:
        self.buttons[method].setChecked(True)

    def initializePage(self) -> None:
        method = self.data.method
        if method is not None:
            self.buttons[method].setChecked(True)

    def _toggled(self, _id: int, checked: bool) -> None:
        if not checked or self.wizard() is None:
            return
        method = self.selected()
        if method != self.data.method:
            self.data.method = method
            self.data.clear_results()
            self.data.preflight_ok_for = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.selected() is not None
