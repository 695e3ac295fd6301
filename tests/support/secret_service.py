"""Whether an unlocked Secret Service (the OS keyring on Linux) is reachable from here."""

from __future__ import annotations

import os


def secret_service_available() -> bool:
    """True when a D-Bus session runs and its default Secret Service collection is unlocked."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    try:
        import secretstorage

        conn = secretstorage.dbus_init()
        try:
            return not secretstorage.get_default_collection(conn).is_locked()
        finally:
            conn.close()
    except Exception:
        return False
