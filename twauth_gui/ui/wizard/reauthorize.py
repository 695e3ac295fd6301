""""Authorize again": the page that reads a saved credential's app keys before the setup check.

``TokenWizard(ctx, parent, reauthorize=name)`` starts here. A worker reads the credential and
its secrets from the vault (:func:`flows.load_reauthorize`); the wizard then restarts at the
setup check with everything prefilled (keys, callback URL, scopes, name), so the person only
confirms and signs in again. If the keys cannot be read, the error is shown here with a way
to start from the beginning instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from twauth_gui.core.flow import FlowData
from twauth_gui.ui import theme
from twauth_gui.ui.tasks import run_task
from twauth_gui.ui.widgets import BusyIndicator, InlineMessage
from twauth_gui.ui.wizard import flows
from twauth_gui.ui.wizard._common import WizardPage, hint_label

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext


class ReauthorizePage(WizardPage):
    """Reads the saved credential (worker, busy state); emits ``loaded(FlowData)``."""

    loaded = Signal(object)
    startOverRequested = Signal()

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.name = name
        self.setTitle(self.tr("Authorize “{name}” again").format(name=name))
        self.setSubTitle(
            self.tr("The app's keys, permissions and callback URL are reused; you only sign "
                    "in again.")
        )
        self.explain = hint_label(
            self.tr("X no longer accepts this sign-in. Signing in again replaces its tokens; "
                    "the name stays the same and files kept up to date stay linked and are "
                    "rewritten with the new tokens."),
            self,
        )
        self.outer.addWidget(self.explain)
        self.busy = BusyIndicator(self)
        self.busy.cancelRequested.connect(self._cancelled)
        self.outer.addWidget(self.busy)
        self.message = InlineMessage(self)
        self.outer.addWidget(self.message)
        row = QHBoxLayout()
        self.start_over_button = QPushButton(
            theme.icon("add"), self.tr("&Start from the beginning"), self
        )
        self.start_over_button.setAccessibleName(self.tr("Start the wizard from the beginning"))
        self.start_over_button.setToolTip(
            self.tr("Enter the app's keys yourself and get new tokens")
        )
        self.start_over_button.clicked.connect(self.startOverRequested)
        self.start_over_button.hide()
        row.addWidget(self.start_over_button)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.outer.addStretch(1)
        self._handle: Any = None

    def initializePage(self) -> None:
        self.load()

    def load(self) -> None:
        """Read the credential's keys and settings in a worker."""
        if self._handle is not None:
            return
        ctx, name = self.ctx, self.name
        self.message.clear()
        self.start_over_button.hide()
        self._handle = self.track(
            run_task(
                lambda token: flows.load_reauthorize(ctx, name, token),
                self._loaded,
                self._failed,
                owner=self,
            )
        )
        self.busy.start(self.tr("Reading the saved app keys…"), self._handle)

    def _loaded(self, data: FlowData) -> None:
        self._handle = None
        self.busy.stop()
        self.loaded.emit(data)

    def _failed(self, exc: BaseException) -> None:
        self._handle = None
        self.busy.stop()
        self.message.show_error(exc)
        self.start_over_button.show()

    def _cancelled(self) -> None:
        self._handle = None
        self.start_over_button.show()

    def isComplete(self) -> bool:
        return False
