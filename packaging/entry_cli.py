"""PyInstaller entry point of the ``twauth`` executable (the command line; never imports Qt)."""

from __future__ import annotations

import sys

from twauth_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
