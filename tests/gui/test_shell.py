"""Application shell: --smoke, failing loudly without Qt, --version, crash reports, About."""

from __future__ import annotations

import os
import subprocess
import sys

from twauth_gui import __version__
from twauth_gui.core import redact
from twauth_gui.ui import crash


def _run(*args: str, platform: str = "offscreen") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    return subprocess.run(
        [sys.executable, "-m", "twauth_gui.ui.app", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_smoke_exits_zero_after_painting():
    result = _run("--smoke")
    assert result.returncode == 0, result.stderr
    assert "window shown and painted" in result.stdout


def test_smoke_never_imports_network_or_keyring_modules():
    code = (
        "import sys\n"
        "from twauth_gui.ui.app import main\n"
        "rc = main(['--smoke'])\n"
        "mods = ('httpx', 'oauthlib', 'keyring', 'secretstorage')\n"
        "heavy = [m for m in mods if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(rc)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout


def test_smoke_fails_loudly_without_a_platform_plugin():
    result = _run("--smoke", platform="nonexistent")
    assert result.returncode != 0
    assert "Qt could not start" in result.stderr
    assert "platform plugin" in result.stderr


def test_version():
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"twauth-gui {__version__}"


def test_crash_report_is_scrubbed(qtbot):
    secret = "super-secret-refresh-token-1234567890"
    redact.remember(secret)
    try:
        raise RuntimeError(f"failed while handling {secret}")
    except RuntimeError as exc:
        dialog = crash.show_crash(type(exc), exc, exc.__traceback__)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert secret not in dialog.report
    assert secret not in dialog.text.toPlainText()
    assert "RuntimeError: failed while handling [REDACTED]" in dialog.report
    assert f"twauth-gui {__version__}" in dialog.report
    dialog.copy_report()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == dialog.report
    dialog.close()


def test_excepthook_opens_crash_dialog(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install_excepthook()
    before = len(crash.open_dialogs())
    try:
        raise ValueError("from a slot")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(crash.open_dialogs()) == before + 1
    crash.open_dialogs()[-1].close()


def test_about_box_shows_version_and_licence(qtbot):
    from twauth_gui.ui.about import show_about

    dialog = show_about()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.text.text()
    assert "MIT" in dialog.text.text()
    dialog.close()


def test_application_identity(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    from twauth_gui.ui.app import DESKTOP_FILE, create_application

    app = create_application(["twauth-gui"])
    assert app is qapp
    assert app.desktopFileName() == DESKTOP_FILE == "io.github.twauth.TwauthGui"
    assert app.applicationName() == "twauth-gui"
    assert not app.windowIcon().isNull()


def test_themed_icons_render_in_light_and_dark(qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPalette

    from twauth_gui.ui import theme

    names = [p.stem for p in theme.ICON_DIR.glob("*.svg")]
    assert {"add", "copy", "eye", "export", "refresh", "delete", "twauth-gui"} <= set(names)
    old = qapp.palette()
    try:
        for palette in (QPalette(), theme.dark_palette()):
            qapp.setPalette(palette)
            for name in names:
                image = theme.icon(name).pixmap(QSize(24, 24)).toImage()
                assert not image.isNull()
                colours = {image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)}
                assert max(colours) > 0, name  # something was drawn
    finally:
        qapp.setPalette(old)
