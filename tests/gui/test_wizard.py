"""The token wizard driven page by page against the sandbox (real HTTP, real loopback)."""

from __future__ import annotations

import pytest

from tests.gui.test_wizard_support import (
    go_to_keys,
    install_browser,
    make_context,
    page_of,
    set_field,
    set_port,
    wait_preflight,
)
from tests.support.net import free_port
from twauth_gui.core.flow import FieldId, Page, WizardMethod
from twauth_gui.core.models import Method


@pytest.fixture
def ctx(sandbox, tmp_path):
    return make_context(sandbox, tmp_path)


@pytest.fixture
def wizard(qtbot, ctx):
    from twauth_gui.ui.wizard import TokenWizard

    wiz = TokenWizard(ctx, callback_timeout=20.0)
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    wiz.reject()


def _finish_saved(qtbot, wizard, name: str):
    result = wizard.result_page
    qtbot.waitUntil(result.isComplete, timeout=15000)
    cred = wizard.ctx.vault().get(name)
    return cred, wizard.ctx.vault().secrets(name)


def _oauth2(qtbot, wizard, sandbox, monkeypatch, demo: str):
    browser = install_browser(monkeypatch, sandbox)
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH2)
    keys = wizard.keys_page
    keys.demo_combo.setCurrentIndex(keys.demo_combo.findData(demo))
    keys.fill_demo(force=True)
    app = sandbox.app(demo)
    assert keys.rows[FieldId.CLIENT_ID].text() == app.client_id
    assert keys.isComplete()
    wizard.next()
    assert page_of(wizard) == Page.SETUP
    port = free_port()
    sandbox.register_callback(demo, f"http://127.0.0.1:{port}/callback")
    set_port(wizard, port)
    assert wizard.setup_page.callback.url_edit.text() == f"http://127.0.0.1:{port}/callback"
    wizard.setup_page.name_edit.setText(f"demo-{demo}")
    wait_preflight(qtbot, wizard)
    assert "Client ID" in wizard.setup_page.result.hint()
    with qtbot.waitSignal(wizard.credentialSaved, timeout=20000) as saved:
        wizard.next()
        assert page_of(wizard) == Page.AUTHORIZE
    assert saved.args == [f"demo-{demo}"]
    assert page_of(wizard) == Page.RESULT
    cred, secrets = _finish_saved(qtbot, wizard, f"demo-{demo}")
    browser.join()
    assert browser.statuses == [200]
    assert cred.method == Method.OAUTH2
    assert cred.username == "twauth_demo"
    assert cred.sandbox is True
    assert "offline.access" in cred.scopes
    assert secrets["client_id"] == app.client_id
    assert secrets["access_token"] and secrets["refresh_token"]
    assert ("client_secret" in secrets) == (demo == "confidential")
    result = wizard.result_page
    assert "@twauth_demo" in result.who.text()
    assert result.fields["access_token"].value() == secrets["access_token"]
    assert not result.fields["access_token"].isRevealed()
    assert result.export_button.isEnabled()
    return result


def test_oauth2_confidential(qtbot, wizard, sandbox, monkeypatch):
    result = _oauth2(qtbot, wizard, sandbox, monkeypatch, "confidential")
    # The avatar is loaded in a worker.
    qtbot.waitUntil(lambda: result.avatar.pixmap() is not None, timeout=5000)


def test_oauth2_public(qtbot, wizard, sandbox, monkeypatch):
    _oauth2(qtbot, wizard, sandbox, monkeypatch, "public")


def _oauth1_to_setup(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH1)
    app = sandbox.app("confidential")
    assert wizard.keys_page.rows[FieldId.API_KEY].text() == app.api_key
    wizard.next()
    assert page_of(wizard) == Page.SETUP
    return app


def test_oauth1_callback(qtbot, wizard, sandbox, monkeypatch):
    browser = install_browser(monkeypatch, sandbox)
    app = _oauth1_to_setup(qtbot, wizard, sandbox)
    port = free_port()
    sandbox.register_callback("confidential", f"http://localhost:{port}/callback")
    setup = wizard.setup_page
    setup.callback.host_combo.setCurrentIndex(setup.callback.host_combo.findData("localhost"))
    set_port(wizard, port)
    wait_preflight(qtbot, wizard)
    assert f"http://localhost:{port}/callback" in setup.result.hint()
    name = setup.name_edit.text()
    assert name.endswith("-oauth1")
    wizard.next()
    qtbot.waitUntil(lambda: page_of(wizard) == Page.RESULT, timeout=15000)
    cred, secrets = _finish_saved(qtbot, wizard, name)
    browser.join()
    assert cred.method == Method.OAUTH1 and cred.username == "twauth_demo"
    assert cred.redirect_uri == f"http://localhost:{port}/callback"
    assert set(secrets) == {"api_key", "api_secret", "access_token", "access_token_secret"}
    assert secrets["api_key"] == app.api_key
    assert secrets["access_token"].startswith("1234567890-")


