"""Helpers for the wizard GUI tests: a sandbox context, a simulated browser, page driving."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx

from tests.support.net import free_port
from twauth_gui.core.flow import Page, WizardMethod


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
        thread = threading.Thread(target=self._run, args=(url,), daemon=True,
                                  name=f"fake-browser-{len(self.threads)}")
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


def sandbox_credential(
    vault: Any,
    sandbox: Any,
    name: str,
    *,
    method: str = "oauth2",
    app: str = "Demo App",
    expires_in: float | None = None,
    scopes: tuple[str, ...] = ("tweet.read", "users.read", "offline.access"),
) -> dict[str, str]:
    """Save a credential with real tokens issued by the sandbox (no wizard); returns secrets.

    ``method``: "oauth2" (code flow through the simulated browser), "oauth1" (PIN) or "app"
    (bearer). ``expires_in`` overrides the OAuth 2.0 expiry (seconds from now).
    """
    import time
    from urllib.parse import parse_qs, urlparse

    from twauth_gui.core import app_only, oauth1, oauth2, redact
    from twauth_gui.core.models import AppKeys, Method
    from twauth_gui.core.vault import Credential

    demo = sandbox.app("confidential")
    endpoints = sandbox.endpoints
    common: dict[str, Any] = {"app": app, "sandbox": True, "api_base": sandbox.url,
                              "user_id": "1234567890", "username": "twauth_demo"}
    if method == "oauth2":
        keys = AppKeys(client_id=demo.client_id, client_secret=demo.client_secret or "")
        redirect = demo.callbacks[0]
        flow = oauth2.start(keys, redirect, list(scopes), endpoints=endpoints)
        code = parse_qs(urlparse(sandbox.browser(flow.authorize_url)).query)["code"][0]
        tokens = oauth2.finish(flow, code)
        expires = tokens.expires_at if expires_in is None else time.time() + expires_in
        cred = Credential(name=name, method=Method.OAUTH2, scopes=tuple(tokens.scopes or scopes),
                          redirect_uri=redirect, expires_at=expires, **common)
        secrets = {"client_id": keys.client_id, "client_secret": keys.client_secret,
                   "access_token": tokens.access_token,
                   "refresh_token": tokens.refresh_token or ""}
    elif method == "oauth1":
        keys = AppKeys(api_key=demo.api_key, api_secret=demo.api_secret)
        flow1 = oauth1.start(keys, "oob", endpoints=endpoints)
        pin = sandbox.browser(flow1.authorize_url)
        tokens1 = oauth1.finish(flow1, pin)
        cred = Credential(name=name, method=Method.OAUTH1, redirect_uri="oob", **common)
        secrets = {"api_key": keys.api_key, "api_secret": keys.api_secret,
                   "access_token": tokens1.token, "access_token_secret": tokens1.token_secret}
    else:
        keys = AppKeys(api_key=demo.api_key, api_secret=demo.api_secret)
        bearer = app_only.obtain(keys, endpoints=endpoints)
        common.update(user_id="", username="")
        cred = Credential(name=name, method=Method.APP, status="app", **common)
        secrets = {"api_key": keys.api_key, "api_secret": keys.api_secret,
                   "bearer_token": bearer.access_token}
    vault.save(cred, secrets)
    redact.remember(*secrets.values())
    return secrets
