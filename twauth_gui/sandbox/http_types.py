"""Transport-neutral request/response values passed between the HTTP handler and the routes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode

BROWSER_SIM_HEADER = "x-twauth-sandbox-browser"

HTML_SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'",
    ),
)


@dataclass
class Request:
    """One parsed HTTP request. ``headers`` keys are lower-case."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: Mapping[str, str]
    body: bytes
    host: str

    form: list[tuple[str, str]] = field(default_factory=list)
    json_body: dict[str, Any] | None = None
    body_error: bool = False

    def __post_init__(self) -> None:
        ctype = self.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            try:
                self.form = parse_qsl(self.body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                self.body_error = True
        elif ctype == "application/json" and self.body:
            try:
                loaded = json.loads(self.body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                self.body_error = True
            else:
                if isinstance(loaded, dict):
                    self.json_body = loaded
                else:
                    self.body_error = True

    @property
    def base_url(self) -> str:
        return f"http://{self.host}"

    @property
    def simulated_browser(self) -> bool:
        return self.headers.get(BROWSER_SIM_HEADER) == "1"

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def params(self) -> dict[str, str]:
        """Query, then form or JSON body, merged (the body wins); JSON scalars become strings."""
        merged: dict[str, str] = {}
        for key, value in self.query:
            merged.setdefault(key, value)
        for key, value in self.form:
            merged[key] = value
        if self.json_body is not None:
            for key, jvalue in self.json_body.items():
                if isinstance(jvalue, str):
                    merged[key] = jvalue
                elif isinstance(jvalue, bool):
                    merged[key] = "true" if jvalue else "false"
                elif isinstance(jvalue, (int, float)):
                    merged[key] = str(jvalue)
        return merged

    def param(self, name: str) -> str | None:
        return self.params().get(name)


@dataclass
class Response:
    """What the handler writes back."""

    status: int
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


def json_response(status: int, payload: Any, *, content_type: str = "application/json") -> Response:
    data = json.dumps(payload, separators=(",", ":")).encode("utf-8")
    return Response(status, data, f"{content_type}; charset=utf-8", [("Cache-Control", "no-store")])


def text_response(status: int, text: str, *, content_type: str = "text/plain") -> Response:
    return Response(status, text.encode("utf-8"), f"{content_type}; charset=utf-8",
                    [("Cache-Control", "no-store")])


def form_response(pairs: list[tuple[str, str]]) -> Response:
    """X answers OAuth 1.0a token calls form-encoded but labels them text/html."""
    return text_response(200, urlencode(pairs), content_type="text/html")


def html_response(status: int, html: str) -> Response:
    return Response(status, html.encode("utf-8"), "text/html; charset=utf-8",
                    list(HTML_SECURITY_HEADERS))


def redirect(location: str) -> Response:
    return Response(302, b"", "text/plain; charset=utf-8",
                    [("Location", location), *HTML_SECURITY_HEADERS])


def add_query(url: str, pairs: list[tuple[str, str]]) -> str:
    """Append query parameters to a registered callback URL."""
    sep = "&" if "?" in url else "?"
    return url + sep + urlencode(pairs)
