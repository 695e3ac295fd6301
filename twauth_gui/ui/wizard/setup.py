"""Setup page: the callback URL to register, permissions, a name, and the core's preflight.

What is shown depends on the method: OAuth 2.0 gets the callback URL and the scope picker;
OAuth 1.0a the choice between the callback URL and a PIN; Basic an optional test address.
Every method gets a name to save under and the preflight (run in a worker with a spinner
and Cancel; re-run automatically after a change), whose result is shown in words.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from twauth_gui.core import flow, scopes
from twauth_gui.core.flow import FieldId, Level, OAuth1Mode, WizardMethod
from twauth_gui.ui import theme
from twauth_gui.ui.tasks import run_task
from twauth_gui.ui.widgets import BusyIndicator, InlineMessage
from twauth_gui.ui.wizard import flows
from twauth_gui.ui.wizard._common import StatusLabel, WizardPage, bold_label, hint_label, tmsg

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext

PREFLIGHT_DELAY_MS = 600


class CallbackBox(QGroupBox):
    """The exact callback URL to register, with host, port and a copy button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Callback URL"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        # OAuth 1.0a: callback or PIN
        self.mode_box = QWidget(self)
        mode_layout = QVBoxLayout(self.mode_box)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        mode_layout.setSpacing(2)
        self.mode_group = QButtonGroup(self)
        self.callback_radio = QRadioButton(
            self.tr("Come back to twauth-gui automatically (needs the callback URL below)"),
            self.mode_box,
        )
        self.pin_radio = QRadioButton(
            self.tr("Type a PIN that X shows instead (no callback URL needed)"), self.mode_box
        )
        for radio, tip in (
            (self.callback_radio, self.tr("X sends your browser back to this computer; "
                                          "nothing to type")),
            (self.pin_radio, self.tr("Works with any app settings, also on another device: "
                                     "X shows a 7-digit PIN that you type here")),
        ):
            radio.setToolTip(tip)
            radio.setAccessibleName(radio.text())
            self.mode_group.addButton(radio)
            mode_layout.addWidget(radio)
        self.callback_radio.setChecked(True)
        layout.addWidget(self.mode_box)

        self.url_box = QWidget(self)
        url_layout = QVBoxLayout(self.url_box)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.setSpacing(6)
        self.explain = hint_label(
            self.tr("Add exactly this address in the developer portal: your app → User "
                    "authentication settings → Callback URI / Redirect URL."),
            self.url_box,
        )
        url_layout.addWidget(self.explain)
        row = QHBoxLayout()
        self.url_edit = QLineEdit(self.url_box)
        self.url_edit.setReadOnly(True)
        self.url_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.url_edit.setAccessibleName(self.tr("Callback URL to register"))
        self.url_edit.setToolTip(self.tr("Register this exact address in the developer portal"))
        row.addWidget(self.url_edit, 1)
        self.copy_button = QPushButton(theme.icon("copy"), self.tr("&Copy"), self.url_box)
        self.copy_button.setAccessibleName(self.tr("Copy the callback URL"))
        self.copy_button.setToolTip(self.tr("Copy the callback URL to paste it into the portal"))
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        url_layout.addLayout(row)
        opts = QHBoxLayout()
        host_label = QLabel(self.tr("&Host:"), self.url_box)
        opts.addWidget(host_label)
        self.host_combo = QComboBox(self.url_box)
        for host in flow.LOOPBACK_HOSTS:
            self.host_combo.addItem(host, host)
        self.host_combo.setAccessibleName(self.tr("Callback host"))
        self.host_combo.setToolTip(
            self.tr("Use the host you registered: X recommends 127.0.0.1; some setups use "
                    "localhost")
        )
        host_label.setBuddy(self.host_combo)
        opts.addWidget(self.host_combo)
        opts.addSpacing(12)
        port_label = QLabel(self.tr("&Port:"), self.url_box)
        opts.addWidget(port_label)
        self.port_spin = QSpinBox(self.url_box)
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(flow.DEFAULT_PORT)
        self.port_spin.setAccessibleName(self.tr("Callback port"))
        self.port_spin.setToolTip(
            self.tr("Change it if another program uses this port; register the new URL too")
        )
        port_label.setBuddy(self.port_spin)
        opts.addWidget(self.port_spin)
        opts.addStretch(1)
        url_layout.addLayout(opts)
        layout.addWidget(self.url_box)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.url_edit.text())
        self.copy_button.setText(self.tr("Copied"))
        button = self.copy_button
        QTimer.singleShot(1500, button, lambda: button.setText(self.tr("&Copy")))


