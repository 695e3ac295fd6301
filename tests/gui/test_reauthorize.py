"""One-click "Authorize again" (issue 5.4) against the sandbox: a sign-in whose refresh was
interrupted after X rotated the tokens becomes "reauthorize"; the vault window's button runs
the wizard with the saved keys and settings and gets a working credential back under the same
name, with its linked exports kept and rewritten."""

from __future__ import annotations

import pytest
from dotenv import dotenv_values
from PySide6.QtCore import Qt

from tests.gui.conftest import make_credential
from tests.gui.test_wizard_support import (
    install_browser,
    login_oauth2,
    make_context,
    wait_preflight,
)
from twauth_gui.core import export, lifecycle
from twauth_gui.core.errors import ErrorKind, FlowError
from twauth_gui.core.flow import FieldId, OAuth1Mode, Page, WizardMethod
from twauth_gui.core.models import Method
from twauth_gui.core.vault import LinkedExport
from twauth_gui.ui import vault_ops
from twauth_gui.ui.vault_window import VaultWindow


@pytest.fixture
def sctx(sandbox, tmp_path):
    return make_context(sandbox, tmp_path)


def _open(qtbot, ctx) -> VaultWindow:
    win = VaultWindow(ctx)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=5000):
        win.show()
    return win


def _link_env(vault, name, path) -> None:
    cred = vault.get(name)
    pairs = export.export_fields(
        vault.secrets(name), expires_at=cred.expires_at, preset="x", method="oauth2"
    )
    path.write_text("# my bot\nOTHER=keep\n")
    text, _diff = export.merge_env(path.read_text(), pairs)
    export.write_export(path, text)
    vault_ops.add_linked_export(vault, name, LinkedExport(str(path)))


def _interrupt_refresh(vault, name, monkeypatch) -> None:
    """X rotates the pair, the process "dies" before the save; the next refresh finds out."""

    def crash() -> None:
        raise RuntimeError("killed between X's answer and the save")

    before = vault.secrets(name)
    monkeypatch.setattr(lifecycle, "after_token_response", crash)
    with pytest.raises(RuntimeError):
        lifecycle.refresh(vault, name)
    monkeypatch.setattr(lifecycle, "after_token_response", None)
    assert vault.secrets(name) == before  # nothing was saved
    with pytest.raises(FlowError) as err:
        lifecycle.refresh(vault, name)
    assert err.value.kind == ErrorKind.REAUTHORIZE
    assert lifecycle.status_of(vault.get(name)) == lifecycle.Status.REAUTHORIZE


