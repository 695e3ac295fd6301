"""One-shot RFC 8252 loopback redirect receiver, and the "paste the address" fallback.

``LoopbackReceiver`` listens on exactly the host, port and path of the registered callback
URL (``127.0.0.1``, ``[::1]``, or ``localhost`` = both), binds in :meth:`~LoopbackReceiver.start`
(before the browser opens, so a taken port fails fast) and waits for X to send the browser back.

It is a small single-threaded server built on :mod:`selectors` and non-blocking sockets,
not :mod:`http.server`: a browser's idle preconnect, a favicon request, a port scanner or
garbage bytes never block or consume the flow. Every connection has a deadline, the request
head is capped at 8 KiB, and at most :attr:`LoopbackReceiver.MAX_CONNECTIONS` sockets are
open at once. The ``Host`` header, path and method are checked; the OAuth 2.0 ``state`` /
OAuth 1.0a ``oauth_token`` must match (constant-time compare). A request that does not
carry the expected state gets an error page but leaves the flow waiting for the genuine
callback. The first genuine answer (code, verifier, denial or error) ends the flow;
later ones get a "this sign-in already finished" page and change nothing.

Nothing here logs a request line, query string or parameter.

::

    with LoopbackReceiver("http://127.0.0.1:8765/callback", kind="oauth2", state=flow.state) as rx:
        open_url(flow.authorize_url)
        result = rx.wait()          # CallbackResult(code=..., state=...) or FlowError
"""

from __future__ import annotations

import errno
import hmac
import logging
import re
import selectors
import socket
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

from twauth_gui.core import redact
from twauth_gui.core.errors import ErrorKind, FlowError, InputError
from twauth_gui.core.loopback_pages import http_response, render_page
from twauth_gui.core.models import Method

__all__ = [
    "CallbackKind",
    "CallbackResult",
    "LoopbackReceiver",
    "parse_redirect_uri",
    "parse_redirect_url",
]

log = logging.getLogger(__name__)

CallbackKind = Literal["oauth2", "oauth1"]

_LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class CallbackResult:
    """What the genuine callback carried: OAuth 2.0 code + state, or OAuth 1.0a token + verifier."""

    code: str | None = field(default=None, repr=False)
    state: str | None = field(default=None, repr=False)
    oauth_token: str | None = field(default=None, repr=False)
    oauth_verifier: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        redact.remember(self.code, self.oauth_verifier)


# --------------------------------------------------------------------------- redirect URI


@dataclass(frozen=True)
class RedirectTarget:
    """A validated loopback callback URL: where to listen and which ``Host`` values to accept."""

    uri: str
    host: str  # "127.0.0.1", "::1" or "localhost"
    port: int  # 0 means "pick a free port" (tests, demos)
    path: str

    @property
    def url_host(self) -> str:
        """The host as written in a URL (IPv6 in brackets)."""
        return "[::1]" if self.host == "::1" else self.host

    def with_port(self, port: int) -> RedirectTarget:
        """The same target on another port (after binding port 0)."""
        if port == self.port:
            return self
        uri = f"http://{self.url_host}:{port}{self.path}"
        return RedirectTarget(uri=uri, host=self.host, port=port, path=self.path)

    def host_header_values(self) -> frozenset[str]:
        """Exact ``Host`` header values a browser sends for this callback URL (lowercase)."""
        values = {f"{self.url_host}:{self.port}"}
        if self.port == 80:
            values.add(self.url_host)
        return frozenset(values)


