"""The vault window on a real Vault (memory store): empty state, list, reveal/copy, delete."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from twauth_gui.core.models import Method
from twauth_gui.ui import vault_window
from twauth_gui.ui.clipboard import KDE_HINT
from twauth_gui.ui.vault_window import VaultWindow


def _open(qtbot, ctx) -> VaultWindow:
    win = VaultWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=5000):
        win.show()
    return win


def test_empty_vault_shows_invitation(qtbot, ctx):
    win = _open(qtbot, ctx)
    assert win.pages.currentWidget() is win.empty_view
    assert win.empty_view.get_button.text() == "Get new tokens"
    assert "Session only" in win.store_label.text()  # MemoryStore → warning shown


def test_saved_credentials_listed_with_live_status(qtbot, ctx, make_cred):
    make_cred("bot")
    make_cred(
        "reader",
        app="Reader App",
        method=Method.APP,
        username="",
        display_name="",
        expires_at=None,
        scopes=(),
        secrets={"api_key": "k" * 25, "api_secret": "s" * 50, "bearer_token": "AAAA" + "b" * 60},
    )
    win = _open(qtbot, ctx)
    assert win.pages.currentWidget() is win.splitter
    apps = [win.tree.topLevelItem(i).text(0) for i in range(win.tree.topLevelItemCount())]
    assert apps == ["My Bot App", "Reader App"]
    bot = win._find("cred", "bot")
    assert bot.text(0) == "@twauth_demo"
    assert bot.text(1) == "OAuth 2.0"
    assert bot.text(2).startswith("Valid · 1 h 1")
    assert bot.toolTip(2).startswith("Valid — expires in 1 h 1")
    reader = win._find("cred", "reader")
    assert reader.text(2) == "App context"
    # the first credential is selected and its secrets loaded, masked
    qtbot.waitUntil(lambda: "access_token" in win.credential_view.fields, timeout=5000)
    assert win.credential_view.title_label.text() == "Twauth Demo"
    field = win.credential_view.fields["access_token"]
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Password
    assert win.credential_view.fields["client_id"].isRevealed()  # public value


def test_live_countdown_updates(qtbot, ctx, make_cred):
    make_cred("soon", expires_at=time.time() + 125)
    win = _open(qtbot, ctx)
    ctx.settings.set_value("vault/auto_refresh", False)
    item = win._find("cred", "soon")
    assert item.text(2) == "Expires in 2 min"
    win.credentials["soon"] = win.credentials["soon"].__class__(
        **{**win.credentials["soon"].__dict__, "expires_at": time.time() - 200}
    )
    qtbot.waitUntil(lambda: item.text(2).startswith("Expired 3 min ago"), timeout=3000)
    assert win.credential_view.status_badge.text().startswith("Expired")


def test_reveal_and_copy_secret(qtbot, ctx, make_cred):
    secrets = make_cred("bot")
    win = _open(qtbot, ctx)
    qtbot.waitUntil(lambda: "access_token" in win.credential_view.fields, timeout=5000)
    field = win.credential_view.fields["access_token"]
    qtbot.mouseClick(field.reveal_button, Qt.MouseButton.LeftButton)
    assert field.line_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.line_edit.text() == secrets["access_token"]
    qtbot.mouseClick(field.copy_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text() == secrets["access_token"]
    assert bytes(mime.data(KDE_HINT)) == b"secret"
    assert win.clipboard_notice.text() == "Copied Access Token — clears in 30 s"


def test_delete_asks_first_and_cancel_keeps(qtbot, ctx, make_cred, memory_vault, monkeypatch):
    make_cred("bot")
    win = _open(qtbot, ctx)
    asked: list[str] = []
    monkeypatch.setattr(vault_window, "confirm", lambda *a: asked.append(a[2]) or False)
    qtbot.mouseClick(win.credential_view.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Delete “bot” from this computer?"]
    assert [c.name for c in memory_vault.list()] == ["bot"]
    monkeypatch.setattr(vault_window, "confirm", lambda *a: True)
    with qtbot.waitSignal(win.loaded, timeout=5000):
        qtbot.mouseClick(win.credential_view.delete_button, Qt.MouseButton.LeftButton)
    assert memory_vault.list() == []
    assert win.pages.currentWidget() is win.empty_view
    assert win.credential_view.fields == {}


def test_delete_real_message_box_defaults_to_cancel(qtbot, ctx, make_cred, memory_vault):
    make_cred("bot")
    win = _open(qtbot, ctx)
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QGuiApplication.instance().activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        box.reject()  # Escape = Cancel

    qtbot.waitUntil(lambda: "access_token" in win.credential_view.fields, timeout=5000)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(100, answer)
    win.delete_selected()
    assert seen["text"] == "Delete “bot” from this computer?"
    assert seen["default"] == "Cancel"
    assert [c.name for c in memory_vault.list()] == ["bot"]


def test_revoke_offline_shows_inline_error(qtbot, ctx, make_cred, monkeypatch):
    make_cred("bot")  # api_base "" → TWAUTH_API_URL: a dead address in tests
    win = _open(qtbot, ctx)
    answers = iter([True, False])  # yes revoke; then "remove here only?" → no
    monkeypatch.setattr(vault_window, "confirm", lambda *a: next(answers))
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        qtbot.mouseClick(win.credential_view.revoke_button, Qt.MouseButton.LeftButton)
        assert win.credential_view.busy.isVisibleTo(win)
    msg = win.credential_view.message
    assert not msg.isHidden()
    assert "nothing was revoked" in msg.hint()
    assert win.credential_view.delete_button.isEnabled()


def test_refresh_and_verify_against_sandbox(qtbot, ctx, memory_vault, sandbox):
    """Real tokens from the sandbox: Refresh rotates them, Verify fills in the account."""
    from twauth_gui.core import oauth2
    from twauth_gui.core.models import AppKeys
    from twauth_gui.core.vault import Credential

    app = sandbox.app("confidential")
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret or "")
    redirect = app.callbacks[0]
    flow = oauth2.start(
        keys, redirect, ["tweet.read", "users.read", "offline.access"], endpoints=sandbox.endpoints
    )
    from urllib.parse import parse_qs, urlparse

    code = parse_qs(urlparse(sandbox.browser(flow.authorize_url)).query)["code"][0]
    tokens = oauth2.finish(flow, code)
    memory_vault.save(
        Credential(
            name="demo",
            app="Demo",
            method=Method.OAUTH2,
            scopes=tokens.scopes,
            expires_at=tokens.expires_at,
            sandbox=True,
            api_base=sandbox.url,
        ),
        {
            "client_id": keys.client_id,
            "client_secret": keys.client_secret,
            "access_token": tokens.access_token,
            "refresh_token": tokens.refresh_token or "",
        },
    )
    win = _open(qtbot, ctx)
    qtbot.waitUntil(lambda: "access_token" in win.credential_view.fields, timeout=5000)
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        qtbot.mouseClick(win.credential_view.verify_button, Qt.MouseButton.LeftButton)
    assert win.credential_view.message.kind == "ok", win.credential_view.message.hint()
    assert memory_vault.get("demo").username == "twauth_demo"
    assert win._find("cred", "demo").text(0) == "@twauth_demo"
    before = sandbox.request_count("/2/oauth2/token")
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        qtbot.mouseClick(win.credential_view.refresh_button, Qt.MouseButton.LeftButton)
    assert win.credential_view.message.message() == "Fresh tokens saved."
    assert sandbox.request_count("/2/oauth2/token") == before + 1
    new = memory_vault.secrets("demo")
    assert new["refresh_token"] != tokens.refresh_token
    qtbot.waitUntil(
        lambda: (
            win.credential_view.fields.get("access_token") is not None
            and win.credential_view.fields["access_token"].value() == new["access_token"]
        ),
        timeout=5000,
    )


def test_sandbox_badge_and_title(qtbot, memory_vault, tmp_path, sandbox):
    from twauth_gui.ui.context import AppContext, Settings

    c = AppContext(
        sandbox=sandbox, settings=Settings(tmp_path / "s.ini"), vault_factory=lambda: memory_vault
    )
    assert c.endpoints == sandbox.endpoints
    assert c.data_dir is not None and c.data_dir.name == "sandbox"
    win = _open(qtbot, c)
    assert win.sandbox_badge is not None and win.sandbox_badge.text() == "Sandbox"
    assert "Sandbox" in win.windowTitle()
    assert "sandbox" in win.store_label.text()


def test_every_control_has_accessible_name_and_tooltip(qtbot, ctx, make_cred):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    make_cred("bot")
    win = _open(qtbot, ctx)
    qtbot.waitUntil(lambda: "access_token" in win.credential_view.fields, timeout=5000)
    missing = []
    for w in win.findChildren(QWidget):
        if not isinstance(w, (QAbstractButton, QComboBox, QLineEdit)) or not w.isVisibleTo(win):
            continue
        if w.parent() is win.toolbar or type(w).__name__ == "QToolBarExtension":
            continue
        if not w.accessibleName() and not (isinstance(w, QAbstractButton) and w.text()):
            missing.append(repr(w))
        if not w.toolTip() and isinstance(w, QAbstractButton):
            missing.append("tooltip:" + (w.text() or repr(w)))
    assert missing == []
    for action in (win.get_tokens_action, win.reload_action, win.about_action):
        assert action.toolTip()


def test_geometry_remembered_and_settings_hold_no_secret(qtbot, ctx, make_cred, tmp_path):
    secrets = make_cred("bot")
    win = _open(qtbot, ctx)
    qtbot.waitUntil(lambda: "access_token" in win.credential_view.fields, timeout=5000)
    win.resize(760, 520)
    win.credential_view.fields["access_token"].copy()
    win.close()
    ctx.settings.sync()
    raw = (tmp_path / "gui.ini").read_bytes()
    assert b"geometry" in raw
    for value in secrets.values():
        assert value.encode() not in raw
    # restoring uses the saved geometry
    again = VaultWindow(ctx, load=False)
    qtbot.addWidget(again)
    assert (again.size().width(), again.size().height()) == (760, 520)


def test_settings_refuse_a_secret(ctx, make_cred):
    from twauth_gui.ui.context import SecretInSettings

    secrets = make_cred("bot")
    with pytest.raises(SecretInSettings):
        ctx.settings.set_value("export/last_dir", "/tmp/" + secrets["access_token"])


def test_get_new_tokens_opens_wizard_or_placeholder(qtbot, ctx, monkeypatch):
    import sys

    win = _open(qtbot, ctx)
    monkeypatch.setitem(sys.modules, "twauth_gui.ui.wizard", None)  # not importable
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    qtbot.mouseClick(win.empty_view.get_button, Qt.MouseButton.LeftButton)
    assert shown == ["The token wizard is not available in this build."]


def test_no_keyring_offers_session_only(qtbot, tmp_path):
    from twauth_gui.core.errors import ErrorKind, KeyringUnavailable
    from twauth_gui.ui.context import AppContext, Settings

    def no_keyring():
        raise KeyringUnavailable(
            "No system keyring.", "Choose another store.", kind=ErrorKind.KEYRING_UNAVAILABLE
        )

    c = AppContext(settings=Settings(tmp_path / "k.ini"), vault_factory=no_keyring)
    win = _open(qtbot, c)
    assert win.pages.currentWidget() is win.problem_view
    assert win.problem_view.message.message() == "No system keyring."
    assert not win.get_tokens_action.isEnabled()
    assert win.store_label.text() == "No secret store available"
    with qtbot.waitSignal(win.loaded, timeout=5000):
        qtbot.mouseClick(win.problem_view.memory_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.empty_view
    assert win.get_tokens_action.isEnabled()
    assert "Session only" in win.store_label.text()
    assert c.vault().backend.kind == "memory"


def test_wizard_opens_and_saved_credential_is_selected(qtbot, ctx, make_cred):
    win = _open(qtbot, ctx)
    qtbot.mouseClick(win.empty_view.get_button, Qt.MouseButton.LeftButton)
    wizard = win._wizard
    assert wizard is not None and wizard.isVisible()
    make_cred("fresh")
    with qtbot.waitSignal(win.loaded, timeout=5000):
        wizard.credentialSaved.emit("fresh")
    assert win.selected() == ("cred", "fresh")
    wizard.close()