def test_one_click_reauthorize_after_an_interrupted_refresh(
    qtbot, sctx, sandbox, tmp_path, monkeypatch
):
    vault = sctx.vault()
    cred = login_oauth2(qtbot, sctx, sandbox, monkeypatch, "bot")
    other = make_credential(vault, "other", sandbox=True, api_base=sandbox.url)
    other_meta = vault.get("other")
    env = tmp_path / "bot.env"
    _link_env(vault, "bot", env)
    old = vault.secrets("bot")
    _interrupt_refresh(vault, "bot", monkeypatch)
    stale = vault.get("bot")
    assert stale.linked_exports == (LinkedExport(str(env)),)

    win = _open(qtbot, sctx)
    assert win.select_credential("bot")
    cv = win.credential_view
    assert cv.status_badge.text() == "Sign-in ended — authorize again"
    assert cv.reauthorize_row.isVisibleTo(win)
    assert not cv.refresh_button.isVisibleTo(win)

    browser = install_browser(monkeypatch, sandbox)
    qtbot.mouseClick(cv.reauthorize_button, Qt.MouseButton.LeftButton)
    wizard = win._wizard
    assert wizard is not None and wizard.reauthorize_name == "bot"
    qtbot.waitUntil(lambda: wizard.current_page_kind() == Page.SETUP, timeout=10000)
    # Everything reused: keys, callback, scopes, name (read-only), app label.
    data = wizard.data
    assert data.method == WizardMethod.OAUTH2 and data.replaces == "bot"
    assert data.values[FieldId.CLIENT_ID] == old["client_id"]
    assert data.values[FieldId.CLIENT_SECRET] == old["client_secret"]
    assert data.values[FieldId.APP_NAME] == cred.app
    setup = wizard.setup_page
    assert setup.callback.url_edit.text() == cred.redirect_uri
    assert setup.scope_picker.selected() == tuple(cred.scopes)
    assert setup.name_edit.text() == "bot" and setup.name_edit.isReadOnly()
    assert setup.reauthorize_note.isVisibleTo(wizard)
    assert "Replaces" in setup.name_status.text.text()
    assert not wizard.button(wizard.WizardButton.BackButton).isVisible()
    wait_preflight(qtbot, wizard)
    tokens_before = sandbox.request_count("/2/oauth2/token")
    with qtbot.waitSignal(win.loaded, timeout=20000):
        with qtbot.waitSignal(wizard.credentialSaved, timeout=20000) as saved:
            wizard.next()
    assert saved.args == ["bot"]
    browser.join()
    assert browser.statuses == [200]
    assert sandbox.request_count("/2/oauth2/token") == tokens_before + 1
    result = wizard.result_page
    qtbot.waitUntil(result.isComplete, timeout=5000)
    assert result.message.message() == (
        "Authorized again: “bot” works again. 1 linked file(s) rewritten."
    )

    new = vault.get("bot")
    new_secrets = vault.secrets("bot")
    assert new.status == "valid"
    assert new.linked_exports == stale.linked_exports
    assert new.created_at == stale.created_at
    assert (new.app, new.method, new.scopes, new.redirect_uri) == (
        cred.app, Method.OAUTH2, cred.scopes, cred.redirect_uri
    )
    assert new.username == "twauth_demo"
    assert new_secrets["client_id"] == old["client_id"]
    assert new_secrets["client_secret"] == old["client_secret"]
    assert new_secrets["access_token"] != old["access_token"]
    assert new_secrets["refresh_token"] != old["refresh_token"]
    values = dotenv_values(env)
    assert values["OTHER"] == "keep"
    assert values["X_OAUTH2_ACCESS_TOKEN"] == new_secrets["access_token"]
    assert values["X_OAUTH2_REFRESH_TOKEN"] == new_secrets["refresh_token"]
    # Nothing else touched.
    assert vault.get("other") == other_meta and vault.secrets("other") == other
    # The window shows it working again.
    assert win.select_credential("bot")
    qtbot.waitUntil(lambda: cv.credential is not None and cv.credential.status == "valid",
                    timeout=5000)
    assert not cv.reauthorize_row.isVisibleTo(win)
    assert cv.refresh_button.isVisibleTo(win)
    # And it really works: a refresh rotates it again and rewrites the linked file.
    res = lifecycle.refresh(vault, "bot")
    assert res.refreshed
    assert dotenv_values(env)["X_OAUTH2_ACCESS_TOKEN"] == res.access_token


def test_refresh_button_reports_reauthorize_and_offers_the_button(
    qtbot, sctx, sandbox, monkeypatch
):
    """A Refresh that finds the sign-in ended shows the core's message and the button."""
    vault = sctx.vault()
    login_oauth2(qtbot, sctx, sandbox, monkeypatch, "bot")

    def crash() -> None:
        raise RuntimeError("killed between X's answer and the save")

    monkeypatch.setattr(lifecycle, "after_token_response", crash)
    with pytest.raises(RuntimeError):
        lifecycle.refresh(vault, "bot")
    monkeypatch.setattr(lifecycle, "after_token_response", None)
    win = _open(qtbot, sctx)
    assert win.select_credential("bot")
    cv = win.credential_view
    assert cv.refresh_button.isVisibleTo(win) and not cv.reauthorize_row.isVisibleTo(win)
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        qtbot.mouseClick(cv.refresh_button, Qt.MouseButton.LeftButton)
    assert cv.message.kind == "error"
    assert cv.message.message() == "This sign-in has ended for 'bot' — authorize again."
    qtbot.waitUntil(lambda: cv.reauthorize_row.isVisibleTo(win), timeout=5000)
    assert not cv.refresh_button.isVisibleTo(win)
    assert vault.get("bot").status == "reauthorize"