class ScopePicker(QGroupBox):
    """Presets in plain language, and every scope as a check box (collapsed by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Permissions"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Allow the app to:"), self)
        row.addWidget(label)
        self.preset_combo = QComboBox(self)
        for preset in scopes.PRESETS:
            self.preset_combo.addItem(self.tr(preset.label), preset.key)
            self.preset_combo.setItemData(
                self.preset_combo.count() - 1, self.tr(preset.description),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.preset_combo.addItem(self.tr("Custom selection"), "")
        self.preset_combo.setAccessibleName(self.tr("Permission preset"))
        self.preset_combo.setToolTip(self.tr("What the tokens will be allowed to do"))
        label.setBuddy(self.preset_combo)
        row.addWidget(self.preset_combo, 1)
        self.more = QToolButton(self)
        self.more.setText(self.tr("Choose one by one"))
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setAccessibleName(self.tr("Choose permissions one by one"))
        self.more.setToolTip(self.tr("Show every permission as a check box"))
        self.more.toggled.connect(self._toggle_more)
        row.addWidget(self.more)
        layout.addLayout(row)
        self.summary = hint_label("", self)
        layout.addWidget(self.summary)
        self.grid_box = QWidget(self)
        grid = QGridLayout(self.grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.boxes: dict[str, QCheckBox] = {}
        groups: dict[str, list[scopes.Scope]] = {}
        for scope in scopes.SCOPES:
            groups.setdefault(scope.group, []).append(scope)
        r = 0
        for group, members in groups.items():
            grid.addWidget(bold_label(self.tr(group), self.grid_box), r, 0, 1, 2)
            r += 1
            for i, scope in enumerate(members):
                box = QCheckBox(self.tr(scope.label), self.grid_box)
                tip = f"{self.tr(scope.description)} ({scope.name})"
                box.setToolTip(tip)
                box.setAccessibleName(self.tr(scope.label))
                box.setAccessibleDescription(tip)
                box.toggled.connect(self._box_toggled)
                self.boxes[scope.name] = box
                grid.addWidget(box, r + i // 2, i % 2)
            r += (len(members) + 1) // 2
        self.grid_box.hide()
        layout.addWidget(self.grid_box)
        self.warnings = StatusLabel(self)
        layout.addWidget(self.warnings)
        self._updating = False
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.on_change: Any = None
        self.set_scopes(scopes.preset(scopes.DEFAULT_PRESET).scopes)

    def _toggle_more(self, on: bool) -> None:
        self.grid_box.setVisible(on)
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def selected(self) -> tuple[str, ...]:
        return scopes.normalize([n for n, b in self.boxes.items() if b.isChecked()], strict=False)

    def set_scopes(self, names: tuple[str, ...] | list[str]) -> None:
        self._updating = True
        try:
            for name, box in self.boxes.items():
                box.setChecked(name in names)
        finally:
            self._updating = False
        self._refresh()

    def _preset_chosen(self, index: int) -> None:
        if self._updating:
            return
        key = self.preset_combo.itemData(index)
        if key:
            self.set_scopes(scopes.preset(str(key)).scopes)
        else:
            self.more.setChecked(True)

    def _box_toggled(self, _on: bool) -> None:
        if not self._updating:
            self._refresh()

    def _refresh(self) -> None:
        chosen = self.selected()
        match = scopes.matching_preset(chosen)
        self._updating = True
        try:
            self.preset_combo.setCurrentIndex(
                self.preset_combo.findData(match.key if match else "")
            )
        finally:
            self._updating = False
        labels = [self.tr(scopes.label(n)) for n in chosen]
        self.summary.setText(
            self.tr("Includes: {list}.").format(list=", ".join(labels)) if labels
            else self.tr("No permission chosen.")
        )
        warns = flow.scope_warnings(chosen)
        if not chosen:
            self.warnings.set_status(Level.ERROR, self.tr("Pick at least one permission."))
        elif warns:
            self.warnings.set_status(Level.WARNING, " ".join(tmsg(w) for w in warns))
        else:
            self.warnings.set_status(Level.EMPTY, "")
        if self.on_change is not None:
            self.on_change()


class AccessBox(QGroupBox):
    """OAuth 1.0a: what the tokens may do (``x_auth_access_type``), at most the app's setting."""

    CHOICES = ("", "read", "write")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Access"))
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Tokens may:"), self)
        row.addWidget(label)
        self.combo = QComboBox(self)
        texts = {
            "": self.tr("Do what the app's permissions allow (recommended)"),
            "read": self.tr("Read only"),
            "write": self.tr("Read and write (no Direct Messages)"),
        }
        for value in self.CHOICES:
            self.combo.addItem(texts[value], value)
        self.combo.setAccessibleName(self.tr("Access the tokens get"))
        self.combo.setToolTip(
            self.tr("Ask X for less access than the app's permissions in the portal "
                    "(x_auth_access_type). It can never give more: those are set in your "
                    "app → User authentication settings → App permissions.")
        )
        label.setBuddy(self.combo)
        row.addWidget(self.combo, 1)
        layout.addLayout(row)

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, value: str) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(value)))
        self.combo.blockSignals(False)


