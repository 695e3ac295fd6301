"""Screenshots of every token-wizard page, picked up by ``scripts/screenshots.py``.

Each builder drives a :class:`~twauth_gui.ui.wizard.TokenWizard` on the sandbox to one page
(the browser step is simulated, nothing opens a real browser) and returns it::

    xvfb-run -a /work/venv/bin/python scripts/screenshots.py wizard
"""

from __future__ import annotations

import threading
from typing import Any

import httpx

from twauth_gui.core.flow import FieldId, Page, WizardMethod


class _Browser:
    """core.browser.open_url stand-in: the sandbox's simulated person (or nobody)."""

    def __init__(self) -> None:
        self.sandbox: Any = None
        self.mode = "nothing"
        self.pins: list[str] = []

    def __call__(self, url: str) -> bool:
        if self.mode == "nothing" or self.sandbox is None:
            return True
        threading.Thread(target=self._run, args=(url,), daemon=True).start()
        return True

    def _run(self, url: str) -> None:
        try:
            answer = self.sandbox.browser(url, approve=self.mode != "deny")
            if not answer.startswith("http"):
                self.pins.append(answer)
                return
            with httpx.Client(timeout=10.0) as client:
                client.get(answer)
        except Exception as exc:  # a screenshot helper: report and carry on
            print(f"simulated browser failed: {exc}")


_BROWSER = _Browser()


def _wizard(env: Any, *, mode: str = "nothing", timeout: float = 300.0, ctx: Any = None,
            reauthorize: str | None = None) -> Any:
    from twauth_gui.core import browser
    from twauth_gui.ui.wizard import TokenWizard

    browser.open_url = _BROWSER  # type: ignore[assignment]
    _BROWSER.sandbox = env.sandbox()
    _BROWSER.mode = mode
    wizard = TokenWizard(ctx or env.sandbox_ctx(), callback_timeout=timeout,
                         reauthorize=reauthorize)
    wizard.resize(720, 660)
    wizard.show()
    env.settle(200)
    return wizard


def _to_keys(env: Any, wizard: Any, method: WizardMethod) -> None:
    wizard.next()
    wizard.method_page.select(method)
    wizard.next()
    env.settle(100)


def _to_setup(env: Any, wizard: Any, method: WizardMethod, port: int = 8765) -> None:
    _to_keys(env, wizard, method)
    wizard.next()
    if method in (WizardMethod.OAUTH1, WizardMethod.OAUTH2):
        wizard.setup_page.callback.port_spin.setValue(port)


def shot_welcome(env: Any) -> Any:
    return _wizard(env)


def shot_method(env: Any) -> Any:
    wizard = _wizard(env)
    wizard.next()
    return wizard


def shot_keys(env: Any) -> Any:
    wizard = _wizard(env)
    _to_keys(env, wizard, WizardMethod.OAUTH2)
    return wizard


def shot_keys_error(env: Any) -> Any:
    wizard = _wizard(env)
    _to_keys(env, wizard, WizardMethod.OAUTH1)
    bearer = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2X"
    wizard.keys_page.rows[FieldId.API_KEY].set_text(bearer + "zMDjRfl76ZC9Ub0wnz4XsNiRVBChT")
    wizard.keys_page.rows[FieldId.API_SECRET].set_text("")
    return wizard


def shot_setup(env: Any) -> Any:
    wizard = _wizard(env)
    _to_setup(env, wizard, WizardMethod.OAUTH2)
    env.wait_until(wizard.setup_page.isComplete)
    return wizard


def shot_setup_scopes(env: Any) -> Any:
    wizard = _wizard(env)
    _to_setup(env, wizard, WizardMethod.OAUTH2)
    page = wizard.setup_page
    page.scope_picker.preset_combo.setCurrentIndex(page.scope_picker.preset_combo.findData("post"))
    page.scope_picker.more.setChecked(True)
    env.wait_until(page.isComplete)
    return wizard


def shot_setup_error(env: Any) -> Any:
    wizard = _wizard(env)
    _to_setup(env, wizard, WizardMethod.OAUTH1, port=9876)  # not registered
    page = wizard.setup_page
    env.wait_until(lambda: page.result.isVisibleTo(page) and page.result.kind == "error")
    return wizard


def shot_setup_bearer(env: Any) -> Any:
    wizard = _wizard(env)
    _to_setup(env, wizard, WizardMethod.APP_ONLY)
    env.wait_until(wizard.setup_page.isComplete)
    return wizard


