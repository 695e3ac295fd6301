"""The loopback receiver over real sockets: the genuine callback and the whole attack list."""

from __future__ import annotations

import contextlib
import errno
import http.client
import logging
import select
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.support.net import free_port
from twauth_gui.core.errors import ErrorKind, FlowError, InputError
from twauth_gui.core.loopback import CallbackResult, LoopbackReceiver

STATE = "s3cr3t-state-XYZ_0123456789abcdefghijkl"
TOKEN = "reqtok-ABCDEFG1234567"

EXPECTED_HEADERS = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    "connection": "close",
}


# --------------------------------------------------------------------------- helpers


def has_ipv6() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
            s.bind(("::1", 0))
    except OSError:
        return False
    return True


needs_ipv6 = pytest.mark.skipif(not has_ipv6(), reason="no IPv6 loopback on this machine")


def free_dual_port() -> int:
    """A port free on both 127.0.0.1 and ::1."""
    for _ in range(50):
        port = free_port()
        try:
            with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s:
                s.bind(("::1", port))
        except OSError:
            continue
        return port
    raise RuntimeError("no dual-stack free port")


class Reply:
    def __init__(self, status: int, headers: dict[str, str], raw_headers: list[str], body: str):
        self.status = status
        self.headers = headers
        self.raw_headers = raw_headers
        self.body = body


def request(
    port: int,
    target: str,
    *,
    addr: str = "127.0.0.1",
    host: str | None = None,
    method: str = "GET",
    extra: dict[str, str] | None = None,
) -> Reply:
    conn = http.client.HTTPConnection(addr, port, timeout=5)
    try:
        conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        if host is None:
            host = f"[{addr}]:{port}" if ":" in addr else f"{addr}:{port}"
        if host != "":
            conn.putheader("Host", host)
        for name, value in (extra or {}).items():
            conn.putheader(name, value)
        conn.endheaders()
        resp = conn.getresponse()
        body = resp.read().decode("utf-8")
        headers = {k.lower(): v for k, v in resp.getheaders()}
        raw = [k.lower() for k, _ in resp.getheaders()]
        return Reply(resp.status, headers, raw, body)
    finally:
        conn.close()


def raw_exchange(port: int, data: bytes, addr: str = "127.0.0.1") -> bytes:
    """Send raw bytes, read until the server closes."""
    with socket.create_connection((addr, port), timeout=5) as s:
        with contextlib.suppress(OSError):
            s.sendall(data)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def status_of(raw: bytes) -> int:
    return int(raw.split(b" ", 2)[1])


def cb(code: str = "the-code-123", state: str = STATE, path: str = "/callback") -> str:
    return f"{path}?state={state}&code={code}"


@pytest.fixture
def rx2() -> Iterator[LoopbackReceiver]:
    rx = LoopbackReceiver("http://127.0.0.1:0/callback", kind="oauth2", state=STATE, timeout=10)
    rx.start()
    try:
        yield rx
    finally:
        rx.close()


@pytest.fixture
def rx1() -> Iterator[LoopbackReceiver]:
    rx = LoopbackReceiver(
        "http://127.0.0.1:0/oauth1/cb", kind="oauth1", request_token=TOKEN, timeout=10
    )
    rx.start()
    try:
        yield rx
    finally:
        rx.close()


def assert_still_waiting(rx: LoopbackReceiver) -> None:
    """The flow was not consumed: the genuine callback still succeeds."""
    reply = request(rx.port, cb(code="genuine"))
    assert reply.status == 200, reply.body
    result = rx.wait(timeout=5)
    assert result.code == "genuine"


# --------------------------------------------------------------------------- success


