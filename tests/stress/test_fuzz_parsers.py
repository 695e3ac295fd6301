"""Fuzzing every parser of X's answers: only the core's own errors, and no secret echoed.

Targets: ``errors.parse_body``, ``errors.error_from_response``, ``http.json_body`` /
``http.form_body``, ``oauth2.parse_token_response``, every protocol client end to end through
an in-process transport (``oauth2``, ``oauth1``, ``app_only``, ``identity``; X's answer is any
status, headers and body, or a transport failure), and ``keys`` recognition. Each target runs
``1000 × TWAUTH_STRESS_SCALE`` generated inputs. Bodies carry a secret-looking marker; no
message, hint, ``str`` or ``repr`` of an error may contain any 12-character piece of it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from tests.stress import conftest as stress
from tests.stress.strategies import (
    BASE_EXAMPLES,
    STATUSES,
    bodies,
    fuzz_settings,
    header_maps,
    json_values,
    latin1_headers,
    leaked,
    markers,
)
from twauth_gui.core import app_only, errors, http, identity, keys, oauth1, oauth2
from twauth_gui.core.endpoints import Endpoints
from twauth_gui.core.errors import ErrorKind, UserFacingError, XApiError
from twauth_gui.core.models import AppKeys, BearerToken, OAuth1Tokens, OAuth2Tokens

SECRETS = {
    "api_secret": "ApiSecret0123456789abcdefghijklmnopqrstuvwxyzABCD",
    "client_secret": "ClientSecret_0123456789-abcdefghijklmnopqrstuvwxyz",
    "access_token": "1234567890-AccessTok0123456789abcdefghijklmnop",
    "access_token_secret": "AccessTokenSecret0123456789abcdefghijklmnopqr",
    "refresh_token": "RefreshTok0123456789abcdefghijklmnopqrstuvwxyz",
    "bearer": "AAAAAAAAAAAAAAAAAAAAABearer0123456789%2Fabcdefghijklmnopqrstuvwxyz%3D0123456789",
}
KEYS = AppKeys(
    api_key="ApiKey0123456789abcdefgh",
    api_secret=SECRETS["api_secret"],
    client_id="Q2xpZW50SWQwMTIzNDU2Nzg5OjE6Y2k",
    client_secret=SECRETS["client_secret"],
)
#: A repr that shows a field with one of these names shows a secret.
SECRET_FIELD = re.compile(r"(token|secret|verifier|password)=", re.I)
EP = Endpoints(api="http://x.invalid", web="http://x.invalid")


def _texts(exc: BaseException) -> tuple[str, ...]:
    if isinstance(exc, UserFacingError):
        return (exc.message, exc.hint, str(exc), repr(exc))
    return (str(exc), repr(exc))


def _assert_clean(exc: BaseException, marker: str) -> None:
    piece = leaked(marker, *_texts(exc))
    assert piece is None, f"error text echoes input bytes {piece!r}: {_texts(exc)}"
    for name, value in SECRETS.items():
        for text in _texts(exc):
            assert value not in text, f"error text contains the {name}"


class Counter:
    def __init__(self, key: str) -> None:
        self.key = key
        self.n = 0

    def __enter__(self) -> Counter:
        return self

    def __exit__(self, *exc: object) -> None:
        stress.add("fuzz inputs: " + self.key, self.n)


# --------------------------------------------------------------------------- errors


def test_parse_body_never_raises() -> None:
    with Counter("errors.parse_body") as count:

        @fuzz_settings()
        @given(data=st.data(), marker=markers, ctype=st.text(max_size=40))
        def run(data: st.DataObject, marker: str, ctype: str) -> None:
            count.n += 1
            body = data.draw(bodies(marker))
            parsed = errors.parse_body(body, ctype)
            assert isinstance(parsed, errors.ParsedBody)
            assert parsed.code is None or isinstance(parsed.code, int)
            for value in (parsed.message, parsed.text, parsed.error_description, parsed.detail):
                assert isinstance(value, str) and len(value) <= 500

        run()
    assert count.n >= stress.scaled(1000) * 0.9


def test_error_from_response_only_xapierror_and_no_echo() -> None:
    with Counter("errors.error_from_response") as count:

        @fuzz_settings()
        @given(
            data=st.data(),
            marker=markers,
            status=st.sampled_from(STATUSES) | st.integers(min_value=100, max_value=599),
            operation=st.sampled_from(
                ["", "request_token", "access_token", "bearer", "oauth2_token", "oauth2_refresh"]
            ),
        )
        def run(data: st.DataObject, marker: str, status: int, operation: str) -> None:
            count.n += 1
            body = data.draw(bodies(marker))
            headers = data.draw(header_maps(marker))
            ctx = errors.ErrorContext(operation=operation, callback_url="http://127.0.0.1:8765/cb")
            exc = errors.error_from_response(status, headers, body, ctx)
            assert isinstance(exc, XApiError)
            assert exc.status == status and exc.message and exc.hint
            assert isinstance(exc.kind, ErrorKind)
            if exc.kind == ErrorKind.RATE_LIMITED:
                assert exc.transient
            if exc.reset_at is not None:
                assert isinstance(exc.reset_at, int)
            _assert_clean(exc, marker)

        run()
    assert count.n >= stress.scaled(1000) * 0.9


# --------------------------------------------------------------------------- http helpers


def test_json_and_form_body_only_core_errors() -> None:
    with Counter("http.json_body + form_body (OAuth 1.0a form answers)") as count:

        @fuzz_settings()
        @given(data=st.data(), marker=markers)
        def run(data: st.DataObject, marker: str) -> None:
            count.n += 1
            body = data.draw(st.one_of(bodies(marker), success_like(marker)))
            raw = body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass")
            response = httpx.Response(200, content=raw)
            try:
                parsed = http.json_body(response, "an access token")
            except XApiError as exc:
                assert exc.kind == ErrorKind.UNEXPECTED_RESPONSE
                _assert_clean(exc, marker)
            else:
                assert isinstance(parsed, dict)
            form = http.form_body(response)
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in form.items())

        run()
    assert count.n >= stress.scaled(1000) * 0.9


# --------------------------------------------------------------------------- oauth2 token JSON


def test_oauth2_token_response_parsing() -> None:
    with Counter("oauth2.parse_token_response") as count:
        fields = st.sampled_from(
            ["access_token", "token_type", "refresh_token", "expires_in", "scope"]
        )

        @fuzz_settings()
        @given(data=st.data(), marker=markers)
        def run(data: st.DataObject, marker: str) -> None:
            count.n += 1
            values = json_values(marker)
            answer = data.draw(st.dictionaries(fields | st.text(max_size=8), values, max_size=6))
            if data.draw(st.booleans()):
                answer["access_token"] = marker
            if data.draw(st.booleans()):
                answer["expires_in"] = data.draw(
                    st.integers(min_value=-(10**400), max_value=10**400)
                    | st.floats()
                    | st.sampled_from(["7200", "nan", "inf", "-inf", "1e999", "²", ""])
                )
            # What X sends is JSON: only JSON-representable answers are realistic.
            try:
                answer = json.loads(json.dumps(answer))
            except (ValueError, OverflowError):
                return
            try:
                tokens = oauth2.parse_token_response(answer, ("tweet.read",), now=1_700_000_000.0)
            except XApiError as exc:
                assert exc.kind == ErrorKind.UNEXPECTED_RESPONSE
                _assert_clean(exc, marker)
                return
            assert isinstance(tokens.access_token, str) and tokens.access_token
            assert tokens.refresh_token is None or isinstance(tokens.refresh_token, str)
            assert tokens.expires_at is None or math.isfinite(tokens.expires_at)
            assert all(isinstance(s, str) for s in tokens.scopes)
            assert not SECRET_FIELD.search(repr(tokens)), repr(tokens)

        run()
    assert count.n >= stress.scaled(1000) * 0.9


# --------------------------------------------------------------------------- clients end to end


class Answer:
    """What the fake X answers next: a response, or a transport failure."""

    def __init__(self) -> None:
        self.status = 200
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = b""
        self.failure: Exception | None = None

    def handler(self, request: httpx.Request) -> httpx.Response:
        if self.failure is not None:
            raise self.failure
        return httpx.Response(self.status, headers=self.headers, content=self.body)


def _operations(client: httpx.Client) -> dict[str, Callable[[], object]]:
    flow2 = oauth2.start(KEYS, "http://127.0.0.1:8765/callback", ["tweet.read"], endpoints=EP)
    flow1 = oauth1.OAuth1Flow(
        keys=KEYS,
        callback="oob",
        request_token="ReqTok0123456789abcdef",
        request_token_secret="ReqTokSecret0123456789abcdefghij",
        authorize_url="http://x.invalid/oauth/authorize?oauth_token=ReqTok0123456789abcdef",
        endpoints=EP,
    )
    o1 = OAuth1Tokens(SECRETS["access_token"], SECRETS["access_token_secret"])
    o2 = OAuth2Tokens(SECRETS["access_token"], scopes=("tweet.read", "users.read"))
    bearer = BearerToken(SECRETS["bearer"])
    return {
        "oauth2.finish": lambda: oauth2.finish(flow2, "code0123456789", client=client),
        "oauth2.refresh": lambda: oauth2.refresh(
            KEYS, SECRETS["refresh_token"], endpoints=EP, client=client
        ),
        "oauth2.revoke": lambda: oauth2.revoke(
            KEYS, SECRETS["refresh_token"], "refresh_token", endpoints=EP, client=client
        ),
        "oauth1.start": lambda: oauth1.start(
            KEYS, "http://127.0.0.1:8765/callback", endpoints=EP, client=client
        ),
        "oauth1.finish": lambda: oauth1.finish(flow1, "1234567", client=client),
        "oauth1.invalidate": lambda: oauth1.invalidate(KEYS, o1, endpoints=EP, client=client),
        "app_only.obtain": lambda: app_only.obtain(KEYS, endpoints=EP, client=client),
        "app_only.invalidate": lambda: app_only.invalidate(
            KEYS, bearer, endpoints=EP, client=client
        ),
        "identity.whoami_oauth2": lambda: identity.whoami_oauth2(o2, endpoints=EP, client=client),
        "identity.whoami_oauth1": lambda: identity.whoami_oauth1(
            KEYS, o1, endpoints=EP, client=client
        ),
        "identity.whoami_bearer": lambda: identity.whoami_bearer(
            bearer, endpoints=EP, client=client
        ),
    }


@st.composite
def success_like(draw: st.DrawFn, marker: str) -> bytes:
    """Bodies close to a real success answer, to reach the parsers behind the status check."""
    kind = draw(st.sampled_from(["form", "token", "user", "v1user"]))
    values = st.one_of(st.just(marker), st.text(max_size=20), st.just(""), st.just("true"))
    if kind == "form":
        pairs = draw(
            st.lists(
                st.tuples(
                    st.sampled_from(
                        [
                            "oauth_token",
                            "oauth_token_secret",
                            "oauth_callback_confirmed",
                            "user_id",
                            "screen_name",
                        ]
                    )
                    | st.text(max_size=8),
                    values,
                ),
                max_size=6,
            )
        )
        from urllib.parse import urlencode

        return urlencode(pairs).encode()
    if kind == "token":
        obj: Any = draw(
            st.dictionaries(
                st.sampled_from(
                    ["access_token", "token_type", "refresh_token", "expires_in", "scope"]
                ),
                json_values(marker),
                max_size=5,
            )
        )
    elif kind == "user":
        obj = {
            "data": draw(
                st.dictionaries(
                    st.sampled_from(["id", "username", "name", "profile_image_url"]),
                    json_values(marker),
                    max_size=4,
                )
            )
        }
    else:
        obj = draw(
            st.dictionaries(
                st.sampled_from(["id", "id_str", "screen_name", "name"]),
                json_values(marker),
                max_size=4,
            )
        )
    try:
        return json.dumps(obj).encode()
    except (ValueError, OverflowError):
        return b"{}"


FAILURES: list[Callable[[str], Exception]] = [
    lambda m: httpx.ConnectError(f"[Errno 111] Connection refused {m}"),
    lambda m: httpx.ConnectError(f"[Errno -2] Name or service not known {m}"),
    lambda m: httpx.ReadTimeout(f"timed out {m}"),
    lambda m: httpx.ConnectTimeout(m),
    lambda m: httpx.RemoteProtocolError(f"Server disconnected without sending a response. {m}"),
    lambda m: httpx.ReadError(m),
    lambda m: httpx.ConnectError(f"[SSL: CERTIFICATE_VERIFY_FAILED] {m}"),
]


GROUPS = ["oauth2", "oauth1", "app_only", "identity"]


@pytest.mark.parametrize("group", GROUPS)
def test_protocol_clients_only_core_errors(group: str) -> None:
    """One target split in four: 1000 × scale answers in total across the protocol clients."""
    share = BASE_EXAMPLES // len(GROUPS)
    answer = Answer()
    with httpx.Client(transport=httpx.MockTransport(answer.handler)) as client:
        ops = {k: v for k, v in _operations(client).items() if k.startswith(group)}
        with Counter("protocol clients end to end (4 groups)") as count:

            @fuzz_settings(share)
            @given(
                data=st.data(),
                marker=markers,
                op=st.sampled_from(sorted(ops)),
                status=st.sampled_from(STATUSES) | st.integers(min_value=100, max_value=599),
            )
            def run(data: st.DataObject, marker: str, op: str, status: int) -> None:
                count.n += 1
                answer.failure = None
                mode = data.draw(st.sampled_from(["x-body", "success-like", "failure"]))
                if mode == "failure":
                    answer.failure = data.draw(st.sampled_from(FAILURES))(marker)
                else:
                    if mode == "x-body":
                        body = data.draw(bodies(marker))
                    else:
                        body = data.draw(success_like(marker))
                        status = data.draw(st.sampled_from([200, 200, 201, status]))
                    raw = body if isinstance(body, bytes) else body.encode("utf-8", "surrogatepass")
                    answer.status = status
                    answer.body = raw
                    answer.headers = latin1_headers(data.draw(header_maps(marker)))
                note(f"{op} {mode} {status}")
                try:
                    result = ops[op]()
                except UserFacingError as exc:
                    _assert_clean(exc, marker)
                    return
                if result is not None:
                    assert not SECRET_FIELD.search(repr(result)), repr(result)

            run()
    assert count.n >= stress.scaled(share) * 0.9


# --------------------------------------------------------------------------- keys


def test_keys_recognition_total() -> None:
    with Counter("keys.recognise/plausible/field_problem") as count:
        shaped = st.one_of(
            st.text(max_size=120),
            st.text(alphabet="ABCDEFabcdef0123456789", min_size=15, max_size=60),
            st.from_regex(r"\d{1,20}-[A-Za-z0-9]{10,60}", fullmatch=True),
            st.from_regex(r"A{4,}[A-Za-z0-9%+/=_-]{60,120}", fullmatch=True),
            st.from_regex(r"[A-Za-z0-9_-]{30,60}", fullmatch=True),
        )
        quoted = st.tuples(st.sampled_from(["", "'", '"', "`", " ", "\n"]), shaped).map(
            lambda p: f"{p[0]}{p[1]}{p[0]}"
        )

        @fuzz_settings()
        @given(value=quoted, field=st.sampled_from(list(keys.KeyKind)))
        def run(value: str, field: keys.KeyKind) -> None:
            count.n += 1
            kind = keys.recognise(value)
            assert isinstance(kind, keys.KeyKind)
            kinds = keys.plausible(value)
            assert kind == keys.KeyKind.UNKNOWN or kind in kinds
            problem = keys.field_problem(field, value)
            if problem is not None:
                assert keys.clean(value) not in problem or len(keys.clean(value)) < 6
            for method in (keys.Method.OAUTH1, keys.Method.OAUTH2, keys.Method.APP):
                try:
                    keys.check_app_keys(
                        AppKeys(
                            api_key=value, api_secret=value, client_id=value, client_secret=value
                        ),
                        method,
                    )
                except UserFacingError as exc:
                    assert exc.kind == ErrorKind.INVALID_INPUT
                    if len(keys.clean(value)) >= 6:
                        assert keys.clean(value) not in exc.message + exc.hint

        run()
    assert count.n >= stress.scaled(1000) * 0.9
