"""Load on the loopback receiver: 200 concurrent junk connections plus 50 slow-loris sockets.

For ``5 s × TWAUTH_STRESS_SCALE`` (scale 2 = the issue's 10 s) a load generator keeps 200 junk
connections open at once (garbage, TLS hellos, wrong-state and state-less callbacks, favicon
requests, idle preconnects, unfinished and oversized heads; each one replaced as soon as it
ends) and 50 slow-loris sockets that send a request head one byte every 0.3 s and never finish
it. Half-way through, the genuine callback is sent. Asserted: it is captured (within three
tries, like a person pressing reload), the receiver stays one thread, holds at most
``MAX_CONNECTIONS`` sockets, resident memory stays bounded, and after ``close`` every thread
and file descriptor is back to where it was.
"""

from __future__ import annotations

import errno
import os
import random
import selectors
import socket
import threading
import time
from dataclasses import dataclass, field

import pytest

from tests.stress import conftest as stress
from twauth_gui.core.loopback import LoopbackReceiver

STATE = "Load_state-0123456789abcdefghijklmnopqrstuv"
JUNK = 200
LORIS = 50
DURATION = max(5.0, 5.0 * stress.SCALE)
MAX_OPENS_PER_SECOND = 400  # keeps ephemeral ports and TIME_WAIT in check on small machines
RSS_GROWTH_LIMIT_KB = 40 * 1024


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def payloads(port: int) -> list[tuple[str, bytes, bool]]:
    """(kind, bytes, half-close after sending)."""
    host = f"Host: 127.0.0.1:{port}\r\n"
    return [
        ("garbage", bytes(random.getrandbits(8) for _ in range(64)), True),
        ("tls-hello", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(48)), True),
        ("wrong-state", f"GET /callback?state=nope&code=x HTTP/1.1\r\n{host}\r\n".encode(), True),
        ("no-state", f"GET /callback?code=stolen HTTP/1.1\r\n{host}\r\n".encode(), True),
        ("favicon", f"GET /favicon.ico HTTP/1.1\r\n{host}\r\n".encode(), True),
        ("wrong-host", b"GET /callback?code=x HTTP/1.1\r\nHost: evil.example\r\n\r\n", True),
        ("idle", b"", False),
        ("unfinished", f"GET /callback?state={STATE[:-3]}".encode(), False),
        ("oversized", b"GET /callback?" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n", True),
    ]


@dataclass
class Conn:
    sock: socket.socket
    kind: str
    data: bytes
    half_close: bool
    born: float
    loris: bool = False
    sent: int = 0
    next_send: float = 0.0
    reply: bytearray = field(default_factory=bytearray)


class LoadGenerator(threading.Thread):
    """One thread, non-blocking sockets: keeps JUNK + LORIS connections alive until stopped."""

    def __init__(self, port: int, fds_before: int) -> None:
        super().__init__(name="stress-loadgen", daemon=True)
        self.port = port
        self.fds_before = fds_before
        self.max_receiver_fds = 0
        self.stop = threading.Event()
        self.sel = selectors.DefaultSelector()
        self.conns: dict[socket.socket, Conn] = {}
        self.kinds = payloads(port)
        self.opened = 0
        self.replies: dict[str, int] = {}
        self.loris_dropped = 0
        self.refused = 0
        self.error: BaseException | None = None
        self._open_budget = 0.0
        self._last = time.monotonic()

    @property
    def client_sockets(self) -> int:
        return len(self.conns)

    def _open(self, loris: bool) -> bool:
        if self._open_budget < 1:
            return False
        self._open_budget -= 1
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        code = sock.connect_ex(("127.0.0.1", self.port))
        if code not in (0, errno.EINPROGRESS):
            sock.close()
            self.refused += 1
            return True
        now = time.monotonic()
        if loris:
            head = (
                f"GET /callback?state={STATE}&code=slow HTTP/1.1\r\n"
                f"Host: 127.0.0.1:{self.port}\r\nX-Slow: "
            ).encode() + b"a" * 100_000
            conn = Conn(sock, "loris", head, False, now, loris=True, next_send=now)
        else:
            kind, data, half = random.choice(self.kinds)
            conn = Conn(sock, kind, data, half, now)
        self.conns[sock] = conn
        self.sel.register(sock, selectors.EVENT_READ | selectors.EVENT_WRITE, conn)
        self.opened += 1
        return True

    def _close(self, conn: Conn) -> None:
        self.conns.pop(conn.sock, None)
        try:
            self.sel.unregister(conn.sock)
        except (KeyError, ValueError):
            pass
        conn.sock.close()
        if conn.reply:
            status = conn.reply[9:12].decode("ascii", "replace")
            self.replies[status] = self.replies.get(status, 0) + 1
        if conn.loris:
            self.loris_dropped += 1

    def run(self) -> None:
        try:
            self._run()
        except BaseException as exc:  # reported by the test
            self.error = exc
        finally:
            for conn in list(self.conns.values()):
                self._close(conn)
            self.sel.close()

    def _run(self) -> None:
        while not self.stop.is_set():
            now = time.monotonic()
            self._open_budget = min(
                float(MAX_OPENS_PER_SECOND),
                self._open_budget + (now - self._last) * MAX_OPENS_PER_SECOND,
            )
            self._last = now
            # exact here: no client socket opens or closes while this thread counts
            others = open_fds() - self.fds_before - len(self.conns)
            self.max_receiver_fds = max(self.max_receiver_fds, others)
            loris = sum(1 for c in self.conns.values() if c.loris)
            while loris < LORIS and self._open(True):
                loris += 1
            while len(self.conns) - loris < JUNK and self._open(False):
                pass
            for key, mask in self.sel.select(0.02):
                conn = key.data
                if conn.sock not in self.conns:
                    continue
                if mask & selectors.EVENT_READ:
                    try:
                        chunk = conn.sock.recv(65536)
                    except (BlockingIOError, InterruptedError):
                        chunk = None
                    except OSError:
                        self._close(conn)
                        continue
                    if chunk == b"":
                        self._close(conn)
                        continue
                    if chunk and len(conn.reply) < 64:
                        conn.reply += chunk[:64]
                if mask & selectors.EVENT_WRITE and not conn.loris:
                    if conn.sent < len(conn.data):
                        try:
                            conn.sent += conn.sock.send(conn.data[conn.sent :])
                        except (BlockingIOError, InterruptedError):
                            continue
                        except OSError:
                            self._close(conn)
                            continue
                    if conn.sent >= len(conn.data):
                        if conn.half_close:
                            try:
                                conn.sock.shutdown(socket.SHUT_WR)
                            except OSError:
                                pass
                        self.sel.modify(conn.sock, selectors.EVENT_READ, conn)
            now = time.monotonic()
            for conn in list(self.conns.values()):
                if conn.loris and now >= conn.next_send and conn.sent < len(conn.data):
                    try:
                        conn.sent += conn.sock.send(conn.data[conn.sent : conn.sent + 1])
                    except (BlockingIOError, InterruptedError):
                        pass
                    except OSError:
                        self._close(conn)
                        continue
                    conn.next_send = now + 0.3
                    if conn.sent == 1:
                        self.sel.modify(conn.sock, selectors.EVENT_READ, conn)
                elif not conn.loris and now - conn.born > 3.0:
                    self._close(conn)  # a browser gives up too; make room for fresh junk


