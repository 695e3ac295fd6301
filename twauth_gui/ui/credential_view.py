"""The vault window's detail pages: one credential, one app; status words.

These widgets only display and emit signals; the window runs the work (``run_task``)
and feeds results back (``set_secrets``, ``set_avatar``, ``message.show_error`` …).
Status words and spans are translated here (``status_text``, ``span_text``).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from twauth_gui.core.flow import can_reauthorize
from twauth_gui.core.models import Method
from twauth_gui.ui import theme
from twauth_gui.ui.clipboard import SecretClipboard
from twauth_gui.ui.vault_ops import SECRET_FIELDS
from twauth_gui.ui.vault_pages import heading as _heading
from twauth_gui.ui.widgets import Badge, BusyIndicator, InlineMessage, SecretField

CTX = "VaultStatus"


def span_text(seconds: float) -> str:
    """'45 s', '12 min', '1 h 12 min', '3 days' (translated)."""
    seconds = int(max(0, seconds))
    if seconds < 60:
        return QCoreApplication.translate("VaultStatus", "{n} s").format(n=seconds)
    minutes = seconds // 60
    if minutes < 60:
        return QCoreApplication.translate("VaultStatus", "{n} min").format(n=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        if minutes:
            return QCoreApplication.translate("VaultStatus", "{h} h {m} min").format(
                h=hours, m=minutes
            )
        return QCoreApplication.translate("VaultStatus", "{h} h").format(h=hours)
    return QCoreApplication.translate("VaultStatus", "{n} days").format(n=hours // 24)


def method_text(method: Any) -> str:
    """The method in plain words."""
    value = getattr(method, "value", method)
    return {
        Method.OAUTH2.value: QCoreApplication.translate(
            "VaultStatus", "OAuth 2.0 — acts as an account"
        ),
        Method.OAUTH1.value: QCoreApplication.translate(
            "VaultStatus", "OAuth 1.0a — acts as an account"
        ),
        Method.APP.value: QCoreApplication.translate(
            "VaultStatus", "Bearer token — read-only app access"
        ),
        Method.BEARER.value: QCoreApplication.translate("VaultStatus", "Bearer token (pasted)"),
        Method.BASIC.value: QCoreApplication.translate(
            "VaultStatus", "Enterprise — username and password"
        ),
    }.get(str(value), str(value))


def method_short(method: Any) -> str:
    value = str(getattr(method, "value", method))
    return {
        Method.OAUTH2.value: "OAuth 2.0",
        Method.OAUTH1.value: "OAuth 1.0a",
        Method.APP.value: QCoreApplication.translate("VaultStatus", "Bearer"),
        Method.BEARER.value: QCoreApplication.translate("VaultStatus", "Bearer"),
        Method.BASIC.value: QCoreApplication.translate("VaultStatus", "Enterprise"),
    }.get(value, value)


def status_text(cred: Any, now: float | None = None) -> tuple[str, str]:
    """(text, kind) for a credential: kind is ok / warning / error / info.

    The state comes from :func:`core.lifecycle.status_of`; only the words are made here.
    """
    from twauth_gui.core import lifecycle

    now = time.time() if now is None else now
    state = lifecycle.status_of(cred, now)
    status = lifecycle.Status
    method = str(getattr(cred.method, "value", cred.method))
    left = None if cred.expires_at is None else cred.expires_at - now
    if state == status.REVOKED:
        return QCoreApplication.translate(
            "VaultStatus", "Revoked — X no longer accepts it"
        ), "error"
    if state == status.REAUTHORIZE:
        return QCoreApplication.translate("VaultStatus", "Sign-in ended — authorize again"), "error"
    if state == status.APP:
        return QCoreApplication.translate("VaultStatus", "App context — no user"), "info"
    if state == status.EXPIRED:
        return QCoreApplication.translate("VaultStatus", "Expired {span} ago").format(
            span=span_text(-(left or 0.0))
        ), "error"
    if state == status.REFRESH_FAILED:
        if left is None:
            return QCoreApplication.translate(
                "VaultStatus", "Refresh failed — try again"
            ), "warning"
        return QCoreApplication.translate(
            "VaultStatus", "Refresh failed — expires in {span}"
        ).format(span=span_text(left)), "warning"
    if state == status.EXPIRING and left is not None:
        return QCoreApplication.translate("VaultStatus", "Expires in {span}").format(
            span=span_text(left)
        ), "warning"
    if left is None:
        if method == Method.OAUTH1.value:
            return QCoreApplication.translate("VaultStatus", "Valid — does not expire"), "ok"
        return QCoreApplication.translate("VaultStatus", "Valid"), "ok"
    return QCoreApplication.translate("VaultStatus", "Valid — expires in {span}").format(
        span=span_text(left)
    ), "ok"


def status_short(cred: Any, now: float | None = None) -> tuple[str, str]:
    """A compact status for the list: 'Valid · 1 h 12 min', 'Expires in 4 min', 'Revoked'."""
    from twauth_gui.core import lifecycle

    now = time.time() if now is None else now
    text, kind = status_text(cred, now)
    state = lifecycle.status_of(cred, now)
    status = lifecycle.Status
    if state == status.REVOKED:
        return QCoreApplication.translate("VaultStatus", "Revoked"), kind
    if state == status.REAUTHORIZE:
        return QCoreApplication.translate("VaultStatus", "Sign-in ended"), kind
    if state == status.APP:
        return QCoreApplication.translate("VaultStatus", "App context"), kind
    if state == status.VALID and cred.expires_at is not None:
        return QCoreApplication.translate("VaultStatus", "Valid · {span}").format(
            span=span_text(cred.expires_at - now)
        ), kind
    if state == status.REFRESH_FAILED:
        return QCoreApplication.translate("VaultStatus", "Refresh failed"), kind
    return text, kind


def secret_label(key: str) -> str:
    return {
        "api_key": QCoreApplication.translate("VaultStatus", "API Key"),
        "api_secret": QCoreApplication.translate("VaultStatus", "API Key Secret"),
        "client_id": QCoreApplication.translate("VaultStatus", "Client ID"),
        "client_secret": QCoreApplication.translate("VaultStatus", "Client Secret"),
        "access_token": QCoreApplication.translate("VaultStatus", "Access Token"),
        "access_token_secret": QCoreApplication.translate("VaultStatus", "Access Token Secret"),
        "refresh_token": QCoreApplication.translate("VaultStatus", "Refresh Token"),
        "bearer_token": QCoreApplication.translate("VaultStatus", "Bearer Token"),
        "username": QCoreApplication.translate("VaultStatus", "Username"),
        "password": QCoreApplication.translate("VaultStatus", "Password"),
    }.get(key, key)


def initials_pixmap(text: str, size: int, palette: QPalette, dpr: float = 1.0) -> QPixmap:
    """A round placeholder avatar with one or two initials."""
    pm = QPixmap(int(size * dpr), int(size * dpr))
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(0, 0, size, size))
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(int(size * 0.4))
    painter.setFont(font)
    letters = "".join(part[0] for part in text.replace("@", " ").split()[:2]).upper() or "?"
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, letters)
    painter.end()
    return pm


def round_pixmap(source: QPixmap, size: int, dpr: float = 1.0) -> QPixmap:
    """``source`` scaled and cropped into a circle."""
    pm = QPixmap(int(size * dpr), int(size * dpr))
    pm.setDevicePixelRatio(dpr)
    pm.fill(Qt.GlobalColor.transparent)
    scaled = source.scaled(
        int(size * dpr),
        int(size * dpr),
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    scaled.setDevicePixelRatio(dpr)
    painter = QPainter(pm)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, scaled)
    painter.end()
    return pm


def _dim(label: QLabel) -> QLabel:
    pal = label.palette()
    pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(pal)
    return label


def _action_button(text: str, icon: str, tip: str, parent: QWidget) -> QPushButton:
    button = QPushButton(theme.icon(icon), text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("…", "").replace("&", ""))
    button.setAutoDefault(False)
    return button


class CredentialView(QWidget):
    """Detail pane for one credential: who, status, secrets (masked), actions, linked exports."""

    exportRequested = Signal()
    verifyRequested = Signal()
    refreshRequested = Signal()
    revokeRequested = Signal()
    deleteRequested = Signal()
    reauthorizeRequested = Signal()
    removeLinkRequested = Signal(str)
    revealRequested = Signal()

    AVATAR = 56

    def __init__(self, clipboard: SecretClipboard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CredentialView")
        self._clipboard = clipboard
        self.credential: Any = None
        self._avatar: QPixmap | None = None
        self.fields: dict[str, SecretField] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)

        # header: avatar, name, handle, status
        header = QHBoxLayout()
        header.setSpacing(14)
        self.avatar_label = QLabel(body)
        self.avatar_label.setFixedSize(self.AVATAR, self.AVATAR)
        self.avatar_label.setAccessibleName(self.tr("Profile picture"))
        header.addWidget(self.avatar_label, 0, Qt.AlignmentFlag.AlignTop)
        who = QVBoxLayout()
        who.setSpacing(2)
        self.title_label = _heading("", body)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = _dim(QLabel(body))
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.setSpacing(8)
        self.status_badge = Badge("", "ok", body)
        self.status_badge.setAccessibleName(self.tr("Status"))
        status_row.addWidget(self.status_badge)
        self.method_label = _dim(QLabel(body))
        status_row.addWidget(self.method_label)
        status_row.addStretch(1)
        who.addWidget(self.title_label)
        who.addWidget(self.subtitle_label)
        who.addLayout(status_row)
        header.addLayout(who, 1)
        layout.addLayout(header)

        self.message = InlineMessage(body)
        layout.addWidget(self.message)
        self.reauthorize_row = QWidget(body)
        reauth = QHBoxLayout(self.reauthorize_row)
        reauth.setContentsMargins(0, 0, 0, 0)
        reauth.setSpacing(10)
        self.reauthorize_button = QPushButton(
            theme.icon("browser"), self.tr("Authorize again…"), self.reauthorize_row
        )
        self.reauthorize_button.setToolTip(
            self.tr("Sign in again in the browser with the same app keys and permissions")
        )
        self.reauthorize_button.setAccessibleName(self.tr("Authorize again"))
        self.reauthorize_button.clicked.connect(self.reauthorizeRequested)
        reauth.addWidget(self.reauthorize_button)
        self.reauthorize_hint = _dim(QLabel(
            self.tr("One click: the app's keys, permissions and callback URL are reused; the "
                    "name and files kept up to date stay."),
            self.reauthorize_row,
        ))
        self.reauthorize_hint.setWordWrap(True)
        reauth.addWidget(self.reauthorize_hint, 1)
        self.reauthorize_row.hide()
        layout.addWidget(self.reauthorize_row)
        self.busy = BusyIndicator(body)
        layout.addWidget(self.busy)

        # actions
        actions = QGridLayout()
        actions.setHorizontalSpacing(8)
        actions.setVerticalSpacing(8)
        self.export_button = _action_button(
            self.tr("Export…"),
            "export",
            self.tr("Save these credentials as a .env, JSON or shell file"),
            body,
        )
        self.verify_button = _action_button(
            self.tr("Verify now"), "verify", self.tr("Ask X who these credentials belong to"), body
        )
        self.refresh_button = _action_button(
            self.tr("Refresh"), "refresh", self.tr("Get a fresh access token now (OAuth 2.0)"), body
        )
        self.revoke_button = _action_button(
            self.tr("Revoke…"),
            "revoke",
            self.tr("Sign out at X and remove from this computer"),
            body,
        )
        self.delete_button = _action_button(
            self.tr("Delete…"),
            "delete",
            self.tr("Remove from this computer only (stays valid at X)"),
            body,
        )
        self.export_button.clicked.connect(self.exportRequested)
        self.verify_button.clicked.connect(self.verifyRequested)
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.revoke_button.clicked.connect(self.revokeRequested)
        self.delete_button.clicked.connect(self.deleteRequested)
        for i, button in enumerate(
            (
                self.export_button,
                self.verify_button,
                self.refresh_button,
                self.revoke_button,
                self.delete_button,
            )
        ):
            actions.addWidget(button, 0, i)
        actions.setColumnStretch(5, 1)
        layout.addLayout(actions)

        # details
        self.details_box = QGroupBox(self.tr("Details"), body)
        self.details = QFormLayout(self.details_box)
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.details_box)

        # secrets
        self.secrets_box = QGroupBox(self.tr("Keys and tokens"), body)
        secrets_layout = QVBoxLayout(self.secrets_box)
        self.secrets_hint = _dim(
            QLabel(
                self.tr(
                    "Values are hidden. Use the eye to show one, or copy it: the clipboard is "
                    "cleared again after {n} seconds."
                ).format(n=clipboard.delay),
                self.secrets_box,
            )
        )
        self.secrets_hint.setWordWrap(True)
        secrets_layout.addWidget(self.secrets_hint)
        self.secrets_form = QFormLayout()
        self.secrets_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.secrets_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        secrets_layout.addLayout(self.secrets_form)
        self.show_secrets_button = QPushButton(
            theme.icon("key"), self.tr("Show keys and tokens"), self.secrets_box
        )
        self.show_secrets_button.setToolTip(self.tr("Read the values from the secret store"))
        self.show_secrets_button.setAccessibleName(self.tr("Load keys and tokens"))
        self.show_secrets_button.clicked.connect(self.revealRequested)
        secrets_layout.addWidget(self.show_secrets_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.secrets_box)

        # linked exports
        self.links_box = QGroupBox(self.tr("Files kept up to date"), body)
        self.links_layout = QVBoxLayout(self.links_box)
        layout.addWidget(self.links_box)
        layout.addStretch(1)

    # content ---------------------------------------------------------------------
    def set_credential(self, cred: Any) -> None:
        """Show ``cred``'s metadata; secrets are cleared until :meth:`set_secrets`."""
        changed = self.credential is None or self.credential.name != cred.name
        self.credential = cred
        if changed:
            self.message.clear()
            self.busy.stop()
            self._avatar = None
            self.clear_secrets()
        handle = f"@{cred.username}" if cred.username else ""
        if cred.display_name:
            self.title_label.setText(cred.display_name)
            self.subtitle_label.setText(f"{handle} · {cred.name}" if handle else cred.name)
        elif handle:
            self.title_label.setText(handle)
            self.subtitle_label.setText(cred.name)
        else:
            self.title_label.setText(cred.name)
            self.subtitle_label.setText(cred.app or "")
        self.method_label.setText(method_text(cred.method))
        self._render_avatar()
        self._fill_details(cred)
        self._fill_links(cred)
        method = str(getattr(cred.method, "value", cred.method))
        self.refresh_button.setVisible(
            method == Method.OAUTH2.value and (cred.status or "") not in ("reauthorize", "revoked")
        )
        self.verify_button.setEnabled(method != Method.BASIC.value)
        self.tick()

    def tick(self, now: float | None = None) -> None:
        """Update the live status (called every second by the window)."""
        cred = self.credential
        if cred is None:
            return
        text, kind = status_text(cred, now)
        self.status_badge.setText(text)
        self.status_badge.setKind(kind)
        self.status_badge.setAccessibleName(self.tr("Status: {text}").format(text=text))
        self.reauthorize_row.setVisible(
            (cred.status or "") in ("reauthorize", "revoked") and can_reauthorize(cred.method)
        )

    def _fill_details(self, cred: Any) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)
        rows: list[tuple[str, str]] = [
            (self.tr("Saved as"), cred.name),
            (self.tr("App"), cred.app or self.tr("(not named)")),
        ]
        if cred.user_id:
            rows.append((self.tr("Account ID"), cred.user_id))
        if cred.scopes:
            rows.append((self.tr("Permissions"), ", ".join(cred.scopes)))
        if cred.redirect_uri:
            rows.append((self.tr("Callback URL"), cred.redirect_uri))
        if cred.created_at:
            rows.append((self.tr("Created"), _when(cred.created_at)))
        if cred.last_refresh:
            rows.append((self.tr("Last refreshed"), _when(cred.last_refresh)))
        if cred.expires_at:
            rows.append((self.tr("Access token expires"), _when(cred.expires_at)))
        if getattr(cred, "sandbox", False) or (cred.api_base and "api.x.com" not in cred.api_base):
            rows.append((self.tr("Server"), cred.api_base or self.tr("sandbox")))
        for label, value in rows:
            field = QLabel(value, self.details_box)
            field.setWordWrap(True)
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            field.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            field.setAccessibleName(label)
            self.details.addRow(label + ":", field)

    def _fill_links(self, cred: Any) -> None:
        while self.links_layout.count():
            item = self.links_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        links = tuple(getattr(cred, "linked_exports", ()) or ())
        self.links_box.setVisible(bool(links))
        for link in links:
            row = QWidget(self.links_box)
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            icon = QLabel(row)
            icon.setPixmap(theme.icon("link").pixmap(QSize(16, 16), self.devicePixelRatioF()))
            h.addWidget(icon)
            label = QLabel(link.path, row)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setToolTip(self.tr("Rewritten with the new tokens after each refresh"))
            h.addWidget(label, 1)
            remove = QToolButton(row)
            remove.setText(self.tr("Stop updating"))
            remove.setToolTip(self.tr("Stop rewriting this file (the file itself is kept)"))
            remove.setAccessibleName(self.tr("Stop updating {path}").format(path=link.path))
            remove.clicked.connect(lambda _=False, p=link.path: self.removeLinkRequested.emit(p))
            h.addWidget(remove)
            self.links_layout.addWidget(row)

    def clear_secrets(self) -> None:
        """Forget displayed secret values (selection changed, credential removed)."""
        for field in self.fields.values():
            field.setValue("")
        while self.secrets_form.rowCount():
            self.secrets_form.removeRow(0)
        self.fields = {}
        self.show_secrets_button.show()

    def set_secrets(self, values: dict[str, str]) -> None:
        """Show the secret values, each masked (except public ones) with reveal and copy."""
        self.clear_secrets()
        for key, masked in SECRET_FIELDS:
            value = values.get(key)
            if not value:
                continue
            label = secret_label(key)
            field = SecretField(
                label, value, clipboard=self._clipboard, secret=masked, parent=self.secrets_box
            )
            field.setObjectName(f"secret_{key}")
            self.fields[key] = field
            self.secrets_form.addRow(label + ":", field)
        self.show_secrets_button.setVisible(not self.fields)

    def set_avatar(self, pixmap: QPixmap | None) -> None:
        self._avatar = pixmap
        self._render_avatar()

    def _render_avatar(self) -> None:
        cred = self.credential
        dpr = self.devicePixelRatioF()
        if self._avatar is not None and not self._avatar.isNull():
            pm = round_pixmap(self._avatar, self.AVATAR, dpr)
        else:
            text = (cred.display_name or cred.username or cred.name) if cred else "?"
            pm = initials_pixmap(text, self.AVATAR, self.palette(), dpr)
        self.avatar_label.setPixmap(pm)

    def set_working(self, working: bool) -> None:
        """Disable the action buttons while an operation runs."""
        for button in (
            self.export_button,
            self.verify_button,
            self.refresh_button,
            self.revoke_button,
            self.delete_button,
            self.show_secrets_button,
        ):
            button.setEnabled(not working)
        if not working and self.credential is not None:
            method = str(getattr(self.credential.method, "value", self.credential.method))
            self.verify_button.setEnabled(method != Method.BASIC.value)


def _when(epoch: float) -> str:
    from PySide6.QtCore import QDateTime

    return QDateTime.fromSecsSinceEpoch(int(epoch)).toString("yyyy-MM-dd HH:mm")


class AppView(QWidget):
    """Detail pane for an app: its credentials and "Sign out everywhere for this app"."""

    signOutRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.title_label = _heading("", self)
        layout.addWidget(self.title_label)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.message = InlineMessage(self)
        layout.addWidget(self.message)
        self.busy = BusyIndicator(self)
        layout.addWidget(self.busy)
        self.sign_out_button = _action_button(
            self.tr("Sign out everywhere for this app…"),
            "sign-out",
            self.tr("Revoke every saved credential of this app at X and remove them here"),
            self,
        )
        self.sign_out_button.clicked.connect(self.signOutRequested)
        layout.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def set_app(self, app: str, credentials: list[Any]) -> None:
        if app != self.app:
            self.message.clear()
            self.busy.stop()
        self.app = app
        self.title_label.setText(app or self.tr("Unnamed app"))
        names = ", ".join((f"@{c.username}" if c.username else c.name) for c in credentials)
        self.summary_label.setText(
            self.tr("{n} saved credential(s): {names}").format(n=len(credentials), names=names)
        )
