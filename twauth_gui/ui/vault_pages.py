"""Light pages of the vault window shown before any credential: loading, empty, vault problem.

Kept apart from :mod:`credential_view` so the first window paints without importing it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from twauth_gui.ui import theme
from twauth_gui.ui.widgets import BusyIndicator, InlineMessage


def heading(text: str, parent: QWidget, scale: float = 1.35) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class EmptyView(QWidget):
    """The friendly first page: nothing saved yet, one big "Get new tokens" button."""

    getTokensRequested = Signal()

    def __init__(self, sandbox: bool = False, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not at import time: keeps the first paint light

        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        layout.addStretch(1)
        icon = QLabel(self)
        icon.setPixmap(theme.app_icon().pixmap(QSize(96, 96), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(icon)
        title = heading(self.tr("No credentials saved yet"), self, 1.6)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if sandbox:
            body = self.tr(
                "This is the sandbox: a safe stand-in for X on your computer. Demo keys are "
                "filled in for you, so you can try every step without a developer account."
            )
        else:
            body = self.tr(
                "Get working X API keys and tokens in a few clicks: paste your app's keys from "
                "the X developer portal, approve in your browser, done. Everything is kept in "
                "your system's secret store."
            )
        text = QLabel(body, self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(480)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        layout.addLayout(row)
        self.get_button = QPushButton(theme.icon("add"), self.tr("Get new tokens"), self)
        self.get_button.setDefault(True)
        self.get_button.setAccessibleName(self.tr("Get new tokens"))
        self.get_button.setToolTip(self.tr("Start the step-by-step wizard"))
        self.get_button.setMinimumHeight(40)
        self.get_button.setIconSize(QSize(20, 20))
        font = self.get_button.font()
        font.setBold(True)
        self.get_button.setFont(font)
        self.get_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.get_button.clicked.connect(self.getTokensRequested)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.get_button)
        button_row.addStretch(1)
        layout.addSpacing(8)
        layout.addLayout(button_row)
        layout.addStretch(2)


class ProblemView(QWidget):
    """The vault could not be opened: what happened, what to do, and the choices."""

    retryRequested = Signal()
    useFileRequested = Signal()
    useMemoryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QWidget(self)
        column.setMaximumWidth(680)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(20, 30, 20, 30)
        layout.setSpacing(12)
        layout.addStretch(1)
        self.title_label = heading(self.tr("Where should your credentials be kept?"), column)
        layout.addWidget(self.title_label)
        self.message = InlineMessage(column)
        self.message.close_button.hide()
        layout.addWidget(self.message)
        self.explain_label = QLabel(
            self.tr(
                "An encrypted file is locked with a passphrase you choose. “This session only” "
                "writes nothing to disk: credentials are forgotten when you quit."
            ),
            column,
        )
        self.explain_label.setWordWrap(True)
        layout.addWidget(self.explain_label)
        row = QHBoxLayout()
        self.retry_button = QPushButton(theme.icon("refresh"), self.tr("Try again"), column)
        self.retry_button.setAccessibleName(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Try to open the secret store again"))
        self.file_button = QPushButton(
            theme.icon("lock"), self.tr("Use an encrypted file…"), column
        )
        self.file_button.setAccessibleName(self.tr("Use an encrypted file"))
        self.file_button.setToolTip(
            self.tr("Keep credentials in a file on this computer, locked with a passphrase")
        )
        self.memory_button = QPushButton(
            theme.icon("warning"), self.tr("This session only"), column
        )
        self.memory_button.setAccessibleName(self.tr("Keep credentials for this session only"))
        self.memory_button.setToolTip(
            self.tr("Nothing is written to disk; everything is forgotten when you quit")
        )
        self.retry_button.clicked.connect(self.retryRequested)
        self.file_button.clicked.connect(self.useFileRequested)
        self.memory_button.clicked.connect(self.useMemoryRequested)
        for b in (self.retry_button, self.file_button, self.memory_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_error(self, exc: BaseException, offer_choices: bool) -> None:
        self.message.show_error(exc)
        self.title_label.setVisible(offer_choices)
        self.explain_label.setVisible(offer_choices)
        self.file_button.setVisible(offer_choices)
        self.memory_button.setVisible(offer_choices)


class LoadingView(QWidget):
    """Shown for the moment the vault is being opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.busy = BusyIndicator(self)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.busy)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
