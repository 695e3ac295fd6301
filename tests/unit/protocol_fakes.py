"""Protocol-client test helpers: a recording httpx.MockTransport, an OAuth 1.0a verifier."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, quote, urlsplit

import httpx
from oauthlib.oauth1.rfc5849 import signature

from twauth_gui.core.endpoints import Endpoints

EP = Endpoints(api="https://api.test.example", web="https://web.test.example")

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Answers requests from a queue of canned responses and keeps every request."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        reply = self.replies.pop(0)
        return reply(request) if callable(reply) else reply

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@contextmanager
def recording(*replies: Reply) -> Iterator[tuple[Recorder, httpx.Client]]:
    rec = Recorder(*replies)
    client = httpx.Client(transport=httpx.MockTransport(rec))
    try:
        yield rec, client
    finally:
        client.close()


def form(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.content.decode(), keep_blank_values=True))


def basic_pair(request: httpx.Request) -> tuple[str, str]:
    scheme, _, value = request.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    user, _, password = base64.b64decode(value).decode().partition(":")
    return user, password


def oauth_header(request: httpx.Request) -> dict[str, str]:
    header = request.headers["Authorization"]
    assert header.startswith("OAuth ")
    return dict(
        signature.collect_parameters(
            headers={"Authorization": header}, exclude_oauth_signature=False
        )
    )


def verify_oauth1(
    request: httpx.Request, consumer_secret: str, token_secret: str = ""
) -> dict[str, str]:
    """Recompute the HMAC-SHA1 signature like a server would; return all signed parameters."""
    header = request.headers["Authorization"]
    body = request.content.decode() if request.content else ""
    params = signature.collect_parameters(
        uri_query=urlsplit(str(request.url)).query,
        body=body
        if body
        and request.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded")
        else None,
        headers={"Authorization": header},
        exclude_oauth_signature=True,
    )
    norm = signature.normalize_parameters(params)
    uri = signature.base_string_uri(str(request.url))
    base = signature.signature_base_string(request.method, uri, norm)
    key = f"{quote(consumer_secret, safe='~')}&{quote(token_secret, safe='~')}"
    digest = hmac.new(key.encode(), base.encode(), hashlib.sha1).digest()
    expected = base64.b64encode(digest).decode()
    got = oauth_header(request)["oauth_signature"]
    assert got == expected, "bad OAuth 1.0a signature"
    return dict(params)


def json_reply(
    status: int,
    data: object,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    import json

    return httpx.Response(
        status,
        content=json.dumps(data).encode(),
        headers={"Content-Type": content_type, **(headers or {})},
    )


def text_reply(
    status: int, text: str, content_type: str = "text/html; charset=utf-8"
) -> httpx.Response:
    return httpx.Response(status, content=text.encode(), headers={"Content-Type": content_type})
