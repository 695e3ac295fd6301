"""The token wizard's state machine, UI-agnostic (no Qt): pages, fields, validation, results.

The Qt wizard (``twauth_gui.ui.wizard``) asks this module which page follows which for a
chosen method, which fields a page shows and what each field means in the developer
portal, whether what was typed is valid (recognising a pasted value of the wrong kind
through :mod:`twauth_gui.core.keys`), and turns the data collected so far into what the
vault stores. Every text is a :class:`Msg`: an English template plus arguments, so the
UI can translate the template before formatting it.

::

    WELCOME → METHOD → KEYS → SETUP → AUTHORIZE → RESULT     OAuth 2.0, OAuth 1.0a
    WELCOME → METHOD → KEYS → SETUP → RESULT                 Bearer, Basic, pasted token
    SETUP → AUTHORIZE → RESULT                               "Authorize again" (re-authorize
                                                             a saved credential: keys, scopes,
                                                             callback and name reused)
"""

from __future__ import annotations

import base64
import binascii
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from twauth_gui.core import keys as _keys
from twauth_gui.core.keys import KeyKind
from twauth_gui.core.models import (
    AppKeys,
    BasicCredentials,
    BearerToken,
    Identity,
    Method,
    OAuth1Tokens,
    OAuth2Tokens,
)

PORTAL_URL = "https://developer.x.com/en/portal/dashboard"
DEFAULT_PORT = 8765
DEFAULT_HOST = "127.0.0.1"
CALLBACK_PATH = "/callback"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
NAME_MAX = 64
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.@+-]*$")


@dataclass(frozen=True)
class Msg:
    """A user-facing text: ``template`` (translatable, English) formatted with ``args``."""

    template: str
    args: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, template: str, **args: object) -> Msg:
        return cls(template, tuple((k, str(v)) for k, v in args.items()))

    def render(self, template: str | None = None) -> str:
        """Format ``template`` (the translated one, or our own) with the arguments."""
        text = self.template if template is None else template
        return text.format(**dict(self.args)) if self.args else text

    def __str__(self) -> str:
        return self.render()


# --------------------------------------------------------------------------- methods & pages


class WizardMethod(str, Enum):
    """What the user chose on the method page."""

    OAUTH2 = "oauth2"
    OAUTH1 = "oauth1"
    APP_ONLY = "app"
    BASIC = "basic"
    PASTE = "paste"


@dataclass(frozen=True)
class MethodInfo:
    """Plain-words description of one method for the method page."""

    method: WizardMethod
    title: str
    summary: str
    uses_browser: bool


METHODS: tuple[MethodInfo, ...] = (
    MethodInfo(
        WizardMethod.OAUTH2,
        "Act as an account — OAuth 2.0 (recommended)",
        "Post, read and more as an X account, with the permissions you pick. You sign in "
        "with X in your browser. Needs the OAuth 2.0 Client ID (and Client Secret).",
        True,
    ),
    MethodInfo(
        WizardMethod.OAUTH1,
        "Act as an account — OAuth 1.0a",
        "For tools that ask for an Access Token and Secret (tweepy, many bots). You sign in "
        "with X in your browser, or type a PIN. Needs the API Key and Secret.",
        True,
    ),
    MethodInfo(
        WizardMethod.APP_ONLY,
        "Read-only app access — Bearer token",
        "Read public data as your app, not as an account. No browser needed. "
        "Needs the API Key and Secret.",
        False,
    ),
    MethodInfo(
        WizardMethod.BASIC,
        "Enterprise — username and password",
        "For enterprise products (PowerTrack, Decahose, archive search). Stores your "
        "e-mail and password and can test them.",
        False,
    ),
    MethodInfo(
        WizardMethod.PASTE,
        "I already have a token — paste it",
        "Keep a token you already have (Bearer token, OAuth 2.0 or OAuth 1.0a access "
        "token) safely in the keyring. We check who it belongs to.",
        False,
    ),
)


def method_info(method: WizardMethod) -> MethodInfo:
    """The :class:`MethodInfo` of ``method``."""
    for info in METHODS:
        if info.method == method:
            return info
    raise KeyError(method)


class Page(str, Enum):
    """Wizard pages, in order."""

    WELCOME = "welcome"
    METHOD = "method"
    KEYS = "keys"
    SETUP = "setup"
    AUTHORIZE = "authorize"
    RESULT = "result"


def pages_for(method: WizardMethod | None) -> tuple[Page, ...]:
    """The pages a person walks through for ``method`` (None: not chosen yet)."""
    if method is None:
        return (Page.WELCOME, Page.METHOD)
    if method_info(method).uses_browser:
        return (Page.WELCOME, Page.METHOD, Page.KEYS, Page.SETUP, Page.AUTHORIZE, Page.RESULT)
    return (Page.WELCOME, Page.METHOD, Page.KEYS, Page.SETUP, Page.RESULT)


