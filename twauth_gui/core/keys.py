"""Recognise what a pasted value is ("you pasted a Bearer token into the API Key field").

X's values have recognisable shapes (none documented as a contract, so unknown shapes are
accepted silently; only a confident mismatch is reported):

=====================  =====================================================================
API Key                25 letters/digits (older apps: 18–25)
API Key Secret         50 letters/digits (older apps: 35–50)
Access Token           ``<digits>-<letters/digits>`` (the digits are the account's user id)
Access Token Secret    45 letters/digits (overlaps the API Key Secret shape)
Bearer Token           starts ``AAAA…``, 80+ characters, with ``%2F``/``%3D`` escapes
Client ID              ~34 base64url characters; decodes to ``<id>:1:ci`` (ends ``MTpjaQ``)
Client Secret          50 base64url characters (letters, digits, ``-``, ``_``)
=====================  =====================================================================

Pure Python, no network, cheap to import.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import Enum

from twauth_gui.core.errors import ErrorKind, InputError
from twauth_gui.core.models import AppKeys, Method


class KeyKind(str, Enum):
    """The kinds of value a person might paste."""

    API_KEY = "api_key"
    API_SECRET = "api_secret"
    ACCESS_TOKEN = "access_token"
    ACCESS_TOKEN_SECRET = "access_token_secret"
    BEARER_TOKEN = "bearer_token"
    CLIENT_ID = "client_id"
    CLIENT_SECRET = "client_secret"
    UNKNOWN = "unknown"


#: Plain-language names, as the developer portal labels the fields.
LABELS: dict[KeyKind, str] = {
    KeyKind.API_KEY: "API Key",
    KeyKind.API_SECRET: "API Key Secret",
    KeyKind.ACCESS_TOKEN: "Access Token",
    KeyKind.ACCESS_TOKEN_SECRET: "Access Token Secret",
    KeyKind.BEARER_TOKEN: "Bearer Token",
    KeyKind.CLIENT_ID: "OAuth 2.0 Client ID",
    KeyKind.CLIENT_SECRET: "OAuth 2.0 Client Secret",
    KeyKind.UNKNOWN: "value",
}

#: Where each value lives in the developer portal (Projects & Apps → your app → Keys and tokens).
WHERE: dict[KeyKind, str] = {
    KeyKind.API_KEY: "Keys and tokens → Consumer Keys → API Key",
    KeyKind.API_SECRET: "Keys and tokens → Consumer Keys → API Key Secret",
    KeyKind.ACCESS_TOKEN: "Keys and tokens → Authentication Tokens → Access Token",
    KeyKind.ACCESS_TOKEN_SECRET: "Keys and tokens → Authentication Tokens → Access Token Secret",
    KeyKind.BEARER_TOKEN: "Keys and tokens → Authentication Tokens → Bearer Token",
    KeyKind.CLIENT_ID: "Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client ID",
    KeyKind.CLIENT_SECRET: "Keys and tokens → OAuth 2.0 Client ID and Client Secret → "
    "Client Secret",
    KeyKind.UNKNOWN: "Keys and tokens",
}

_ALNUM = re.compile(r"[A-Za-z0-9]+")
_B64URL = re.compile(r"[A-Za-z0-9_-]+")
_ACCESS_TOKEN = re.compile(r"\d{1,20}-[A-Za-z0-9]{10,60}")
_BEARER = re.compile(r"A{4,}[A-Za-z0-9%+/=_-]{60,}")
_CLIENT_ID_DECODED = re.compile(r"[A-Za-z0-9_-]+:\d+:ci")


def clean(value: str) -> str:
    """Strip surrounding whitespace and one pair of matching quotes a copy may have added."""
    text = value.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"`":
        text = text[1:-1].strip()
    return text


def _decodes_to_client_id(value: str) -> bool:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        return False
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return False
    return _CLIENT_ID_DECODED.fullmatch(text) is not None


def plausible(value: str) -> frozenset[KeyKind]:
    """Every kind this value could be, judged by its shape (empty set: no known shape)."""
    v = clean(value)
    kinds: set[KeyKind] = set()
    if not v:
        return frozenset()
    n = len(v)
    alnum = _ALNUM.fullmatch(v) is not None
    b64url = _B64URL.fullmatch(v) is not None
    if _BEARER.fullmatch(v) and n >= 80:
        kinds.add(KeyKind.BEARER_TOKEN)
        return frozenset(kinds)  # nothing else is that long and starts with AAAA
    if _ACCESS_TOKEN.fullmatch(v):
        kinds.add(KeyKind.ACCESS_TOKEN)
        return frozenset(kinds)
    if b64url and _decodes_to_client_id(v):
        kinds.add(KeyKind.CLIENT_ID)
        return frozenset(kinds)
    if alnum and 18 <= n <= 25:
        kinds.add(KeyKind.API_KEY)
    if alnum and 35 <= n <= 50:
        kinds.add(KeyKind.API_SECRET)
    if alnum and 35 <= n <= 50:
        kinds.add(KeyKind.ACCESS_TOKEN_SECRET)
    if b64url and 30 <= n <= 40 and not alnum:
        kinds.add(KeyKind.CLIENT_ID)
    if b64url and 40 <= n <= 60:
        kinds.add(KeyKind.CLIENT_SECRET)
    return frozenset(kinds)


def recognise(value: str) -> KeyKind:
    """The single most likely kind, or ``UNKNOWN`` when the shape is not distinctive."""
    kinds = plausible(value)
    if len(kinds) == 1:
        return next(iter(kinds))
    v = clean(value)
    if KeyKind.API_SECRET in kinds and len(v) == 50:
        return KeyKind.API_SECRET
    if KeyKind.CLIENT_SECRET in kinds and not _ALNUM.fullmatch(v):
        return KeyKind.CLIENT_SECRET
    if kinds and kinds <= {KeyKind.API_SECRET, KeyKind.ACCESS_TOKEN_SECRET, KeyKind.CLIENT_SECRET}:
        return KeyKind.API_SECRET if len(v) != 45 else KeyKind.ACCESS_TOKEN_SECRET
    return KeyKind.UNKNOWN


def field_problem(field: KeyKind, value: str) -> str | None:
    """A plain-language message when ``value`` clearly does not belong in ``field``, else None.

    Empty values return None (whether a field is required is the caller's business);
    unknown shapes return None too (the sandbox and future X formats must pass).
    """
    v = clean(value)
    if not v:
        return None
    if any(c.isspace() for c in v):
        return (
            f"The {LABELS[field]} contains spaces or line breaks. Copy it again with the copy "
            f"button in the developer portal ({WHERE[field]})."
        )
    kinds = plausible(v)
    if not kinds or field in kinds:
        return None
    other = recognise(v)
    if other in (KeyKind.UNKNOWN, field):
        return None
    return (
        f"This looks like a {LABELS[other]}, but this is the {LABELS[field]} field. "
        f"The {LABELS[field]} is under {WHERE[field]}."
    )


_FIELDS: dict[Method, tuple[tuple[KeyKind, str], ...]] = {
    Method.OAUTH1: ((KeyKind.API_KEY, "api_key"), (KeyKind.API_SECRET, "api_secret")),
    Method.APP: ((KeyKind.API_KEY, "api_key"), (KeyKind.API_SECRET, "api_secret")),
    Method.OAUTH2: ((KeyKind.CLIENT_ID, "client_id"), (KeyKind.CLIENT_SECRET, "client_secret")),
}


def check_app_keys(keys: AppKeys, method: Method) -> None:
    """Raise :class:`InputError` naming the first field whose value clearly belongs elsewhere."""
    for kind, attr in _FIELDS.get(method, ()):
        problem = field_problem(kind, str(getattr(keys, attr)))
        if problem:
            raise InputError(
                problem,
                f"Paste the {LABELS[kind]} from the developer portal ({WHERE[kind]}).",
                kind=ErrorKind.INVALID_INPUT,
            )
