"""Helpers for the wizard GUI tests: a sandbox context, a simulated browser, page driving."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

import httpx

from twauth_gui.core.flow import Page, WizardMethod


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_context(sandbox: Any, tmp_path: Path) -> Any:
    """An AppContext on the sandbox with a memory-store vault (no keyring in GUI tests)."""
    from twauth_gui.core.secretstore import MemoryStore
    from twauth_gui.core.vault import Vault
    from twauth_gui.ui.clipboard import SecretClipboard
    from twauth_gui.ui.context import AppContext, Settings

    vault = Vault.open(tmp_path / "vault", store=MemoryStore())
    return AppContext(
        sandbox=sandbox,
        settings=Settings(tmp_path / "settings.ini"),
        clipboard=SecretClipboard(30),
        vault_factory=lambda: vault,
    )


class FakeBrowser:
    """Stands in for core.browser.open_url: the sandbox's simulated person, in a thread.

    For a callback flow it follows the redirect to the loopback receiver with httpx; for
    the PIN flow it keeps the PIN X showed (``pins``). ``mode``: "approve", "deny",
    "nothing" (opens but never comes back), "fail" (no browser available).
    """

    def __init__(self, sandbox: Any, mode: str = "approve") -> None:
        self.sandbox = sandbox
        self.mode = mode
        self.urls: list[str] = []
        self.pins: list[str] = []
        self.landed: list[str] = []
        self.statuses: list[int] = []
        self.errors: list[BaseException] = []
        self.threads: list[threading.Thread] = []
        self.follow = True

    def __call__(self, url: str) -> bool:
        self.urls.append(url)
        if self.mode == "fail":
            return False
        if self.mode == "nothing":
            return True
        thread = threading.Thread(target=self._run, args=(url,), daemon=True)
        self.threads.append(thread)
        thread.start()
        return True

    def _run(self, url: str) -> None:
        try:
            answer = self.sandbox.browser(url, approve=self.mode == "approve")
            if not answer.startswith("http"):
                self.pins.append(answer)
                return
            self.landed.append(answer)
            if self.follow:
                with httpx.Client(timeout=10.0) as client:
                    self.statuses.append(client.get(answer).status_code)
        except BaseException as exc:  # recorded for the test to inspect
            self.errors.append(exc)

    def join(self) -> None:
        for thread in self.threads:
            thread.join(10)


def install_browser(monkeypatch: Any, sandbox: Any, mode: str = "approve") -> FakeBrowser:
    from twauth_gui.core import browser

    fake = FakeBrowser(sandbox, mode)
    monkeypatch.setattr(browser, "open_url", fake)
    return fake


def page_of(wizard: Any) -> Page | None:
    return wizard.current_page_kind()


def go_to_keys(qtbot: Any, wizard: Any, method: WizardMethod) -> None:
    """Welcome → method (choose) → keys."""
    assert page_of(wizard) == Page.WELCOME
    wizard.next()
    assert page_of(wizard) == Page.METHOD
    wizard.method_page.select(method)
    assert wizard.data.method == method
    wizard.next()
    assert page_of(wizard) == Page.KEYS


def set_field(wizard: Any, fid: Any, text: str) -> None:
    row = wizard.keys_page.rows[fid]
    row.edit.setText(text)


def wait_preflight(qtbot: Any, wizard: Any, *, ok: bool = True, timeout: int = 15000) -> None:
    setup = wizard.setup_page
    if ok:
        qtbot.waitUntil(setup.isComplete, timeout=timeout)
    else:
        qtbot.waitUntil(
            lambda: not setup.preflight_running and setup.result.isVisibleTo(setup)
            and setup.result.kind == "error",
            timeout=timeout,
        )


def set_port(wizard: Any, port: int) -> None:
    wizard.setup_page.callback.port_spin.setValue(port)


def login_oauth2(
    qtbot: Any, ctx: Any, sandbox: Any, monkeypatch: Any, name: str, *, demo: str = "confidential"
) -> Any:
    """Get OAuth 2.0 tokens through the whole wizard (simulated browser approves); returns the
    credential saved under ``name``. The wizard is closed afterwards."""
    from twauth_gui.ui.wizard import TokenWizard

    browser = install_browser(monkeypatch, sandbox)
    wizard = TokenWizard(ctx, callback_timeout=20.0)
    qtbot.addWidget(wizard)
    wizard.show()
    go_to_keys(qtbot, wizard, WizardMethod.OAUTH2)
    keys = wizard.keys_page
    keys.demo_combo.setCurrentIndex(keys.demo_combo.findData(demo))
    keys.fill_demo(force=True)
    wizard.next()
    assert page_of(wizard) == Page.SETUP
    port = free_port()
    sandbox.register_callback(demo, f"http://127.0.0.1:{port}/callback")
    set_port(wizard, port)
    wizard.setup_page.name_edit.setText(name)
    wait_preflight(qtbot, wizard)
    with qtbot.waitSignal(wizard.credentialSaved, timeout=20000):
        wizard.next()
    qtbot.waitUntil(wizard.result_page.isComplete, timeout=15000)
    browser.join()
    wizard.accept()
    return ctx.vault().get(name)
