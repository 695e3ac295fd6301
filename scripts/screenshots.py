"""Render every window and page of twauth-gui to PNG, light and dark, in docs/screenshots/.

Run under a virtual display::

    xvfb-run -a /work/venv/bin/python scripts/screenshots.py            # all shots
    xvfb-run -a /work/venv/bin/python scripts/screenshots.py vault      # names containing "vault"

Extending: write ``def shot_xyz(env: ShotEnv) -> QWidget`` that builds (and, if needed, drives)
a widget, then add ``("xyz", shot_xyz)`` to :data:`SHOTS` (or call :func:`register`). The
widget is shown at its current size, :func:`ShotEnv.settle` lets it paint, and it is saved as
``docs/screenshots/<name>-light.png`` and ``<name>-dark.png``. Use ``env.ctx()`` for an empty
vault, ``env.ctx(populated=True)`` for one with demo credentials, and ``env.sandbox_ctx()`` for
a context on a running sandbox (auto-approving consent). Nothing touches the real keyring or X.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

os.environ.setdefault("TWAUTH_DATA_DIR", tempfile.mkdtemp(prefix="twauth-shots-"))
os.environ.setdefault("TWAUTH_API_URL", "http://127.0.0.1:9")
os.environ.setdefault("TWAUTH_WEB_URL", "http://127.0.0.1:9")

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from twauth_gui.core import redact  # noqa: E402
from twauth_gui.core.models import Method  # noqa: E402


class ShotEnv:
    """Helpers handed to every shot builder."""

    def __init__(self, app: QApplication, scheme: str) -> None:
        self.app = app
        self.scheme = scheme
        self._sandbox: Any = None
        self._keep: list[Any] = []

    # contexts ----------------------------------------------------------------------
    def vault(self, populated: bool = False) -> Any:
        from twauth_gui.core.secretstore import MemoryStore
        from twauth_gui.core.vault import Vault

        vault = Vault.open(Path(tempfile.mkdtemp(prefix="twauth-shot-vault-")), store=MemoryStore())
        if populated:
            populate(vault)
        return vault

    def ctx(self, populated: bool = False, *, sandbox: Any = None) -> Any:
        from twauth_gui.ui.context import AppContext, Settings

        vault = self.vault(populated)
        settings = Settings(Path(tempfile.mkdtemp(prefix="twauth-shot-settings-")) / "gui.ini")
        ctx = AppContext(sandbox=sandbox, settings=settings, vault_factory=lambda: vault)
        self._keep.append(ctx)
        return ctx

    def sandbox(self) -> Any:
        if self._sandbox is None:
            from twauth_gui.sandbox import Sandbox

            self._sandbox = Sandbox(port=0, auto="approve")
            self._sandbox.start()
        return self._sandbox

    def sandbox_ctx(self, populated: bool = False) -> Any:
        return self.ctx(populated, sandbox=self.sandbox())

    # waiting -----------------------------------------------------------------------
    def settle(self, ms: int = 150) -> None:
        """Process events for ``ms`` milliseconds (layouts, paints, queued results)."""
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)

    def wait_until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("screenshot: condition not reached in time")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)

    def close(self) -> None:
        from twauth_gui.ui import tasks

        tasks.shutdown(3000)
        if self._sandbox is not None:
            self._sandbox.stop()
            self._sandbox = None


def populate(vault: Any) -> None:
    """Demo credentials with fake values: OAuth 2.0, OAuth 1.0a, an app bearer, an expiring one."""
    from twauth_gui.core.vault import Credential

    now = time.time()

    def fake(prefix: str, n: int) -> str:
        return (prefix + "x7Kq2LmP9vR4tW8zB3nH6jF1cD5gS0aE" * 4)[:n]

    items: list[tuple[Credential, dict[str, str]]] = [
        (
            Credential(
                name="news-bot",
                app="News Bot",
                method=Method.OAUTH2,
                user_id="1234567890",
                username="twauth_demo",
                display_name="Twauth Demo",
                scopes=("tweet.read", "tweet.write", "users.read", "offline.access"),
                redirect_uri="http://127.0.0.1:8765/callback",
                created_at=now - 86400 * 3,
                expires_at=now + 72 * 60 + 5,
                last_refresh=now - 48 * 60,
            ),
            {
                "client_id": "TWF1dGhEZW1vQ2xpZW50SWQ6MTpjaQ",
                "client_secret": fake("cs", 50),
                "access_token": fake("at", 90),
                "refresh_token": fake("rt", 90),
            },
        ),
        (
            Credential(
                name="news-bot-alerts",
                app="News Bot",
                method=Method.OAUTH2,
                user_id="99887766",
                username="news_alerts",
                display_name="News Alerts",
                scopes=("tweet.read", "users.read", "offline.access"),
                created_at=now - 86400 * 9,
                expires_at=now + 4 * 60 + 30,
            ),
            {
                "client_id": "TWF1dGhEZW1vQ2xpZW50SWQ6MTpjaQ",
                "access_token": fake("at", 90),
                "refresh_token": fake("rt", 90),
            },
        ),
        (
            Credential(
                name="archive-reader",
                app="Archive Tool",
                method=Method.OAUTH1,
                user_id="555000111",
                username="archive_tool",
                display_name="Archive Tool",
                created_at=now - 86400 * 40,
            ),
            {
                "api_key": fake("k", 25),
                "api_secret": fake("s", 50),
                "access_token": "555000111-" + fake("t", 40),
                "access_token_secret": fake("z", 45),
            },
        ),
        (
            Credential(
                name="archive-app-only",
                app="Archive Tool",
                method=Method.APP,
                status="app",
                created_at=now - 86400 * 40,
            ),
            {
                "api_key": fake("k", 25),
                "api_secret": fake("s", 50),
                "bearer_token": "AAAAAAAAAAAAAAAAAAAAA" + fake("b", 80),
            },
        ),
        (
            Credential(
                name="old-experiment",
                app="Experiments",
                method=Method.OAUTH2,
                username="twauth_demo",
                display_name="Twauth Demo",
                scopes=("tweet.read", "users.read"),
                created_at=now - 86400 * 60,
                expires_at=now - 3 * 86400,
                status="reauthorize",
            ),
            {"client_id": "RXhwZXJpbWVudENsaWVudElkOjE6Y2k", "access_token": fake("at", 90)},
        ),
    ]
    for cred, secrets in items:
        vault.save(cred, secrets)
        redact.remember(*secrets.values())


# --------------------------------------------------------------------------- shots


def _vault_window(env: ShotEnv, ctx: Any, select: str | None = None) -> QWidget:
    from twauth_gui.ui.vault_window import VaultWindow

    win = VaultWindow(ctx)
    win.resize(1060, 680)
    try:
        from PySide6.QtGui import QPixmap

        from twauth_gui.sandbox.avatar import AVATAR_PNG

        avatar = QPixmap()
        avatar.loadFromData(AVATAR_PNG)
        for cred in ctx.vault().list():
            if cred.username:
                url = f"https://pbs.example/{cred.username}.png"
                ctx.vault().update(cred.name, profile_image_url=url)
                win._avatar_cache[url] = avatar
    except ImportError:
        pass
    loaded: list[bool] = []
    win.loaded.connect(lambda: loaded.append(True))
    win.show()
    env.wait_until(lambda: bool(loaded))
    if select:
        win.select_credential(select)
        env.wait_until(lambda: bool(win.credential_view.fields))
    return win


def shot_vault_empty(env: ShotEnv) -> QWidget:
    return _vault_window(env, env.ctx())


def shot_vault_credentials(env: ShotEnv) -> QWidget:
    return _vault_window(env, env.ctx(populated=True), "news-bot")


def shot_vault_revealed(env: ShotEnv) -> QWidget:
    win = _vault_window(env, env.ctx(populated=True), "archive-reader")
    view = win.credential_view  # type: ignore[attr-defined]
    view.fields["access_token"].setRevealed(True)
    view.fields["api_key"].copy()
    return win


def shot_vault_app(env: ShotEnv) -> QWidget:
    win = _vault_window(env, env.ctx(populated=True))
    item = win._find("app", "News Bot")  # type: ignore[attr-defined]
    win.tree.setCurrentItem(item)  # type: ignore[attr-defined]
    return win


def shot_vault_reauthorize(env: ShotEnv) -> QWidget:
    win = _vault_window(env, env.ctx(populated=True), "old-experiment")
    from twauth_gui.core.lifecycle import reauthorize_error

    win.credential_view.message.show_error(  # type: ignore[attr-defined]
        reauthorize_error("old-experiment")
    )
    return win


def shot_vault_sandbox(env: ShotEnv) -> QWidget:
    return _vault_window(env, env.sandbox_ctx())


def shot_vault_no_keyring(env: ShotEnv) -> QWidget:
    from twauth_gui.core.errors import ErrorKind, KeyringUnavailable
    from twauth_gui.core.secretstore import NO_KEYRING_HINT
    from twauth_gui.ui.context import AppContext, Settings
    from twauth_gui.ui.vault_window import VaultWindow

    def no_keyring() -> Any:  # the core's own wording, as on a headless Linux box
        raise KeyringUnavailable(
            "No secure keyring is available on this system (no Secret Service on D-Bus).",
            NO_KEYRING_HINT,
            kind=ErrorKind.KEYRING_UNAVAILABLE,
        )

    settings = Settings(Path(tempfile.mkdtemp(prefix="twauth-shot-settings-")) / "gui.ini")
    ctx = AppContext(settings=settings, vault_factory=no_keyring)
    env._keep.append(ctx)
    win = VaultWindow(ctx)
    win.resize(1060, 680)
    loaded: list[bool] = []
    win.loaded.connect(lambda: loaded.append(True))
    win.show()
    env.wait_until(lambda: bool(loaded))
    return win


def shot_export_dialog(env: ShotEnv) -> QWidget:
    from twauth_gui.ui.export_dialog import ExportDialog

    ctx = env.ctx(populated=True)
    dialog = ExportDialog(ctx, "news-bot")
    loaded: list[bool] = []
    dialog.loaded.connect(lambda: loaded.append(True))
    dialog.show()
    env.wait_until(lambda: bool(loaded))
    dialog.path_edit.setText(str(Path.home() / "projects" / "news-bot" / ".env"))
    dialog.link_check.setChecked(True)
    return dialog


def shot_export_merge(env: ShotEnv) -> QWidget:
    from twauth_gui.ui.export_dialog import ExportDialog

    ctx = env.ctx(populated=True)
    existing = Path(tempfile.mkdtemp(prefix="twauth-shot-env-")) / ".env"
    existing.write_text("# my bot\nLOG_LEVEL=info\nX_CLIENT_ID=old-client-id\n", encoding="utf-8")
    dialog = ExportDialog(ctx, "news-bot")
    loaded: list[bool] = []
    dialog.loaded.connect(lambda: loaded.append(True))
    dialog.show()
    env.wait_until(lambda: bool(loaded))
    planned: list[bool] = []
    dialog.planned.connect(lambda: planned.append(True))
    dialog.path_edit.setText(str(existing))
    env.wait_until(lambda: bool(planned))
    return dialog


def shot_about(env: ShotEnv) -> QWidget:
    from twauth_gui.ui.about import AboutDialog

    dialog = AboutDialog()
    dialog.show()
    return dialog


def shot_crash(env: ShotEnv) -> QWidget:
    from twauth_gui.ui.crash import CrashDialog, format_report

    try:
        raise RuntimeError("example of an unexpected error")
    except RuntimeError as exc:
        report = format_report(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(report)
    dialog.show()
    return dialog


#: (name, builder) pairs; add yours here (or call register()).
SHOTS: list[tuple[str, Callable[[ShotEnv], QWidget]]] = [
    ("vault-empty", shot_vault_empty),
    ("vault-credentials", shot_vault_credentials),
    ("vault-revealed", shot_vault_revealed),
    ("vault-app", shot_vault_app),
    ("vault-reauthorize", shot_vault_reauthorize),
    ("vault-sandbox", shot_vault_sandbox),
    ("vault-no-keyring", shot_vault_no_keyring),
    ("export-dialog", shot_export_dialog),
    ("export-merge", shot_export_merge),
    ("about", shot_about),
    ("crash-dialog", shot_crash),
]


def register(name: str, builder: Callable[[ShotEnv], QWidget]) -> None:
    """Add a shot (for other modules that import this script)."""
    SHOTS.append((name, builder))


def _load_extra_shots() -> None:
    """Pick up ``SHOTS`` from ``scripts/screenshots_*.py`` files (e.g. the wizard's pages)."""
    import importlib.util

    for path in sorted(Path(__file__).parent.glob("screenshots_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        for item in getattr(module, "SHOTS", []):
            SHOTS.append(item)


def run(names: list[str]) -> list[Path]:
    from twauth_gui.ui import theme
    from twauth_gui.ui.app import create_application

    app = create_application(["screenshots"])
    QCoreApplication.setApplicationName("twauth-gui-screenshots")
    _load_extra_shots()
    OUT.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for scheme in ("light", "dark"):
        theme.apply_scheme(scheme)
        env = ShotEnv(app, scheme)
        try:
            for name, builder in SHOTS:
                if names and not any(n in name for n in names):
                    continue
                widget = builder(env)
                env.settle(300)
                target = OUT / f"{name}-{scheme}.png"
                if not widget.grab().save(str(target)):
                    raise RuntimeError(f"could not save {target}")
                written.append(target)
                print(f"wrote {target.relative_to(ROOT)}")
                widget.close()
                widget.deleteLater()
                env.settle(50)
        finally:
            env.close()
    return written


if __name__ == "__main__":
    run(sys.argv[1:])