def test_oauth2_success_page_headers_and_result(rx2: LoopbackReceiver) -> None:
    assert rx2.port > 0
    assert rx2.redirect_uri == f"http://127.0.0.1:{rx2.port}/callback"
    reply = request(rx2.port, cb(code="abc-DEF_123"))
    assert reply.status == 200
    assert "You can close this tab and return to twauth-gui" in reply.body
    for name, value in EXPECTED_HEADERS.items():
        assert reply.headers[name] == value
    assert "location" not in reply.headers
    assert "<script" not in reply.body.lower()
    assert "http" not in reply.body.replace("http-equiv", "")  # no external resources
    result = rx2.wait(timeout=5)
    assert result == CallbackResult(code="abc-DEF_123", state=STATE)
    assert "abc-DEF_123" not in repr(result)


def test_percent_encoded_state_and_code_are_decoded() -> None:
    state = "a+b/c=d&e f~" + "x" * 30
    with LoopbackReceiver("http://127.0.0.1:0/cb", kind="oauth2", state=state) as rx:
        from urllib.parse import urlencode

        reply = request(rx.port, "/cb?" + urlencode({"state": state, "code": "c/+=d"}))
        assert reply.status == 200
        assert rx.wait(timeout=5) == CallbackResult(code="c/+=d", state=state)


def test_every_response_has_security_headers_and_no_location(rx2: LoopbackReceiver) -> None:
    port = rx2.port
    replies = [
        request(port, "/favicon.ico"),
        request(port, "/elsewhere"),
        request(port, cb(state="wrong")),
        request(port, cb(), host="evil.example:80"),
        request(port, cb(), method="POST"),
    ]
    assert [r.status for r in replies] == [404, 404, 400, 400, 405]
    for reply in replies:
        for name, value in EXPECTED_HEADERS.items():
            assert reply.headers[name] == value, (reply.status, name)
        assert "location" not in reply.raw_headers
    assert_still_waiting(rx2)


def test_no_query_string_or_parameter_is_logged(
    rx2: LoopbackReceiver, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    request(rx2.port, cb(code="WRONGCODE-zzz", state="WRONGSTATE-yyy"))
    request(rx2.port, cb(code="SECRETCODE-qqq"))
    assert rx2.wait(timeout=5).code == "SECRETCODE-qqq"
    rx2.close()
    out, err = capfd.readouterr()
    text = caplog.text + out + err
    assert "callback received" in caplog.text
    for needle in ("SECRETCODE", "WRONGCODE", "WRONGSTATE", STATE, "code=", "state=", "GET /"):
        assert needle not in text


# --------------------------------------------------------------------------- state / host / path


def test_wrong_state_shows_error_but_does_not_consume(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, cb(state="not-the-state"))
    assert reply.status == 400
    assert "does not match the sign-in" in reply.body
    assert_still_waiting(rx2)


def test_missing_state_does_not_consume(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, "/callback?code=abc")
    assert reply.status == 400
    assert "security check" in reply.body
    reply = request(rx2.port, "/callback")
    assert reply.status == 400
    assert_still_waiting(rx2)


def test_state_prefix_or_extension_is_rejected(rx2: LoopbackReceiver) -> None:
    assert request(rx2.port, cb(state=STATE[:-1])).status == 400
    assert request(rx2.port, cb(state=STATE + "x")).status == 400
    assert request(rx2.port, cb(state="")).status == 400
    assert_still_waiting(rx2)


def test_duplicate_parameters_do_not_consume(rx2: LoopbackReceiver) -> None:
    assert request(rx2.port, f"/callback?state=evil&state={STATE}&code=x").status == 400
    assert request(rx2.port, f"/callback?state={STATE}&code=x&code=y").status == 400
    assert_still_waiting(rx2)


def test_invalid_utf8_query_does_not_consume(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, f"/callback?state={STATE}&code=%ff%fe")
    assert reply.status == 400
    assert_still_waiting(rx2)


def test_correct_state_without_code_does_not_consume(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, f"/callback?state={STATE}")
    assert reply.status == 400
    assert "no authorization code" in reply.body
    assert_still_waiting(rx2)


@pytest.mark.parametrize(
    "host",
    [
        "evil.example",
        "evil.example:{port}",
        "127.0.0.1:{other}",
        "127.0.0.1",
        "localhost:{port}",  # the redirect URI says 127.0.0.1
        "[::1]:{port}",
        "127.0.0.1:{port}.evil.example",
        "",  # missing Host header
    ],
)
def test_wrong_host_header_is_rejected(rx2: LoopbackReceiver, host: str) -> None:
    value = host.format(port=rx2.port, other=rx2.port + 1)
    reply = request(rx2.port, cb(code="from-rebinding"), host=value)
    assert reply.status == 400
    assert_still_waiting(rx2)


def test_duplicate_host_header_is_rejected(rx2: LoopbackReceiver) -> None:
    data = (
        f"GET {cb()} HTTP/1.1\r\nHost: 127.0.0.1:{rx2.port}\r\nHost: evil.example\r\n\r\n"
    ).encode()
    assert status_of(raw_exchange(rx2.port, data)) == 400
    assert_still_waiting(rx2)


def test_host_header_is_case_insensitive_for_localhost() -> None:
    with LoopbackReceiver("http://localhost:0/callback", kind="oauth2", state=STATE) as rx:
        reply = request(rx.port, cb(), host=f"LocalHost:{rx.port}")
        assert reply.status == 200
        assert rx.wait(timeout=5).code == "the-code-123"


@pytest.mark.parametrize(
    "target", ["/", "/callback/", "/Callback", "/callback/extra", "/%63allback", "//callback"]
)
def test_wrong_path_is_404(rx2: LoopbackReceiver, target: str) -> None:
    reply = request(rx2.port, f"{target}?state={STATE}&code=nope")
    assert reply.status == 404
    assert_still_waiting(rx2)


def test_absolute_form_target_is_rejected(rx2: LoopbackReceiver) -> None:
    target = f"http://127.0.0.1:{rx2.port}{cb()}"
    assert request(rx2.port, target).status == 400
    assert_still_waiting(rx2)


def test_favicon_first_does_not_consume(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, "/favicon.ico")
    assert reply.status == 404
    assert_still_waiting(rx2)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "OPTIONS"])
