"""Leak scan in the GUI (issue 7.6): every wizard flow and vault action with every logger at
DEBUG, then a search for every secret issued — zero hits.

The sandbox's routes are wrapped to record every secret that crosses them (codes, verifiers,
access and refresh tokens, OAuth 1.0a token secrets and verifiers/PINs, bearer tokens, client
secrets and passwords sent with Basic auth); the app secrets, the Basic password, the vault
passphrase and every secret value the vault held are added. The GUI then runs, logging like
``twauth-gui --verbose`` does (a root handler with the redaction filter), but with *every*
logger at DEBUG (twauth_gui, httpx, httpcore, oauthlib, the loopback server):

* wizard: OAuth 2.0 (confidential and public), OAuth 1.0a (callback and PIN), Bearer,
  Basic with its test address, a pasted token, the paste-the-address fallback;
* vault window: list, show values, reveal, copy, verify, refresh, export (.env kept updated,
  and JSON), an injected unexpected exception (crash dialog), revoke, sign out everywhere.

Searched: the captured log, every file in the data dirs (the encrypted-file vault), the
QSettings file, the crash report, the credentials' metadata JSON (what ``list``/``show
--json`` print), the export dialog's masked preview, window titles, and the clipboard after
the clear delay. Export files are where secrets belong and are not searched.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.gui.test_wizard_support import (
    go_to_keys,
    install_browser,
    set_field,
    set_port,
    wait_preflight,
)
from tests.support.leaks import SecretRecorder, hits
from tests.support.net import free_port
from twauth_gui.core.flow import FieldId, Page, WizardMethod
from twauth_gui.core.redact import RedactingFilter
from twauth_gui.sandbox import server as sandbox_server

PASSPHRASE = "correct horse battery staple 42"
SECRET_FIELDS = {"api_secret", "client_secret", "access_token", "access_token_secret",
                 "refresh_token", "bearer_token", "password"}
LOGGERS = ("", "twauth_gui", "httpx", "httpcore", "oauthlib", "urllib3", "keyring", "qt")


class _NotTheTestsBrowser(logging.Filter):
    """Drop what the simulated person's browser (test code, its own httpx) logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.threadName.startswith("fake-browser")


@pytest.fixture
def debug_log(tmp_path):
    """Every logger at DEBUG into two files: through the app's redaction filter (as
    ``twauth-gui --verbose`` logs), and raw — the app must not even hand a secret to logging.
    """
    paths = (tmp_path / "debug-redacted.log", tmp_path / "debug-raw.log")
    handlers = []
    for path in paths:
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setLevel(logging.DEBUG)
        handler.setFormatter(logging.Formatter("%(threadName)s %(name)s %(levelname)s "
                                               "%(message)s"))
        handlers.append(handler)
    handlers[0].addFilter(RedactingFilter())
    handlers[1].addFilter(_NotTheTestsBrowser())
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    root = logging.getLogger()
    for handler in handlers:
        root.addHandler(handler)
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    yield paths
    for handler in handlers:
        root.removeHandler(handler)
        handler.close()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


@pytest.fixture
def leak_ctx(sandbox, tmp_path, monkeypatch):
    """A sandbox context on the encrypted-file vault, a 1 s clipboard, its own settings."""
    from twauth_gui.core.secretstore import select_store
    from twauth_gui.core.vault import Vault
    from twauth_gui.ui.clipboard import SecretClipboard
    from twauth_gui.ui.context import AppContext, Settings

    vault_dir = tmp_path / "vault"
    vault_dir.mkdir()
    vault = Vault.open(vault_dir, store=select_store("file", data_dir=vault_dir,
                                                     passphrase=PASSPHRASE))
    ctx = AppContext(
        sandbox=sandbox,
        settings=Settings(tmp_path / "settings" / "gui.ini"),
        clipboard=SecretClipboard(1),
        vault_factory=lambda: vault,
    )
    yield ctx
    ctx.clipboard.clear_now()