def shot_authorize(env: Any) -> Any:
    wizard = _wizard(env)
    _to_setup(env, wizard, WizardMethod.OAUTH2)
    env.wait_until(wizard.setup_page.isComplete)
    wizard.next()
    page = wizard.authorize_page
    env.wait_until(lambda: page.waiting)
    return wizard


def shot_authorize_pin(env: Any) -> Any:
    wizard = _wizard(env)
    _to_setup(env, wizard, WizardMethod.OAUTH1)
    wizard.setup_page.callback.pin_radio.setChecked(True)
    env.wait_until(wizard.setup_page.isComplete)
    wizard.next()
    page = wizard.authorize_page
    env.wait_until(lambda: page.started is not None)
    return wizard


def shot_authorize_denied(env: Any) -> Any:
    sandbox = env.sandbox()
    sandbox.register_callback("confidential", "http://127.0.0.1:8767/callback")
    wizard = _wizard(env, mode="deny")
    _to_setup(env, wizard, WizardMethod.OAUTH2, port=8767)
    env.wait_until(wizard.setup_page.isComplete)
    wizard.next()
    page = wizard.authorize_page
    env.wait_until(lambda: page.message.isVisibleTo(page) and page.message.kind == "error")
    return wizard


def shot_authorize_timeout(env: Any) -> Any:
    wizard = _wizard(env, mode="nothing", timeout=1.0)
    _to_setup(env, wizard, WizardMethod.OAUTH2, port=8768)
    env.wait_until(wizard.setup_page.isComplete)
    wizard.next()
    page = wizard.authorize_page
    env.wait_until(lambda: page.message.isVisibleTo(page) and page.message.kind == "error")
    return wizard


def shot_reauthorize(env: Any) -> Any:
    """"Authorize again" from the vault window: the setup check, everything prefilled."""
    import time

    from twauth_gui.core.models import Method
    from twauth_gui.core.vault import Credential

    sandbox = env.sandbox()
    app = sandbox.app("confidential")
    ctx = env.sandbox_ctx()
    ctx.vault().save(
        Credential(
            name="news-bot", app="News Bot", method=Method.OAUTH2, user_id="1234567890",
            username="twauth_demo", display_name="Twauth Demo",
            scopes=("tweet.read", "tweet.write", "users.read", "offline.access"),
            redirect_uri="http://127.0.0.1:8765/callback", status="reauthorize",
            expires_at=time.time() - 3600, sandbox=True, api_base=sandbox.url,
        ),
        {"client_id": app.client_id, "client_secret": app.client_secret or "",
         "access_token": "stale-access", "refresh_token": "stale-refresh"},
    )
    wizard = _wizard(env, ctx=ctx, reauthorize="news-bot")
    env.wait_until(lambda: wizard.current_page_kind() == Page.SETUP)
    env.wait_until(wizard.setup_page.isComplete)
    return wizard


def shot_result(env: Any) -> Any:
    sandbox = env.sandbox()
    sandbox.register_callback("confidential", "http://127.0.0.1:8766/callback")
    wizard = _wizard(env, mode="approve")
    _to_setup(env, wizard, WizardMethod.OAUTH2, port=8766)
    wizard.setup_page.name_edit.setText("demo-bot")
    env.wait_until(wizard.setup_page.isComplete)
    wizard.next()
    env.wait_until(lambda: wizard.current_page_kind() == Page.RESULT)
    env.wait_until(wizard.result_page.isComplete)
    env.settle(400)  # the avatar
    return wizard


SHOTS = [
    ("wizard-1-welcome", shot_welcome),
    ("wizard-2-method", shot_method),
    ("wizard-3-keys", shot_keys),
    ("wizard-3-keys-wrong-kind", shot_keys_error),
    ("wizard-4-setup", shot_setup),
    ("wizard-4-setup-scopes", shot_setup_scopes),
    ("wizard-4-setup-callback-error", shot_setup_error),
    ("wizard-4-setup-bearer", shot_setup_bearer),
    ("wizard-5-authorize", shot_authorize),
    ("wizard-5-authorize-pin", shot_authorize_pin),
    ("wizard-5-authorize-denied", shot_authorize_denied),
    ("wizard-5-authorize-timeout", shot_authorize_timeout),
    ("wizard-7-reauthorize", shot_reauthorize),
    ("wizard-6-result", shot_result),
]
