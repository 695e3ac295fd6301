"""PyInstaller entry point of the ``twauth-gui`` executable (the desktop app)."""

from __future__ import annotations

import sys

from twauth_gui.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