def next_page(method: WizardMethod | None, current: Page) -> Page | None:
    """The page after ``current`` for ``method``; None at the end (or before a choice)."""
    order = pages_for(method)
    if current not in order:
        return None
    index = order.index(current)
    return order[index + 1] if index + 1 < len(order) else None


def previous_page(method: WizardMethod | None, current: Page) -> Page | None:
    """The page before ``current`` for ``method``; None on the first page."""
    order = pages_for(method)
    if current not in order:
        return None
    index = order.index(current)
    return order[index - 1] if index > 0 else None


# --------------------------------------------------------------------------- fields


class FieldId(str, Enum):
    """Every input field of the keys page."""

    APP_NAME = "app_name"
    API_KEY = "api_key"
    API_SECRET = "api_secret"
    CLIENT_ID = "client_id"
    CLIENT_SECRET = "client_secret"
    USERNAME = "username"
    PASSWORD = "password"
    TOKEN = "token"
    TOKEN_SECRET = "token_secret"


@dataclass(frozen=True)
class FieldSpec:
    """One input field: label, where to find it in the portal, whether it is a secret."""

    id: FieldId
    label: str
    portal: str
    secret: bool
    required: bool
    placeholder: str = ""


_APP_NAME = FieldSpec(
    FieldId.APP_NAME,
    "App name",
    "Your own label for this app, e.g. its name in the developer portal (Projects & Apps).",
    secret=False,
    required=True,
    placeholder="My X app",
)
_API_KEY = FieldSpec(
    FieldId.API_KEY,
    "API Key (Consumer Key)",
    "Keys and tokens → Consumer Keys → API Key",
    secret=False,
    required=True,
    placeholder="25 letters and digits",
)
_API_SECRET = FieldSpec(
    FieldId.API_SECRET,
    "API Key Secret (Consumer Secret)",
    "Keys and tokens → Consumer Keys → API Key Secret",
    secret=True,
    required=True,
    placeholder="50 letters and digits",
)
_CLIENT_ID = FieldSpec(
    FieldId.CLIENT_ID,
    "Client ID",
    "Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client ID",
    secret=False,
    required=True,
    placeholder="about 34 characters",
)
_CLIENT_SECRET = FieldSpec(
    FieldId.CLIENT_SECRET,
    "Client Secret",
    "Keys and tokens → OAuth 2.0 Client ID and Client Secret → Client Secret. Leave it "
    "empty for a Native App or Single page App (public client).",
    secret=True,
    required=False,
    placeholder="only for Web App, Automated App or Bot",
)
_USERNAME = FieldSpec(
    FieldId.USERNAME,
    "E-mail (username)",
    "The e-mail address of your enterprise account (console.gnip.com)",
    secret=False,
    required=True,
    placeholder="you@example.com",
)
_PASSWORD = FieldSpec(
    FieldId.PASSWORD,
    "Password",
    "The password of your enterprise account",
    secret=True,
    required=True,
)
_TOKEN = FieldSpec(
    FieldId.TOKEN,
    "Token",
    "A Bearer Token, an OAuth 2.0 access token, or an OAuth 1.0a Access Token "
    "(Keys and tokens → Authentication Tokens)",
    secret=True,
    required=True,
)
_TOKEN_SECRET = FieldSpec(
    FieldId.TOKEN_SECRET,
    "Access Token Secret (OAuth 1.0a only)",
    "Keys and tokens → Authentication Tokens → Access Token Secret",
    secret=True,
    required=False,
)
_API_KEY_OPT = FieldSpec(
    FieldId.API_KEY,
    "API Key (OAuth 1.0a only)",
    "Keys and tokens → Consumer Keys → API Key",
    secret=False,
    required=False,
)
_API_SECRET_OPT = FieldSpec(
    FieldId.API_SECRET,
    "API Key Secret (OAuth 1.0a only)",
    "Keys and tokens → Consumer Keys → API Key Secret",
    secret=True,
    required=False,
)


def key_fields(method: WizardMethod) -> tuple[FieldSpec, ...]:
    """The fields of the keys page for ``method``, in display order."""
    if method == WizardMethod.OAUTH2:
        return (_APP_NAME, _CLIENT_ID, _CLIENT_SECRET)
    if method in (WizardMethod.OAUTH1, WizardMethod.APP_ONLY):
        return (_APP_NAME, _API_KEY, _API_SECRET)
    if method == WizardMethod.BASIC:
        return (_APP_NAME, _USERNAME, _PASSWORD)
    return (_APP_NAME, _TOKEN, _TOKEN_SECRET, _API_KEY_OPT, _API_SECRET_OPT)


def field_spec(method: WizardMethod, fid: FieldId) -> FieldSpec:
    """The spec of field ``fid`` on the keys page of ``method``."""
    for spec in key_fields(method):
        if spec.id == fid:
            return spec
    raise KeyError(fid)


# --------------------------------------------------------------------------- value kinds

