"""The PySide6 desktop app: shell, vault window, export dialog, shared widgets and tasks.

Nothing here is imported by the core or the ``twauth`` command line.
"""
