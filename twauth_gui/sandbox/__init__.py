"""An embedded stand-in for X's authorization endpoints and consent page (demo mode, tests).

    from twauth_gui.sandbox import Sandbox
    with Sandbox(port=0, auto="approve") as sb:
        sb.url, sb.endpoints, sb.app("confidential"), sb.browser(authorize_url)

Modules: controller (Sandbox), server (HTTP), state (apps/tokens/codes), oauth1_verify
(RFC 5849), routes_* (endpoints), pages (HTML), faults, browser (scripted consent), cli.
"""

from __future__ import annotations

from twauth_gui.sandbox.browser import SandboxBrowserError
from twauth_gui.sandbox.cli import describe, serve_forever_cli
from twauth_gui.sandbox.controller import Sandbox
from twauth_gui.sandbox.state import DemoApp, DemoUser

__all__ = [
    "DemoApp",
    "DemoUser",
    "Sandbox",
    "SandboxBrowserError",
    "describe",
    "serve_forever_cli",
]