# Our names for what a pasted value looks like: core.keys' kinds plus a few of our own.
K_API_KEY = KeyKind.API_KEY.value
K_API_SECRET = KeyKind.API_SECRET.value
K_ACCESS_TOKEN = KeyKind.ACCESS_TOKEN.value  # OAuth 1.0a user access token "<user id>-<...>"
K_ACCESS_TOKEN_SECRET = KeyKind.ACCESS_TOKEN_SECRET.value
K_BEARER = KeyKind.BEARER_TOKEN.value
K_CLIENT_ID = KeyKind.CLIENT_ID.value
K_CLIENT_SECRET = KeyKind.CLIENT_SECRET.value
K_OAUTH2_TOKEN = "oauth2_token"
K_OAUTH2_REFRESH = "oauth2_refresh_token"
K_URL = "url"
K_UNKNOWN = KeyKind.UNKNOWN.value

KIND_NAMES: dict[str, str] = {
    K_API_KEY: "an API Key",
    K_API_SECRET: "an API Key Secret",
    K_ACCESS_TOKEN: "an OAuth 1.0a Access Token",
    K_ACCESS_TOKEN_SECRET: "an Access Token Secret",
    K_BEARER: "a Bearer Token",
    K_CLIENT_ID: "an OAuth 2.0 Client ID",
    K_CLIENT_SECRET: "an OAuth 2.0 Client Secret",
    K_OAUTH2_TOKEN: "an OAuth 2.0 access token",
    K_OAUTH2_REFRESH: "an OAuth 2.0 refresh token",
    K_URL: "a web address",
    K_UNKNOWN: "something else",
}

# Which kinds each field accepts (secrets of one shape are interchangeable by shape).
_SECRETS = frozenset({K_API_SECRET, K_ACCESS_TOKEN_SECRET, K_CLIENT_SECRET})
_ACCEPTS: dict[FieldId, frozenset[str]] = {
    FieldId.API_KEY: frozenset({K_API_KEY}),
    FieldId.API_SECRET: frozenset({K_API_SECRET, K_ACCESS_TOKEN_SECRET}),
    FieldId.CLIENT_ID: frozenset({K_CLIENT_ID}),
    FieldId.CLIENT_SECRET: _SECRETS,
    FieldId.TOKEN: frozenset({K_BEARER, K_ACCESS_TOKEN, K_OAUTH2_TOKEN}),
    FieldId.TOKEN_SECRET: frozenset({K_API_SECRET, K_ACCESS_TOKEN_SECRET}),
}

# What the field is expected to look like, for "doesn't look like" warnings.
_SHAPE: dict[FieldId, str] = {
    FieldId.API_KEY: "An API Key is usually 25 letters and digits.",
    FieldId.API_SECRET: "An API Key Secret is usually 50 letters and digits.",
    FieldId.CLIENT_ID: "A Client ID is usually about 34 letters, digits, '-' and '_'.",
    FieldId.CLIENT_SECRET: "A Client Secret is usually 50 letters, digits, '-' and '_'.",
    FieldId.TOKEN: "",
    FieldId.TOKEN_SECRET: "An Access Token Secret is usually 45 letters and digits.",
}

_PASTE_IT = (
    "You already have a token: choose “I already have a token — paste it” on the method page."
)
# Where a recognised value of the wrong kind belongs instead.
_BELONGS: dict[str, str] = {
    K_API_KEY: "It belongs in “API Key (Consumer Key)” (OAuth 1.0a or Bearer).",
    K_CLIENT_ID: "It belongs in “Client ID” — choose OAuth 2.0 on the method page.",
    K_CLIENT_SECRET: "It belongs in “Client Secret” — choose OAuth 2.0 on the method page.",
    K_BEARER: _PASTE_IT,
    K_ACCESS_TOKEN: _PASTE_IT,
    K_OAUTH2_TOKEN: _PASTE_IT,
    K_OAUTH2_REFRESH: "Paste the access token instead; refresh tokens are kept for you.",
    K_URL: "Paste the key itself, not a web address.",
}

_B64URL = re.compile(r"[A-Za-z0-9_-]{40,}")


def _oauth2_token_kind(value: str) -> str | None:
    """X's OAuth 2.0 user tokens are base64url of ``…:1:at:1`` (access) / ``…:rt:…``."""
    if not _B64URL.fullmatch(value):
        return None
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("ascii")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    if ":at:" in raw or raw.endswith(":at"):
        return K_OAUTH2_TOKEN
    if ":rt:" in raw or raw.endswith(":rt"):
        return K_OAUTH2_REFRESH
    return None


def plausible_kinds(value: str) -> frozenset[str]:
    """Every kind ``value`` could be by its shape (empty: no known shape)."""
    value = _keys.clean(value)
    if not value:
        return frozenset()
    if re.match(r"^https?://", value, re.I):
        return frozenset({K_URL})
    token = _oauth2_token_kind(value)
    if token is not None:
        return frozenset({token})
    return frozenset(k.value for k in _keys.plausible(value))


