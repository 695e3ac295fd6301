"""Leak scans: record every secret that crosses the sandbox, then search text for them."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from twauth_gui.sandbox.http_types import Request, Response

#: Request parameters whose values are secrets.
SECRET_PARAMS = {
    "code",
    "code_verifier",
    "refresh_token",
    "access_token",
    "token",
    "oauth_token_secret",
    "oauth_verifier",
    "client_secret",
    "password",
}


class SecretRecorder:
    """Wraps every sandbox route: remembers each secret in requests and answers."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}  # value -> where it was seen
        self.public: set[str] = set()  # request tokens: they travel in the authorize URL

    def add(self, value: str | None, where: str) -> None:
        if value and len(value) >= 6:
            self.secrets.setdefault(value, where)

    def wrap(self, route: Callable[[Request, Any], Response]) -> Callable[[Request, Any], Response]:
        def recorded(req: Request, st: Any) -> Response:
            for key, value in req.params().items():
                if key in SECRET_PARAMS:
                    self.add(value, f"request {req.path} {key}")
            auth = req.header("authorization") or ""
            if auth.startswith("Basic "):
                try:
                    pair = base64.b64decode(auth[6:]).decode("utf-8", "replace")
                except ValueError:
                    pair = ""
                self.add(pair.partition(":")[2], f"request {req.path} basic password")
            elif auth.startswith("Bearer "):
                self.add(auth[7:], f"request {req.path} bearer")
            elif auth.startswith("OAuth "):
                for name, value in re.findall(r'(\w+)="([^"]*)"', auth):
                    if name == "oauth_verifier":
                        self.add(value, f"request {req.path} oauth_verifier")
            response = route(req, st)
            self._answer(req.path, response)
            return response

        return recorded

    def _answer(self, path: str, response: Response) -> None:
        text = response.body.decode("utf-8", "replace")
        values: dict[str, str] = {}
        try:
            data = json.loads(text)
            if isinstance(data, dict):
                values = {k: v for k, v in data.items() if isinstance(v, str)}
        except ValueError:
            values = dict(parse_qsl(text))
        for key, value in values.items():
            if key == "oauth_token" and path == "/oauth/request_token":
                self.public.add(value)
            elif key in ("access_token", "refresh_token", "oauth_token", "oauth_token_secret"):
                self.add(value, f"answer {path} {key}")
        for pin in re.findall(r'data-pin="(\d{7})"', text):
            self.add(pin, f"answer {path} PIN")
        for code in re.findall(r"[?&]code=([^&\"'<>\s]+)", text):
            self.add(code, f"answer {path} code")


def hits(secrets: dict[str, str], text: str) -> list[str]:
    """Where each secret found in ``text`` was seen (with its first six characters)."""
    return [f"{where}: {value[:6]}…" for value, where in secrets.items() if value in text]
