"""Issue 5 in the vault window: live states, automatic refresh, linked exports, sign out
everywhere, revoke while X cannot be reached. Against the sandbox over real HTTP."""

from __future__ import annotations

import time

import pytest
from dotenv import dotenv_values
from PySide6.QtCore import Qt

from tests.gui.test_wizard_support import make_context, sandbox_credential
from twauth_gui.core import export, identity, lifecycle
from twauth_gui.core.errors import UserFacingError
from twauth_gui.core.models import Method, OAuth2Tokens
from twauth_gui.core.vault import Credential, LinkedExport
from twauth_gui.ui import vault_ops, vault_window
from twauth_gui.ui.credential_view import status_short, status_text
from twauth_gui.ui.vault_window import VaultWindow

NOW = 1_800_000_000.0


@pytest.fixture
def sctx(sandbox, tmp_path):
    return make_context(sandbox, tmp_path)


def _open(qtbot, ctx, **attrs) -> VaultWindow:
    win = VaultWindow(ctx)
    for key, value in attrs.items():
        setattr(win, key, value)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.loaded, timeout=5000):
        win.show()
    return win


def _link(vault, name, path) -> None:
    cred = vault.get(name)
    pairs = export.export_fields(vault.secrets(name), expires_at=cred.expires_at, preset="x",
                                 method=cred.method.value)
    export.write_export(path, export.render_env(pairs))
    vault_ops.add_linked_export(vault, name, LinkedExport(str(path)))


# ----------------------------------------------------------------------------- states

STATES = [
    # stored status, method, expires in (s), lifecycle state, long text, short text, kind
    ("valid", Method.OAUTH2, 4320, "valid", "Valid — expires in 1 h 12 min",
     "Valid · 1 h 12 min", "ok"),
    ("valid", Method.OAUTH2, 300, "expiring", "Expires in 5 min", "Expires in 5 min", "warning"),
    ("valid", Method.OAUTH2, -180, "expired", "Expired 3 min ago", "Expired 3 min ago", "error"),
    ("refresh_failed", Method.OAUTH2, 900, "refresh_failed", "Refresh failed — expires in 15 min",
     "Refresh failed", "warning"),
    ("refresh_failed", Method.OAUTH2, -60, "expired", "Expired 1 min ago", "Expired 1 min ago",
     "error"),
    ("revoked", Method.OAUTH2, 900, "revoked", "Revoked — X no longer accepts it", "Revoked",
     "error"),
    ("reauthorize", Method.OAUTH2, -60, "reauthorize", "Sign-in ended — authorize again",
     "Sign-in ended", "error"),
    ("valid", Method.OAUTH1, None, "valid", "Valid — does not expire", "Valid — does not expire",
     "ok"),
    ("app", Method.APP, None, "app", "App context — no user", "App context", "info"),
]


@pytest.mark.parametrize(("stored", "method", "left", "state", "long", "short", "kind"), STATES)
def test_status_words_follow_core_lifecycle(qapp, stored, method, left, state, long, short, kind):
    cred = Credential(name="c", method=method, status=stored,
                      expires_at=None if left is None else NOW + left)
    assert lifecycle.status_of(cred, NOW) == state
    assert status_text(cred, NOW) == (long, kind)
    assert status_short(cred, NOW) == (short, kind)


def test_every_state_shown_live_in_the_window(qtbot, ctx, make_cred):
    """The list and the detail badge show each state and count down once a second."""
    ctx.settings.set_value("vault/auto_refresh", False)
    now = time.time()
    for i, (stored, method, left, *_rest) in enumerate(STATES):
        make_cred(f"c{i}", status=stored, method=method,
                  expires_at=None if left is None else now + left)
    clock = {"now": now}
    win = _open(qtbot, ctx, clock=lambda: clock["now"])
    win._tick()
    for i, (*_head, short, _kind) in enumerate(STATES):
        assert win._find("cred", f"c{i}").text(2) == short, i
    # the countdown moves with the clock
    clock["now"] = now + 120
    qtbot.waitUntil(lambda: win._find("cred", "c1").text(2) == "Expires in 3 min", timeout=3000)
    assert win.select_credential("c1")
    qtbot.waitUntil(lambda: win.credential_view.status_badge.text() == "Expires in 3 min",
                    timeout=3000)
    assert win.credential_view.refresh_button.isVisibleTo(win)
    assert win.select_credential("c6")  # reauthorize: no Refresh, "Authorize again" instead
    assert not win.credential_view.refresh_button.isVisibleTo(win)
    assert win.credential_view.reauthorize_row.isVisibleTo(win)


# ----------------------------------------------------------------------------- auto refresh