def kind_of(value: str) -> str:
    """The single most likely kind of ``value`` (``K_UNKNOWN`` when not distinctive)."""
    kinds = plausible_kinds(value)
    if len(kinds) == 1:
        return next(iter(kinds))
    if not kinds:
        return K_UNKNOWN
    return _keys.recognise(value).value


class Level(str, Enum):
    """How a field check came out. Only ERROR blocks the page."""

    EMPTY = "empty"
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class FieldCheck:
    """The verdict on one field: ``level`` and a message to show beside the field."""

    level: Level
    message: Msg = field(default_factory=lambda: Msg(""))
    recognised: str = K_UNKNOWN

    @property
    def blocks(self) -> bool:
        return self.level == Level.ERROR


def _err(template: str, **args: object) -> FieldCheck:
    return FieldCheck(Level.ERROR, Msg.of(template, **args))


def check_field(method: WizardMethod, fid: FieldId, value: str) -> FieldCheck:
    """Validate one keys-page field as typed. Empty required fields are EMPTY (not an error)."""
    spec = field_spec(method, fid)
    raw = value
    value = _keys.clean(value)
    if not value:
        return FieldCheck(Level.EMPTY)
    if fid == FieldId.APP_NAME:
        if len(value) > NAME_MAX:
            return _err("Keep the app name under {n} characters.", n=NAME_MAX)
        return FieldCheck(Level.OK)
    if fid == FieldId.USERNAME:
        if " " in value:
            return _err("The e-mail address cannot contain spaces.")
        if "@" not in value:
            return FieldCheck(
                Level.WARNING, Msg("Enterprise accounts usually sign in with an e-mail address.")
            )
        return FieldCheck(Level.OK)
    if fid == FieldId.PASSWORD:
        if raw != raw.strip():
            return FieldCheck(
                Level.WARNING,
                Msg("The password starts or ends with a space; check that this is intended."),
            )
        return FieldCheck(Level.OK)
    if any(ch.isspace() for ch in value):
        return _err(
            "{label} cannot contain spaces or line breaks. Copy it again with the copy "
            "button in the portal.",
            label=spec.label,
        )
    accepts = _ACCEPTS.get(fid, frozenset())
    kinds = plausible_kinds(value)
    if kinds & accepts:
        kind = next(iter(sorted(kinds & accepts)))
        return FieldCheck(Level.OK, Msg.of("Looks like {what}.", what=KIND_NAMES[kind]), kind)
    kind = kind_of(value)
    if kind == K_UNKNOWN:
        shape = _SHAPE.get(fid, "")
        if not shape:
            return FieldCheck(Level.OK)
        return FieldCheck(
            Level.WARNING,
            Msg.of(
                "This doesn't look like the usual format. {shape} Check that you copied "
                "all of it.",
                shape=shape,
            ),
        )
    if kind in _SECRETS and fid in (FieldId.API_SECRET, FieldId.TOKEN_SECRET):
        # Secrets of neighbouring shapes: advice, not a block.
        return FieldCheck(
            Level.WARNING,
            Msg.of("This looks more like {what}. Check that you copied the right value.",
                   what=KIND_NAMES[kind]),
            kind,
        )
    return FieldCheck(
        Level.ERROR,
        Msg.of(
            "This looks like {what}, not {field}. {where}",
            what=KIND_NAMES[kind],
            field=_article(spec.label.split(" (")[0]),
            where=_BELONGS.get(kind, ""),
        ),
        kind,
    )


def _article(label: str) -> str:
    return ("an " if label[:1] in "AEIOU" else "a ") + label


def check_keys(method: WizardMethod, values: Mapping[FieldId, str]) -> dict[FieldId, FieldCheck]:
    """Check every keys-page field of ``method``, plus rules that involve several fields."""
    out: dict[FieldId, FieldCheck] = {}
    for spec in key_fields(method):
        out[spec.id] = check_field(method, spec.id, values.get(spec.id, ""))

    def val(fid: FieldId) -> str:
        return _keys.clean(values.get(fid, ""))

    if method in (WizardMethod.OAUTH1, WizardMethod.APP_ONLY):
        if val(FieldId.API_KEY) and val(FieldId.API_KEY) == val(FieldId.API_SECRET):
            out[FieldId.API_SECRET] = _err(
                "The API Key Secret is the same as the API Key; paste the secret here."
            )
    if method == WizardMethod.OAUTH2:
        if val(FieldId.CLIENT_ID) and val(FieldId.CLIENT_ID) == val(FieldId.CLIENT_SECRET):
            out[FieldId.CLIENT_SECRET] = _err(
                "The Client Secret is the same as the Client ID; paste the secret here."
            )
    if method == WizardMethod.PASTE:
        token_kind = kind_of(val(FieldId.TOKEN)) if val(FieldId.TOKEN) else K_UNKNOWN
        secret = val(FieldId.TOKEN_SECRET)
        if token_kind == K_ACCESS_TOKEN or secret:
            if not secret and not out[FieldId.TOKEN].blocks:
                out[FieldId.TOKEN_SECRET] = FieldCheck(
                    Level.EMPTY,
                    Msg("An OAuth 1.0a Access Token also needs its Access Token Secret."),
                )
            for fid in (FieldId.API_KEY, FieldId.API_SECRET):
                if not val(fid) and not out[fid].blocks:
                    out[fid] = FieldCheck(
                        Level.EMPTY,
                        Msg("OAuth 1.0a tokens are used together with the app's API Key "
                            "and Secret."),
                    )
    return out


