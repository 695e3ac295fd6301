"""Baseline for the start-up benchmark: a bare PySide6 QWizard, exits after its first paint.

Prints ``painted`` on stdout when the first paint event of the wizard has been handled.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class Wizard(QWizard):
    def __init__(self) -> None:
        super().__init__()
        self._painted = False
        page = QWizardPage()
        page.setTitle("Welcome")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel("A bare QWizard page."))
        self.addPage(page)
        self.setWindowTitle("bare")
        self.resize(720, 520)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            sys.stdout.write("painted\n")
            sys.stdout.flush()
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = Wizard()
    wizard.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
