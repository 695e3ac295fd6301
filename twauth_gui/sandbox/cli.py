"""``twauth sandbox``: run the sandbox in the foreground and describe it in one JSON line."""

from __future__ import annotations

import json
import signal
import sys
import threading
from types import FrameType

from twauth_gui.sandbox.controller import Sandbox


def describe(sb: Sandbox) -> dict[str, object]:
    """What a client needs to talk to ``sb`` (sandbox-only credentials, safe to show)."""
    return {
        "url": sb.url,
        "apps": [
            {
                "name": a.name,
                "label": a.display_name,
                "api_key": a.api_key,
                "api_secret": a.api_secret,
                "client_id": a.client_id,
                "client_secret": a.client_secret,
                "callbacks": list(a.callbacks),
            }
            for a in sb.apps
        ],
        "user": {"id": sb.user.id, "username": sb.user.username, "name": sb.user.name},
        "basic": {"username": sb.basic_user[0], "password": sb.basic_user[1],
                  "url": sb.basic_url, "usage_url": sb.usage_url},
    }


def serve_forever_cli(port: int, auto: str | None) -> int:
    """Serve until Ctrl+C or SIGTERM; the first stdout line is the JSON description."""
    try:
        sb = Sandbox(port=port, auto=auto)
        sb.start()
    except ValueError as exc:
        print(f"twauth sandbox: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"twauth sandbox: cannot listen on 127.0.0.1:{port} ({exc.strerror or exc}). "
              "Choose another port with --port, or 0 for any free port.", file=sys.stderr)
        return 1
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_signal)
    try:
        sys.stdout.write(json.dumps(describe(sb)) + "\n")
        sys.stdout.flush()
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sb.stop()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    return 0