def paste_kind(values: Mapping[FieldId, str]) -> Method:
    """What the pasted token is: BEARER (app-only), OAUTH1 (with secret) or OAUTH2 (user)."""
    token = values.get(FieldId.TOKEN, "").strip()
    if values.get(FieldId.TOKEN_SECRET, "").strip():
        return Method.OAUTH1
    kind = kind_of(token)
    if kind == K_ACCESS_TOKEN:
        return Method.OAUTH1
    if kind == K_OAUTH2_TOKEN:
        return Method.OAUTH2
    return Method.BEARER


def required_missing(method: WizardMethod, values: Mapping[FieldId, str]) -> list[FieldId]:
    """Required fields still empty (including those required by other fields' values)."""
    checks = check_keys(method, values)
    missing = []
    for spec in key_fields(method):
        empty = not values.get(spec.id, "").strip()
        if empty and (spec.required or checks[spec.id].message.template):
            missing.append(spec.id)
    return missing


def keys_complete(method: WizardMethod, values: Mapping[FieldId, str]) -> bool:
    """True when the keys page may be left: nothing missing, no field in error."""
    checks = check_keys(method, values)
    return not required_missing(method, values) and not any(c.blocks for c in checks.values())


def app_keys(method: WizardMethod, values: Mapping[FieldId, str]) -> AppKeys:
    """The :class:`AppKeys` typed on the keys page (stripped)."""

    def val(fid: FieldId) -> str:
        return _keys.clean(values.get(fid, ""))

    if method == WizardMethod.OAUTH2:
        return AppKeys(client_id=val(FieldId.CLIENT_ID), client_secret=val(FieldId.CLIENT_SECRET))
    return AppKeys(api_key=val(FieldId.API_KEY), api_secret=val(FieldId.API_SECRET))


# --------------------------------------------------------------------------- setup page


def callback_url(
    host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, path: str = CALLBACK_PATH
) -> str:
    """The exact loopback callback URL to register in the portal."""
    if not path.startswith("/"):
        path = "/" + path
    return f"http://{host}:{port}{path}"


def check_port(text: str) -> FieldCheck:
    """Validate a callback port typed by the user."""
    text = text.strip()
    if not text:
        return FieldCheck(Level.EMPTY)
    if not text.isdigit():
        return _err("The port is a number between 1024 and 65535.")
    port = int(text)
    if not 1024 <= port <= 65535:
        return _err("Use a port between 1024 and 65535 (lower ports need administrator rights).")
    return FieldCheck(Level.OK)


def check_profile_name(name: str, existing: Iterable[str] = ()) -> FieldCheck:
    """Validate the name the credential is saved under (used by ``twauth token NAME``)."""
    name = name.strip()
    if not name:
        return FieldCheck(Level.EMPTY)
    if len(name) > NAME_MAX:
        return _err("Keep the name under {n} characters.", n=NAME_MAX)
    if not _NAME_RE.match(name):
        return _err(
            "Use letters, digits, spaces and . _ @ + - only, starting with a letter or digit."
        )
    if name in set(existing):
        return FieldCheck(
            Level.WARNING,
            Msg.of("A saved credential is already called “{name}”; saving will replace it.",
                   name=name),
        )
    return FieldCheck(Level.OK)


def check_test_url(url: str) -> FieldCheck:
    """Validate the optional enterprise test URL (Basic)."""
    url = url.strip()
    if not url:
        return FieldCheck(Level.EMPTY)
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        return _err("Enter a full address starting with https://")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        return _err("Use https:// — the password would otherwise be sent unencrypted.")
    return FieldCheck(Level.OK)


def suggest_profile_name(method: WizardMethod, app_name: str, existing: Iterable[str] = ()) -> str:
    """A default credential name, e.g. ``my-x-app-oauth2``, unique among ``existing``."""
    base = re.sub(r"[^a-z0-9]+", "-", app_name.strip().lower()).strip("-") or "x-app"
    base = f"{base[:24].strip('-')}-{method.value}"
    taken = set(existing)
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


class OAuth1Mode(str, Enum):
    """How OAuth 1.0a returns to us: the loopback callback or a PIN typed by the user."""

    CALLBACK = "callback"
    PIN = "pin"