def test_oauth1_pin(qtbot, wizard, sandbox, monkeypatch):
    browser = install_browser(monkeypatch, sandbox)
    _oauth1_to_setup(qtbot, wizard, sandbox)
    setup = wizard.setup_page
    setup.callback.pin_radio.setChecked(True)
    assert wizard.data.redirect_uri == "oob"
    assert not setup.callback.url_box.isEnabled()
    wait_preflight(qtbot, wizard)
    assert "PIN" in setup.result.hint()
    wizard.next()
    auth = wizard.authorize_page
    assert page_of(wizard) == Page.AUTHORIZE
    assert auth.pin_box.isVisibleTo(auth)
    qtbot.waitUntil(lambda: bool(browser.pins), timeout=10000)
    assert not auth.isComplete()
    auth.pin_edit.setFocus()
    qtbot.keyClicks(auth.pin_edit, browser.pins[0])
    assert auth.isComplete()
    name = wizard.data.profile_name
    wizard.next()  # exchanges the PIN in a worker, then moves on by itself
    qtbot.waitUntil(lambda: page_of(wizard) == Page.RESULT, timeout=15000)
    cred, secrets = _finish_saved(qtbot, wizard, name)
    assert cred.method == Method.OAUTH1 and cred.redirect_uri == "oob"
    assert secrets["access_token_secret"]


def test_oauth1_wrong_pin_is_shown_and_retry_works(qtbot, wizard, sandbox, monkeypatch):
    browser = install_browser(monkeypatch, sandbox)
    _oauth1_to_setup(qtbot, wizard, sandbox)
    wizard.setup_page.callback.pin_radio.setChecked(True)
    wait_preflight(qtbot, wizard)
    wizard.next()
    auth = wizard.authorize_page
    qtbot.waitUntil(lambda: bool(browser.pins), timeout=10000)
    wrong = "0000000" if browser.pins[0] != "0000000" else "1111111"
    auth.pin_edit.setText(wrong)
    wizard.next()
    qtbot.waitUntil(lambda: auth.message.isVisibleTo(auth) and auth.message.kind == "error",
                    timeout=10000)
    assert "PIN" in auth.message.message()
    assert page_of(wizard) == Page.AUTHORIZE
    assert auth.retry_button.isVisibleTo(auth)
    auth.retry_button.click()
    qtbot.waitUntil(lambda: len(browser.pins) == 2, timeout=10000)
    auth.pin_edit.setText(browser.pins[1])
    wizard.next()
    qtbot.waitUntil(lambda: page_of(wizard) == Page.RESULT, timeout=15000)


def test_bearer(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.APP_ONLY)
    wizard.next()
    setup = wizard.setup_page
    assert not setup.callback.isVisibleTo(setup)
    assert setup.isCommitPage()
    wait_preflight(qtbot, wizard)
    assert "Bearer" in setup.result.hint()
    name = setup.name_edit.text()
    calls = sandbox.request_count("/oauth2/token")
    wizard.next()
    assert page_of(wizard) == Page.RESULT
    cred, secrets = _finish_saved(qtbot, wizard, name)
    assert cred.method == Method.APP and cred.status == "app"
    assert secrets["bearer_token"].startswith("AAAA")
    # The token from the setup check is kept, not fetched twice.
    assert sandbox.request_count("/oauth2/token") == calls
    assert "app-only" in wizard.result_page.who.text()


def test_basic(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.BASIC)
    assert wizard.keys_page.rows[FieldId.USERNAME].text() == sandbox.basic_user[0]
    wizard.next()
    setup = wizard.setup_page
    assert setup.test_edit.text() == sandbox.basic_url
    wait_preflight(qtbot, wizard)
    assert "accepted" in setup.result.hint()
    name = setup.name_edit.text()
    wizard.next()
    cred, secrets = _finish_saved(qtbot, wizard, name)
    assert cred.method == Method.BASIC
    assert secrets == {"username": sandbox.basic_user[0], "password": sandbox.basic_user[1]}


def test_basic_wrong_password(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.BASIC)
    set_field(wizard, FieldId.PASSWORD, "not-the-password")
    wizard.next()
    wait_preflight(qtbot, wizard, ok=False)
    assert "password" in wizard.setup_page.result.message()
    assert not wizard.setup_page.isComplete()


