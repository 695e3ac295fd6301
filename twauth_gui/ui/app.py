"""``twauth-gui``: the desktop application entry point.

``main(argv)`` parses ``--sandbox`` (run against the embedded stand-in for X, with demo
keys and a permanent badge; sandbox credentials are stored apart), ``--smoke`` (build
the real main window, wait until it is shown and painted, exit 0; used by packaging and
benchmarks), ``--version`` and ``--color-scheme``. Start-up stays light: httpx, oauthlib
and keyring are only imported later, inside the workers that need them.

If Qt cannot start (e.g. no usable platform plugin) the process prints a plain message
with a hint on stderr and exits with status 3 instead of aborting silently.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from twauth_gui import __version__

DESKTOP_FILE = "io.github.twauth.TwauthGui"
EXIT_QT_FAILED = 3
SMOKE_TIMEOUT_MS = 30_000

log = logging.getLogger("twauth_gui")

# Platform-plugin chatter that says nothing useful to a user.
_QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="twauth-gui",
        description="Get X (Twitter) API credentials by clicking, kept in your keyring.",
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="try everything against a local stand-in for X with demo keys (no account needed)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start, wait until the main window is painted, exit 0 (for packaging checks)",
    )
    parser.add_argument(
        "--color-scheme",
        choices=("system", "light", "dark"),
        default="system",
        help="follow the system colours (default) or force light or dark",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    parser.add_argument("--version", action="version", version=f"twauth-gui {__version__}")
    return parser


_FLAGS = {"--sandbox": "sandbox", "--smoke": "smoke", "-v": "verbose", "--verbose": "verbose"}
_SCHEMES = ("system", "light", "dark")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line. Plain flags are read directly: building the argparse parser costs
    ~3 ms of start-up (its gettext look-ups); anything else (help, version, abbreviations,
    mistakes) goes through :func:`build_parser`, so help and error messages are unchanged."""
    values: dict[str, Any] = {
        "sandbox": False,
        "smoke": False,
        "verbose": False,
        "color_scheme": "system",
    }
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in _FLAGS:
            values[_FLAGS[arg]] = True
        elif arg == "--color-scheme" and rest and rest[0] in _SCHEMES:
            values["color_scheme"] = rest.pop(0)
        elif arg.startswith("--color-scheme=") and arg.split("=", 1)[1] in _SCHEMES:
            values["color_scheme"] = arg.split("=", 1)[1]
        else:
            return build_parser().parse_args(list(argv))
    return argparse.Namespace(**values)


def _setup_logging(verbose: bool) -> None:
    from twauth_gui.core.redact import install_log_redaction

    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("twauth-gui: %(levelname)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    logging.getLogger("twauth_gui").setLevel(logging.INFO if verbose else logging.WARNING)
    install_log_redaction(root)


def _install_fatal_handler() -> Any:
    """Turn Qt's fatal start-up errors into a plain message and a clean exit status."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            sys.stderr.write(f"twauth-gui: Qt could not start: {message}\n")
            sys.stderr.write(
                "twauth-gui: hint: a desktop session (X11 or Wayland) is needed; on Linux "
                "install the Qt platform libraries (e.g. libxcb-cursor0), or check "
                "QT_QPA_PLATFORM.\n"
            )
            sys.stderr.flush()
            os._exit(EXIT_QT_FAILED)
        if any(noise in message for noise in _QT_NOISE):
            logging.getLogger("qt").debug("%s", message)
        elif kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtWarningMsg):
            logging.getLogger("qt").warning("%s", message)
        else:
            logging.getLogger("qt").debug("%s", message)

    return qInstallMessageHandler(handler)


def create_application(argv: Sequence[str], *, window_icon: bool = True) -> Any:
    """The QApplication with names, desktop file, icon and the crash hook installed.

    ``window_icon=False`` leaves the icon to the caller (``main`` sets it right after the
    first paint: on X11 it is rendered at four sizes when a window is created).
    """
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setApplicationName("twauth-gui")
    QGuiApplication.setApplicationDisplayName("twauth-gui")
    QGuiApplication.setOrganizationName("twauth")
    QGuiApplication.setOrganizationDomain("twauth.github.io")
    QGuiApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    if window_icon:
        from twauth_gui.ui import theme

        app.setWindowIcon(theme.app_icon())
    sys.excepthook = _lazy_excepthook
    from twauth_gui.ui import gc_guard

    gc_guard.install(app)  # Qt objects must never be collected on a worker thread
    return app


def _lazy_excepthook(exc_type: Any, exc: Any, tb: Any) -> None:
    """Route uncaught exceptions to the crash dialog (its module is imported on first use)."""
    from twauth_gui.ui.crash import _excepthook

    _excepthook(exc_type, exc, tb)


def start_sandbox() -> Any:
    """The embedded sandbox on a free loopback port; a person clicks the consent page."""
    from twauth_gui.sandbox import Sandbox

    sandbox = Sandbox(host="127.0.0.1", port=0, auto=None)
    sandbox.start()
    log.info("sandbox running at %s", sandbox.url)
    return sandbox


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app; returns the process exit status."""
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    _setup_logging(args.verbose)
    _install_fatal_handler()
    app = create_application([sys.argv[0] if sys.argv else "twauth-gui"], window_icon=False)
    from twauth_gui.ui import i18n

    i18n.install(app)  # TWAUTH_LANG, then settings "ui/language", then the system locale

    from PySide6.QtCore import QTimer

    from twauth_gui.ui import tasks, theme
    from twauth_gui.ui.context import AppContext
    from twauth_gui.ui.vault_window import VaultWindow

    theme.apply_scheme(args.color_scheme)
    sandbox = start_sandbox() if args.sandbox else None
    ctx = AppContext(sandbox=sandbox)
    window = VaultWindow(ctx, load=not args.smoke)
    # The window sets its own icon after its first paint; the other windows get this one.
    window.firstPainted.connect(lambda: app.setWindowIcon(theme.app_icon()))

    status = {"code": 0}
    if args.smoke:

        def painted() -> None:
            sys.stdout.write("twauth-gui: smoke ok (window shown and painted)\n")
            sys.stdout.flush()
            QTimer.singleShot(0, app.quit)

        def never_painted() -> None:
            sys.stderr.write("twauth-gui: smoke FAILED: the main window was never painted\n")
            status["code"] = 1
            app.quit()

        window.firstPainted.connect(painted)
        watchdog = QTimer(app)
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(never_painted)
        watchdog.start(SMOKE_TIMEOUT_MS)

    def on_quit() -> None:
        if not args.smoke:
            window.save_geometry()
        tasks.shutdown(2000)
        if sandbox is not None:
            sandbox.stop()

    app.aboutToQuit.connect(on_quit)
    window.show()
    code = app.exec()
    return status["code"] or int(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