def check_pin(pin: str) -> FieldCheck:
    """Validate the OAuth 1.0a PIN (7 digits on X)."""
    pin = pin.strip()
    if not pin:
        return FieldCheck(Level.EMPTY)
    if not pin.isdigit():
        return _err("The PIN is made of digits only.")
    if len(pin) < 6 or len(pin) > 10:
        return FieldCheck(Level.WARNING, Msg("X's PIN usually has 7 digits."))
    return FieldCheck(Level.OK)


# --------------------------------------------------------------------------- collected data


@dataclass
class FlowData:
    """Everything collected so far. Mutable: the wizard fills it page by page."""

    method: WizardMethod | None = None
    values: dict[FieldId, str] = field(default_factory=dict, repr=False)
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    oauth1_mode: OAuth1Mode = OAuth1Mode.CALLBACK
    oauth1_access: str = ""  # x_auth_access_type: "" (the app's setting), "read" or "write"
    callback_path: str = CALLBACK_PATH
    scopes: tuple[str, ...] = ()
    profile_name: str = ""
    test_url: str = ""
    sandbox: bool = False
    api_base: str = ""
    preflight_ok_for: tuple[str, ...] | None = None
    replaces: str = ""  # re-authorizing this saved credential (its name): replace it on save
    # results
    oauth1_tokens: OAuth1Tokens | None = field(default=None, repr=False)
    oauth2_tokens: OAuth2Tokens | None = field(default=None, repr=False)
    bearer: BearerToken | None = field(default=None, repr=False)
    identity: Identity | None = None

    @property
    def redirect_uri(self) -> str:
        """The callback URL for this flow (``oob`` for OAuth 1.0a PIN)."""
        if self.method == WizardMethod.OAUTH1 and self.oauth1_mode == OAuth1Mode.PIN:
            return "oob"
        if self.method in (WizardMethod.OAUTH1, WizardMethod.OAUTH2):
            return callback_url(self.host, self.port, self.callback_path)
        return ""

    def value(self, fid: FieldId) -> str:
        return _keys.clean(self.values.get(fid, ""))

    def keys(self) -> AppKeys:
        """The app keys typed so far."""
        if self.method is None:
            return AppKeys()
        if self.method == WizardMethod.PASTE:
            return AppKeys(api_key=self.value(FieldId.API_KEY),
                           api_secret=self.value(FieldId.API_SECRET))
        return app_keys(self.method, self.values)

    def basic(self) -> BasicCredentials:
        return BasicCredentials(self.value(FieldId.USERNAME), self.values.get(FieldId.PASSWORD, ""))

    def stored_method(self) -> Method:
        """The :class:`Method` the vault records."""
        if self.method == WizardMethod.OAUTH2:
            return Method.OAUTH2
        if self.method == WizardMethod.OAUTH1:
            return Method.OAUTH1
        if self.method == WizardMethod.APP_ONLY:
            return Method.APP
        if self.method == WizardMethod.BASIC:
            return Method.BASIC
        return paste_kind(self.values)

    def preflight_key(self) -> tuple[str, ...]:
        """What the preflight result depends on; a change means it must run again."""
        k = self.keys()
        return (
            str(self.method.value if self.method else ""),
            k.api_key, k.client_id, str(hash(k.api_secret)), str(hash(k.client_secret)),
            self.redirect_uri, self.value(FieldId.TOKEN) and str(hash(self.value(FieldId.TOKEN))),
            self.value(FieldId.USERNAME), self.test_url,
        )

    @property
    def preflight_ok(self) -> bool:
        return self.preflight_ok_for is not None and self.preflight_ok_for == self.preflight_key()

    def clear_results(self) -> None:
        """Drop tokens obtained so far (going back, starting again)."""
        self.oauth1_tokens = None
        self.oauth2_tokens = None
        self.bearer = None
        self.identity = None

    @property
    def has_result(self) -> bool:
        """True when the authorize step (if any) produced tokens."""
        if self.method == WizardMethod.OAUTH2:
            return self.oauth2_tokens is not None
        if self.method == WizardMethod.OAUTH1:
            return self.oauth1_tokens is not None
        return True


def setup_problems(data: FlowData, existing_names: Iterable[str] = ()) -> list[Msg]:
    """Why the setup page cannot be left yet (empty: it can, preflight aside)."""
    problems: list[Msg] = []
    name = check_profile_name(data.profile_name, existing_names)
    if name.level == Level.EMPTY:
        problems.append(Msg("Enter a name to save these credentials under."))
    elif name.blocks:
        problems.append(name.message)
    if data.method in (WizardMethod.OAUTH1, WizardMethod.OAUTH2):
        if data.host not in LOOPBACK_HOSTS:
            problems.append(Msg("Choose 127.0.0.1 or localhost."))
        if check_port(str(data.port)).blocks:
            problems.append(check_port(str(data.port)).message)
    if data.method == WizardMethod.OAUTH2:
        if not data.scopes:
            problems.append(Msg("Pick at least one permission."))
    if data.method == WizardMethod.BASIC and check_test_url(data.test_url).blocks:
        problems.append(check_test_url(data.test_url).message)
    return problems