def test_paste_a_bearer_token(qtbot, wizard, sandbox):
    from twauth_gui.core import app_only
    from twauth_gui.core.models import AppKeys

    app = sandbox.app("confidential")
    bearer = app_only.obtain(AppKeys(app.api_key, app.api_secret), endpoints=sandbox.endpoints)
    go_to_keys(qtbot, wizard, WizardMethod.PASTE)
    keys = wizard.keys_page
    assert not keys.isComplete()
    set_field(wizard, FieldId.TOKEN, bearer.access_token)
    assert keys.isComplete()
    assert "Bearer" in keys.detected.text()
    wizard.next()
    wait_preflight(qtbot, wizard)
    name = wizard.setup_page.name_edit.text()
    wizard.next()
    cred, secrets = _finish_saved(qtbot, wizard, name)
    assert cred.method == Method.BEARER
    assert secrets == {"bearer_token": bearer.access_token}


def test_paste_a_bad_token_is_refused_on_setup(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.PASTE)
    set_field(wizard, FieldId.TOKEN, "AAAAAAAAAAAAAAAAAAAAA" + "x" * 90)
    wizard.next()
    wait_preflight(qtbot, wizard, ok=False)
    assert not wizard.setup_page.isComplete()


# ------------------------------------------------------------------ errors


def test_wrong_kind_of_value_blocks_keys_page(qtbot, wizard, sandbox):
    from twauth_gui.core.flow import Level

    go_to_keys(qtbot, wizard, WizardMethod.OAUTH1)
    keys = wizard.keys_page
    assert keys.isComplete()
    set_field(wizard, FieldId.API_KEY, sandbox.app("confidential").client_id)
    assert keys.checks()[FieldId.API_KEY] == Level.ERROR
    assert "Client ID" in keys.rows[FieldId.API_KEY].status.text.text()
    assert not keys.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_wrong_keys_are_reported_on_setup(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH1)
    set_field(wizard, FieldId.API_SECRET, "Q" * 50)
    wizard.next()
    port = free_port()
    sandbox.register_callback("confidential", f"http://127.0.0.1:{port}/callback")
    set_port(wizard, port)
    wait_preflight(qtbot, wizard, ok=False)
    setup = wizard.setup_page
    assert "API Key" in setup.result.message()
    assert setup.result.hint()
    assert not setup.isComplete()
    assert setup.check_button.isVisibleTo(setup)


def test_unregistered_callback_is_reported_with_the_fix(qtbot, wizard, sandbox):
    _oauth1_to_setup(qtbot, wizard, sandbox)
    port = free_port()  # not registered with the sandbox
    set_port(wizard, port)
    wait_preflight(qtbot, wizard, ok=False)
    setup = wizard.setup_page
    url = f"http://127.0.0.1:{port}/callback"
    assert url in setup.result.message()
    assert url in setup.result.hint() and "Callback" in setup.result.hint()
    # Registering it and checking again fixes it.
    sandbox.register_callback("confidential", url)
    setup.check_button.click()
    wait_preflight(qtbot, wizard)


def _oauth2_to_authorize(qtbot, wizard, sandbox, *, register: bool = True) -> int:
    """OAuth 2.0 with the demo keys, a free callback port (registered with the sandbox unless
    ``register`` is False), a passing setup check, then on to the authorize page; the port."""
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH2)
    wizard.next()
    port = free_port()
    if register:
        sandbox.register_callback("confidential", f"http://127.0.0.1:{port}/callback")
    set_port(wizard, port)
    wait_preflight(qtbot, wizard)
    wizard.next()
    return port


def test_deny_is_shown_on_authorize_page(qtbot, wizard, sandbox, monkeypatch):
    install_browser(monkeypatch, sandbox, mode="deny")
    _oauth2_to_authorize(qtbot, wizard, sandbox)
    auth = wizard.authorize_page
    qtbot.waitUntil(lambda: auth.message.isVisibleTo(auth) and auth.message.kind == "error",
                    timeout=15000)
    assert page_of(wizard) == Page.AUTHORIZE
    assert "cancel" in auth.message.message().lower() or "denied" in (
        auth.message.message().lower()
    )
    assert auth.retry_button.isVisibleTo(auth)
    assert not auth.isComplete()


