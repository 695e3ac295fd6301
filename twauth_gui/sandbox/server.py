"""The HTTP layer: a quiet ThreadingHTTPServer whose handler parses requests, applies
faults, counts calls and dispatches to the route functions."""

from __future__ import annotations

import logging
import socket
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from twauth_gui.sandbox import routes_api, routes_control, routes_oauth1, routes_oauth2
from twauth_gui.sandbox.http_types import Request, Response, json_response
from twauth_gui.sandbox.state import SandboxState

log = logging.getLogger(__name__)

Route = Callable[[Request, SandboxState], Response]
MAX_BODY = 1024 * 1024

ROUTES: dict[tuple[str, str], Route] = {
    ("POST", "/oauth/request_token"): routes_oauth1.request_token,
    ("GET", "/oauth/authorize"): routes_oauth1.authorize_get,
    ("POST", "/oauth/authorize"): routes_oauth1.authorize_post,
    ("GET", "/oauth/authenticate"): routes_oauth1.authorize_get,
    ("POST", "/oauth/authenticate"): routes_oauth1.authorize_post,
    ("POST", "/oauth/access_token"): routes_oauth1.access_token,
    ("POST", "/1.1/oauth/invalidate_token"): routes_oauth1.invalidate_token,
    ("GET", "/1.1/account/verify_credentials.json"): routes_oauth1.verify_credentials,
    ("POST", "/oauth2/token"): routes_api.bearer_token,
    ("POST", "/oauth2/invalidate_token"): routes_api.bearer_invalidate,
    ("GET", "/i/oauth2/authorize"): routes_oauth2.authorize_get,
    ("POST", "/i/oauth2/authorize"): routes_oauth2.authorize_post,
    ("POST", "/2/oauth2/token"): routes_oauth2.token,
    ("POST", "/2/oauth2/revoke"): routes_oauth2.revoke,
    ("GET", "/2/users/me"): routes_api.users_me,
    ("GET", "/_sandbox/basic"): routes_api.basic_test,
    ("GET", "/metrics/usage/accounts/demo.json"): routes_api.usage,
    ("GET", "/"): routes_control.index,
    ("GET", "/_sandbox/avatar.png"): routes_control.avatar,
    ("GET", "/_sandbox/stats"): routes_control.stats,
    ("POST", "/_sandbox/expire"): routes_control.expire,
    ("POST", "/_sandbox/faults"): routes_control.faults,
    ("DELETE", "/_sandbox/faults"): routes_control.faults,
    ("POST", "/_sandbox/clock"): routes_control.clock,
    ("POST", "/_sandbox/auto"): routes_control.auto,
    ("POST", "/_sandbox/callbacks"): routes_control.callbacks,
}

_LOOPBACK_NAMES = {"127.0.0.1", "localhost", "[::1]", "::1"}


class SandboxHTTPServer(ThreadingHTTPServer):
    """Carries the shared state; handler threads are daemons so stop() never hangs."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: SandboxState) -> None:
        self.state = state
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, SandboxHandler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.exception("sandbox: unexpected error while handling a request")


class SandboxHandler(BaseHTTPRequestHandler):
    server: SandboxHTTPServer
    server_version = "twauth-sandbox"
    sys_version = ""
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: request lines carry codes, tokens and states in their query strings."""

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def _read_body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return None
        if length < 0 or length > MAX_BODY:
            return None
        return self.rfile.read(length) if length else b""

    def _host_ok(self, host: str) -> bool:
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        bound = self.server.server_address[0]
        return name in _LOOPBACK_NAMES or name == bound

    def _dispatch(self) -> None:
        st = self.server.state
        split = urlsplit(self.path)
        path = split.path or "/"
        st.count(path)
        body = self._read_body()
        fault = st.faults.take(path)
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop:
                self._drop()
                return
            if fault.status is not None:
                extra = list(fault.headers.items())
                self._send(Response(fault.status, fault.body, fault.content_type, extra))
                return
        if body is None:
            self._send(json_response(413, {"error": "request body too large or malformed"}))
            return
        host = self.headers.get("Host") or ""
        if not self._host_ok(host):
            self._send(json_response(421, {"error": "unexpected Host header"}))
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = Request(self.command, path, parse_qsl(split.query, keep_blank_values=True),
                          headers, body, host)
        route = ROUTES.get((self.command, path))
        if route is None:
            if any(p == path for _, p in ROUTES):
                response = json_response(405, {"error": "method not allowed"})
            else:
                response = json_response(404, {"errors": [{"message": "Sorry, that page does "
                                                           "not exist", "code": 34}]})
        else:
            try:
                response = route(request, st)
            except Exception:
                log.exception("sandbox: route %s failed", path)
                response = json_response(500, {"error": "sandbox internal error"})
        self._send(response)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