def scope_warnings(scopes: Sequence[str]) -> list[Msg]:
    """Non-blocking advice about a scope selection."""
    out: list[Msg] = []
    chosen = set(scopes)
    if not {"tweet.read", "users.read"} <= chosen:
        out.append(Msg("Without “Read posts” and “See account details” (tweet.read, "
                       "users.read) we cannot show who you signed in as."))
    if "offline.access" not in chosen:
        out.append(Msg("Without “Stay signed in” (offline.access) the token stops working "
                       "after 2 hours and you will need to authorize again."))
    return out


# --------------------------------------------------------------------------- results


def vault_secrets(data: FlowData) -> dict[str, str]:
    """The secrets the vault stores for the finished flow (vault key names)."""
    out: dict[str, str] = {}

    def put(key: str, value: str | None) -> None:
        if value:
            out[key] = value

    m = data.method
    if m == WizardMethod.OAUTH2:
        k = data.keys()
        put("client_id", k.client_id)
        put("client_secret", k.client_secret)
        if data.oauth2_tokens:
            put("access_token", data.oauth2_tokens.access_token)
            put("refresh_token", data.oauth2_tokens.refresh_token)
    elif m == WizardMethod.OAUTH1:
        k = data.keys()
        put("api_key", k.api_key)
        put("api_secret", k.api_secret)
        if data.oauth1_tokens:
            put("access_token", data.oauth1_tokens.token)
            put("access_token_secret", data.oauth1_tokens.token_secret)
    elif m == WizardMethod.APP_ONLY:
        k = data.keys()
        put("api_key", k.api_key)
        put("api_secret", k.api_secret)
        if data.bearer:
            put("bearer_token", data.bearer.access_token)
    elif m == WizardMethod.BASIC:
        put("username", data.value(FieldId.USERNAME))
        put("password", data.values.get(FieldId.PASSWORD, ""))
    elif m == WizardMethod.PASTE:
        kind = paste_kind(data.values)
        token = data.value(FieldId.TOKEN)
        if kind == Method.BEARER:
            put("bearer_token", token)
        elif kind == Method.OAUTH2:
            put("access_token", token)
        else:
            put("api_key", data.value(FieldId.API_KEY))
            put("api_secret", data.value(FieldId.API_SECRET))
            put("access_token", token)
            put("access_token_secret", data.value(FieldId.TOKEN_SECRET))
    return out


SECRET_LABELS: dict[str, str] = {
    "api_key": "API Key",
    "api_secret": "API Key Secret",
    "client_id": "Client ID",
    "client_secret": "Client Secret",
    "access_token": "Access Token",
    "access_token_secret": "Access Token Secret",
    "refresh_token": "Refresh Token",
    "bearer_token": "Bearer Token",
    "username": "E-mail (username)",
    "password": "Password",
}
_RESULT_ORDER = ("access_token", "access_token_secret", "refresh_token", "bearer_token",
                 "username", "password", "api_key", "api_secret", "client_id", "client_secret")
NOT_SECRET = frozenset({"api_key", "client_id", "username"})


def result_rows(secrets: Mapping[str, str]) -> list[tuple[str, str]]:
    """(vault key, label) for each value shown on the result page, most useful first."""
    return [(k, SECRET_LABELS[k]) for k in _RESULT_ORDER if secrets.get(k)]


def expires_at(data: FlowData) -> float | None:
    """Expiry (epoch seconds) of the obtained credential, when it expires."""
    if data.oauth2_tokens is not None:
        return data.oauth2_tokens.expires_at
    return None


def granted_scopes(data: FlowData) -> tuple[str, ...]:
    """Scopes X granted (OAuth 2.0), else those requested."""
    if data.oauth2_tokens is not None and data.oauth2_tokens.scopes:
        return tuple(data.oauth2_tokens.scopes)
    return tuple(data.scopes) if data.method == WizardMethod.OAUTH2 else ()


def credential_meta(data: FlowData, *, now: float | None = None) -> dict[str, Any]:
    """Keyword arguments for the vault's ``Credential`` (metadata only, never a secret)."""
    ident = data.identity or Identity()
    method = data.stored_method()
    return {
        "name": data.profile_name.strip(),
        "app": data.value(FieldId.APP_NAME) or "X app",
        "method": method,
        "user_id": ident.user_id,
        "username": ident.username,
        "display_name": ident.name,
        "profile_image_url": ident.profile_image_url,
        "scopes": granted_scopes(data),
        "redirect_uri": data.redirect_uri,
        "created_at": time.time() if now is None else now,
        "expires_at": expires_at(data),
        "last_refresh": None,
        "status": "app" if method in (Method.APP, Method.BEARER) else "valid",
        "sandbox": data.sandbox,
        "api_base": data.api_base,
    }