def test_timeout_when_x_never_sends_the_browser_back(qtbot, ctx, sandbox, monkeypatch):
    from twauth_gui.ui.wizard import TokenWizard

    install_browser(monkeypatch, sandbox, mode="nothing")
    wizard = TokenWizard(ctx, callback_timeout=0.6)
    qtbot.addWidget(wizard)
    wizard.show()
    port = _oauth2_to_authorize(qtbot, wizard, sandbox, register=False)
    auth = wizard.authorize_page
    qtbot.waitUntil(lambda: auth.message.isVisibleTo(auth) and auth.message.kind == "error",
                    timeout=10000)
    assert "No answer came back" in auth.message.message()
    assert f"http://127.0.0.1:{port}/callback" in auth.message.hint()
    # The receiver let go of the port.
    qtbot.waitUntil(lambda: _port_free(port), timeout=5000)
    wizard.reject()


def _port_free(port: int) -> bool:
    import socket

    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_cancel_during_the_wait_really_cancels(qtbot, wizard, sandbox, monkeypatch):
    browser = install_browser(monkeypatch, sandbox, mode="nothing")
    port = _oauth2_to_authorize(qtbot, wizard, sandbox)
    auth = wizard.authorize_page
    qtbot.waitUntil(lambda: auth.waiting and bool(browser.urls), timeout=10000)
    assert not _port_free(port)  # the receiver is listening (bound before the browser)
    auth.busy.cancel_button.click()
    assert "cancelled" in auth.message.message().lower()
    assert auth.retry_button.isVisibleTo(auth)
    qtbot.waitUntil(lambda: _port_free(port), timeout=5000)
    # A late browser answer changes nothing: nobody listens any more.
    assert not auth.isComplete() and page_of(wizard) == Page.AUTHORIZE
    # Try again starts a fresh flow with a new link.
    auth.retry_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 2, timeout=10000)
    assert browser.urls[0] != browser.urls[1]
    wizard.back()
    qtbot.waitUntil(lambda: _port_free(port), timeout=5000)


def test_paste_the_address_fallback(qtbot, wizard, sandbox, monkeypatch):
    browser = install_browser(monkeypatch, sandbox)
    browser.follow = False  # the browser "lands" but never reaches the receiver
    _oauth2_to_authorize(qtbot, wizard, sandbox)
    auth = wizard.authorize_page
    qtbot.waitUntil(lambda: bool(browser.landed), timeout=10000)
    auth.fallback_toggle.click()
    assert auth.address_edit.isVisibleTo(auth)
    auth.address_edit.setText("http://127.0.0.1:1/nothing-here")
    auth.address_button.click()
    assert auth.message.kind == "error" and auth.waiting  # still waiting
    auth.address_edit.setText(browser.landed[0])
    auth.address_button.click()
    qtbot.waitUntil(lambda: page_of(wizard) == Page.RESULT, timeout=15000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=15000)


def test_copy_link_and_open_again(qtbot, wizard, sandbox, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    browser = install_browser(monkeypatch, sandbox, mode="nothing")
    _oauth2_to_authorize(qtbot, wizard, sandbox, register=False)
    auth = wizard.authorize_page
    qtbot.waitUntil(lambda: len(browser.urls) == 1, timeout=10000)
    auth.copy_button.click()
    assert QGuiApplication.clipboard().text() == browser.urls[0]
    auth.open_button.click()
    qtbot.waitUntil(lambda: len(browser.urls) == 2, timeout=5000)
    assert browser.urls[1] == browser.urls[0]


def test_no_browser_says_to_copy_the_link(qtbot, wizard, sandbox, monkeypatch):
    install_browser(monkeypatch, sandbox, mode="fail")
    _oauth2_to_authorize(qtbot, wizard, sandbox, register=False)
    auth = wizard.authorize_page
    qtbot.waitUntil(lambda: auth.message.isVisibleTo(auth), timeout=10000)
    assert "Copy link" in auth.message.hint()
    assert auth.waiting


def test_port_in_use_is_reported_before_the_browser_opens(qtbot, wizard, sandbox, monkeypatch):
    import socket

    browser = install_browser(monkeypatch, sandbox)
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH2)
    wizard.next()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        set_port(wizard, port)
        wait_preflight(qtbot, wizard)
        wizard.next()
        auth = wizard.authorize_page
        qtbot.waitUntil(lambda: auth.message.isVisibleTo(auth), timeout=10000)
        assert str(port) in auth.message.message() + auth.message.hint()
        assert browser.urls == []


# ------------------------------------------------------------------ manners