def test_automatic_refresh_shortly_before_expiry(qtbot, sctx, sandbox, tmp_path):
    """A token 61 s from expiry is refreshed by the running window (clock 2 s ahead), once."""
    vault = sctx.vault()
    old = sandbox_credential(vault, sandbox, "bot", expires_in=61)
    env = tmp_path / "bot.env"
    _link(vault, "bot", env)
    before = sandbox.request_count("/2/oauth2/token")
    win = _open(qtbot, sctx, clock=lambda: time.time() - 30)  # not yet, however slow we are
    assert win._find("cred", "bot").text(2) == "Expires in 1 min"
    assert sandbox.request_count("/2/oauth2/token") == before
    with qtbot.waitSignal(win.operationFinished, timeout=15000) as done:
        win.clock = lambda: time.time() + 2  # now 59 s left: within the 60 s margin
    assert done.args == ["auto_refresh"]
    assert sandbox.request_count("/2/oauth2/token") == before + 1
    new = vault.secrets("bot")
    assert new["access_token"] != old["access_token"]
    assert new["refresh_token"] != old["refresh_token"]
    assert vault.get("bot").expires_at > time.time() + 7000
    assert dotenv_values(env)["X_OAUTH2_ACCESS_TOKEN"] == new["access_token"]
    qtbot.waitUntil(lambda: win._find("cred", "bot").text(2).startswith("Valid · 1 h 59"),
                    timeout=3000)
    # the old token is dead at X, the new one works
    assert identity.whoami_oauth2(OAuth2Tokens(new["access_token"]),
                                  endpoints=sandbox.endpoints).username == "twauth_demo"
    # and only once: more ticks do not refresh again
    for _ in range(2):
        with qtbot.waitSignal(win._ticker.timeout, timeout=3000):
            pass
    assert sandbox.request_count("/2/oauth2/token") == before + 1


def test_automatic_refresh_needs_offline_access_and_the_setting(qtbot, sctx, sandbox):
    vault = sctx.vault()
    sandbox_credential(vault, sandbox, "short", expires_in=30,
                       scopes=("tweet.read", "users.read"))
    sandbox_credential(vault, sandbox, "off", expires_in=30)
    # "short" has no refresh token (no offline.access) → never; "off" only with the setting
    sctx.settings.set_value("vault/auto_refresh", False)
    before = sandbox.request_count("/2/oauth2/token")
    win = _open(qtbot, sctx)
    for _ in range(2):
        with qtbot.waitSignal(win._ticker.timeout, timeout=3000):
            pass
    assert sandbox.request_count("/2/oauth2/token") == before
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        sctx.settings.set_value("vault/auto_refresh", True)
    assert sandbox.request_count("/2/oauth2/token") == before + 1
    assert vault.get("off").expires_at > time.time() + 7000
    assert vault.get("short").expires_at < time.time() + 60


def test_automatic_refresh_transient_failure_keeps_pair_and_retries_later(
    qtbot, sctx, sandbox
):
    vault = sctx.vault()
    old = sandbox_credential(vault, sandbox, "bot", expires_in=45)
    sandbox.set_fault("/2/oauth2/token", status=503, times=None)
    clock = {"skew": 0.0}
    win = VaultWindow(sctx)
    win.refresh_options = {"retries": 1, "backoff": 0.01}
    win.clock = lambda: time.time() + clock["skew"]
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        win.show()
    assert vault.secrets("bot") == old  # old pair kept
    assert vault.get("bot").status == "refresh_failed"
    qtbot.waitUntil(lambda: win._find("cred", "bot").text(2) == "Refresh failed", timeout=5000)
    assert not _crash_dialogs()
    # not retried at once …
    count = sandbox.request_count("/2/oauth2/token")
    for _ in range(2):
        with qtbot.waitSignal(win._ticker.timeout, timeout=3000):
            pass
    assert sandbox.request_count("/2/oauth2/token") == count
    # … but after the retry delay, and then it works
    sandbox.clear_faults()
    with qtbot.waitSignal(win.operationFinished, timeout=15000):
        clock["skew"] = win.auto_retry_delay + 1
    assert vault.get("bot").status == "valid"
    assert vault.secrets("bot")["access_token"] != old["access_token"]


def _crash_dialogs() -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "CrashDialog"]


# ----------------------------------------------------------------------------- linked exports


def test_linked_exports_listed_and_removable(qtbot, ctx, make_cred, memory_vault, tmp_path):
    from PySide6.QtWidgets import QLabel, QToolButton

    make_cred("bot")
    a, b = tmp_path / "a.env", tmp_path / "b.env"
    for path in (a, b):
        _link(memory_vault, "bot", path)
    win = _open(qtbot, ctx)
    cv = win.credential_view
    assert cv.links_box.isVisibleTo(win)

    def shown() -> list[str]:
        return [w.text() for w in cv.links_box.findChildren(QLabel) if w.isVisibleTo(win)]

    assert str(a) in shown() and str(b) in shown()
    buttons = {btn.accessibleName(): btn for btn in cv.links_box.findChildren(QToolButton)}
    with qtbot.waitSignal(win.operationFinished, timeout=5000):
        qtbot.mouseClick(buttons[f"Stop updating {a}"], Qt.MouseButton.LeftButton)
    assert memory_vault.get("bot").linked_exports == (LinkedExport(str(b)),)
    assert a.exists()  # the file itself is kept
    qtbot.waitUntil(lambda: str(a) not in shown() and str(b) in shown(), timeout=3000)