def test_wrong_method_is_405(rx2: LoopbackReceiver, method: str) -> None:
    reply = request(rx2.port, cb(code="posted"), method=method)
    assert reply.status == 405
    assert reply.headers["allow"] == "GET"
    assert_still_waiting(rx2)


def test_head_is_405_without_body(rx2: LoopbackReceiver) -> None:
    raw = raw_exchange(
        rx2.port, f"HEAD {cb()} HTTP/1.1\r\nHost: 127.0.0.1:{rx2.port}\r\n\r\n".encode()
    )
    assert status_of(raw) == 405
    assert raw.endswith(b"\r\n\r\n")  # head only
    assert_still_waiting(rx2)


# --------------------------------------------------------------------------- hostile traffic


def test_idle_preconnect_does_not_block_the_callback(rx2: LoopbackReceiver) -> None:
    idle = [socket.create_connection(("127.0.0.1", rx2.port), timeout=5) for _ in range(3)]
    try:
        time.sleep(0.1)
        started = time.monotonic()
        reply = request(rx2.port, cb(code="after-preconnect"))
        assert reply.status == 200
        assert time.monotonic() - started < 2.0
        assert rx2.wait(timeout=5).code == "after-preconnect"
    finally:
        for s in idle:
            s.close()


def test_half_sent_request_does_not_block_the_callback(rx2: LoopbackReceiver) -> None:
    with socket.create_connection(("127.0.0.1", rx2.port), timeout=5) as slow:
        slow.sendall(b"GET /callback?state=")  # never finishes
        reply = request(rx2.port, cb(code="after-slowloris"))
        assert reply.status == 200
    assert rx2.wait(timeout=5).code == "after-slowloris"


def test_idle_connection_is_closed_after_its_deadline() -> None:
    with LoopbackReceiver(
        "http://127.0.0.1:0/callback", kind="oauth2", state=STATE, request_timeout=0.3
    ) as rx:
        with socket.create_connection(("127.0.0.1", rx.port), timeout=5) as idle:
            started = time.monotonic()
            try:
                data = idle.recv(100)
            except ConnectionResetError:
                data = b""
            assert data == b""
            assert time.monotonic() - started < 3.0
        assert_still_waiting(rx)


