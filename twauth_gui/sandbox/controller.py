"""The :class:`Sandbox` object: starts/stops the server thread and exposes test controls."""

from __future__ import annotations

import secrets
import threading
from types import TracebackType
from typing import Any

from twauth_gui.core.endpoints import Endpoints
from twauth_gui.sandbox import browser as _browser
from twauth_gui.sandbox.faults import make_fault
from twauth_gui.sandbox.server import SandboxHTTPServer
from twauth_gui.sandbox.state import DemoApp, DemoUser, SandboxState

BASIC_USERNAME = "demo@example.com"


def default_apps() -> list[DemoApp]:
    """The two demo apps, with fresh random credentials."""
    return [
        DemoApp.generate("confidential", confidential=True, label="twauth Demo Web App"),
        DemoApp.generate("public", confidential=False, label="twauth Demo Native App"),
    ]


class Sandbox:
    """A local stand-in for X's auth endpoints and consent page, served on a background thread.

    ``auto`` is "approve", "deny" or None (a person clicks in a real browser).
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, auto: str | None = None,
                 *, apps: list[DemoApp] | None = None) -> None:
        if auto not in ("approve", "deny", None):
            raise ValueError('auto must be "approve", "deny" or None')
        self.host = host
        self.port = port
        self.user = DemoUser()
        self.basic_user: tuple[str, str] = (BASIC_USERNAME, secrets.token_urlsafe(12))
        self._state = SandboxState(apps if apps is not None else default_apps(), self.user,
                                   self.basic_user)
        self._state.auto = auto
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.url if self._server else "not started"
        return f"Sandbox({where}, auto={self.auto!r})"

    # lifecycle -------------------------------------------------------------
    def start(self) -> Sandbox:
        if self._server is not None:
            return self
        self._server = SandboxHTTPServer((self.host, self.port), self._state)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05},
                                        name="twauth-sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        self._server, self._thread = None, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # addresses -------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._server is not None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox is not started; call start() first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints(api=self.url, web=self.url)

    @property
    def basic_url(self) -> str:
        """A URL that accepts only ``basic_user`` via HTTP Basic (enterprise test)."""
        return f"{self.url}/_sandbox/basic"

    @property
    def usage_url(self) -> str:
        """A Usage-API-looking URL guarded by the same Basic credentials."""
        return f"{self.url}/metrics/usage/accounts/demo.json"

    # apps ------------------------------------------------------------------
    @property
    def apps(self) -> list[DemoApp]:
        return self._state.apps

    def app(self, name: str) -> DemoApp:
        found = self._state.app_by_name(name)
        if found is None:
            raise KeyError(f"no sandbox app named {name!r}")
        return found

    def add_app(self, name: str, *, confidential: bool = True,
                callbacks: list[str] | None = None, label: str = "") -> DemoApp:
        """Register one more demo app (e.g. one without callbacks, or with a strange name)."""
        app = DemoApp.generate(name, confidential=confidential, callbacks=callbacks, label=label)
        with self._state.lock:
            if self._state.app_by_name(name) is not None:
                raise ValueError(f"a sandbox app named {name!r} exists already")
            self._state.apps.append(app)
        return app

    def register_callback(self, app_name: str, url: str) -> None:
        app = self.app(app_name)
        with self._state.lock:
            if url not in app.callbacks:
                app.callbacks.append(url)

    # knobs -----------------------------------------------------------------
    @property
    def auto(self) -> str | None:
        return self._state.auto

    @auto.setter
    def auto(self, value: str | None) -> None:
        if value not in ("approve", "deny", None):
            raise ValueError('auto must be "approve", "deny" or None')
        with self._state.lock:
            self._state.auto = value

    @property
    def clock_offset(self) -> float:
        return self._state.clock_offset

    @clock_offset.setter
    def clock_offset(self, value: float) -> None:
        with self._state.lock:
            self._state.clock_offset = float(value)

    def now(self) -> float:
        """The sandbox clock (wall clock plus ``clock_offset``)."""
        return self._state.now()

    def request_count(self, path: str) -> int:
        return self._state.request_count(path)

    def stats(self) -> dict[str, int]:
        with self._state.lock:
            return dict(self._state.counts)

    def expire_access_tokens(self) -> None:
        self._state.expire_access_tokens()

    def set_fault(self, path: str, *, status: int | None = None, body: Any = None,
                  headers: dict[str, str] | None = None, delay: float = 0.0,
                  drop: bool = False, times: int | None = 1) -> None:
        """Make the next ``times`` requests to ``path`` fail (None: until cleared)."""
        self._state.faults.add(path, make_fault(status=status, body=body, headers=headers,
                                                delay=delay, drop=drop, times=times))

    def clear_faults(self) -> None:
        self._state.faults.clear()

    def browser(self, authorize_url: str, approve: bool = True) -> str:
        """Act as a person: open the consent page and press Authorize (or Cancel).

        Returns the redirect URL the browser would go to (not followed), the 7-digit PIN for
        OAuth 1.0a ``oob``, or "" after cancelling an ``oob`` authorization. Raises
        :class:`SandboxBrowserError` if the sandbox shows an error page instead.
        """
        return _browser.click_through(authorize_url, approve)