def _wizard(qtbot: Any, ctx: Any) -> Any:
    from twauth_gui.ui.wizard import TokenWizard

    wizard = TokenWizard(ctx, callback_timeout=20.0)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _finish(qtbot: Any, wizard: Any, titles: list[str]) -> str:
    qtbot.waitUntil(lambda: wizard.current_page_kind() == Page.RESULT, timeout=20000)
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=20000)
    titles.append(wizard.windowTitle())
    titles.extend(f.line_edit.displayText() for f in wizard.result_page.fields.values()
                  if not f.isRevealed())  # what a masked field shows
    name = wizard.data.profile_name
    wizard.accept()
    return name


def _browser_flow(qtbot, ctx, sandbox, method, name, titles, *, demo="confidential",
                  host="127.0.0.1", pin=False, paste_address=False, browser=None) -> str:
    wizard = _wizard(qtbot, ctx)
    go_to_keys(qtbot, wizard, method)
    if method == WizardMethod.OAUTH2:
        keys = wizard.keys_page
        keys.demo_combo.setCurrentIndex(keys.demo_combo.findData(demo))
        keys.fill_demo(force=True)
    wizard.next()
    setup = wizard.setup_page
    setup.name_edit.setText(name)
    if pin:
        setup.callback.pin_radio.setChecked(True)
    else:
        port = free_port()
        sandbox.register_callback(demo, f"http://{host}:{port}/callback")
        setup.callback.host_combo.setCurrentIndex(setup.callback.host_combo.findData(host))
        set_port(wizard, port)
    wait_preflight(qtbot, wizard)
    if paste_address:
        browser.follow = False
    wizard.next()
    auth = wizard.authorize_page
    if pin:
        qtbot.waitUntil(lambda: bool(browser.pins), timeout=15000)
        auth.pin_edit.setText(browser.pins.pop())
        wizard.next()
    elif paste_address:
        qtbot.waitUntil(lambda: bool(browser.landed), timeout=15000)
        auth.fallback_toggle.setChecked(True)
        auth.address_edit.setText(browser.landed.pop())
        auth.use_address()
        browser.follow = True
    return _finish(qtbot, wizard, titles)


def _simple_flow(qtbot, ctx, method, name, titles, values=None) -> str:
    wizard = _wizard(qtbot, ctx)
    go_to_keys(qtbot, wizard, method)
    for fid, text in (values or {}).items():
        set_field(wizard, fid, text)
    wizard.next()
    wizard.setup_page.name_edit.setText(name)
    wait_preflight(qtbot, wizard)
    wizard.next()
    return _finish(qtbot, wizard, titles)


