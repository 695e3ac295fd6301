"""The crash dialog: unexpected exceptions become a redacted, copyable report.

:func:`install_excepthook` routes uncaught exceptions on the GUI thread (including those
raised in slots) to :func:`show_crash`. The report contains versions, platform and the
traceback, passed through :func:`twauth_gui.core.redact.scrub` so no secret the process
has seen can appear in it.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from twauth_gui import __version__
from twauth_gui.core import redact

log = logging.getLogger(__name__)

ISSUES_URL = "https://github.com/twauth/twauth-gui/issues"
MAX_OPEN = 3


def format_report(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """A plain-text crash report with every remembered secret scrubbed."""
    import platform
    import traceback

    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside_version}, Qt {qVersion()}"
    except Exception:  # pragma: no cover - report must never fail
        qt = "PySide6 (unknown)"
    lines = [
        f"twauth-gui {__version__}",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        qt,
        f"Platform: {platform.platform()}",
        "",
    ]
    if exc_type is not None:
        lines.extend(traceback.format_exception(exc_type, exc, tb))
    return redact.scrub("\n".join(line.rstrip("\n") for line in lines)).rstrip() + "\n"


class CrashDialog(QDialog):
    """Shows a redacted report with "Copy report"; non-modal so it never blocks a test."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("twauth-gui ran into a problem"))
        self.setObjectName("CrashDialog")
        self.report = report
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something unexpected happened. Your saved credentials are safe. "
                "You can keep working; if it happens again, please copy this report "
                'and send it to the developers at <a href="{url}">{url}</a>. '
                "Secrets have been removed from it."
            ).format(url=ISSUES_URL),
            self,
        )
        intro.setWordWrap(True)
        intro.setOpenExternalLinks(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Crash report"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy report"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the crash report"))
        self.copy_button.setToolTip(self.tr("Copy the report to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


_open: list[CrashDialog] = []


def show_crash(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> CrashDialog | None:
    """Log the redacted report and show it in a dialog (GUI thread only)."""
    report = format_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", report)
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication) or QThread.currentThread() is not app.thread():
        sys.stderr.write(report)
        return None
    alive = [d for d in _open if _valid(d)]
    _open[:] = alive
    if len(alive) >= MAX_OPEN:  # a crash loop must not bury the screen in dialogs
        return None
    dialog = CrashDialog(report, parent)
    dialog.finished.connect(lambda _r, d=dialog: _open.remove(d) if d in _open else None)
    _open.append(dialog)
    dialog.show()
    dialog.raise_()
    return dialog


def _valid(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def open_dialogs() -> list[CrashDialog]:
    """Crash dialogs currently open (tests)."""
    return [d for d in _open if _valid(d)]


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    show_crash(exc_type, exc, tb)


def install_excepthook() -> None:
    """Route uncaught exceptions to the crash dialog."""
    sys.excepthook = _excepthook