def test_connection_count_is_bounded_and_callback_still_arrives(rx2: LoopbackReceiver) -> None:
    limit = LoopbackReceiver.MAX_CONNECTIONS
    idle = []
    try:
        for _ in range(limit + 10):
            idle.append(socket.create_connection(("127.0.0.1", rx2.port), timeout=5))
        time.sleep(0.3)
        reply = request(rx2.port, cb(code="past-the-flood"))
        assert reply.status == 200
        assert rx2.wait(timeout=5).code == "past-the-flood"
        # the oldest idle sockets were closed by the server to make room
        readable, _, _ = select.select(idle, [], [], 0.5)
        closed = []
        for index, s in enumerate(idle):
            if s not in readable:
                continue
            try:
                if s.recv(10) == b"":
                    closed.append(index)
            except ConnectionResetError:
                closed.append(index)
        assert len(closed) >= 10  # never more than MAX_CONNECTIONS open at once
        assert closed[:10] == list(range(10))  # the oldest went first
    finally:
        for s in idle:
            s.close()


@pytest.mark.parametrize(
    "junk",
    [
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(40)),  # TLS ClientHello
        b"hello there\r\n\r\n",
        b"\x00\x00\x00\x00",
        b"GET\r\n\r\n",
        b"GET /callback HTTP/9.9\r\nHost: x\r\n\r\n",
        b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
        b"GET /callback?st\xffate=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /callback HTTP/1.1\r\nBad Header Line\r\n\r\n",
    ],
)
def test_garbage_gets_400_and_is_closed(rx2: LoopbackReceiver, junk: bytes) -> None:
    raw = raw_exchange(rx2.port, junk)
    assert status_of(raw) == 400
    assert b"\r\nConnection: close\r\n" in raw
    assert_still_waiting(rx2)


def test_oversized_request_line(rx2: LoopbackReceiver) -> None:
    big = "/callback?state=" + "a" * 9000 + "&code=x"
    raw = raw_exchange(
        rx2.port, f"GET {big} HTTP/1.1\r\nHost: 127.0.0.1:{rx2.port}\r\n\r\n".encode()
    )
    assert status_of(raw) in (400, 414, 431)
    assert_still_waiting(rx2)


def test_oversized_headers(rx2: LoopbackReceiver) -> None:
    head = f"GET {cb()} HTTP/1.1\r\nHost: 127.0.0.1:{rx2.port}\r\n"
    head += "".join(f"X-Pad-{i}: {'p' * 100}\r\n" for i in range(100))
    raw = raw_exchange(rx2.port, (head + "\r\n").encode())
    assert status_of(raw) in (400, 431)
    assert_still_waiting(rx2)


def test_endless_header_stream_is_cut_off(rx2: LoopbackReceiver) -> None:
    with socket.create_connection(("127.0.0.1", rx2.port), timeout=5) as s:
        s.sendall(f"GET {cb()} HTTP/1.1\r\nHost: 127.0.0.1:{rx2.port}\r\n".encode())
        chunks = []
        for _ in range(20):
            try:
                s.sendall(b"X-Flood: " + b"f" * 1000 + b"\r\n")
            except OSError:
                break
        s.settimeout(5)
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    raw = b"".join(chunks)
    assert status_of(raw) == 431
    assert_still_waiting(rx2)


# --------------------------------------------------------------------------- single use


def test_second_callback_after_success_changes_nothing(rx2: LoopbackReceiver) -> None:
    assert request(rx2.port, cb(code="first")).status == 200
    assert rx2.wait(timeout=5).code == "first"
    second = request(rx2.port, cb(code="second"))
    assert second.status == 409
    assert "already finished" in second.body
    assert rx2.wait(timeout=5).code == "first"