# ----------------------------------------------------------------------------- revoke


def test_sign_out_everywhere_revokes_every_credential_of_the_app(
    qtbot, sctx, sandbox, monkeypatch
):
    vault = sctx.vault()
    o2 = sandbox_credential(vault, sandbox, "o2", app="Bot")
    sandbox_credential(vault, sandbox, "o1", app="Bot", method="oauth1")
    sandbox_credential(vault, sandbox, "bearer", app="Bot", method="app")
    keep = sandbox_credential(vault, sandbox, "keep", app="Other")
    asked = []
    monkeypatch.setattr(vault_window, "confirm", lambda *a: asked.append(a[2]) or True)
    win = _open(qtbot, sctx)
    assert win._select("app", "Bot")
    assert win.detail.currentWidget() is win.app_view
    assert "3 saved credential(s)" in win.app_view.summary_label.text()
    revokes = sandbox.request_count("/2/oauth2/revoke")
    with qtbot.waitSignal(win.operationFinished, timeout=20000):
        qtbot.mouseClick(win.app_view.sign_out_button, Qt.MouseButton.LeftButton)
    assert asked == ["Revoke all 3 credential(s) of “Bot” at X and remove them here?"]
    assert [c.name for c in vault.list()] == ["keep"]
    assert sandbox.request_count("/2/oauth2/revoke") == revokes + 2  # refresh + access
    assert sandbox.request_count("/1.1/oauth/invalidate_token") == 1
    assert sandbox.request_count("/oauth2/invalidate_token") == 1
    with pytest.raises(UserFacingError):
        identity.whoami_oauth2(OAuth2Tokens(o2["access_token"]), endpoints=sandbox.endpoints)
    assert identity.whoami_oauth2(OAuth2Tokens(keep["access_token"]),
                                  endpoints=sandbox.endpoints).username == "twauth_demo"
    assert "Signed out 3 credential(s)." in win.statusBar().currentMessage()


def test_revoke_offline_offers_local_removal_with_explicit_confirmation(
    qtbot, ctx, make_cred, memory_vault, monkeypatch
):
    make_cred("bot")  # api_base "" → TWAUTH_API_URL: a dead address in tests
    make_cred("other")
    asked = []

    def confirm(parent, title, text, informative, ok_text):
        asked.append((title, text, informative, ok_text))
        return True

    monkeypatch.setattr(vault_window, "confirm", confirm)
    win = _open(qtbot, ctx)
    assert win.select_credential("bot")
    with qtbot.waitSignal(win.loaded, timeout=20000):  # reloaded after the local removal
        qtbot.mouseClick(win.credential_view.revoke_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    title, text, informative, ok_text = asked[1]
    assert title == "X cannot be reached"
    assert text == "X could not be reached, so “bot” was not revoked."
    assert "NOT revoked at X" in informative
    assert ok_text == "Remove from this computer only (NOT revoked at X)"
    assert [c.name for c in memory_vault.list()] == ["other"]
    assert win.statusBar().currentMessage() == (
        "Removed “bot” from this computer only — NOT revoked at X."
    )


def test_revoke_offline_declined_keeps_everything(qtbot, ctx, make_cred, memory_vault,
                                                  monkeypatch):
    secrets = make_cred("bot")
    answers = iter([True, False])
    monkeypatch.setattr(vault_window, "confirm", lambda *a: next(answers))
    win = _open(qtbot, ctx)
    with qtbot.waitSignal(win.operationFinished, timeout=20000):
        qtbot.mouseClick(win.credential_view.revoke_button, Qt.MouseButton.LeftButton)
    assert win.credential_view.message.kind == "error"
    assert "could not be reached" in win.credential_view.message.message() or (
        "nothing was revoked" in win.credential_view.message.hint()
    )
    assert memory_vault.secrets("bot") == secrets


def test_sign_out_everywhere_offline_offers_local_removal(
    qtbot, ctx, make_cred, memory_vault, monkeypatch
):
    make_cred("a")
    make_cred("b")
    make_cred("c", app="Other")
    asked = []
    monkeypatch.setattr(vault_window, "confirm", lambda *a: asked.append(a[4]) or True)
    win = _open(qtbot, ctx)
    assert win._select("app", "My Bot App")
    with qtbot.waitSignal(win.loaded, timeout=30000):
        with qtbot.waitSignal(win.operationFinished, timeout=30000):
            qtbot.mouseClick(win.app_view.sign_out_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [c.name for c in memory_vault.list()] == ["c"], timeout=30000)
    assert asked == ["Sign out everywhere", "Remove from this computer only (NOT revoked at X)"]