def test_every_control_has_an_accessible_name_and_tooltip(qtbot, wizard, sandbox):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QCheckBox,
        QComboBox,
        QLineEdit,
        QRadioButton,
        QWidget,
    )

    controls = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)
    go_to_keys(qtbot, wizard, WizardMethod.PASTE)  # the keys page with the most fields
    missing = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        for w in page.findChildren(QWidget):
            if not isinstance(w, controls) or isinstance(
                w.parent(), (QLineEdit, QAbstractSpinBox, QComboBox)
            ):
                continue  # parts of a composite control (clear button, spin box editor)
            name = type(page).__name__ + ": " + type(w).__name__ + " " + (
                w.accessibleName() or getattr(w, "text", lambda: "")()
            )
            if not w.accessibleName():
                missing.append("no accessible name: " + name)
            if not w.toolTip() and not isinstance(w, (QRadioButton, QCheckBox)) and not (
                isinstance(w, QLineEdit) and w.isReadOnly()
            ):
                if w.parent() is not None and type(w.parent()).__name__ == "SecretField":
                    continue  # the inner line edit: the SecretField's buttons carry tooltips
                missing.append("no tooltip: " + name)
            if not isinstance(w, QRadioButton) and not (  # radios: arrow keys in the group
                w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                missing.append("not keyboard reachable: " + name)
    assert missing == [], "\n".join(missing)


def test_going_back_to_method_rebuilds_the_keys_page(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH2)
    assert FieldId.CLIENT_ID in wizard.keys_page.rows
    wizard.back()
    wizard.method_page.select(WizardMethod.APP_ONLY)
    wizard.next()
    assert FieldId.API_KEY in wizard.keys_page.rows
    assert FieldId.CLIENT_ID not in wizard.keys_page.rows
    assert wizard.nextId() != -1
    wizard.next()
    assert flow_pages(wizard) == ["welcome", "method", "keys", "setup", "result"]


def flow_pages(wizard):
    from twauth_gui.core import flow

    return [p.value for p in flow.pages_for(wizard.data.method)]


def test_sandbox_badge_on_every_page(qtbot, wizard):
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        assert page.badge.text() == "Sandbox"
    assert "Sandbox" in wizard.windowTitle()


def test_closing_the_wizard_while_waiting_releases_the_port(qtbot, ctx, sandbox, monkeypatch):
    from twauth_gui.ui.wizard import TokenWizard

    browser = install_browser(monkeypatch, sandbox, mode="nothing")
    wizard = TokenWizard(ctx, callback_timeout=30.0)
    qtbot.addWidget(wizard)
    wizard.show()
    port = _oauth2_to_authorize(qtbot, wizard, sandbox, register=False)
    qtbot.waitUntil(lambda: wizard.authorize_page.waiting and bool(browser.urls), timeout=10000)
    assert not _port_free(port)
    wizard.reject()
    qtbot.waitUntil(lambda: _port_free(port), timeout=5000)


def test_existing_name_is_warned_then_replaced(qtbot, ctx, sandbox):
    from twauth_gui.core.flow import Level
    from twauth_gui.core.vault import Credential
    from twauth_gui.ui.wizard import TokenWizard

    ctx.vault().save(Credential(name="mine", method=Method.APP, status="app"),
                     {"bearer_token": "old-bearer-value-123"})
    wizard = TokenWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.existing_names == ["mine"], timeout=5000)
    go_to_keys(qtbot, wizard, WizardMethod.APP_ONLY)
    wizard.next()
    setup = wizard.setup_page
    setup.name_edit.setText("mine")
    assert setup.name_status.level == Level.WARNING
    assert "replace" in setup.name_status.text.text()
    wait_preflight(qtbot, wizard)
    wizard.next()
    _cred, secrets = _finish_saved(qtbot, wizard, "mine")
    assert secrets["bearer_token"] != "old-bearer-value-123"
    assert secrets["api_key"] == sandbox.app("confidential").api_key
    wizard.reject()


def test_invalid_name_blocks_setup(qtbot, wizard, sandbox):
    go_to_keys(qtbot, wizard, WizardMethod.APP_ONLY)
    wizard.next()
    wait_preflight(qtbot, wizard)
    setup = wizard.setup_page
    setup.name_edit.setText("a/b")
    assert setup.name_status.level.value == "error"
    assert not setup.isComplete()
    setup.name_edit.setText("fine name")
    assert setup.isComplete()


def test_export_button_opens_the_export_dialog(qtbot, wizard, sandbox):
    from twauth_gui.ui.export_dialog import ExportDialog

    go_to_keys(qtbot, wizard, WizardMethod.APP_ONLY)
    wizard.next()
    wait_preflight(qtbot, wizard)
    name = wizard.setup_page.name_edit.text()
    wizard.next()
    _finish_saved(qtbot, wizard, name)
    result = wizard.result_page
    result.export_button.click()
    dialogs = result.findChildren(ExportDialog)
    assert len(dialogs) == 1 and dialogs[0].name == name
    dialogs[0].close()