def test_second_callback_with_wrong_state_after_success(rx2: LoopbackReceiver) -> None:
    assert request(rx2.port, cb(code="first")).status == 200
    reply = request(rx2.port, cb(code="other", state="other"))
    assert reply.status == 409
    assert rx2.wait(timeout=1).code == "first"


# --------------------------------------------------------------------------- errors from X


def test_oauth2_denial(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, f"/callback?error=access_denied&state={STATE}")
    assert reply.status == 200
    assert "cancelled" in reply.body.lower()
    with pytest.raises(FlowError) as info:
        rx2.wait(timeout=5)
    assert info.value.kind == ErrorKind.DENIED
    assert request_fails(rx2.port)  # closed after the terminal outcome


def request_fails(port: int) -> bool:
    try:
        request(port, cb())
    except OSError:
        return True
    return False


def test_oauth2_denial_with_wrong_state_is_ignored(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, "/callback?error=access_denied&state=forged")
    assert reply.status == 400
    reply = request(rx2.port, "/callback?error=access_denied")
    assert reply.status == 400
    assert_still_waiting(rx2)


def test_oauth2_error_description_is_escaped(rx2: LoopbackReceiver) -> None:
    from urllib.parse import quote

    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    reply = request(
        rx2.port,
        f"/callback?error=invalid_scope&error_description={quote(evil)}&state={STATE}",
    )
    assert reply.status == 200
    assert "<script>" not in reply.body
    assert "<img" not in reply.body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in reply.body
    with pytest.raises(FlowError) as info:
        rx2.wait(timeout=5)
    assert info.value.kind == ErrorKind.OAUTH2_INVALID_REQUEST
    assert "invalid_scope" in info.value.message
    assert "<" not in str(info.value)


def test_oauth2_error_code_is_not_echoed_raw(rx2: LoopbackReceiver) -> None:
    reply = request(rx2.port, f"/callback?error=%3Cb%3Ebold%3C/b%3E&state={STATE}")
    assert "<b>" not in reply.body
    with pytest.raises(FlowError) as info:
        rx2.wait(timeout=5)
    assert "<b>" not in str(info.value)
    assert "unknown_error" in info.value.message


def test_oauth2_server_error_kind(rx2: LoopbackReceiver) -> None:
    request(rx2.port, f"/callback?error=temporarily_unavailable&state={STATE}")
    with pytest.raises(FlowError) as info:
        rx2.wait(timeout=5)
    assert info.value.kind == ErrorKind.SERVER_ERROR


# --------------------------------------------------------------------------- OAuth 1.0a


def test_oauth1_success(rx1: LoopbackReceiver) -> None:
    reply = request(rx1.port, f"/oauth1/cb?oauth_token={TOKEN}&oauth_verifier=verif-42")
    assert reply.status == 200
    assert "You can close this tab and return to twauth-gui" in reply.body
    assert rx1.wait(timeout=5) == CallbackResult(oauth_token=TOKEN, oauth_verifier="verif-42")


def test_oauth1_token_mismatch_does_not_consume(rx1: LoopbackReceiver) -> None:
    bad = [
        "/oauth1/cb?oauth_token=other-token&oauth_verifier=v",
        "/oauth1/cb?oauth_verifier=v",
        f"/oauth1/cb?oauth_token={TOKEN}",
        "/oauth1/cb?denied=other-token",
        f"/oauth1/cb?oauth_token={TOKEN}&oauth_verifier=",
    ]
    for target in bad:
        assert request(rx1.port, target).status == 400, target
    reply = request(rx1.port, f"/oauth1/cb?oauth_token={TOKEN}&oauth_verifier=real")
    assert reply.status == 200
    assert rx1.wait(timeout=5).oauth_verifier == "real"


def test_oauth1_denial(rx1: LoopbackReceiver) -> None:
    reply = request(rx1.port, f"/oauth1/cb?denied={TOKEN}")
    assert reply.status == 200
    with pytest.raises(FlowError) as info:
        rx1.wait(timeout=5)
    assert info.value.kind == ErrorKind.DENIED