def test_reauthorize_oauth1_pin(qtbot, sctx, sandbox, monkeypatch):
    """A revoked OAuth 1.0a credential saved with the PIN comes back through the PIN."""
    from twauth_gui.ui.wizard import TokenWizard

    vault = sctx.vault()
    app = sandbox.app("confidential")
    secrets = make_credential(
        vault, "pin-bot", method=Method.OAUTH1, redirect_uri="oob", scopes=(),
        expires_at=None, status="revoked", sandbox=True, api_base=sandbox.url,
        secrets={"api_key": app.api_key, "api_secret": app.api_secret,
                 "access_token": "1234567890-" + "o" * 40, "access_token_secret": "s" * 45},
    )
    browser = install_browser(monkeypatch, sandbox)
    wizard = TokenWizard(sctx, reauthorize="pin-bot", callback_timeout=20.0)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.current_page_kind() == Page.SETUP, timeout=10000)
    assert wizard.data.method == WizardMethod.OAUTH1
    assert wizard.data.oauth1_mode == OAuth1Mode.PIN
    assert wizard.setup_page.callback.pin_radio.isChecked()
    wait_preflight(qtbot, wizard)
    wizard.next()
    assert wizard.current_page_kind() == Page.AUTHORIZE
    qtbot.waitUntil(lambda: bool(browser.pins), timeout=15000)
    wizard.authorize_page.pin_edit.setText(browser.pins[0])
    with qtbot.waitSignal(wizard.credentialSaved, timeout=20000):
        wizard.next()
        qtbot.waitUntil(lambda: wizard.current_page_kind() == Page.RESULT, timeout=15000)
    new = vault.get("pin-bot")
    new_secrets = vault.secrets("pin-bot")
    assert new.status == "valid" and new.redirect_uri == "oob"
    assert new_secrets["api_key"] == secrets["api_key"]
    assert new_secrets["access_token"] != secrets["access_token"]
    wizard.reject()


def test_keys_that_cannot_be_read_offer_to_start_over(qtbot, sctx, sandbox):
    from twauth_gui.ui.wizard import TokenWizard

    vault = sctx.vault()
    make_credential(vault, "pasted", method=Method.BEARER, secrets={"bearer_token": "A" * 80},
                    status="revoked", sandbox=True)
    wizard = TokenWizard(sctx, reauthorize="pasted")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.reauthorize_page
    qtbot.waitUntil(lambda: page.message.isVisibleTo(wizard), timeout=10000)
    assert page.message.message() == "'pasted' has no app keys to sign in with again."
    assert page.start_over_button.isVisibleTo(wizard)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(page.start_over_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page_kind() == Page.WELCOME
    assert wizard.data.replaces == ""
    wizard.reject()


def test_missing_credential_is_reported(qtbot, sctx):
    from twauth_gui.ui.wizard import TokenWizard

    wizard = TokenWizard(sctx, reauthorize="gone")
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.reauthorize_page
    qtbot.waitUntil(lambda: page.message.isVisibleTo(wizard), timeout=10000)
    assert page.message.kind == "error"
    assert "gone" in page.message.message()
    wizard.reject()


def test_wizard_remembers_its_size(qtbot, sctx):
    from PySide6.QtCore import QSize

    from twauth_gui.ui.wizard import TokenWizard

    first = TokenWizard(sctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(900, 777))
    qtbot.waitUntil(lambda: first.size() == QSize(900, 777), timeout=3000)
    first.reject()
    from pathlib import Path

    text = Path(sctx.settings.file_name()).read_text(encoding="utf-8")
    assert "wizard" in text and "900" in text
    second = TokenWizard(sctx)
    qtbot.addWidget(second)
    assert second.size() == QSize(900, 777)
    second.reject()
