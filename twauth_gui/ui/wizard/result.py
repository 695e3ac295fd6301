"""Result page: saved to the vault, who the credentials belong to, each value with a copy button.

On entry a worker obtains what is still missing (the app-only bearer), asks X who the
credentials act as, and saves them to the vault; the avatar is downloaded by another
worker. Errors appear inline here with "Try again".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from twauth_gui.core import flow, scopes
from twauth_gui.core.errors import ErrorKind, UserFacingError
from twauth_gui.core.flow import FieldId
from twauth_gui.ui import theme
from twauth_gui.ui.i18n import core_text, error_texts
from twauth_gui.ui.tasks import run_task
from twauth_gui.ui.widgets import BusyIndicator, InlineMessage, SecretField
from twauth_gui.ui.wizard import flows
from twauth_gui.ui.wizard._common import WizardPage, hint_label, tmsg

if TYPE_CHECKING:
    from twauth_gui.ui.context import AppContext

AVATAR = 56


def rounded_avatar(image: QImage, size: int, dpr: float = 1.0) -> QPixmap:
    """A round avatar pixmap of ``size`` logical pixels."""
    return QPixmap.fromImage(rounded_avatar_image(image, size, dpr))


def rounded_avatar_image(image: QImage, size: int, dpr: float = 1.0) -> QImage:
    """A round avatar image of ``size`` logical pixels; a QImage, so workers can make it
    (decoding, smooth scaling and clipping stay off the GUI thread)."""
    px = int(size * dpr)
    scaled = image.scaled(px, px, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                          Qt.TransformationMode.SmoothTransformation)
    out = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, px, px))
    painter.setClipPath(path)
    painter.drawImage(0, 0, scaled)
    painter.end()
    out.setDevicePixelRatio(dpr)
    return out


def placeholder_avatar(size: int, dpr: float, color: QColor) -> QPixmap:
    px = int(size * dpr)
    out = QPixmap(px, px)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bg = QColor(color)
    bg.setAlpha(40)
    painter.setBrush(bg)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, px, px))
    icon = theme.icon("user").pixmap(QSize(int(px * 0.55), int(px * 0.55)))
    painter.drawPixmap(int(px * 0.225), int(px * 0.225), icon)
    painter.end()
    out.setDevicePixelRatio(dpr)
    return out


class ResultPage(WizardPage):
    """The finished credentials."""

    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.completed: flows.Completed | None = None
        self._save: Any = None
        self._replace = False
        self.setFinalPage(True)

        who_row = QHBoxLayout()
        who_row.setSpacing(12)
        self.avatar = QLabel(self)
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.avatar.setAccessibleName(self.tr("Profile picture"))
        who_row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        who_text = QVBoxLayout()
        who_text.setSpacing(2)
        self.who = QLabel(self)
        self.who.setWordWrap(True)
        self.who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.who.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.who.setFont(font)
        who_text.addWidget(self.who)
        self.details = hint_label("", self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who_text.addWidget(self.details)
        who_row.addLayout(who_text, 1)
        self.who_box = QWidget(self)
        self.who_box.setLayout(who_row)
        self.outer.addWidget(self.who_box)

        self.busy = BusyIndicator(self)
        self.busy.cancel_button.setText(self.tr("&Stop"))
        self.busy.cancel_button.setToolTip(self.tr("Stop saving"))
        self.busy.cancelRequested.connect(self._save_cancelled)
        self.outer.addWidget(self.busy)
        self.message = InlineMessage(self)
        self.outer.addWidget(self.message)
        self.warning = InlineMessage(self)
        self.outer.addWidget(self.warning)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.outer.addWidget(self.scroll_area, 1)
        self.fields: dict[str, SecretField] = {}

        actions = QHBoxLayout()
        self.retry_button = QPushButton(theme.icon("refresh"), self.tr("&Try again"), self)
        self.retry_button.setAccessibleName(self.tr("Try saving again"))
        self.retry_button.setToolTip(self.tr("Save the credentials to the vault again"))
        self.retry_button.clicked.connect(self.save)
        self.retry_button.hide()
        actions.addWidget(self.retry_button)
        self.replace_button = QPushButton(self.tr("&Replace the saved one"), self)
        self.replace_button.setAccessibleName(self.tr("Replace the credential with this name"))
        self.replace_button.setToolTip(
            self.tr("Overwrite the saved credential that has the same name")
        )
        self.replace_button.clicked.connect(self._save_replacing)
        self.replace_button.hide()
        actions.addWidget(self.replace_button)
        actions.addStretch(1)
        self.export_button = QPushButton(theme.icon("export"), self.tr("&Export .env…"), self)
        self.export_button.setAccessibleName(self.tr("Export to a .env file"))
        self.export_button.setToolTip(
            self.tr("Write these credentials to a .env, JSON or shell file for your program")
        )
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        actions.addWidget(self.export_button)
        self.outer.addLayout(actions)

    # lifecycle -----------------------------------------------------------------------
    def initializePage(self) -> None:
        self.setTitle(self.tr("Your credentials are ready"))
        self.setSubTitle(self.tr("Copy what your program needs, or export a .env file. They "
                                 "are also saved in the vault."))
        self.completed = None
        self._replace = bool(self.data.replaces) or (
            self.data.profile_name in self.twizard().existing_names
        )
        self._show_who()
        self._show_values()
        self.save()

    def cleanupPage(self) -> None:
        self.cancel_tasks()
        self.busy.stop()

    def save(self) -> None:
        """Obtain, identify and save in a worker."""
        self.cancel_tasks()
        self.message.clear()
        self.warning.clear()
        self.retry_button.hide()
        self.replace_button.hide()
        self.export_button.setEnabled(False)
        snap = flows.snapshot(self.data)
        ctx = self.ctx
        endpoints = ctx.endpoints
        replace = self._replace
        http = self.twizard().http
        self._save = self.track(
            run_task(
                lambda token: flows.complete(
                    snap, ctx, endpoints, token, replace=replace, http=http
                ),
                self._saved,
                self._failed,
                owner=self,
            )
        )
        self.busy.start(self.tr("Saving to the vault…"), self._save)
        self.completeChanged.emit()

    def _save_replacing(self) -> None:
        self._replace = True
        self.save()

    def _saved(self, done: flows.Completed) -> None:
        self._save = None
        self.busy.stop()
        self.completed = done
        data = self.data
        if done.bearer is not None:
            data.bearer = done.bearer
        if done.identity is not None:
            data.identity = done.identity
        self._show_who()
        if set(flow.vault_secrets(data)) != set(self.fields):
            self._show_values()
        where = core_text(done.backend) if done.backend else self.tr("the vault")
        saved = self.tr("Saved as “{name}” in {where}.").format(name=done.name, where=where)
        if self.data.replaces:
            saved = self.tr("Authorized again: “{name}” works again.").format(name=done.name)
            if done.linked and not done.export_problems:
                saved += " " + self.tr("{n} linked file(s) rewritten.").format(n=done.linked)
        self.message.show_message(
            saved,
            self.tr("Programs can read it any time with: twauth token {name}").format(
                name=done.name if " " not in done.name else f'"{done.name}"'
            ),
            "ok",
        )
        if done.export_problems:
            self.warning.show_message(
                self.tr("Some files kept up to date could not be rewritten."),
                "\n".join(done.export_problems),
                "warning",
            )
        elif done.previous_account:
            self.warning.show_message(
                self.tr("Signed in as another account than before."),
                self.tr("“{name}” belonged to @{old} and now acts as the account you signed "
                        "in with. If that was not intended, authorize again signed in as "
                        "@{old}.").format(name=done.name, old=done.previous_account),
                "warning",
            )
        elif not done.secure and done.backend_warning:
            self.warning.show_message(self.tr("Not stored in a keyring"),
                                      core_text(done.backend_warning), "warning")
        elif done.identity_error is not None:
            err = done.identity_error
            self.warning.show_message(
                self.tr("Saved, but X did not say whom the credentials belong to."),
                " ".join(error_texts(err)).strip(),
                "warning",
            )
        self.export_button.setEnabled(True)
        self.completeChanged.emit()
        self.twizard().existing_names.append(done.name)
        self.saved.emit(done.name)
        url = done.identity.profile_image_url if done.identity else ""
        if url:
            http = self.twizard().http
            dpr = self.devicePixelRatioF()

            def fetch(token: Any) -> QImage | None:  # worker: download, decode, round
                payload = flows.fetch_avatar(url, token, http)
                image = QImage.fromData(payload) if payload else QImage()
                return None if image.isNull() else rounded_avatar_image(image, AVATAR, dpr)

            self.track(run_task(fetch, self._avatar, lambda _exc: None, owner=self))

    def _failed(self, exc: BaseException) -> None:
        self._save = None
        self.busy.stop()
        self.message.show_error(exc)
        self.retry_button.show()
        if isinstance(exc, UserFacingError) and exc.kind == ErrorKind.PROFILE_EXISTS:
            self.replace_button.show()
        self.completeChanged.emit()

    def _save_cancelled(self) -> None:
        self._save = None
        self.message.show_message(
            self.tr("Saving was cancelled."),
            self.tr("The credentials are not saved yet. Press “Try again” to save them."),
            "warning",
        )
        self.retry_button.show()
        self.completeChanged.emit()

    # display -------------------------------------------------------------------------
    def _show_who(self) -> None:
        data = self.data
        self.who.setText(tmsg(flow.who_message(data)))
        self.who.setAccessibleName(self.who.text())
        bits = [self.tr("App: {app}").format(app=data.value(FieldId.APP_NAME) or "—")]
        granted = flow.granted_scopes(data)
        if granted:
            bits.append(self.tr("Allowed: {list}").format(
                list=", ".join(self.tr(s) for s in scopes.describe(granted))))
        expires = flow.expires_at(data)
        if expires is not None:
            if "offline.access" in granted:
                bits.append(self.tr("The access token lasts 2 hours and is renewed "
                                    "automatically."))
            else:
                bits.append(self.tr("The access token stops working after 2 hours."))
        if data.sandbox:
            bits.append(self.tr("Sandbox credentials: they only work in the sandbox."))
        self.details.setText("\n".join(bits))
        self.avatar.setPixmap(placeholder_avatar(AVATAR, self.devicePixelRatioF(),
                                                 self.palette().windowText().color()))

    def _avatar(self, image: QImage | None) -> None:
        if image is None:
            return
        self.avatar.setPixmap(QPixmap.fromImage(image))

    def _show_values(self) -> None:
        secrets = flow.vault_secrets(self.data)
        body = QWidget()
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 8, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fields = {}
        for key, label in flow.result_rows(secrets):
            text = self.tr(label)
            field = SecretField(text, secrets[key], clipboard=self.ctx.clipboard,
                                secret=key not in flow.NOT_SECRET, parent=body)
            lab = QLabel(text + ":", body)
            lab.setBuddy(field.line_edit)
            form.addRow(lab, field)
            self.fields[key] = field
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(body)

    def export(self) -> None:
        if self.completed is None:
            return
        from twauth_gui.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx, self.completed.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def isComplete(self) -> bool:
        return self.completed is not None