def test_oauth1_ignores_oauth2_state(rx1: LoopbackReceiver) -> None:
    assert request(rx1.port, f"/oauth1/cb?state={STATE}&code=x").status == 400
    reply = request(rx1.port, f"/oauth1/cb?oauth_token={TOKEN}&oauth_verifier=v2")
    assert reply.status == 200
    assert rx1.wait(timeout=5).oauth_verifier == "v2"


# --------------------------------------------------------------------------- IPv6 / localhost


@needs_ipv6
def test_ipv6_loopback_callback() -> None:
    with LoopbackReceiver("http://[::1]:0/callback", kind="oauth2", state=STATE) as rx:
        assert rx.addresses == [("::1", rx.port)]
        assert rx.redirect_uri == f"http://[::1]:{rx.port}/callback"
        with pytest.raises(OSError):  # not on IPv4
            request(rx.port, cb(), host=f"[::1]:{rx.port}")
        assert request(rx.port, cb(), addr="::1", host=f"127.0.0.1:{rx.port}").status == 400
        reply = request(rx.port, cb(code="v6"), addr="::1")
        assert reply.status == 200
        assert rx.wait(timeout=5).code == "v6"


@needs_ipv6
def test_localhost_listens_on_both_families() -> None:
    port = free_dual_port()
    uri = f"http://localhost:{port}/callback"
    with LoopbackReceiver(uri, kind="oauth2", state=STATE) as rx:
        assert sorted(a for a, _ in rx.addresses) == ["127.0.0.1", "::1"]
        assert rx.redirect_uri == uri
        host = f"localhost:{port}"
        # both families answer (a foreign state keeps the flow open)
        assert request(port, cb(state="x"), addr="::1", host=host).status == 400
        assert request(port, cb(state="x"), addr="127.0.0.1", host=host).status == 400
        assert request(port, cb(code="via-v6"), addr="::1", host=host).status == 200
        assert rx.wait(timeout=5).code == "via-v6"
    with LoopbackReceiver(uri, kind="oauth2", state=STATE) as rx:
        assert request(port, cb(code="via-v4"), addr="127.0.0.1", host=host).status == 200
        assert rx.wait(timeout=5).code == "via-v4"


@needs_ipv6
def test_localhost_fails_if_ipv6_side_is_taken() -> None:
    port = free_dual_port()
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as other:
        other.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        other.bind(("::1", port))
        other.listen()
        rx = LoopbackReceiver(f"http://localhost:{port}/callback", kind="oauth2", state=STATE)
        with pytest.raises(FlowError) as info:
            rx.start()
        assert info.value.kind == ErrorKind.PORT_IN_USE
        rx.close()
    # and the IPv4 half was released
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", port))


# --------------------------------------------------------------------------- ports


@pytest.mark.parametrize("reuse", [False, True])
def test_port_taken_fails_fast(reuse: bool) -> None:
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        if reuse:
            other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.bind(("127.0.0.1", port))
        other.listen()
        rx = LoopbackReceiver(f"http://127.0.0.1:{port}/callback", kind="oauth2", state=STATE)
        with pytest.raises(FlowError) as info:
            rx.start()
        rx.close()
    err = info.value
    assert err.kind == ErrorKind.PORT_IN_USE
    assert str(port) in err.message
    assert "Close the other program" in err.hint
    assert "another port" in err.hint
    assert "Callback URLs" in err.hint


def test_port_taken_by_wildcard_listener() -> None:
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("0.0.0.0", port))
        other.listen()
        rx = LoopbackReceiver(f"http://127.0.0.1:{port}/callback", kind="oauth2", state=STATE)
        with pytest.raises(FlowError) as info:
            rx.start()
        rx.close()
    assert info.value.kind == ErrorKind.PORT_IN_USE


def test_two_receivers_cannot_share_a_port(rx2: LoopbackReceiver) -> None:
    other = LoopbackReceiver(rx2.redirect_uri, kind="oauth2", state="another-state-value")
    with pytest.raises(FlowError) as info:
        other.start()
    other.close()
    assert info.value.kind == ErrorKind.PORT_IN_USE
    assert_still_waiting(rx2)