def who_message(data: FlowData) -> Msg:
    """A sentence saying who the credentials belong to."""
    ident = data.identity
    method = data.stored_method()
    if method in (Method.APP, Method.BEARER) and (ident is None or ident.app_context):
        return Msg("These credentials act as your app (app-only): they can read public "
                   "data but do not belong to any account.")
    if method == Method.BASIC:
        return Msg.of("Enterprise account {user}.", user=data.value(FieldId.USERNAME))
    if ident is None or not (ident.username or ident.user_id):
        return Msg("Signed in, but X did not say which account (this token may lack "
                   "the permission to read account details).")
    if ident.name and ident.username:
        return Msg.of("These credentials act as {name} (@{user}).", name=ident.name,
                      user=ident.username)
    return Msg.of("These credentials act as @{user}.", user=ident.username or ident.user_id)


# --------------------------------------------------------------------------- re-authorizing

#: Stored methods whose sign-in can be redone with the saved app keys ("Authorize again").
REAUTHORIZABLE: dict[Method, WizardMethod] = {
    Method.OAUTH2: WizardMethod.OAUTH2,
    Method.OAUTH1: WizardMethod.OAUTH1,
    Method.APP: WizardMethod.APP_ONLY,
}


def can_reauthorize(method: Method | str) -> bool:
    """True when a saved credential of ``method`` can be authorized again with its app keys."""
    try:
        return Method(method) in REAUTHORIZABLE
    except ValueError:
        return False


def reauthorize_data(
    cred: Any, secrets: Mapping[str, str], *, sandbox: bool = False, api_base: str = ""
) -> FlowData:
    """The wizard's data to authorize the saved credential ``cred`` again.

    ``cred`` is the vault's Credential (metadata), ``secrets`` its stored values. The app
    keys, the callback URL (host, port, path; ``oob`` → PIN), the scopes, the app label and
    the name are reused; ``replaces`` names the credential the result replaces. Raises
    ValueError for a credential that has no app keys to sign in with (Basic, pasted tokens).
    """
    stored = Method(getattr(cred, "method", Method.OAUTH2))
    method = REAUTHORIZABLE.get(stored)
    if method is None:
        raise ValueError(f"a {stored.value} credential cannot be authorized again")
    values: dict[FieldId, str] = {FieldId.APP_NAME: str(getattr(cred, "app", "") or "")}
    if method == WizardMethod.OAUTH2:
        values[FieldId.CLIENT_ID] = secrets.get("client_id", "")
        values[FieldId.CLIENT_SECRET] = secrets.get("client_secret", "")
        needed = [FieldId.CLIENT_ID]
    else:
        values[FieldId.API_KEY] = secrets.get("api_key", "")
        values[FieldId.API_SECRET] = secrets.get("api_secret", "")
        needed = [FieldId.API_KEY, FieldId.API_SECRET]
    if not all(values[fid] for fid in needed):
        raise ValueError("the saved credential has no app keys")
    data = FlowData(
        method=method,
        values=values,
        sandbox=sandbox,
        api_base=api_base,
        profile_name=str(cred.name),
        replaces=str(cred.name),
    )
    redirect = str(getattr(cred, "redirect_uri", "") or "")
    if method == WizardMethod.OAUTH1 and redirect == "oob":
        data.oauth1_mode = OAuth1Mode.PIN
    elif redirect:
        parts = urlsplit(redirect)
        if parts.hostname in LOOPBACK_HOSTS and parts.port and parts.scheme == "http":
            data.host = parts.hostname
            data.port = parts.port
            data.callback_path = parts.path or CALLBACK_PATH
    if method == WizardMethod.OAUTH2:
        data.scopes = tuple(getattr(cred, "scopes", ()) or ())
    return data


def reauthorize_start(data: FlowData) -> Page:
    """Where "Authorize again" starts: the setup check (callback URL, scopes, preflight)."""
    return Page.SETUP


def keep_on_reauthorize(old: Any, new_meta: Mapping[str, Any]) -> dict[str, Any]:
    """Metadata changes that keep what the re-authorized credential ``old`` had.

    Linked exports ("keep updated") stay linked; the creation time stays; who it belongs to
    is taken from the old credential when X did not say this time.
    """
    keep: dict[str, Any] = {
        "linked_exports": tuple(getattr(old, "linked_exports", ()) or ()),
        "created_at": getattr(old, "created_at", None) or new_meta.get("created_at"),
    }
    if not new_meta.get("user_id") and not new_meta.get("username"):
        for key in ("user_id", "username", "display_name", "profile_image_url"):
            keep[key] = getattr(old, key, "") or ""
    return keep


def other_account(old: Any, new_meta: Mapping[str, Any]) -> str:
    """The old handle when the new sign-in is for another account ('' when the same)."""
    old_id = str(getattr(old, "user_id", "") or "")
    new_id = str(new_meta.get("user_id") or "")
    if old_id and new_id and old_id != new_id:
        return str(getattr(old, "username", "") or old_id)
    return ""