def parse_redirect_uri(redirect_uri: str) -> RedirectTarget:
    """Validate a loopback callback URL; raises :class:`InputError` saying what to change."""
    example = "http://127.0.0.1:8765/callback"
    text = redirect_uri.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise InputError(
            "The callback URL is not a valid address.",
            f"Use an address like {example}.",
            kind=ErrorKind.INVALID_INPUT,
        ) from None
    if parts.scheme.lower() != "http":
        raise InputError(
            "The callback URL must start with http:// to be received on this computer.",
            f"Use an address like {example} (X allows plain http for 127.0.0.1 and localhost).",
            kind=ErrorKind.INVALID_INPUT,
        )
    host = (parts.hostname or "").lower()
    if host not in _LOOPBACK_HOSTS:
        raise InputError(
            "twauth-gui can only receive the sign-in on this computer: the callback URL's host "
            "must be 127.0.0.1, localhost or [::1].",
            f"Use an address like {example}, and register the same address in your app's "
            "User authentication settings.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if parts.username is not None or parts.password is not None:
        raise InputError(
            "The callback URL must not contain a user name or password.",
            f"Use an address like {example}.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if parts.query or parts.fragment or "?" in text or "#" in text:
        raise InputError(
            "The callback URL must not contain ? or # parts (X does not allow them).",
            f"Remove everything from the ? or #, for example {example}.",
            kind=ErrorKind.INVALID_INPUT,
        )
    path = parts.path or "/"
    if not path.startswith("/") or any(ch <= " " or ch == "\x7f" for ch in path):
        raise InputError(
            "The callback URL's path is not valid.",
            f"Use an address like {example}.",
            kind=ErrorKind.INVALID_INPUT,
        )
    return RedirectTarget(uri=text, host=host, port=80 if port is None else port, path=path)


# --------------------------------------------------------------------------- validation


@dataclass(frozen=True)
class _Reject:
    """A request that does not belong to this flow: error page, flow keeps waiting."""

    kind: ErrorKind
    heading: str
    page: str
    paste: str
    hint: str


_ANOTHER_ATTEMPT = _Reject(
    ErrorKind.STATE_MISMATCH,
    "This answer belongs to another sign-in",
    "This address does not match the sign-in twauth-gui is waiting for (it may come from an "
    "older tab or another attempt), so it was ignored. Go back to twauth-gui and use its newest "
    "sign-in link.",
    "This address belongs to a different sign-in attempt (perhaps an older browser tab).",
    "Use the address from the newest attempt, or start the sign-in again.",
)
_MISSING_STATE = _Reject(
    ErrorKind.STATE_MISMATCH,
    "This address is missing its security check",
    "This address does not carry the security check (state) that proves it comes from your "
    "sign-in, so it was ignored. Go back to twauth-gui and use its sign-in link.",
    "This address has no security check (state) in it, so it cannot be trusted.",
    "Copy the whole address from the browser's address bar after you authorized the app.",
)
_DUPLICATE = _Reject(
    ErrorKind.INVALID_INPUT,
    "This address is malformed",
    "This address repeats a sign-in parameter, so it was ignored.",
    "This address repeats a sign-in parameter, so it cannot be trusted.",
    "Copy the whole address from the browser's address bar once more.",
)
_UNREADABLE = _Reject(
    ErrorKind.INVALID_INPUT,
    "This address is malformed",
    "This address could not be read, so it was ignored.",
    "This address could not be read.",
    "Copy the whole address from the browser's address bar once more.",
)
_NO_CODE = _Reject(
    ErrorKind.INVALID_INPUT,
    "No authorization code",
    "This address has no authorization code in it, so there is nothing to finish the sign-in "
    "with. Go back to twauth-gui and start again if needed.",
    "This address has no code in it — copy the whole address from the browser's address bar.",
    "After you click Authorize app on X, the browser lands on an address starting with your "
    "callback URL and containing code=…; copy that whole address.",
)
_NO_VERIFIER = _Reject(
    ErrorKind.INVALID_INPUT,
    "No verifier",
    "This address has no oauth_verifier in it, so there is nothing to finish the sign-in with. "
    "Go back to twauth-gui and start again if needed.",
    "This address has no oauth_verifier in it — copy the whole address from the browser's "
    "address bar.",
    "After you click Authorize app on X, the browser lands on an address starting with your "
    "callback URL and containing oauth_verifier=…; copy that whole address.",
)
_TOKEN_MISMATCH = _Reject(
    ErrorKind.TOKEN_MISMATCH,
    "This answer belongs to another sign-in",
    "This address carries a different request token than the sign-in twauth-gui is waiting "
    "for (it may come from an older tab), so it was ignored. Use twauth-gui's newest sign-in "
    "link.",
    "This address belongs to a different sign-in attempt (its oauth_token does not match).",
    "Use the address from the newest attempt, or start the sign-in again.",
)

_DUP = object()  # marker: a parameter appeared more than once
_WATCHED = (
    "state",
    "code",
    "error",
    "error_description",
    "oauth_token",
    "oauth_verifier",
    "denied",
)
_ERROR_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,64}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


Verdict = CallbackResult | FlowError | _Reject


def _same(received: str, expected: str) -> bool:
    return hmac.compare_digest(received.encode("utf-8"), expected.encode("utf-8"))


def _clean_text(value: str, limit: int) -> str:
    value = _CONTROL.sub(" ", value)
    value = re.sub(r"\s+", " ", value).strip()
    return value[:limit]


def _oauth2_error(error: str, description: str) -> FlowError:
    code = error if _ERROR_CODE.fullmatch(error) else "unknown_error"
    said = _clean_text(description, 300).replace("<", "(").replace(">", ")")
    said_part = f' X said: "{said}"' if said else ""
    if code == "access_denied":
        return FlowError(
            "The authorization was cancelled on X's page, so no tokens were issued.",
            "Start the sign-in again and click Authorize app on X's page if you want to continue.",
            kind=ErrorKind.DENIED,
        )
    if code == "unauthorized_client":
        kind = ErrorKind.UNAUTHORIZED_CLIENT
        hint = (
            "Check the Client ID, the app type (Native App / Web App) and that OAuth 2.0 is "
            "turned on in your app's User authentication settings, then start again."
        )
    elif code in ("server_error", "temporarily_unavailable"):
        kind = ErrorKind.SERVER_ERROR
        hint = "X had a temporary problem. Wait a minute and start the sign-in again."
    else:
        kind = ErrorKind.OAUTH2_INVALID_REQUEST
        hint = (
            "Check the Client ID, the callback URL and the permissions (scopes) you asked for, "
            "then start the sign-in again."
        )
    return FlowError(f"X ended the sign-in with an error ({code}).{said_part}", hint, kind=kind)


def _group(pairs: Sequence[tuple[str, str]]) -> dict[str, object]:
    params: dict[str, object] = {}
    for name, value in pairs:
        params[name] = _DUP if name in params else value
    return params


def _evaluate(
    pairs: Sequence[tuple[str, str]],
    kind: CallbackKind,
    state: str | None,
    request_token: str | None,
) -> Verdict:
    """Decide what a callback query means for this flow (shared by receiver and paste)."""
    params = _group(pairs)
    if any(params.get(name) is _DUP for name in _WATCHED):
        return _DUPLICATE

    def get(name: str) -> str | None:
        value = params.get(name)
        return value if isinstance(value, str) else None

    if kind == "oauth2":
        assert state is not None
        got_state = get("state")
        if got_state is None:
            return _MISSING_STATE
        if not _same(got_state, state):
            return _ANOTHER_ATTEMPT
        error = get("error")
        if error is not None:
            return _oauth2_error(error, get("error_description") or "")
        code = get("code")
        if not code or not code.isprintable() or " " in code:
            return _NO_CODE
        return CallbackResult(code=code, state=got_state)

    assert request_token is not None
    denied = get("denied")
    if denied is not None:
        if not _same(denied, request_token):
            return _TOKEN_MISMATCH
        return FlowError(
            "The authorization was cancelled on X's page, so no tokens were issued.",
            "Start the sign-in again and click Authorize app on X's page if you want to continue.",
            kind=ErrorKind.DENIED,
        )
    token = get("oauth_token")
    verifier = get("oauth_verifier")
    if token is None:
        return _NO_VERIFIER if verifier is None else _TOKEN_MISMATCH
    if not _same(token, request_token):
        return _TOKEN_MISMATCH
    if not verifier or not verifier.isprintable() or " " in verifier:
        return _NO_VERIFIER
    return CallbackResult(oauth_token=token, oauth_verifier=verifier)


def _normalize_kind(kind: CallbackKind | Method | str) -> CallbackKind:
    value = kind.value if isinstance(kind, Method) else str(kind)
    if value == "oauth2":
        return "oauth2"
    if value == "oauth1":
        return "oauth1"
    raise InputError(
        "Only OAuth 2.0 and OAuth 1.0a sign-ins come back through the browser.",
        "Choose OAuth 2.0 or OAuth 1.0a.",
        kind=ErrorKind.INVALID_INPUT,
    )


def _require_secret(kind: CallbackKind, state: str | None, request_token: str | None) -> None:
    if kind == "oauth2" and not state:
        raise InputError(
            "An OAuth 2.0 sign-in needs its state value to check the answer.",
            "Start the sign-in again.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if kind == "oauth1" and not request_token:
        raise InputError(
            "An OAuth 1.0a sign-in needs its request token to check the answer.",
            "Start the sign-in again.",
            kind=ErrorKind.INVALID_INPUT,
        )


def _parse_query(query: str) -> list[tuple[str, str]]:
    """Strict query parsing; raises ValueError on invalid UTF-8 or too many fields."""
    return parse_qsl(
        query, keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=64
    )


def parse_redirect_url(
    url: str,
    *,
    kind: CallbackKind | Method | str,
    state: str | None = None,
    request_token: str | None = None,
) -> CallbackResult:
    """Check an address the user pasted (full redirect URL or just its query string).

    Same rules as the receiver: the state / oauth_token must match. Raises
    :class:`InputError` with a plain-language message when the address cannot be used, and
    :class:`FlowError` (``DENIED`` or an OAuth 2.0 error) when it says the sign-in was refused.
    """
    cb_kind = _normalize_kind(kind)
    _require_secret(cb_kind, state, request_token)
    text = re.sub(r"\s+", "", url)
    if not text:
        raise InputError(
            "Paste the address you landed on first.",
            "Copy the whole address from the browser's address bar after you authorized the app.",
            kind=ErrorKind.INVALID_INPUT,
        )
    if "?" in text:
        query = text.split("?", 1)[1]
    elif "=" in text and "/" not in text:
        query = text
    else:
        query = ""
    query = query.split("#", 1)[0]
    missing = _NO_CODE if cb_kind == "oauth2" else _NO_VERIFIER
    if not query:
        raise InputError(missing.paste, missing.hint, kind=missing.kind)
    try:
        pairs = _parse_query(query)
    except ValueError:
        raise InputError(_UNREADABLE.paste, _UNREADABLE.hint, kind=_UNREADABLE.kind) from None
    verdict = _evaluate(pairs, cb_kind, state, request_token)
    if isinstance(verdict, CallbackResult):
        return verdict
    if isinstance(verdict, FlowError):
        raise verdict
    raise InputError(verdict.paste, verdict.hint, kind=verdict.kind)


# --------------------------------------------------------------------------- server


@dataclass
class _Conn:
    sock: socket.socket
    deadline: float
    phase: Literal["read", "write", "drain"] = "read"
    buf: bytearray = field(default_factory=bytearray)
    out: bytes = b""
    sent: int = 0
    drained: int = 0


_LISTENER = "listener"
_WAKE = "wake"
_METHOD_PREFIX = re.compile(rb"[A-Z]{0,16}")
_REQUEST_LINE = re.compile(r"([A-Z]{1,16}) (\S+) HTTP/1\.[01]")
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_ADDR_IN_USE = {errno.EADDRINUSE, 10048}  # 10048: WSAEADDRINUSE
_ACCESS = {errno.EACCES, 10013}  # 10013: WSAEACCES (also "port excluded" on Windows)
_NO_ADDR = {errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT, 10049, 10047}


def _duration(seconds: float) -> str:
    if seconds >= 120 and seconds % 60 == 0:
        return f"{int(seconds // 60)} minutes"
    if seconds >= 60:
        return f"{round(seconds / 60, 1):g} minutes"
    whole = max(0, round(seconds))
    return "1 second" if whole == 1 else f"{whole} seconds"


class LoopbackReceiver:
    """Receive one OAuth redirect on a loopback callback URL (see the module docstring)."""

    MAX_HEAD = 8192
    MAX_HEADERS = 100
    MAX_CONNECTIONS = 64
    DRAIN_LIMIT = 65536
    FLUSH_TIME = 0.5

    def __init__(
        self,
        redirect_uri: str,
        *,
        kind: CallbackKind | Method | str,
        state: str | None = None,
        request_token: str | None = None,
        timeout: float = 300.0,
        request_timeout: float = 10.0,
        linger: float = 10.0,
    ) -> None:
        self._kind = _normalize_kind(kind)
        _require_secret(self._kind, state, request_token)
        self._target = parse_redirect_uri(redirect_uri)
        self._state = state
        self._request_token = request_token
        self._timeout = timeout
        self._request_timeout = request_timeout
        self._linger = linger
        self._lock = threading.Lock()  # guards the outcome; the server thread takes it briefly
        self._close_lock = threading.Lock()  # serializes start/close; never taken by the server
        self._done = threading.Event()
        self._stop = threading.Event()
        self._outcome: CallbackResult | FlowError | None = None
        self._finished_at: float | None = None
        self._saw_foreign = False
        self._listeners: list[socket.socket] = []
        self._wake_r: socket.socket | None = None
        self._wake_w: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    # ------------------------------------------------------------------ public API

    @property
    def redirect_uri(self) -> str:
        """The callback URL being served (with the real port once ``start`` bound port 0)."""
        return self._target.uri

    @property
    def port(self) -> int:
        """The TCP port (0 until ``start`` when the URL asked for any free port)."""
        return self._target.port

    @property
    def addresses(self) -> list[tuple[str, int]]:
        """The (address, port) pairs actually listened on."""
        out: list[tuple[str, int]] = []
        for sock in self._listeners:
            try:
                name = sock.getsockname()
            except OSError:
                continue
            out.append((str(name[0]), int(name[1])))
        return out

    def start(self) -> None:
        """Bind now, before the browser opens; FlowError PORT_IN_USE if the port is taken."""
        with self._close_lock:
            if self._closed:
                raise FlowError(
                    "This sign-in receiver was already closed.",
                    "Start the sign-in again.",
                    kind=ErrorKind.GENERIC,
                )
            if self._thread is not None:
                return
            listeners = self._bind_all()
            try:
                self._wake_r, self._wake_w = socket.socketpair()
            except OSError as exc:
                for sock in listeners:
                    sock.close()
                raise self._os_error(exc, self._target.port) from None
            self._listeners = listeners
            self._wake_r.setblocking(False)
            self._wake_w.setblocking(False)
            self._thread = threading.Thread(
                target=self._serve, name=f"twauth-loopback-{self._target.port}", daemon=True
            )
            self._thread.start()

    def wait(self, timeout: float | None = None) -> CallbackResult:
        """Block until the genuine callback arrives; raises FlowError otherwise.

        DENIED (Cancel on X's page), an OAuth 2.0 error, CANCELLED (``cancel``/``close``),
        CALLBACK_TIMEOUT, or STATE_MISMATCH when only answers from another attempt came.
        """
        if self._thread is None and not self._done.is_set():
            raise FlowError(
                "The sign-in receiver was not started.",
                "Start the sign-in again.",
                kind=ErrorKind.GENERIC,
            )
        limit = self._timeout if timeout is None else timeout
        if not self._done.wait(limit):
            self._finish(self._timeout_error(limit))
        outcome = self._outcome
        if isinstance(outcome, CallbackResult):
            return outcome
        self.close()
        assert outcome is not None
        raise outcome

    def cancel(self) -> None:
        """Stop waiting (from any thread): ``wait`` raises CANCELLED and the sockets are closed."""
        self._finish(self._cancelled())
        self.close()

    def close(self) -> None:
        """Release the port (idempotent). A pending ``wait`` raises CANCELLED."""
        self._finish(self._cancelled())
        with self._close_lock:
            self._closed = True
            self._stop.set()
            self._wake()
            thread = self._thread
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout=5.0)
            for sock in self._listeners:
                sock.close()
            for maybe in (self._wake_r, self._wake_w):
                if maybe is not None:
                    maybe.close()
        log.debug("loopback receiver closed")

    def __enter__(self) -> LoopbackReceiver:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"LoopbackReceiver({self._target.uri!r}, kind={self._kind!r})"

    # ------------------------------------------------------------------ outcome

    def _finish(self, outcome: CallbackResult | FlowError) -> bool:
        with self._lock:
            if self._outcome is not None:
                return False
            self._outcome = outcome
            self._finished_at = time.monotonic()
        self._done.set()
        return True

    def _cancelled(self) -> FlowError:
        return FlowError(
            "The sign-in was cancelled.",
            "Nothing was saved. Start again when you are ready.",
            kind=ErrorKind.CANCELLED,
        )

    def _timeout_error(self, limit: float) -> FlowError:
        uri = self._target.uri
        waited = _duration(limit)
        if self._saw_foreign:
            return FlowError(
                f"An answer reached twauth-gui within {waited}, but it belonged to a different "
                "sign-in attempt (for example an older browser tab), so it was ignored.",
                "Close old X tabs, start the sign-in again and use the newest link.",
                kind=ErrorKind.STATE_MISMATCH,
            )
        paste = (
            f"If your browser ended on an address starting with {uri}, paste that whole "
            "address into twauth-gui instead."
        )
        if self._kind == "oauth2":
            hint = (
                "If X showed “Something went wrong” and never sent you back, X did not accept "
                f"the Client ID or the callback URL: check that {uri} is listed exactly (same "
                "host, port and path) under Callback URLs in your app's User authentication "
                "settings, and that you entered the OAuth 2.0 Client ID (not the API Key). "
                f"{paste} Otherwise start the sign-in again."
            )
        else:
            hint = (
                f"If X showed an error page, check that {uri} is listed exactly under Callback "
                f"URLs in your app's User authentication settings. {paste} Otherwise start the "
                "sign-in again."
            )
        return FlowError(
            f"No answer came back from X within {waited}.",
            hint,
            kind=ErrorKind.CALLBACK_TIMEOUT,
        )

    # ------------------------------------------------------------------ binding

    def _bind_all(self) -> list[socket.socket]:
        target = self._target
        if target.host == "127.0.0.1":
            sock = self._bind_one(socket.AF_INET, "127.0.0.1", target.port)
            self._target = target.with_port(int(sock.getsockname()[1]))
            log.debug("loopback receiver listening on 127.0.0.1 port %d", self._target.port)
            return [sock]
        if target.host == "::1":
            try:
                sock = self._bind_one(socket.AF_INET6, "::1", target.port)
            except _Unavailable:
                raise FlowError(
                    "IPv6 is not available on this computer, so the callback URL with [::1] "
                    "cannot be received.",
                    f"Use http://127.0.0.1:{target.port or 8765}{target.path} instead and "
                    "register that address in your app's User authentication settings.",
                    kind=ErrorKind.GENERIC,
                ) from None
            self._target = target.with_port(int(sock.getsockname()[1]))
            log.debug("loopback receiver listening on ::1 port %d", self._target.port)
            return [sock]
        # localhost: the browser may resolve it to either family, so listen on both.
        for _attempt in range(20):
            v4 = self._bind_one(socket.AF_INET, "127.0.0.1", target.port)
            port = int(v4.getsockname()[1])
            try:
                v6 = self._bind_one(socket.AF_INET6, "::1", port)
            except _Unavailable:
                log.debug("::1 is unavailable here; localhost is served on 127.0.0.1 only")
                self._target = target.with_port(port)
                return [v4]
            except FlowError as exc:
                v4.close()
                if target.port == 0 and exc.kind == ErrorKind.PORT_IN_USE:
                    continue  # the free IPv4 port was taken on ::1; try another one
                raise
            self._target = target.with_port(port)
            log.debug("loopback receiver listening on 127.0.0.1 and ::1 port %d", port)
            return [v4, v6]
        raise self._port_error(0)

    def _bind_one(self, family: socket.AddressFamily, address: str, port: int) -> socket.socket:
        if family == socket.AF_INET6 and not socket.has_ipv6:
            raise _Unavailable
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError as exc:
            if exc.errno in _NO_ADDR or family == socket.AF_INET6:
                raise _Unavailable from None
            raise self._os_error(exc, port) from None
        try:
            if family == socket.AF_INET6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            if sys.platform == "win32":
                # Windows' SO_REUSEADDR would let a second program steal the port.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            elif sys.platform.startswith("linux"):
                # Linux: only skips TIME_WAIT; a live listener still makes bind() fail.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((address, port))
            sock.listen(32)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            if family == socket.AF_INET6 and exc.errno in _NO_ADDR:
                raise _Unavailable from None
            raise self._os_error(exc, port) from None
        return sock

    def _os_error(self, exc: OSError, port: int) -> FlowError:
        code = getattr(exc, "winerror", None) or exc.errno
        if code in _ADDR_IN_USE:
            return self._port_error(port)
        if code in _ACCESS:
            return FlowError(
                f"twauth-gui is not allowed to listen on port {port}.",
                "Ports below 1024 need administrator rights and some ports are reserved by the "
                "system. Pick another port (for example 8765), add that callback URL, such as "
                f"http://127.0.0.1:8765{self._target.path}, to Callback URLs in your app's "
                "User authentication settings, and try again.",
                kind=ErrorKind.PORT_IN_USE,
            )
        return FlowError(
            f"twauth-gui could not listen on port {port} ({exc.strerror or 'network error'}).",
            "Pick another port, register that callback URL in your app's User authentication "
            "settings, and try again.",
            kind=ErrorKind.PORT_IN_USE,
        )

    def _port_error(self, port: int) -> FlowError:
        other = 8766 if port == 8765 else 8765
        example = f"http://{self._target.url_host}:{other}{self._target.path}"
        return FlowError(
            f"Port {port} is already in use by another program, so twauth-gui cannot receive "
            f"X's answer at {self._target.uri}.",
            "Close the other program (or another twauth-gui window that is waiting for a "
            f"sign-in) and try again, or pick another port, for example {example}, and add "
            "that callback URL to Callback URLs in your app's User authentication settings too.",
            kind=ErrorKind.PORT_IN_USE,
        )

    # ------------------------------------------------------------------ serving

    def _wake(self) -> None:
        if self._wake_w is not None:
            try:
                self._wake_w.send(b"x")
            except OSError:
                pass

    def _serve(self) -> None:
        sel = selectors.DefaultSelector()
        conns: dict[socket.socket, _Conn] = {}
        try:
            for sock in self._listeners:
                sel.register(sock, selectors.EVENT_READ, _LISTENER)
            assert self._wake_r is not None
            sel.register(self._wake_r, selectors.EVENT_READ, _WAKE)
            self._loop(sel, conns)
        except Exception:  # never let a socket surprise kill the flow silently
            log.debug("loopback receiver stopped after an internal error", exc_info=False)
            self._finish(
                FlowError(
                    "twauth-gui stopped listening for X's answer because of an internal error.",
                    "Start the sign-in again; if it keeps happening, paste the address you "
                    "landed on instead.",
                    kind=ErrorKind.GENERIC,
                )
            )
        finally:
            for conn in list(conns.values()):
                conn.sock.close()
            sel.close()
            for sock in self._listeners:
                sock.close()

    def _loop(self, sel: selectors.BaseSelector, conns: dict[socket.socket, _Conn]) -> None:
        stop_deadline: float | None = None
        while True:
            now = time.monotonic()
            finished_at = self._finished_at
            if (
                not self._stop.is_set()
                and finished_at is not None
                and now >= finished_at + self._linger
            ):
                self._stop.set()
            if self._stop.is_set():
                if stop_deadline is None:
                    stop_deadline = now + self.FLUSH_TIME
                    for sock in self._listeners:
                        sel.unregister(sock)
                        sock.close()
                for conn in list(conns.values()):
                    if conn.phase != "write":
                        self._drop(sel, conns, conn)
                if not conns or now >= stop_deadline:
                    return
            wait = 1.0
            for conn in conns.values():
                wait = min(wait, conn.deadline - now)
            if stop_deadline is not None:
                wait = min(wait, stop_deadline - now)
            for key, mask in sel.select(max(0.0, wait)):
                if key.data == _WAKE:
                    self._drain_wake()
                elif key.data == _LISTENER:
                    assert isinstance(key.fileobj, socket.socket)
                    self._accept(sel, conns, key.fileobj)
                else:
                    conn = key.data
                    assert isinstance(conn, _Conn)
                    if conn.sock in conns:
                        self._on_event(sel, conns, conn, mask)
            now = time.monotonic()
            for conn in list(conns.values()):
                if now >= conn.deadline:
                    self._drop(sel, conns, conn)

    def _drain_wake(self) -> None:
        assert self._wake_r is not None
        try:
            while self._wake_r.recv(64):
                pass
        except OSError:
            pass

    def _accept(
        self,
        sel: selectors.BaseSelector,
        conns: dict[socket.socket, _Conn],
        listener: socket.socket,
    ) -> None:
        while True:
            try:
                sock, _addr = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:  # e.g. too many open files: try again on the next event
                return
            sock.setblocking(False)
            if len(conns) >= self.MAX_CONNECTIONS:
                idle = next((c for c in conns.values() if c.phase != "write"), None)
                if idle is None:
                    sock.close()
                    continue
                self._drop(sel, conns, idle)  # the oldest idle one makes room
            conn = _Conn(sock=sock, deadline=time.monotonic() + self._request_timeout)
            conns[sock] = conn
            sel.register(sock, selectors.EVENT_READ, conn)

    def _drop(
        self, sel: selectors.BaseSelector, conns: dict[socket.socket, _Conn], conn: _Conn
    ) -> None:
        conns.pop(conn.sock, None)
        try:
            sel.unregister(conn.sock)
        except (KeyError, ValueError):
            pass
        conn.sock.close()

    def _on_event(
        self,
        sel: selectors.BaseSelector,
        conns: dict[socket.socket, _Conn],
        conn: _Conn,
        mask: int,
    ) -> None:
        if conn.phase == "write":
            if mask & selectors.EVENT_WRITE:
                self._flush(sel, conns, conn)
            return
        try:
            data = conn.sock.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(sel, conns, conn)
            return
        if not data:
            self._drop(sel, conns, conn)
            return
        if conn.phase == "drain":
            conn.drained += len(data)
            if conn.drained > self.DRAIN_LIMIT:
                self._drop(sel, conns, conn)
            return
        conn.buf += data
        self._maybe_handle(sel, conns, conn)

    def _maybe_handle(
        self, sel: selectors.BaseSelector, conns: dict[socket.socket, _Conn], conn: _Conn
    ) -> None:
        buf = conn.buf
        prefix = bytes(buf[:17])
        run = _METHOD_PREFIX.match(prefix)
        n = run.end() if run else 0
        if n < len(prefix) and (n == 0 or prefix[n] != 0x20):
            # not an HTTP request line (TLS hello, binary probe, junk): answer at once
            self._respond(sel, conns, conn, self._error_page(400))
            return
        ends = [i for i in (buf.find(b"\r\n\r\n"), buf.find(b"\n\n")) if i >= 0]
        if not ends:
            if len(buf) > self.MAX_HEAD:
                first_line_done = b"\n" in buf[: self.MAX_HEAD]
                self._respond(sel, conns, conn, self._error_page(431 if first_line_done else 414))
            return
        end = min(ends)
        if end > self.MAX_HEAD:
            self._respond(sel, conns, conn, self._error_page(431))
            return
        response, outcome = self._handle(bytes(buf[:end]))
        self._respond(sel, conns, conn, response)
        if outcome is not None:
            log.debug("callback received")
            self._finish(outcome)

    def _respond(
        self,
        sel: selectors.BaseSelector,
        conns: dict[socket.socket, _Conn],
        conn: _Conn,
        response: bytes,
    ) -> None:
        conn.phase = "write"
        conn.out = response
        conn.sent = 0
        conn.deadline = time.monotonic() + self._request_timeout
        sel.modify(conn.sock, selectors.EVENT_WRITE, conn)
        self._flush(sel, conns, conn)

    def _flush(
        self, sel: selectors.BaseSelector, conns: dict[socket.socket, _Conn], conn: _Conn
    ) -> None:
        try:
            conn.sent += conn.sock.send(conn.out[conn.sent :])
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(sel, conns, conn)
            return
        if conn.sent < len(conn.out):
            return
        try:
            conn.sock.shutdown(socket.SHUT_WR)
        except OSError:
            self._drop(sel, conns, conn)
            return
        # Read and discard what the client still sends, so closing does not reset the
        # connection before the browser has shown the page.
        conn.phase = "drain"
        conn.deadline = time.monotonic() + 1.0
        sel.modify(conn.sock, selectors.EVENT_READ, conn)

    # ------------------------------------------------------------------ requests

    def _error_page(self, status: int, *, head_only: bool = False) -> bytes:
        texts = {
            400: ("Bad request", "This request could not be understood, so it was ignored."),
            404: ("Not found", "There is nothing here. twauth-gui only waits for X's answer."),
            405: ("Method not allowed", "This address only accepts X's answer."),
            414: (
                "Address too long",
                "The address was too long to be X's answer, so it was ignored.",
            ),
            431: (
                "Request too large",
                "Your browser sent too much data (often cookies stored for this address), so "
                "the request was ignored. Try a private window, or paste the address from the "
                "address bar into twauth-gui.",
            ),
        }
        heading, message = texts[status]
        extra: tuple[tuple[str, str], ...] = (("Allow", "GET"),) if status == 405 else ()
        page = render_page("failure", heading, message)
        return http_response(status, page, head_only=head_only, extra_headers=extra)

    def _handle(self, head: bytes) -> tuple[bytes, CallbackResult | FlowError | None]:
        try:
            text = head.decode("ascii")
        except UnicodeDecodeError:
            return self._error_page(400), None
        lines = re.split(r"\r?\n", text)
        match = _REQUEST_LINE.fullmatch(lines[0])
        if match is None:
            return self._error_page(400), None
        method, target = match.group(1), match.group(2)
        head_only = method == "HEAD"
        if len(lines) - 1 > self.MAX_HEADERS:
            return self._error_page(431, head_only=head_only), None
        hosts: list[str] = []
        for line in lines[1:]:
            if not line:
                continue
            name, sep, value = line.partition(":")
            if not sep or not _HEADER_NAME.fullmatch(name):
                return self._error_page(400, head_only=head_only), None
            if name.lower() == "host":
                hosts.append(value.strip().lower())
        if len(hosts) != 1 or hosts[0] not in self._target.host_header_values():
            return self._error_page(400, head_only=head_only), None
        if not target.startswith("/"):
            return self._error_page(400, head_only=head_only), None
        path, _, query = target.partition("?")
        query = query.partition("#")[0]
        if path != self._target.path:
            return self._error_page(404, head_only=head_only), None
        if method != "GET":
            return self._error_page(405, head_only=head_only), None
        return self._callback(query)

    def _callback(self, query: str) -> tuple[bytes, CallbackResult | FlowError | None]:
        with self._lock:
            finished = self._outcome
        if finished is not None:
            if isinstance(finished, CallbackResult):
                page = render_page(
                    "success",
                    "This sign-in already finished",
                    "twauth-gui already received X's answer; nothing was changed. You can close "
                    "this tab and return to twauth-gui.",
                )
            else:
                page = render_page(
                    "failure",
                    "This sign-in has already ended",
                    "twauth-gui is no longer waiting for this answer, so nothing was changed. "
                    "Start the sign-in again in twauth-gui if you still need tokens.",
                )
            return http_response(409, page), None
        pairs: list[tuple[str, str]] = []
        try:
            pairs = _parse_query(query)
        except ValueError:
            verdict: Verdict = _UNREADABLE
        else:
            verdict = _evaluate(pairs, self._kind, self._state, self._request_token)
        if isinstance(verdict, CallbackResult):
            page = render_page(
                "success",
                "Authorized",
                "You can close this tab and return to twauth-gui.",
            )
            return http_response(200, page), verdict
        if isinstance(verdict, FlowError):
            if verdict.kind == ErrorKind.DENIED:
                page = render_page(
                    "failure",
                    "Authorization cancelled",
                    "No access was granted and no tokens were issued. You can close this tab "
                    "and return to twauth-gui.",
                )
            else:
                detail = ""
                for name, value in pairs:
                    if name == "error_description":
                        detail = _clean_text(value, 500)
                page = render_page(
                    "failure",
                    "X reported an error",
                    f"{verdict.message} {verdict.hint} You can close this tab and return to "
                    "twauth-gui.",
                    detail,
                )
            return http_response(200, page), verdict
        if verdict.kind in (ErrorKind.STATE_MISMATCH, ErrorKind.TOKEN_MISMATCH):
            self._saw_foreign = True
        page = render_page("failure", verdict.heading, verdict.page)
        return http_response(400, page), None


class _Unavailable(Exception):
    """IPv6 loopback is not available on this machine (internal signal)."""
