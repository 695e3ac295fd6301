"""Faults at X for the fault matrices (GUI and CLI): install one on the sandbox, and the
phrases the user-facing message must then contain."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

HTTP_TIMEOUT = 1.0  # the client's timeout in these tests (TWAUTH_HTTP_TIMEOUT)
SLOW = 2.5  # the sandbox answers this late for the "timeout" fault
FAULTS = ["500", "503", "429", "malformed", "drop", "timeout"]


@dataclass(frozen=True)
class Target:
    path: str  # the sandbox endpoint that fails
    parses_body: bool  # a 200 with a malformed body is an error (else: try a malformed 4xx)
    what: str = "an access token"  # unexpected_body(...) wording for a malformed 200
    name: str = ""  # the row's name, where a suite dispatches on it


def install_fault(sandbox: Any, target: Target, fault: str) -> tuple[str, ...]:
    """Install the fault (until cleared); return the phrases the message must contain."""
    path = target.path
    if fault == "500":
        sandbox.set_fault(
            path, status=500, body="<html><body>Internal error</body></html>", times=None
        )
        return ("X is having trouble right now (HTTP 500).",)
    if fault == "503":
        sandbox.set_fault(path, status=503, body='{"title":"Service Unavailable"}', times=None)
        return ("X is having trouble right now (HTTP 503).",)
    if fault == "429":
        reset = int(time.time()) + 3600
        sandbox.set_fault(
            path,
            status=429,
            body='{"errors":[{"code":88,"message":"Rate limit exceeded"}]}',
            headers={"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"},
            times=None,
        )
        stamp = time.strftime("%H:%M", time.localtime(reset))
        return ("X is rate-limiting these requests.", f"X allows more requests at {stamp}")
    if fault == "malformed":
        if target.parses_body:
            sandbox.set_fault(path, status=200, body=b"\x00\xff<html>not the answer", times=None)
            return (f"X's answer did not contain {target.what}.",)
        sandbox.set_fault(path, status=400, body=b'{"errors": [{"co', times=None)
        return ("X answered with an unexpected error (HTTP 400).",)
    if fault == "drop":
        sandbox.set_fault(path, drop=True, times=None)
        return ("The connection to 127.0.0.1 failed.",)
    sandbox.set_fault(path, delay=SLOW, times=None)
    return ("127.0.0.1 did not answer in time.",)
