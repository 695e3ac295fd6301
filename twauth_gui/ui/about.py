"""The About box: version, licence (MIT), where the project lives, Qt/Python versions."""

from __future__ import annotations

import platform

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from twauth_gui import __version__
from twauth_gui.ui import theme

PROJECT_URL = "https://github.com/twauth/twauth-gui"
LICENCE = "MIT"


class AboutDialog(QDialog):
    """Version and licence, keyboard-closable, text selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About twauth-gui"))
        self.setObjectName("AboutDialog")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(theme.app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        self.text = QLabel(
            self.tr(
                "<h3>twauth-gui {version}</h3>"
                "<p>Get X (Twitter) API credentials by clicking, and keep them in your "
                "system's secret store.</p>"
                "<p>Licence: {licence}. No warranty.<br>"
                '<a href="{url}">{url}</a></p>'
                "<p><small>Python {python} · PySide6 {pyside} · Qt {qt}</small></p>"
            ).format(
                version=__version__,
                licence=LICENCE,
                url=PROJECT_URL,
                python=platform.python_version(),
                pyside=pyside_version,
                qt=qVersion(),
            ),
            self,
        )
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setAccessibleName(self.tr("About twauth-gui"))
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About box (non-blocking, window-modal)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
