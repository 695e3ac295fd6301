"""OAuth 1.0a access choice (x_auth_access_type) on the setup page, against the sandbox."""

from __future__ import annotations

import pytest

from tests.gui.test_wizard_support import go_to_keys, install_browser, make_context, wait_preflight
from twauth_gui.core.flow import Page, WizardMethod


@pytest.mark.parametrize(("choice", "issued"), [("read", "read"), ("", "write")])
def test_oauth1_access_type_reaches_x(qtbot, sandbox, tmp_path, monkeypatch, choice, issued):
    from twauth_gui.ui.wizard import TokenWizard

    ctx = make_context(sandbox, tmp_path)
    browser = install_browser(monkeypatch, sandbox)
    wizard = TokenWizard(ctx, callback_timeout=20.0)
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH1)
    wizard.next()
    setup = wizard.setup_page
    assert setup.access_box.isVisibleTo(wizard)
    assert setup.access_box.value() == ""  # the app's setting by default
    setup.callback.pin_radio.setChecked(True)
    box = setup.access_box.combo
    box.setCurrentIndex(box.findData(choice))
    assert wizard.data.oauth1_access == choice
    wait_preflight(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: bool(browser.pins), timeout=10000)
    wizard.authorize_page.pin_edit.setText(browser.pins[0])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.current_page_kind() == Page.RESULT, timeout=15000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=15000)
    token = ctx.vault().secrets(wizard.data.profile_name)["access_token"]
    assert sandbox._state.oauth1_access[token].access_type == issued
    wizard.reject()


def test_access_box_only_for_oauth1(qtbot, sandbox, tmp_path):
    from twauth_gui.ui.wizard import TokenWizard

    ctx = make_context(sandbox, tmp_path)
    wizard = TokenWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH2)
    wizard.next()
    assert not wizard.setup_page.access_box.isVisibleTo(wizard)
    wizard.reject()
