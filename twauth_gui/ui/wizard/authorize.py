"""Authorize page: receiver first, then the browser; wait with Cancel, PIN, or paste the address.

Order matters: the loopback receiver is bound in a worker (:func:`flows.begin`) and only
then is the browser opened, so a taken port is reported before X's page appears. The wait
runs in another worker; Cancel cancels its task, which calls ``rx.cancel()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from twauth_gui.core import flow
from twauth_gui.core.errors import ErrorKind, UserFacingError
from twauth_gui.core.flow import Level, OAuth1Mode, WizardMethod
from twauth_gui.core.models import OAuth1Tokens, OAuth2Tokens
from twauth_gui.ui import theme
from twauth_gui.ui.tasks import run_task
from twauth_gui.ui.widgets import BusyIndicator, InlineMessage
from twauth_gui.ui.wizard import flows
from twauth_gui.ui.wizard._common import StatusLabel, WizardPage, bold_label, hint_label

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext


class AuthorizePage(WizardPage):
    """Runs the browser step; advances by itself once the tokens are in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.started: flows.Started | None = None
        self._wait: Any = None
        self._exchange: Any = None
        self._busy_with: Any = None

        # Leaving this page means the tokens were issued: no way back (QWizard commit page).
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Continue"))
        self.instructions = QLabel(self)
        self.instructions.setWordWrap(True)

        self.busy = BusyIndicator(self)
        self.busy.cancel_button.setText(self.tr("&Stop waiting"))
        self.busy.cancel_button.setToolTip(
            self.tr("Stop waiting for the browser; nothing is saved")
        )
        self.busy.cancelRequested.connect(self._cancelled)
        font = self.busy.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.busy.label.setFont(font)
        self.outer.addWidget(self.busy)

        self.outer.addWidget(self.instructions)
        links = QHBoxLayout()
        self.open_button = QPushButton(theme.icon("browser"), self.tr("&Open again"), self)
        self.open_button.setAccessibleName(self.tr("Open the authorization page again"))
        self.open_button.setToolTip(self.tr("Open X's authorization page in your browser again"))
        self.open_button.clicked.connect(self.open_again)
        links.addWidget(self.open_button)
        self.copy_button = QPushButton(theme.icon("link"), self.tr("Copy &link"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the authorization link"))
        self.copy_button.setToolTip(
            self.tr("Copy the link to open it in another browser or browser profile — for "
                    "example when this browser is signed in to the wrong account")
        )
        self.copy_button.clicked.connect(self.copy_link)
        links.addWidget(self.copy_button)
        links.addStretch(1)
        self.retry_button = QPushButton(theme.icon("refresh"), self.tr("&Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Start the authorization again"))
        self.retry_button.setToolTip(self.tr("Start again with a new authorization link"))
        self.retry_button.clicked.connect(self.restart)
        self.retry_button.hide()
        links.addWidget(self.retry_button)
        self.outer.addLayout(links)

        # OAuth 1.0a PIN
        self.pin_box = QGroupBox(self.tr("PIN"), self)
        pl = QVBoxLayout(self.pin_box)
        pl.addWidget(hint_label(self.tr("After you click “Authorize app”, X shows a PIN. Type "
                                        "it here, then press Next."), self.pin_box))
        self.pin_edit = QLineEdit(self.pin_box)
        self.pin_edit.setPlaceholderText("1234567")
        self.pin_edit.setMaxLength(12)
        self.pin_edit.setAccessibleName(self.tr("PIN shown by X"))
        self.pin_edit.setToolTip(self.tr("The number X shows after you authorize the app"))
        self.pin_edit.textChanged.connect(self._pin_changed)
        font = self.pin_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 2.0)
        self.pin_edit.setFont(font)
        pl.addWidget(self.pin_edit)
        self.pin_status = StatusLabel(self.pin_box)
        pl.addWidget(self.pin_status)
        self.outer.addWidget(self.pin_box)

        # Paste-the-address fallback
        self.fallback_toggle = QToolButton(self)
        self.fallback_toggle.setText(self.tr("The browser did not come back?"))
        self.fallback_toggle.setCheckable(True)
        self.fallback_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.fallback_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.fallback_toggle.setAutoRaise(True)
        self.fallback_toggle.setAccessibleName(self.tr("Show the paste-the-address fallback"))
        self.fallback_toggle.setToolTip(
            self.tr("Paste the address your browser ended on, if it did not return here")
        )
        self.fallback_toggle.toggled.connect(self._toggle_fallback)
        self.outer.addWidget(self.fallback_toggle)
        self.fallback = QFrame(self)
        fl = QVBoxLayout(self.fallback)
        fl.setContentsMargins(18, 0, 0, 0)
        fl.addWidget(bold_label(self.tr("Paste the address you landed on"), self.fallback))
        fl.addWidget(hint_label(
            self.tr("After clicking Authorize, copy the whole address from the browser's "
                    "address bar (it starts with the callback URL) and paste it here."),
            self.fallback))
        row = QHBoxLayout()
        self.address_edit = QLineEdit(self.fallback)
        self.address_edit.setPlaceholderText("http://127.0.0.1:8765/callback?…")
        self.address_edit.setAccessibleName(self.tr("Address you landed on"))
        self.address_edit.setToolTip(self.tr("The full address from the browser's address bar"))
        self.address_edit.returnPressed.connect(self.use_address)
        row.addWidget(self.address_edit, 1)
        self.address_button = QPushButton(self.tr("&Use this address"), self.fallback)
        self.address_button.setAccessibleName(self.tr("Use the pasted address"))
        self.address_button.setToolTip(self.tr("Finish the sign-in with the pasted address"))
        self.address_button.clicked.connect(self.use_address)
        row.addWidget(self.address_button)
        fl.addLayout(row)
        self.fallback.hide()
        self.outer.addWidget(self.fallback)

        self.message = InlineMessage(self)
        self.outer.addWidget(self.message)
        self.outer.addStretch(1)

    # helpers -------------------------------------------------------------------------
    @property
    def pin_mode(self) -> bool:
        d = self.data
        return d.method == WizardMethod.OAUTH1 and d.oauth1_mode == OAuth1Mode.PIN

    @property
    def waiting(self) -> bool:
        return self._wait is not None and self._wait.running

    def _toggle_fallback(self, on: bool) -> None:
        self.fallback.setVisible(on)
        self.fallback_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        if on:
            self.address_edit.setFocus()

    def _set_links_enabled(self, on: bool) -> None:
        self.open_button.setEnabled(on)
        self.copy_button.setEnabled(on)
        self.address_edit.setEnabled(on)
        self.address_button.setEnabled(on)
        self.pin_edit.setEnabled(on)

    # lifecycle -----------------------------------------------------------------------
    def initializePage(self) -> None:
        pin = self.pin_mode
        self.setTitle(self.tr("Authorize in your browser"))
        if pin:
            self.setSubTitle(self.tr("Sign in to X in the browser, click “Authorize app”, "
                                     "then type the PIN X shows."))
        else:
            self.setSubTitle(self.tr("Sign in to X in the browser and click “Authorize app”. "
                                     "twauth-gui continues by itself."))
        self.instructions.setText(
            self.tr("Make sure the browser is signed in to the X account the tokens are for. "
                    "If it is signed in to another account, use “Copy link” and open the link "
                    "in a private window or another browser profile.")
        )
        self.pin_box.setVisible(pin)
        self.fallback_toggle.setVisible(not pin)
        self.fallback_toggle.setChecked(False)
        self.pin_edit.clear()
        self.address_edit.clear()
        self.address_edit.setPlaceholderText(self.data.redirect_uri + "?…")
        self.restart()

    def cleanupPage(self) -> None:
        self._stop()
        self.data.clear_results()

    def shutdown(self) -> None:
        self._stop()
        super().shutdown()

    def _stop(self) -> None:
        for h in (self._wait, self._exchange, self._busy_with):
            if h is not None:
                h.cancel()
        self._wait = self._exchange = self._busy_with = None
        self.cancel_tasks()
        self._close_started()
        self.started = None
        self.busy.stop()

    def _close_started(self) -> None:
        """Release the receiver's port in a worker (closing may wait for a page to flush)."""
        started = self.started
        if started is not None and started.receiver is not None:
            run_task(lambda token: started.close(), lambda _r: None, lambda _e: None, owner=self)

    def restart(self) -> None:
        """Start (again): new flow, bind the receiver, then open the browser."""
        self._stop()
        self.data.clear_results()
        self.message.clear()
        self.retry_button.hide()
        self._set_links_enabled(False)
        snap = flows.snapshot(self.data)
        endpoints = self.ctx.endpoints
        timeout = self.twizard().callback_timeout
        http = self.twizard().http
        self._busy_with = self.track(
            run_task(
                lambda token: flows.begin(snap, endpoints, timeout, token, http),
                self._started,
                self._failed,
                owner=self,
            )
        )
        self.busy.start(self.tr("Preparing the authorization…"), self._busy_with)
        self.completeChanged.emit()

    def _started(self, started: flows.Started) -> None:
        self._busy_with = None
        self.started = started
        self._set_links_enabled(True)
        self._open_browser()
        if started.receiver is not None:
            http = self.twizard().http
            self._wait = self.track(
                run_task(
                    lambda token: flows.wait_for_callback(started, token, http),
                    self._got_tokens,
                    self._failed,
                    owner=self,
                )
            )
            self.busy.start(self.tr("Waiting for you to authorize the app in your browser…"),
                            self._wait)
        else:
            self.busy.stop()
            self.pin_edit.setFocus()
        self.completeChanged.emit()

    def _open_browser(self) -> None:
        started = self.started
        if started is None:
            return
        url = started.authorize_url
        self.track(run_task(lambda token: flows.open_browser(url, token), self._browser_opened,
                            lambda exc: self._browser_opened(False), owner=self))

    def _browser_opened(self, ok: bool) -> None:
        if not ok:
            self.message.show_message(
                self.tr("No web browser could be opened."),
                self.tr("Press “Copy link” and open the link in a browser yourself."),
                "warning",
            )

    def open_again(self) -> None:
        self._open_browser()

    def copy_link(self) -> None:
        if self.started is None:
            return
        QGuiApplication.clipboard().setText(self.started.authorize_url)
        self.copy_button.setText(self.tr("Copied"))
        button = self.copy_button
        QTimer.singleShot(1500, button, lambda: button.setText(self.tr("Copy &link")))

    # outcomes ------------------------------------------------------------------------
    def _got_tokens(self, tokens: Any) -> None:
        self._wait = self._exchange = None
        self.busy.stop()
        if isinstance(tokens, OAuth2Tokens):
            self.data.oauth2_tokens = tokens
        elif isinstance(tokens, OAuth1Tokens):
            self.data.oauth1_tokens = tokens
        self._close_started()
        self._set_links_enabled(False)
        self.message.show_message(self.tr("Authorized."), "", "ok")
        self.completeChanged.emit()
        self.go_next_later()

    def _failed(self, exc: BaseException) -> None:
        self._wait = self._exchange = self._busy_with = None
        self.busy.stop()
        if isinstance(exc, UserFacingError) and exc.kind == ErrorKind.INVALID_INPUT:
            # A bad pasted address or PIN: the flow itself is still usable.
            self.message.show_error(exc)
            self.completeChanged.emit()
            return
        self._close_started()
        self._set_links_enabled(False)
        self.message.show_error(exc)
        self.retry_button.show()
        self.retry_button.setFocus()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        """Cancel pressed on the spinner: the task was cancelled (rx.cancel()); say so."""
        self._wait = self._exchange = self._busy_with = None
        self._close_started()
        self.started = None
        self._set_links_enabled(False)
        self.message.show_message(
            self.tr("Authorization cancelled."),
            self.tr("Nothing was saved. Press “Try again” to start over, or Back to change "
                    "the settings."),
            "info",
        )
        self.retry_button.show()
        self.completeChanged.emit()

    # PIN and pasted address ------------------------------------------------------------
    def _pin_changed(self, text: str) -> None:
        self.pin_status.show_check(flow.check_pin(text))
        self.completeChanged.emit()

    def use_address(self) -> None:
        """Finish with the address the user pasted (checked here, exchanged in a worker)."""
        started = self.started
        text = self.address_edit.text()
        if started is None or not text.strip() or self._exchange is not None:
            return
        try:
            result = flows.parse_address(started, text)
        except UserFacingError as exc:
            if exc.kind == ErrorKind.INVALID_INPUT:
                self.message.show_error(exc)  # the receiver keeps waiting
                return
            if self._wait is not None:
                self._wait.cancel()
            self._failed(exc)
            return
        if self._wait is not None:
            # The receiver stops waiting; the pasted address finishes the flow instead.
            self._wait.cancel()
            self._wait = None
        self._close_started()
        self.message.clear()
        http = self.twizard().http
        self._exchange = self.track(
            run_task(
                lambda token: flows.exchange(started, result, http),
                self._got_tokens,
                self._failed,
                owner=self,
            )
        )
        self.busy.start(self.tr("Finishing the sign-in…"), self._exchange)

    def validatePage(self) -> bool:
        if self.data.has_result:
            return True
        if self.pin_mode and self.started is not None and self._exchange is None:
            check = flow.check_pin(self.pin_edit.text())
            if check.level in (Level.EMPTY, Level.ERROR):
                return False
            started = self.started
            pin = self.pin_edit.text()
            http = self.twizard().http
            self.message.clear()
            self._exchange = self.track(
                run_task(
                    lambda token: flows.finish_pin(started, pin, token, http),
                    self._got_tokens,
                    self._failed,
                    owner=self,
                )
            )
            self.busy.start(self.tr("Checking the PIN with X…"), self._exchange)
            self.completeChanged.emit()
        return False

    def isComplete(self) -> bool:
        if self.wizard() is None:
            return False
        if self.data.has_result:
            return True
        if self.pin_mode:
            return (
                self.started is not None
                and self._exchange is None
                and flow.check_pin(self.pin_edit.text()).level in (Level.OK, Level.WARNING)
            )
        return False
