"""Qt-free core: X authorization protocols, vault, exports. Never imports PySide6."""
