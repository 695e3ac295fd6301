"""Keys page: the app's keys (or e-mail/password, or a token), validated as typed.

Every field says which field of the developer portal it is, and a value of the wrong kind
(a Bearer token pasted as the API Key, a Client ID as the API Key…) is recognised at once
through :mod:`twauth_gui.core.flow` / :mod:`twauth_gui.core.keys`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from twauth_gui.core import flow
from twauth_gui.core.flow import FieldId, Level, WizardMethod
from twauth_gui.core.models import Method
from twauth_gui.ui.widgets import SecretField
from twauth_gui.ui.wizard._common import StatusLabel, WizardPage, bold_label, hint_label, ttext

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext


class FieldRow(QWidget):
    """Label, portal location, input and verdict for one field."""

    def __init__(self, spec: flow.FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        label_text = ttext(spec.label)
        if not spec.required:
            label_text = self.tr("{label} — optional").format(label=label_text)
        self.label = bold_label(label_text, self)
        layout.addWidget(self.label)
        where = ttext(spec.portal)
        self.where = hint_label(
            where if spec.id in (FieldId.APP_NAME, FieldId.USERNAME, FieldId.PASSWORD)
            else self.tr("In the portal: {where}").format(where=where),
            self,
        )
        layout.addWidget(self.where)
        self.secret_field: SecretField | None = None
        if spec.secret:
            self.secret_field = SecretField(
                ttext(spec.label), secret=True, editable=True,
                placeholder=ttext(spec.placeholder), parent=self,
            )
            self.secret_field.copy_button.hide()
            self.edit = self.secret_field.line_edit
            layout.addWidget(self.secret_field)
        else:
            self.edit = QLineEdit(self)
            self.edit.setPlaceholderText(ttext(spec.placeholder))
            layout.addWidget(self.edit)
        self.edit.setAccessibleName(ttext(spec.label))
        self.edit.setAccessibleDescription(where)
        self.edit.setToolTip(where)
        self.edit.setClearButtonEnabled(not spec.secret)
        self.label.setBuddy(self.edit)
        self.status = StatusLabel(self)
        layout.addWidget(self.status)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)


class KeysPage(WizardPage):
    """The fields of :func:`core.flow.key_fields` for the chosen method."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: dict[FieldId, FieldRow] = {}
        self._method: WizardMethod | None = None
        self._batch = False
        self.demo_combo: QComboBox | None = None
        if ctx.is_sandbox:
            demo_row = QHBoxLayout()
            self.demo_label = QLabel(self.tr("Demo app:"), self)
            demo_label = self.demo_label
            demo_row.addWidget(demo_label)
            self.demo_combo = QComboBox(self)
            self.demo_combo.addItem(self.tr("Confidential client (Web App, has a Client Secret)"),
                                    "confidential")
            self.demo_combo.addItem(self.tr("Public client (Native App, no Client Secret)"),
                                    "public")
            self.demo_combo.setAccessibleName(self.tr("Demo app to take keys from"))
            self.demo_combo.setToolTip(self.tr("Fill in the keys of one of the sandbox's demo "
                                               "apps"))
            demo_label.setBuddy(self.demo_combo)
            self.demo_combo.activated.connect(lambda _i: self.fill_demo(force=True))
            demo_row.addWidget(self.demo_combo, 1)
            self.outer.addLayout(demo_row)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.outer.addWidget(self.scroll_area, 1)
        self.detected = QLabel(self)
        self.detected.setWordWrap(True)
        self.detected.hide()
        self.outer.addWidget(self.detected)

    # building ------------------------------------------------------------------------
    def _build(self, method: WizardMethod) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        self.rows = {}
        for spec in flow.key_fields(method):
            row = FieldRow(spec, body)
            row.set_text(self.data.values.get(spec.id, ""))
            row.edit.textChanged.connect(
                lambda text, fid=spec.id: self._changed(fid, text)
            )
            self.rows[spec.id] = row
            layout.addWidget(row)
        layout.addStretch(1)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(body)
        self._method = method

    def prebuild(self) -> None:
        """Build the fields of the preselected method ahead of time (idle warm-up)."""
        method = self.data.method
        if method is not None and method != self._method and self.wizard() is not None:
            self._batch = True
            try:
                self._build(method)
            finally:
                self._batch = False

    def initializePage(self) -> None:
        method = self.data.method or WizardMethod.OAUTH2
        titles = {
            WizardMethod.OAUTH2: self.tr("Your app's OAuth 2.0 keys"),
            WizardMethod.OAUTH1: self.tr("Your app's API Key and Secret"),
            WizardMethod.APP_ONLY: self.tr("Your app's API Key and Secret"),
            WizardMethod.BASIC: self.tr("Your enterprise account"),
            WizardMethod.PASTE: self.tr("The token you already have"),
        }
        subtitles = {
            WizardMethod.OAUTH2: self.tr("In the developer portal open your app → Keys and "
                                         "tokens, and copy the OAuth 2.0 Client ID and Secret."),
            WizardMethod.OAUTH1: self.tr("In the developer portal open your app → Keys and "
                                         "tokens, and copy the Consumer Keys."),
            WizardMethod.APP_ONLY: self.tr("In the developer portal open your app → Keys and "
                                           "tokens, and copy the Consumer Keys."),
            WizardMethod.BASIC: self.tr("The e-mail and password you use for the enterprise "
                                        "console."),
            WizardMethod.PASTE: self.tr("Paste the token; it is checked with X on the next "
                                        "page."),
        }
        self.setTitle(titles[method])
        self.setSubTitle(subtitles[method])
        self._batch = True
        try:
            if method != self._method:
                self._build(method)
            if self.demo_combo is not None:
                self.demo_combo.setVisible(method == WizardMethod.OAUTH2)
                self.demo_label.setVisible(method == WizardMethod.OAUTH2)
            self.fill_demo(force=False)
        finally:
            self._batch = False
        self._store_all()
        self._revalidate()
        first = next(
            (r for r in self.rows.values() if not r.text().strip()),
            next(iter(self.rows.values())),
        )
        first.edit.setFocus()

    def fill_demo(self, *, force: bool) -> None:
        """Sandbox: put the demo app's keys in (only into empty fields unless ``force``)."""
        if not self.ctx.is_sandbox:
            return
        name = "confidential"
        if self.demo_combo is not None and self._method == WizardMethod.OAUTH2:
            name = str(self.demo_combo.currentData())
        app = self.ctx.demo_app(name)
        if app is None:
            return
        kind = self.tr("Web App") if getattr(app, "client_secret", None) else self.tr("Native App")
        values = {
            FieldId.APP_NAME: self.tr("Sandbox demo ({kind})").format(kind=kind),
            FieldId.API_KEY: app.api_key,
            FieldId.API_SECRET: app.api_secret,
            FieldId.CLIENT_ID: app.client_id,
            FieldId.CLIENT_SECRET: app.client_secret or "",
        }
        if self._method == WizardMethod.PASTE:
            values = {FieldId.APP_NAME: values[FieldId.APP_NAME]}
        if self._method == WizardMethod.BASIC:
            user, password = getattr(self.ctx.sandbox, "basic_user", ("", ""))
            values = {
                FieldId.APP_NAME: self.tr("Sandbox enterprise"),
                FieldId.USERNAME: user,
                FieldId.PASSWORD: password,
            }
        batch, self._batch = self._batch, True
        try:
            for fid, row in self.rows.items():
                if fid in values and (force or not row.text().strip()):
                    if force or not self.data.values.get(fid):
                        row.set_text(values[fid])
        finally:
            self._batch = batch
        if not batch:
            self._store_all()
            self._revalidate()

    # validation ----------------------------------------------------------------------
    def _changed(self, fid: FieldId, text: str) -> None:
        if self.wizard() is None or self._batch:
            return
        if self.data.values.get(fid, "") != text:
            self.data.values[fid] = text
            self.data.preflight_ok_for = None
            self.data.clear_results()
        self._revalidate()

    def _revalidate(self) -> None:
        method = self._method
        if method is None:
            return
        values = {fid: row.text() for fid, row in self.rows.items()}
        checks = flow.check_keys(method, values)
        for fid, row in self.rows.items():
            row.status.show_check(checks[fid])
        if method == WizardMethod.PASTE and values.get(FieldId.TOKEN, "").strip() and not (
            checks[FieldId.TOKEN].blocks
        ):
            kind = flow.paste_kind(values)
            texts = {
                Method.BEARER: self.tr("This will be kept as an app-only Bearer token."),
                Method.OAUTH2: self.tr("This will be kept as an OAuth 2.0 user access token "
                                       "(it stops working after about 2 hours)."),
                Method.OAUTH1: self.tr("This will be kept as an OAuth 1.0a access token "
                                       "with its secret."),
            }
            self.detected.setText(texts.get(kind, ""))
            self.detected.show()
        else:
            self.detected.hide()
        self.completeChanged.emit()

    def checks(self) -> dict[FieldId, Level]:
        """The level shown for each field (tests)."""
        return {fid: row.status.level for fid, row in self.rows.items()}

    def isComplete(self) -> bool:
        if self._method is None or self.wizard() is None:
            return False
        values = {fid: row.text() for fid, row in self.rows.items()}
        return flow.keys_complete(self._method, values)

    def _store_all(self) -> None:
        """Copy every shown value into the wizard's data."""
        for fid, row in self.rows.items():
            if self.data.values.get(fid, "") != row.text():
                self.data.values[fid] = row.text()
                self.data.preflight_ok_for = None
                self.data.clear_results()

    def validatePage(self) -> bool:
        self._store_all()
        return self.isComplete()