def test_close_releases_the_port_immediately() -> None:
    port = free_port()
    uri = f"http://127.0.0.1:{port}/callback"
    for attempt in range(3):
        with LoopbackReceiver(uri, kind="oauth2", state=STATE) as rx:
            # a completed exchange leaves the server-side socket in TIME_WAIT
            assert request(port, cb(code=f"round-{attempt}")).status == 200
            assert request(port, "/favicon.ico").status == 404
            assert rx.wait(timeout=5).code == f"round-{attempt}"
        # right after close, the next round's receiver binds the same port (TIME_WAIT is fine)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", port))
        s.listen()  # nothing is listening there any more


def test_port_below_1024_is_explained() -> None:
    rx = LoopbackReceiver("http://127.0.0.1:1/callback", kind="oauth2", state=STATE)
    try:
        rx.start()
    except FlowError as exc:
        assert exc.kind == ErrorKind.PORT_IN_USE
        assert "port 1" in exc.message.lower()
    else:  # running as root: port 1 is allowed
        assert rx.port == 1
    finally:
        rx.close()


# --------------------------------------------------------------------------- timeout / cancel


def test_timeout_explains_what_to_check() -> None:
    with LoopbackReceiver("http://127.0.0.1:0/callback", kind="oauth2", state=STATE) as rx:
        port = rx.port
        started = time.monotonic()
        with pytest.raises(FlowError) as info:
            rx.wait(timeout=0.3)
        assert time.monotonic() - started < 2
        err = info.value
        assert err.kind == ErrorKind.CALLBACK_TIMEOUT
        assert "Something went wrong" in err.hint
        assert rx.redirect_uri in err.hint
        assert "Callback URLs" in err.hint
        # sockets were closed
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", port))


def test_oauth1_timeout_hint() -> None:
    with LoopbackReceiver(
        "http://127.0.0.1:0/cb", kind="oauth1", request_token=TOKEN, timeout=0.2
    ) as rx:
        with pytest.raises(FlowError) as info:
            rx.wait()
    assert info.value.kind == ErrorKind.CALLBACK_TIMEOUT
    assert "Callback URLs" in info.value.hint


def test_timeout_after_foreign_answer_reports_state_mismatch(rx2: LoopbackReceiver) -> None:
    assert request(rx2.port, cb(state="from-an-old-tab")).status == 400
    with pytest.raises(FlowError) as info:
        rx2.wait(timeout=0.3)
    assert info.value.kind == ErrorKind.STATE_MISMATCH


def test_cancel_from_another_thread_is_prompt(rx2: LoopbackReceiver) -> None:
    port = rx2.port
    caught: list[BaseException] = []
    elapsed: list[float] = []

    def waiter() -> None:
        started = time.monotonic()
        try:
            rx2.wait(timeout=30)
        except BaseException as exc:
            caught.append(exc)
        elapsed.append(time.monotonic() - started)

    thread = threading.Thread(target=waiter)
    thread.start()
    time.sleep(0.2)
    cancel_started = time.monotonic()
    rx2.cancel()
    assert time.monotonic() - cancel_started < 1.0
    thread.join(timeout=2)
    assert not thread.is_alive()
    assert len(caught) == 1 and isinstance(caught[0], FlowError)
    assert caught[0].kind == ErrorKind.CANCELLED
    assert elapsed[0] < 1.5
    # sockets closed: the port is free and nothing answers
    with pytest.raises(OSError) as refused:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    assert refused.value.errno in (errno.ECONNREFUSED, None) or isinstance(
        refused.value, ConnectionRefusedError
    )
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", port))


def test_cancel_with_idle_connections_open(rx2: LoopbackReceiver) -> None:
    with socket.create_connection(("127.0.0.1", rx2.port), timeout=5) as idle:
        started = time.monotonic()
        rx2.cancel()
        assert time.monotonic() - started < 1.0
        idle.settimeout(2)
        try:
            assert idle.recv(10) == b""
        except ConnectionResetError:
            pass
    with pytest.raises(FlowError) as info:
        rx2.wait()
    assert info.value.kind == ErrorKind.CANCELLED