def test_no_secret_leaks_anywhere_in_the_gui(
    qtbot, sandbox, tmp_path, monkeypatch, debug_log, leak_ctx
):
    from twauth_gui.core import export, redact
    from twauth_gui.ui import crash, vault_window
    from twauth_gui.ui.export_dialog import ExportDialog
    from twauth_gui.ui.tasks import run_task
    from twauth_gui.ui.vault_window import VaultWindow

    recorder = SecretRecorder()
    for key, route in list(sandbox_server.ROUTES.items()):
        monkeypatch.setitem(sandbox_server.ROUTES, key, recorder.wrap(route))
    for app_name in ("confidential", "public"):
        app = sandbox.app(app_name)
        recorder.add(app.api_secret, f"{app_name} API Key Secret")
        recorder.add(app.client_secret, f"{app_name} Client Secret")
    recorder.add(sandbox.basic_user[1], "Basic password")
    recorder.add(PASSPHRASE, "vault passphrase")
    ctx = leak_ctx
    vault = ctx.vault()
    browser = install_browser(monkeypatch, sandbox)
    titles: list[str] = []
    searched: dict[str, str] = {}

    # --- every wizard flow
    _browser_flow(qtbot, ctx, sandbox, WizardMethod.OAUTH2, "o2", titles, browser=browser)
    _browser_flow(qtbot, ctx, sandbox, WizardMethod.OAUTH2, "pub", titles, demo="public",
                  host="localhost", browser=browser)
    _browser_flow(qtbot, ctx, sandbox, WizardMethod.OAUTH1, "o1", titles, browser=browser)
    _browser_flow(qtbot, ctx, sandbox, WizardMethod.OAUTH1, "o1-pin", titles, pin=True,
                  browser=browser)
    _browser_flow(qtbot, ctx, sandbox, WizardMethod.OAUTH2, "o2-pasted", titles, demo="public",
                  paste_address=True, browser=browser)
    _simple_flow(qtbot, ctx, WizardMethod.APP_ONLY, "app", titles)
    _simple_flow(qtbot, ctx, WizardMethod.BASIC, "basic", titles)
    bearer = vault.secrets("app")["bearer_token"]
    _simple_flow(qtbot, ctx, WizardMethod.PASTE, "pasted", titles,
                 {FieldId.TOKEN: bearer, FieldId.APP_NAME: "Pasted"})
    browser.join()
    assert not browser.errors
    names = sorted(c.name for c in vault.list())
    assert names == ["app", "basic", "o1", "o1-pin", "o2", "o2-pasted", "pasted", "pub"]

    # --- the vault window: every action
    asked: list[str] = []
    monkeypatch.setattr(vault_window, "confirm", lambda *a: asked.append(a[1]) or True)
    win = VaultWindow(ctx)
    win.refresh_options = {"backoff": 0.01}
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=10000):
        win.show()
    cv = win.credential_view
    for name in names:
        assert win.select_credential(name)
        qtbot.waitUntil(lambda: bool(cv.fields), timeout=10000)
        titles.append(cv.title_label.text() + " " + cv.subtitle_label.text())
        titles.extend(f.line_edit.displayText() for f in cv.fields.values()
                      if not f.isRevealed())
    # reveal and copy
    assert win.select_credential("o2")
    qtbot.waitUntil(lambda: "access_token" in cv.fields, timeout=10000)
    field = cv.fields["access_token"]
    field.reveal_button.click()
    assert field.isRevealed()
    qtbot.mouseClick(field.copy_button, Qt.MouseButton.LeftButton)
    copied = vault.secrets("o2")["access_token"]
    assert QGuiApplication.clipboard().text() == copied
    # verify and refresh
    for name in ("o2", "o1", "app"):
        assert win.select_credential(name)
        with qtbot.waitSignal(win.operationFinished, timeout=15000):
            qtbot.mouseClick(cv.verify_button, Qt.MouseButton.LeftButton)
        assert cv.message.kind == "ok", cv.message.hint()
    assert win.select_credential("o2")
    for secret_values in [vault.secrets(n) for n in names]:  # before they rotate or vanish
        for key, value in secret_values.items():
            if key in SECRET_FIELDS:
                recorder.add(value, f"vault {key}")
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        qtbot.mouseClick(cv.refresh_button, Qt.MouseButton.LeftButton)
    assert cv.message.message() == "Fresh tokens saved."
    for key, value in vault.secrets("o2").items():
        if key in SECRET_FIELDS:
            recorder.add(value, f"vault o2 {key} after refresh")
    # export: .env kept updated, and JSON; the masked previews are searched
    env_file = tmp_path / "exports" / "o2.env"
    dialog = ExportDialog(ctx, "o2")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    dialog.path_edit.setText(str(env_file))
    dialog.link_check.setChecked(True)
    searched["export preview (.env)"] = dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    dialog.close()
    json_dialog = ExportDialog(ctx, "o1")
    qtbot.addWidget(json_dialog)
    with qtbot.waitSignal(json_dialog.loaded, timeout=5000):
        json_dialog.show()
    json_dialog.format_combo.setCurrentIndex(json_dialog.format_combo.findData("json"))
    json_dialog.path_edit.setText(str(tmp_path / "exports" / "o1.json"))
    searched["export preview (JSON)"] = json_dialog.preview.toPlainText()
    with qtbot.waitSignal(json_dialog.exported, timeout=5000):
        qtbot.mouseClick(json_dialog.save_button, Qt.MouseButton.LeftButton)
    json_dialog.close()
    assert export.read_existing(str(env_file))  # written (where secrets belong)
    # a refresh rewrites the linked .env
    win.reload()
    qtbot.waitUntil(lambda: bool(vault.get("o2").linked_exports), timeout=5000)
    assert win.select_credential("o2")
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        qtbot.mouseClick(cv.refresh_button, Qt.MouseButton.LeftButton)
    for key, value in vault.secrets("o2").items():
        if key in SECRET_FIELDS:
            recorder.add(value, f"vault o2 {key} after second refresh")
    # an unexpected exception whose text carries a secret: the crash dialog's report
    reports: list[str] = []
    real_show = crash.show_crash

    def show_crash(*args: Any, **kwargs: Any) -> Any:
        reports.append(crash.format_report(*args[:3]))
        return real_show(*args, **kwargs)

    monkeypatch.setattr(crash, "show_crash", show_crash)

    def boom(token: Any) -> None:
        raise RuntimeError(f"unexpected: token={copied} secret={sandbox.basic_user[1]}")

    run_task(boom, lambda _r: None, owner=win)
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "CrashDialog"]
    assert dialogs
    searched["crash report"] = reports[0] + "\n".join(d.report for d in dialogs)
    assert "RuntimeError" in searched["crash report"] and redact.MASK in searched["crash report"]
    for dialog_widget in dialogs:
        dialog_widget.close()
    # revoke one, sign out everywhere for an app
    assert win.select_credential("o1-pin")
    with qtbot.waitSignal(win.loaded, timeout=15000):
        qtbot.mouseClick(cv.revoke_button, Qt.MouseButton.LeftButton)
    metadata = json.dumps([c.to_json() for c in vault.list()], indent=2)
    searched["metadata JSON (list/show --json)"] = metadata
    app_label = vault.get("pub").app
    assert win._select("app", app_label)
    with qtbot.waitSignal(win.operationFinished, timeout=20000):
        qtbot.mouseClick(win.app_view.sign_out_button, Qt.MouseButton.LeftButton)
    assert "Sign out everywhere" in asked and "Revoke credentials" in asked
    titles.append(win.windowTitle())
    titles.append(win.statusBar().currentMessage())
    # the clipboard after the clear delay
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != copied, timeout=5000)
    searched["clipboard after the delay"] = QGuiApplication.clipboard().text()
    win.close()  # saves the geometry
    ctx.settings.sync()

    # --- search everything
    secrets = dict(recorder.secrets)
    assert len(secrets) >= 30, len(secrets)
    searched["window texts"] = "\n".join(titles)
    for handler in logging.getLogger().handlers:
        handler.flush()
    for path in debug_log:
        log_text = path.read_text(encoding="utf-8")
        assert "httpx" in log_text and "twauth_gui" in log_text  # DEBUG really was on
        assert "httpcore" in log_text
        searched[f"log {path.name}"] = log_text
    settings_file = Path(ctx.settings.file_name())
    searched["QSettings"] = settings_file.read_text(encoding="utf-8")
    assert "geometry" in searched["QSettings"]
    import os

    for root in {Path(os.environ["TWAUTH_DATA_DIR"]), vault.data_dir, settings_file.parent}:
        for path in Path(root).rglob("*"):
            if path.is_file():
                searched[f"file {path}"] = path.read_bytes().decode("latin-1")
    assert any("vault" in key for key in searched)
    found = {where: hits(secrets, text) for where, text in searched.items()}
    found = {where: h for where, h in found.items() if h}
    assert not found, found
