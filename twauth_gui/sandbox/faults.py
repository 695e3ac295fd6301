"""Fault injection: make the next N requests to a path fail, stall or lose their connection."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Fault:
    """What to do instead of (or before) answering normally.

    ``status`` None with a ``delay`` just slows the real answer down; ``drop`` closes the
    connection without any answer. ``times`` None means until cleared.
    """

    status: int | None = None
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False
    times: int | None = 1


def make_fault(
    *,
    status: int | None = None,
    body: Any = None,
    headers: dict[str, str] | None = None,
    delay: float = 0.0,
    drop: bool = False,
    times: int | None = 1,
) -> Fault:
    """Build a :class:`Fault`; ``body`` may be bytes, text, or JSON-able data."""
    if times is not None and times < 1:
        raise ValueError("times must be at least 1 (or None for 'until cleared')")
    if delay < 0:
        raise ValueError("delay cannot be negative")
    hdrs = dict(headers or {})
    ctype = next((v for k, v in hdrs.items() if k.lower() == "content-type"), None)
    hdrs = {k: v for k, v in hdrs.items() if k.lower() != "content-type"}
    if body is None:
        data = b""
        guess = "text/plain; charset=utf-8"
    elif isinstance(body, bytes):
        data = body
        guess = "application/octet-stream"
    elif isinstance(body, str):
        data = body.encode("utf-8")
        try:
            json.loads(body)
        except ValueError:
            guess = "text/plain; charset=utf-8"
        else:
            guess = "application/json; charset=utf-8"
    else:
        data = json.dumps(body).encode("utf-8")
        guess = "application/json; charset=utf-8"
    return Fault(status, data, ctype or guess, hdrs, float(delay), drop, times)


class FaultTable:
    """Thread-safe map of path → pending faults (first set, first used)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: dict[str, list[Fault]] = {}

    def add(self, path: str, fault: Fault) -> None:
        with self._lock:
            self._faults.setdefault(path, []).append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, path: str) -> Fault | None:
        """The fault to apply to this request (consuming one of its ``times``), if any."""
        with self._lock:
            queue = self._faults.get(path)
            if not queue:
                return None
            fault = queue[0]
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    queue.pop(0)
            if not queue:
                del self._faults[path]
            return fault