class SetupPage(WizardPage):
    """Callback URL, permissions, name, and the preflight check."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._name_edited = False
        self._handle: Any = None
        self._running_key: tuple[str, ...] | None = None
        self._failed_key: tuple[str, ...] | None = None
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 8, 0)
        lay.setSpacing(10)

        self.callback = CallbackBox(body)
        self.callback.host_combo.currentIndexChanged.connect(self._callback_changed)
        self.callback.port_spin.valueChanged.connect(self._callback_changed)
        self.callback.mode_group.buttonToggled.connect(self._mode_changed)
        lay.addWidget(self.callback)

        self.access_box = AccessBox(body)
        self.access_box.combo.currentIndexChanged.connect(self._access_changed)
        lay.addWidget(self.access_box)

        self.scope_picker = ScopePicker(body)
        self.scope_picker.on_change = self._scopes_changed
        lay.addWidget(self.scope_picker)

        self.test_box = QGroupBox(self.tr("Test address — optional"), body)
        tl = QVBoxLayout(self.test_box)
        self.test_edit = QLineEdit(self.test_box)
        self.test_edit.setPlaceholderText("https://gnip-api.x.com/…")
        self.test_edit.setAccessibleName(self.tr("Test address"))
        self.test_edit.setToolTip(self.tr("An enterprise API address to try the e-mail and "
                                          "password against (a GET request)"))
        self.test_edit.textChanged.connect(self._test_changed)
        tl.addWidget(hint_label(self.tr("An enterprise API address (for example your usage "
                                        "or search endpoint) to check the password with."),
                                self.test_box))
        tl.addWidget(self.test_edit)
        self.test_status = StatusLabel(self.test_box)
        tl.addWidget(self.test_status)
        lay.addWidget(self.test_box)

        name_box = QGroupBox(self.tr("Save as"), body)
        nl = QVBoxLayout(name_box)
        self.name_edit = QLineEdit(name_box)
        self.name_edit.setAccessibleName(self.tr("Name to save the credentials under"))
        self.name_edit.setToolTip(self.tr("A short name; scripts can get the token with "
                                          "“twauth token NAME”"))
        self.name_edit.textEdited.connect(self._name_typed)
        self.name_edit.textChanged.connect(self._name_changed)
        self.name_hint = hint_label(self.tr("A short name for these credentials. Scripts "
                                            "read them with “twauth token NAME”."), name_box)
        nl.addWidget(self.name_hint)
        nl.addWidget(self.name_edit)
        self.reauthorize_note = hint_label(
            self.tr("Authorizing again replaces the tokens saved under this name. Files kept "
                    "up to date stay linked and get the new tokens."), name_box)
        self.reauthorize_note.hide()
        nl.addWidget(self.reauthorize_note)
        self.name_status = StatusLabel(name_box)
        nl.addWidget(self.name_status)
        lay.addWidget(name_box)
        lay.addStretch(1)
        scroll.setWidget(body)
        self.outer.addWidget(scroll, 1)

        # preflight
        check_row = QHBoxLayout()
        self.busy = BusyIndicator(self)
        self.busy.cancel_button.setText(self.tr("&Stop"))
        self.busy.cancel_button.setToolTip(self.tr("Stop this check"))
        self.busy.cancelRequested.connect(self._preflight_cancelled)
        check_row.addWidget(self.busy, 1)
        self.check_button = QPushButton(theme.icon("verify"), self.tr("Check &again"), self)
        self.check_button.setAccessibleName(self.tr("Run the check again"))
        self.check_button.setToolTip(self.tr("Check the keys and settings with X again"))
        self.check_button.clicked.connect(self.run_preflight)
        self.check_button.hide()
        check_row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignRight)
        self.outer.addLayout(check_row)
        self.result = InlineMessage(self)
        self.outer.addWidget(self.result)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREFLIGHT_DELAY_MS)
        self.timer.timeout.connect(self.run_preflight)

    # lifecycle -----------------------------------------------------------------------
    def initializePage(self) -> None:
        data = self.data
        method = data.method or WizardMethod.OAUTH2
        browser = flow.method_info(method).uses_browser
        titles = {
            WizardMethod.OAUTH2: self.tr("Callback URL and permissions"),
            WizardMethod.OAUTH1: self.tr("How X returns to twauth-gui"),
            WizardMethod.APP_ONLY: self.tr("Check the keys"),
            WizardMethod.BASIC: self.tr("Check the account"),
            WizardMethod.PASTE: self.tr("Check the token"),
        }
        subtitles = {
            WizardMethod.OAUTH2: self.tr("Register the callback URL in the portal, pick what "
                                         "the app may do, and name the credentials."),
            WizardMethod.OAUTH1: self.tr("Register the callback URL in the portal, or use a "
                                         "PIN instead."),
            WizardMethod.APP_ONLY: self.tr("The keys are checked with X, which issues the "
                                           "app's Bearer token."),
            WizardMethod.BASIC: self.tr("Optionally test the e-mail and password, and name "
                                        "them."),
            WizardMethod.PASTE: self.tr("The token is checked with X to see whom it "
                                        "belongs to."),
        }
        self.setTitle(titles[method])
        self.setSubTitle(subtitles[method])
        if data.replaces:
            self.setTitle(self.tr("Authorize “{name}” again").format(name=data.replaces))
            self.setSubTitle(self.tr("Everything is filled in from the saved credential. Check "
                                     "it, then sign in again."))
        self.callback.setVisible(browser)
        self.callback.mode_box.setVisible(method == WizardMethod.OAUTH1)
        self.access_box.setVisible(method == WizardMethod.OAUTH1)
        self.access_box.set_value(data.oauth1_access)
        self.scope_picker.setVisible(method == WizardMethod.OAUTH2)
        self.test_box.setVisible(method == WizardMethod.BASIC)
        self._sync_callback_widgets()
        if method == WizardMethod.OAUTH2:
            if data.scopes:
                self.scope_picker.set_scopes(data.scopes)
            data.scopes = self.scope_picker.selected()
        self.name_edit.setReadOnly(bool(data.replaces))
        self.reauthorize_note.setVisible(bool(data.replaces))
        self.name_hint.setVisible(not data.replaces)
        if data.replaces:
            self.name_edit.setText(data.replaces)
            self._name_changed(data.replaces)
        elif not self._name_edited or not self.name_edit.text().strip():
            self.name_edit.setText(
                flow.suggest_profile_name(
                    method, data.value(FieldId.APP_NAME), self.twizard().existing_names
                )
            )
        if method == WizardMethod.BASIC and self.ctx.is_sandbox and not self.test_edit.text():
            self.test_edit.setText(str(getattr(self.ctx.sandbox, "basic_url", "")))
        self.setCommitPage(not browser)
        if not browser:
            self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Save"))
        else:
            self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Authorize >"))
        self.result.clear()
        self.check_button.hide()
        self._failed_key = None
        self.run_preflight()

    def cleanupPage(self) -> None:
        self.timer.stop()
        self._stop_preflight()
        self.busy.stop()

    def shutdown(self) -> None:
        self.timer.stop()
        self._stop_preflight()
        super().shutdown()

    # changes -------------------------------------------------------------------------
    def _sync_callback_widgets(self) -> None:
        data = self.data
        cb = self.callback
        for w in (cb.host_combo, cb.port_spin):
            w.blockSignals(True)
        cb.host_combo.setCurrentIndex(max(0, cb.host_combo.findData(data.host)))
        cb.port_spin.setValue(data.port)
        for w in (cb.host_combo, cb.port_spin):
            w.blockSignals(False)
        pin = data.method == WizardMethod.OAUTH1 and data.oauth1_mode == OAuth1Mode.PIN
        cb.pin_radio.setChecked(pin)
        cb.callback_radio.setChecked(not pin)
        cb.url_box.setEnabled(not pin)
        cb.url_edit.setText(flow.callback_url(data.host, data.port, data.callback_path))

    def _callback_changed(self, *_args: object) -> None:
        if self.wizard() is None:
            return
        self.data.host = str(self.callback.host_combo.currentData())
        self.data.port = self.callback.port_spin.value()
        self.callback.url_edit.setText(
            flow.callback_url(self.data.host, self.data.port, self.data.callback_path)
        )
        self._inputs_changed()

    def _mode_changed(self, *_args: object) -> None:
        if self.wizard() is None:
            return
        pin = self.callback.pin_radio.isChecked()
        self.data.oauth1_mode = OAuth1Mode.PIN if pin else OAuth1Mode.CALLBACK
        self.callback.url_box.setEnabled(not pin)
        self._inputs_changed()

    def _access_changed(self, *_args: object) -> None:
        if self.wizard() is None:
            return
        self.data.oauth1_access = self.access_box.value()

    def _scopes_changed(self) -> None:
        if self.wizard() is None:
            return
        self.data.scopes = self.scope_picker.selected()
        self.completeChanged.emit()

    def _test_changed(self, text: str) -> None:
        if self.wizard() is None:
            return
        self.data.test_url = text.strip()
        self.test_status.show_check(flow.check_test_url(text))
        self._inputs_changed()

    def _name_typed(self, _text: str) -> None:
        self._name_edited = True

    def _name_changed(self, text: str) -> None:
        if self.wizard() is None:
            return
        self.data.profile_name = text.strip()
        if self.data.replaces and self.data.replaces == text.strip():
            self.name_status.set_status(
                Level.OK, self.tr("Replaces the saved “{name}”.").format(name=text.strip())
            )
        else:
            self.name_status.show_check(
                flow.check_profile_name(text, self.twizard().existing_names)
            )
        self.completeChanged.emit()

    def _inputs_changed(self) -> None:
        """A setting the preflight depends on changed: check again shortly."""
        if self.data.preflight_key() != self._running_key:
            self._stop_preflight()
            self.busy.stop()
        self.result.clear()
        if not self._setup_blocked():
            self.timer.start()
        self.completeChanged.emit()

    # preflight -----------------------------------------------------------------------
    def _setup_blocked(self) -> bool:
        data = self.data
        if data.method == WizardMethod.BASIC and flow.check_test_url(data.test_url).blocks:
            return True
        return False

    def _stop_preflight(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._running_key = None

    def run_preflight(self) -> None:
        """Check keys and settings with X in a worker (spinner + Cancel)."""
        if self.wizard() is None:
            return
        self.timer.stop()
        self._stop_preflight()
        data = self.data
        if self._setup_blocked():
            return
        snap = flows.snapshot(data)
        key = data.preflight_key()
        self._running_key = key
        self.result.clear()
        self.check_button.hide()
        endpoints = self.ctx.endpoints
        http = self.twizard().http
        texts = {
            WizardMethod.OAUTH2: self.tr("Checking the Client ID with X…"),
            WizardMethod.OAUTH1: self.tr("Checking the API Key and the callback URL with X…"),
            WizardMethod.APP_ONLY: self.tr("Getting the app's Bearer token from X…"),
            WizardMethod.BASIC: self.tr("Trying the e-mail and password…"),
            WizardMethod.PASTE: self.tr("Asking X whom this token belongs to…"),
        }
        self._handle = self.track(
            run_task(
                lambda token: flows.preflight(snap, endpoints, token, http),
                functools.partial(self._preflight_done, key),
                functools.partial(self._preflight_failed, key),
                owner=self,
            )
        )
        self.busy.start(texts.get(data.method or WizardMethod.OAUTH2, ""), self._handle)
        self.completeChanged.emit()

    def _preflight_done(self, key: tuple[str, ...], res: flows.Preflight) -> None:
        if key != self._running_key:
            return
        self._handle = None
        self._running_key = None
        self.busy.stop()
        data = self.data
        data.preflight_ok_for = key
        if res.bearer is not None:
            data.bearer = res.bearer
        if res.identity is not None:
            data.identity = res.identity
        from twauth_gui.ui.i18n import core_text

        self.result.show_message(self.tr("Looks good."), core_text(res.message), "ok")
        self.check_button.show()
        self.completeChanged.emit()

    def _preflight_failed(self, key: tuple[str, ...], exc: BaseException) -> None:
        if key != self._running_key:
            return
        self._handle = None
        self._running_key = None
        self._failed_key = key
        self.busy.stop()
        self.result.show_error(exc)
        self.check_button.show()
        self.completeChanged.emit()

    def _preflight_cancelled(self) -> None:
        self._handle = None
        self._running_key = None
        self.result.show_message(
            self.tr("The check was cancelled."),
            self.tr("Press “Check again” when you are ready."),
            "info",
        )
        self.check_button.show()
        self.completeChanged.emit()

    @property
    def preflight_running(self) -> bool:
        return self._handle is not None

    def isComplete(self) -> bool:
        if self.wizard() is None:
            return False
        data = self.data
        if flow.setup_problems(data, self.twizard().existing_names):
            return False
        return data.preflight_ok and not self.preflight_running