def genuine_callback(port: int) -> int:
    request = (
        f"GET /callback?state={STATE}&code=genuine-under-load HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{port}\r\nUser-Agent: stress\r\n\r\n"
    ).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request)
        reply = b""
        while True:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            reply += chunk
    return int(reply[9:12]) if reply.startswith(b"HTTP/1.1 ") else 0


@pytest.mark.timeout(int(DURATION) + 90)
def test_junk_and_slow_loris_load_keeps_the_callback_and_bounds() -> None:
    threads_before = threading.active_count()
    fds_before = open_fds()
    rx = LoopbackReceiver(
        "http://127.0.0.1:0/callback",
        kind="oauth2",
        state=STATE,
        timeout=DURATION + 60,
        linger=DURATION + 60,  # keep serving the load after the genuine answer
    )
    rx.start()
    time.sleep(0.2)  # the serving thread creates its selector (epoll fd) as it starts
    fds_receiver_idle = open_fds() - fds_before  # listener, wake pair, selector
    rss_start = rss_kb()
    gen = LoadGenerator(rx.port, fds_before)
    gen.start()
    samples = {"threads": 0, "rss_kb": 0}
    attempts = 0
    latency = None
    status = 0
    started = time.monotonic()
    rss_mid = rss_start
    try:
        while time.monotonic() - started < DURATION:
            elapsed = time.monotonic() - started
            samples["threads"] = max(samples["threads"], threading.active_count())
            samples["rss_kb"] = max(samples["rss_kb"], rss_kb())
            if elapsed >= DURATION * 0.25 and rss_mid == rss_start:
                rss_mid = rss_kb()
            if elapsed >= DURATION / 2 and status != 200 and attempts < 3:
                attempts += 1
                t0 = time.monotonic()
                status = genuine_callback(rx.port)
                if status == 200:
                    latency = time.monotonic() - t0
            time.sleep(0.05)
        rss_end = rss_kb()
    finally:
        gen.stop.set()
        gen.join(timeout=10)
    assert gen.error is None, repr(gen.error)
    assert status == 200, f"genuine callback not answered 200 after {attempts} tries"
    result = rx.wait(timeout=5)
    assert result.code == "genuine-under-load"
    rx.close()
    time.sleep(0.2)

    stress.record(
        "load: seconds / junk / slow-loris",
        f"{DURATION:g} s / {JUNK} concurrent / {LORIS} concurrent",
    )
    stress.record("load: connections opened", gen.opened)
    stress.record("load: slow-loris sockets dropped by the receiver", gen.loris_dropped)
    stress.record("load: replies by status", dict(sorted(gen.replies.items())))
    stress.record(
        "load: genuine callback tries / latency ms",
        f"{attempts} / {round((latency or 0) * 1000, 1)}",
    )
    stress.record("load: max threads (before)", f"{samples['threads']} ({threads_before})")
    stress.record(
        "load: max receiver sockets (limit)",
        f"{gen.max_receiver_fds} ({fds_receiver_idle} + {LoopbackReceiver.MAX_CONNECTIONS})",
    )
    stress.record(
        "load: RSS start / 25% / end / max (KiB)",
        f"{rss_start} / {rss_mid} / {rss_end} / {samples['rss_kb']}",
    )

    assert gen.opened >= JUNK + LORIS
    assert gen.loris_dropped >= LORIS  # slow-loris sockets do not hold a slot for long
    assert attempts <= 3
    # one receiver thread + the load generator, nothing per connection
    assert samples["threads"] <= threads_before + 2
    # listener, wake pair, selector + at most MAX_CONNECTIONS sockets (+1 accepted before the
    # oldest idle one is dropped, +1 the genuine callback's client socket, +1 the main thread
    # reading /proc/self/status while the generator counts)
    assert gen.max_receiver_fds <= fds_receiver_idle + LoopbackReceiver.MAX_CONNECTIONS + 3
    assert samples["rss_kb"] - rss_start <= RSS_GROWTH_LIMIT_KB
    assert rss_end - rss_mid <= 8 * 1024  # no growth with time: nothing accumulates
    assert threading.active_count() == threads_before
    assert open_fds() == fds_before
