"""Fuzzing the loopback receiver: only the exact genuine callback completes a flow.

Three targets, ``1000 × TWAUTH_STRESS_SCALE`` inputs each:

* the request handler itself (``LoopbackReceiver._handle``, the function that reads a request
  head and decides), with structured requests whose expected verdict is known (valid callback,
  denial, or one of many near misses: wrong/duplicated/percent-encoded state, wrong Host,
  path, method, version, bad header lines, non-ASCII, oversized fields), plus random bytes and
  random mutations of a valid request; OAuth 2.0 and OAuth 1.0a;
* ``parse_redirect_url`` (the "paste the address" fallback) with the same queries and junk;
* raw bytes over real sockets against a running receiver: never a 200, never a hang, never
  a finished flow, and the genuine callback still completes afterwards.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from tests.stress import conftest as stress
from tests.stress.strategies import fuzz_settings
from twauth_gui.core.errors import ErrorKind, FlowError, InputError
from twauth_gui.core.loopback import CallbackResult, LoopbackReceiver, parse_redirect_url

STATE = "Zk3_state-0123456789abcdefghijklmnopqrstuvw"  # 43 chars like oauth2.new_state()
REQUEST_TOKEN = "ReqTok-0123456789abcdefghijkl"
PORT = 8765
WATCHED = {"state", "code", "error", "error_description", "oauth_token", "oauth_verifier", "denied"}
CODE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-"
#: Any text that can be UTF-8 encoded (no lone surrogates), as a browser would send.
TEXT = st.characters(exclude_categories=("Cs",))


@dataclass
class Case:
    """A generated request and the verdict the receiver must reach."""

    head: bytes  # request line + header lines, without the blank line
    query: str
    completes: bool  # the flow ends (success or a genuine refusal)
    success: bool  # ... with a CallbackResult
    code: str | None  # the code / verifier that must come out
    request_ok: bool


def _pct(draw: st.DrawFn, text: str) -> str:
    """Percent-encode some characters of ``text`` (decodes back to the same text)."""
    flags = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    lower = draw(st.booleans())
    out = []
    for ch, enc in zip(text, flags, strict=True):
        if enc:
            hexed = f"%{ord(ch):02X}"
            out.append(hexed.lower() if lower else hexed)
        else:
            out.append(ch)
    return "".join(out)


def _mutations(secret: str) -> st.SearchStrategy[str]:
    return st.one_of(
        st.just(secret[:-1]),
        st.just(secret + "x"),
        st.just(""),
        st.just(secret.swapcase()),
        st.just(" " + secret),
        st.integers(min_value=0, max_value=len(secret) - 1).map(
            lambda i: secret[:i] + ("A" if secret[i] != "A" else "B") + secret[i + 1 :]
        ),
        st.text(alphabet=CODE_CHARS, max_size=60),
    ).filter(lambda s: s != secret)


@st.composite
def query_parts(draw: st.DrawFn, kind: str) -> tuple[str, bool, bool, str | None]:
    """(query, completes, success, code) for a callback query, built from labelled parts."""
    params: list[tuple[str, str]] = []  # already encoded
    secret = STATE if kind == "oauth2" else REQUEST_TOKEN
    secret_name = "state" if kind == "oauth2" else "oauth_token"
    value_name = "code" if kind == "oauth2" else "oauth_verifier"

    secret_mode = draw(
        st.sampled_from(["exact", "exact", "exact", "pct", "missing", "mutated", "dup"])
    )
    if secret_mode == "exact":
        params.append((secret_name, secret))
    elif secret_mode == "pct":
        params.append((secret_name, _pct(draw, secret)))
    elif secret_mode == "mutated":
        params.append((secret_name, quote(draw(_mutations(secret)), safe="")))
    elif secret_mode == "dup":
        params += [(secret_name, secret), (secret_name, secret)]
    secret_ok = secret_mode in ("exact", "pct")

    code = draw(st.text(alphabet=CODE_CHARS, min_size=1, max_size=60))
    code_mode = draw(
        st.sampled_from(["ok", "ok", "ok", "pct", "missing", "empty", "space", "ctrl", "dup"])
    )
    if code_mode == "ok":
        params.append((value_name, code))
    elif code_mode == "pct":
        params.append((value_name, _pct(draw, code)))
    elif code_mode == "empty":
        params.append((value_name, ""))
    elif code_mode == "space":
        params.append((value_name, code + draw(st.sampled_from(["+x", "%20", "%09"]))))
    elif code_mode == "ctrl":
        params.append((value_name, code + draw(st.sampled_from(["%00", "%7F", "%0A", "%1B"]))))
    elif code_mode == "dup":
        params += [(value_name, code), (value_name, code)]
    code_ok = code_mode in ("ok", "pct")

    refusal = draw(st.sampled_from(["none"] * 3 + ["plain", "wrong", "dup"]))
    refusal_name = "error" if kind == "oauth2" else "denied"
    if refusal != "none":
        if kind == "oauth2":
            value = draw(st.sampled_from(["access_denied", "server_error", "x<y>"]))
            if refusal == "wrong":  # an error paired with a bad state is the state's business
                refusal = "plain"
        else:
            value = REQUEST_TOKEN if refusal != "wrong" else draw(_mutations(REQUEST_TOKEN))
        params.append((refusal_name, quote(value, safe="")))
        if refusal == "dup":
            params.append((refusal_name, quote(value, safe="")))
        if kind == "oauth2" and draw(st.booleans()):
            params.append(("error_description", quote(draw(st.text(TEXT, max_size=40)), safe="")))

    extra_names = st.text(TEXT, max_size=12).filter(lambda n: n not in WATCHED)
    extras = draw(st.lists(st.tuples(extra_names, st.text(TEXT, max_size=30)), max_size=6))
    params += [(quote(n, safe=""), quote(v, safe="")) for n, v in extras]
    params = draw(st.permutations(params))
    query = "&".join(f"{n}={v}" if v or draw(st.booleans()) else n for n, v in params)

    duplicated = secret_mode == "dup" or code_mode == "dup" or refusal == "dup"
    if duplicated:
        return query, False, False, None
    if kind == "oauth2":
        if not secret_ok:
            return query, False, False, None
        if refusal != "none":
            return query, True, False, None
        return query, code_ok, code_ok, code if code_ok else None
    # OAuth 1.0a: a denial carrying our request token ends the flow, whatever else is there
    if refusal == "plain":
        return query, True, False, None
    if refusal == "wrong" or not secret_ok:
        return query, False, False, None
    return query, code_ok, code_ok, code if code_ok else None


@st.composite
def requests(draw: st.DrawFn, kind: str) -> Case:
    query, completes, success, code = draw(query_parts(kind))
    ok = True

    method = draw(st.sampled_from(["GET"] * 8 + ["POST", "HEAD", "get", "PUT", "OPTIONS", "GETX"]))
    ok &= method == "GET"
    path = draw(
        st.sampled_from(
            ["/callback"] * 8
            + [
                "/callback/",
                "/Callback",
                "/callbackx",
                "/",
                "/favicon.ico",
                "//callback",
                "/callback;x",
                f"http://127.0.0.1:{PORT}/callback",
                "*",
            ]
        )
    )
    ok &= path == "/callback"
    version = draw(st.sampled_from(["HTTP/1.1"] * 4 + ["HTTP/1.0", "HTTP/2.0", "http/1.1"]))
    ok &= version in ("HTTP/1.1", "HTTP/1.0")
    target = path + ("?" + query if query or draw(st.booleans()) else "")
    if draw(st.integers(0, 9)) == 0:
        target += "#" + quote(draw(st.text(TEXT, max_size=10)), safe="")

    host_mode = draw(st.sampled_from(["ok"] * 6 + ["padded", "missing", "dup", "wrong", "case"]))
    host_name = draw(st.sampled_from(["Host", "host", "HOST"]))
    headers: list[str] = []
    if host_mode in ("ok", "case"):
        headers.append(f"{host_name}: 127.0.0.1:{PORT}")
    elif host_mode == "padded":
        headers.append(f"{host_name}:  127.0.0.1:{PORT}\t")
    elif host_mode == "dup":
        headers += [f"Host: 127.0.0.1:{PORT}", f"host: 127.0.0.1:{PORT}"]
    elif host_mode == "wrong":
        headers.append(
            "Host: "
            + draw(
                st.sampled_from(
                    [
                        f"localhost:{PORT}",
                        "127.0.0.1",
                        f"127.0.0.1:{PORT + 1}",
                        "evil.example",
                        f"[::1]:{PORT}",
                        f"127.0.0.1:{PORT}.evil",
                        "",
                    ]
                )
            )
        )
    ok &= host_mode in ("ok", "case", "padded")

    token_chars = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    extra = draw(
        st.lists(
            st.tuples(
                st.text(alphabet=token_chars, min_size=1, max_size=16).filter(
                    lambda n: n.lower() != "host"
                ),
                st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
            ),
            max_size=6,
        )
    )
    for name, value in extra:
        headers.insert(draw(st.integers(0, len(headers))), f"{name}: {value}")
    bad = draw(st.sampled_from(["none"] * 8 + ["space-name", "no-colon", "non-ascii"]))
    if bad == "space-name":
        headers.append("Bad Header: x")
    elif bad == "no-colon":
        headers.append("NoColonHere")
    elif bad == "non-ascii":
        headers.append("X-Name: caf\u00e9")
    ok &= bad == "none"

    eols = draw(
        st.lists(
            st.sampled_from(["\r\n", "\r\n", "\n"]),
            min_size=len(headers) + 1,
            max_size=len(headers) + 1,
        )
    )
    lines = [f"{method} {target} {version}", *headers]
    text = "".join(line + eol for line, eol in zip(lines, eols, strict=True)).rstrip("\r\n")
    head = text.encode("utf-8")
    return Case(head, query, completes and ok, success and ok, code if ok else None, ok)


def _receiver(kind: str, port: int = PORT) -> LoopbackReceiver:
    if kind == "oauth2":
        return LoopbackReceiver(f"http://127.0.0.1:{port}/callback", kind="oauth2", state=STATE)
    return LoopbackReceiver(
        f"http://127.0.0.1:{port}/callback", kind="oauth1", request_token=REQUEST_TOKEN
    )


def _status(response: bytes) -> int:
    match = re.match(rb"HTTP/1\.1 (\d{3}) ", response)
    assert match, response[:80]
    return int(match.group(1))


class Counter:
    def __init__(self, key: str) -> None:
        self.key = key
        self.n = 0

    def __enter__(self) -> Counter:
        return self

    def __exit__(self, *exc: object) -> None:
        stress.add("fuzz inputs: " + self.key, self.n)


# --------------------------------------------------------------------------- the handler


@pytest.mark.parametrize("kind", ["oauth2", "oauth1"])
def test_request_handler_verdicts(kind: str) -> None:
    """Structured requests: the handler's verdict is exactly the expected one, nothing raises."""
    rx = _receiver(kind)  # never started: _handle is pure given the receiver's settings
    seen = {"success": 0, "refusal": 0, "ignored": 0}
    with Counter("loopback request handler (structured)") as count:

        @fuzz_settings(500)
        @given(case=requests(kind))
        def run(case: Case) -> None:
            count.n += 1
            note(repr(case.head))
            response, outcome = rx._handle(case.head)
            status = _status(response)
            if case.success:
                assert isinstance(outcome, CallbackResult), (status, outcome)
                if kind == "oauth2":
                    assert outcome.code == case.code and outcome.state == STATE
                else:
                    assert outcome.oauth_verifier == case.code
                    assert outcome.oauth_token == REQUEST_TOKEN
                assert status == 200
                seen["success"] += 1
            elif case.completes:
                assert isinstance(outcome, FlowError), (status, outcome)
                assert status == 200
                seen["refusal"] += 1
            else:
                assert outcome is None, (status, outcome)
                assert status in (400, 404, 405), status
                seen["ignored"] += 1
            assert b"Location:" not in response
            assert rx._outcome is None  # deciding never finishes the flow by itself

        run()
    stress.record(f"loopback handler verdicts ({kind})", dict(seen))
    assert min(seen.values()) > 0, seen  # every kind of verdict was exercised


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid callback with random bytes flipped, inserted or deleted."""
    data = bytearray(
        f"GET /callback?state={STATE}&code=abc HTTP/1.1\r\nHost: 127.0.0.1:{PORT}".encode()
    )
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(["flip", "insert", "delete"]))
        byte = draw(st.integers(0, 255))
        if op == "flip":
            data[pos] = byte
        elif op == "insert":
            data.insert(pos, byte)
        elif len(data) > 1:
            del data[pos]
    return bytes(data)


#: What an accepted mutation must still look like (str.strip() also drops \x0b-\x0c, \x1c-\x1f).
VALID_SHAPE = re.compile(
    rb"GET /callback\?(?P<q>[^ #]*)(#\S*)? HTTP/1\.[01](\r?\n)+"
    rb"[Hh][Oo][Ss][Tt]:[ \t\x0b\x0c\x1c-\x1f]*127\.0\.0\.1:8765[ \t\x0b\x0c\x1c-\x1f]*(\r?\n)*"
)


def test_request_handler_random_and_mutated_bytes() -> None:
    rx = _receiver("oauth2")
    with Counter("loopback request handler (random/mutated bytes)") as count:

        @fuzz_settings(500)
        @given(head=st.one_of(st.binary(max_size=300), mutated()))
        def run(head: bytes) -> None:
            count.n += 1
            response, outcome = rx._handle(head)
            status = _status(response)
            if outcome is None:
                assert status in (400, 404, 405)
                return
            # Something was accepted: it must still be a well-formed callback for our state.
            match = VALID_SHAPE.fullmatch(head)
            assert match is not None, head
            assert STATE.encode() in match.group("q")

        run()


# --------------------------------------------------------------------------- paste fallback


@st.composite
def pasted(draw: st.DrawFn, kind: str) -> tuple[str, str, bool, bool, str | None]:
    query, completes, success, code = draw(query_parts(kind))
    prefix = draw(
        st.sampled_from(
            [f"http://127.0.0.1:{PORT}/callback?", f"http://localhost:{PORT}/callback?", "?", ""]
        )
    )
    url = prefix + query
    if prefix == "" and ("=" not in query or "/" in query):
        completes = success = False
    if draw(st.booleans()):
        url = draw(st.sampled_from(["  ", "\n", "\t"])) + url + draw(st.sampled_from(["", " \n"]))
    return kind, url, completes, success, code


def test_paste_fallback() -> None:
    with Counter("loopback parse_redirect_url (paste)") as count:

        @fuzz_settings()
        @given(
            item=st.one_of(
                pasted("oauth2"),
                pasted("oauth1"),
                st.tuples(
                    st.sampled_from(["oauth2", "oauth1"]),
                    st.text(max_size=200),
                    st.just(None),
                    st.just(None),
                    st.just(None),
                ),
            )
        )
        def run(item: tuple[str, str, bool | None, bool | None, str | None]) -> None:
            count.n += 1
            kind, url, completes, success, code = item
            try:
                if kind == "oauth2":
                    result = parse_redirect_url(url, kind="oauth2", state=STATE)
                else:
                    result = parse_redirect_url(url, kind="oauth1", request_token=REQUEST_TOKEN)
            except InputError as exc:
                assert not completes
                assert exc.kind in (
                    ErrorKind.INVALID_INPUT,
                    ErrorKind.STATE_MISMATCH,
                    ErrorKind.TOKEN_MISMATCH,
                )
                return
            except FlowError as exc:
                assert completes is None or (completes and not success)
                assert exc.message and exc.hint
                return
            if completes is None:  # free text: only a real callback for our flow can pass
                assert (
                    (result.state == STATE)
                    if kind == "oauth2"
                    else (result.oauth_token == REQUEST_TOKEN)
                )
                return
            assert success, (url, result)
            got = result.code if kind == "oauth2" else result.oauth_verifier
            assert got == code

        run()


# --------------------------------------------------------------------------- real sockets


def _exchange(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        try:
            sock.sendall(data)
            sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        chunks = []
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        else:
            pytest.fail("the receiver kept a fuzzed connection open")
    return b"".join(chunks)


_SCRATCH = _receiver("oauth2")


@st.composite
def invalid_wire_requests(draw: st.DrawFn) -> bytes:
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=600))
    if choice == 1:
        data = draw(mutated())
        if _SCRATCH._handle(data)[1] is not None:  # the mutation left a genuine callback
            data = b"PUT" + data[3:]
        return data + b"\r\n\r\n"
    case = draw(requests("oauth2"))
    if case.completes:  # only near misses go over the wire; the genuine one comes last
        case = Case(case.head.replace(b"GET ", b"POST ", 1), "", False, False, None, False)
    tail = draw(st.sampled_from([b"\r\n\r\n", b"\n\n", b"\r\n", b""]))
    return case.head + tail


def test_raw_bytes_over_sockets_never_complete_a_flow() -> None:
    rx = LoopbackReceiver(
        "http://127.0.0.1:0/callback", kind="oauth2", state=STATE, timeout=600, linger=0.5
    )
    rx.start()
    threads_before = threading.active_count()
    statuses: dict[int, int] = {}
    try:
        with Counter("loopback raw bytes over real sockets") as count:

            @fuzz_settings()
            @given(data=invalid_wire_requests())
            def run(data: bytes) -> None:
                count.n += 1
                note(repr(data))
                reply = _exchange(rx.port, data.replace(b":8765", f":{rx.port}".encode()))
                if reply:
                    status = _status(reply)
                    statuses[status] = statuses.get(status, 0) + 1
                    assert status in (400, 404, 405, 414, 431), status
                assert not rx._done.is_set(), "a fuzzed request finished the flow"

            run()
        assert threading.active_count() == threads_before
        genuine = (
            f"GET /callback?code=the-genuine-code&state={STATE} HTTP/1.1\r\n"
            f"Host: 127.0.0.1:{rx.port}\r\n\r\n"
        ).encode()
        assert _status(_exchange(rx.port, genuine)) == 200
        assert rx.wait(timeout=5).code == "the-genuine-code"
    finally:
        rx.close()
    stress.record("loopback raw-socket reply statuses", dict(sorted(statuses.items())))