def test_close_during_wait_raises_cancelled(rx2: LoopbackReceiver) -> None:
    timer = threading.Timer(0.2, rx2.close)
    timer.start()
    try:
        with pytest.raises(FlowError) as info:
            rx2.wait(timeout=10)
        assert info.value.kind == ErrorKind.CANCELLED
    finally:
        timer.join()


def test_success_page_is_delivered_even_if_closed_right_away() -> None:
    rx = LoopbackReceiver("http://127.0.0.1:0/callback", kind="oauth2", state=STATE)
    rx.start()
    replies: list[Reply] = []
    thread = threading.Thread(target=lambda: replies.append(request(rx.port, cb(code="fast"))))
    thread.start()
    assert rx.wait(timeout=5).code == "fast"
    rx.close()
    thread.join(timeout=5)
    assert replies and replies[0].status == 200
    assert "You can close this tab" in replies[0].body


def test_linger_stops_listening_after_success() -> None:
    with LoopbackReceiver(
        "http://127.0.0.1:0/callback", kind="oauth2", state=STATE, linger=0.2
    ) as rx:
        assert request(rx.port, cb()).status == 200
        assert rx.wait(timeout=5).code == "the-code-123"
        time.sleep(0.6)
        assert request_fails(rx.port)
        assert rx.wait(timeout=1).code == "the-code-123"


# --------------------------------------------------------------------------- lifecycle


def test_wait_before_start_is_an_error() -> None:
    rx = LoopbackReceiver("http://127.0.0.1:0/callback", kind="oauth2", state=STATE)
    with pytest.raises(FlowError):
        rx.wait(timeout=0.1)
    rx.close()


def test_start_is_idempotent_and_not_after_close() -> None:
    rx = LoopbackReceiver("http://127.0.0.1:0/callback", kind="oauth2", state=STATE)
    rx.start()
    port = rx.port
    rx.start()
    assert rx.port == port
    rx.close()
    rx.close()
    with pytest.raises(FlowError):
        rx.start()


def test_non_loopback_redirect_is_refused() -> None:
    for uri in (
        "http://example.com:8765/callback",
        "http://0.0.0.0:8765/callback",
        "http://192.168.1.2:8765/callback",
        "https://127.0.0.1:8765/callback",
        "http://127.0.0.1:8765/callback?x=1",
    ):
        with pytest.raises(InputError):
            LoopbackReceiver(uri, kind="oauth2", state=STATE)


def test_repr_has_no_secrets(rx2: LoopbackReceiver) -> None:
    assert STATE not in repr(rx2)


def test_localhost_without_ipv6_serves_ipv4_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(socket, "has_ipv6", False)
    caplog.set_level(logging.DEBUG, logger="twauth_gui.core.loopback")
    with LoopbackReceiver("http://localhost:0/callback", kind="oauth2", state=STATE) as rx:
        assert rx.addresses == [("127.0.0.1", rx.port)]
        assert "::1 is unavailable" in caplog.text
        reply = request(rx.port, cb(code="v4-only"), host=f"localhost:{rx.port}")
        assert reply.status == 200
        assert rx.wait(timeout=5).code == "v4-only"


def test_ipv6_callback_without_ipv6_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "has_ipv6", False)
    rx = LoopbackReceiver("http://[::1]:8765/callback", kind="oauth2", state=STATE)
    with pytest.raises(FlowError) as info:
        rx.start()
    rx.close()
    assert "IPv6" in info.value.message
    assert "http://127.0.0.1:8765/callback" in info.value.hint


def test_wait_can_be_called_again_after_an_error(rx2: LoopbackReceiver) -> None:
    rx2.cancel()
    for _ in range(2):
        with pytest.raises(FlowError) as info:
            rx2.wait(timeout=1)
        assert info.value.kind == ErrorKind.CANCELLED
