"""One exception tree for the whole core, and the mapping of X's error bodies to it.

::

    TwauthError                      anything the core raises on purpose
    └── UserFacingError(message, hint, kind)   says what happened and what to do
        ├── XApiError                X answered with an error (status, x_code, reset_at)
        ├── NetworkError             DNS, refused, timeout, TLS: X was not reached
        ├── FlowError                denied, state mismatch, cancelled, timed out, port taken
        ├── VaultError               keyring / vault problems (KeyringUnavailable, ProfileNotFound)
        ├── ExportError              an export that would not read the same everywhere
        └── InputError               bad input typed by the user

Messages never contain secrets: they are built from fixed templates, never from the
raw request. X's own text is parsed defensively (JSON, XML, plain text or HTML) and
classified by :func:`error_from_response` using the table of x-auth-reference.md.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum


class ErrorKind(str, Enum):
    """Stable identifiers for every failure the user can meet."""

    GENERIC = "generic"
    # OAuth 1.0a
    BAD_CONSUMER = "bad_consumer"
    CLOCK_SKEW = "clock_skew"
    CALLBACK_NOT_APPROVED = "callback_not_approved"
    DESKTOP_OOB_ONLY = "desktop_oob_only"
    INVALID_VERIFIER = "invalid_verifier"
    INVALID_REQUEST_TOKEN = "invalid_request_token"
    SUSPENDED_APP = "suspended_app"
    REQUEST_TOKEN_PAGE_INVALID = "request_token_page_invalid"
    CALLBACK_NOT_CONFIRMED = "callback_not_confirmed"
    # App-only
    BEARER_CREDENTIALS = "bearer_credentials"
    INVALID_TOKEN = "invalid_token"
    # OAuth 2.0
    INVALID_CODE = "invalid_code"
    INVALID_REFRESH_TOKEN = "invalid_refresh_token"
    PKCE_MISMATCH = "pkce_mismatch"
    MISSING_PARAMETER = "missing_parameter"
    UNAUTHORIZED_CLIENT = "unauthorized_client"
    INVALID_GRANT_TYPE = "invalid_grant_type"
    OAUTH2_INVALID_REQUEST = "oauth2_invalid_request"
    # Identity / API
    APP_ONLY_UNSUPPORTED = "app_only_unsupported"
    MISSING_SCOPE = "missing_scope"
    UNAUTHORIZED = "unauthorized"
    CLIENT_NOT_ENROLLED = "client_not_enrolled"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    UNEXPECTED_RESPONSE = "unexpected_response"
    # Network
    DNS = "dns"
    CONNECTION_REFUSED = "connection_refused"
    TIMEOUT = "timeout"
    TLS = "tls"
    NETWORK = "network"
    # Flow
    DENIED = "denied"
    STATE_MISMATCH = "state_mismatch"
    TOKEN_MISMATCH = "token_mismatch"
    CANCELLED = "cancelled"
    CALLBACK_TIMEOUT = "callback_timeout"
    PORT_IN_USE = "port_in_use"
    # Vault / export / input
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    KEYRING_TIMEOUT = "keyring_timeout"
    VAULT_LOCKED = "vault_locked"
    PROFILE_NOT_FOUND = "profile_not_found"
    PROFILE_EXISTS = "profile_exists"
    VAULT_CORRUPT = "vault_corrupt"
    EXPORT_REFUSED = "export_refused"
    INVALID_INPUT = "invalid_input"
    REAUTHORIZE = "reauthorize"


class TwauthError(Exception):
    """Base of every exception the core raises on purpose."""


class UserFacingError(TwauthError):
    """An error with a plain-language ``message`` and a concrete ``hint`` saying what to do."""

    def __init__(self, message: str, hint: str = "", *, kind: ErrorKind = ErrorKind.GENERIC):
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.kind = kind

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(kind={self.kind.value!r}, message={self.message!r})"


class XApiError(UserFacingError):
    """X answered with an error status."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        kind: ErrorKind,
        status: int,
        x_code: int | None = None,
        reset_at: int | None = None,
        transient: bool = False,
    ):
        super().__init__(message, hint, kind=kind)
        self.status = status
        self.x_code = x_code
        self.reset_at = reset_at
        self.transient = transient


class NetworkError(UserFacingError):
    """X could not be reached; the request may be retried."""

    transient = True


class FlowError(UserFacingError):
    """The authorization flow itself ended: denied, cancelled, timed out, tampered."""


class VaultError(UserFacingError):
    """The vault or keyring failed."""


class KeyringUnavailable(VaultError):
    """No usable OS keyring."""


class ProfileNotFound(VaultError):
    """No saved credential of that name."""


class ExportError(UserFacingError):
    """An export was refused (value not portable, bad variable name, file problem)."""


class InputError(UserFacingError):
    """Something the user typed is not valid."""


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class ParsedBody:
    """What could be read out of an error body, whatever its format."""

    code: int | None = None
    message: str = ""
    error: str = ""
    error_description: str = ""
    title: str = ""
    problem_type: str = ""
    detail: str = ""
    text: str = ""


_TAG = re.compile(r"<[^>]*>")
_XML_CODE = re.compile(r"<error[^>]*\bcode=\"(\d+)\"[^>]*>(.*?)</error>", re.S | re.I)
_XML_ERROR = re.compile(r"<error>(.*?)</error>", re.S | re.I)


def parse_body(body: bytes | str, content_type: str = "") -> ParsedBody:
    """Read an X error body defensively: JSON, XML, HTML or plain text; never raises."""
    if isinstance(body, bytes):
        text = body[:65536].decode("utf-8", errors="replace")
    else:
        text = body[:65536]
    stripped = text.strip()
    if stripped.startswith(("{", "[")):
        try:
            data = json.loads(stripped)
        except (ValueError, RecursionError):  # RecursionError: absurdly deep nesting
            data = None
        if isinstance(data, dict):
            return _parse_json(data, stripped)
    if stripped.startswith("<"):
        match = _XML_CODE.search(stripped)
        if match:
            return ParsedBody(
                code=int(match.group(1)),
                message=_clean(match.group(2)),
                text=_clean(_TAG.sub(" ", stripped)),
            )
        match = _XML_ERROR.search(stripped)
        if match:
            return ParsedBody(message=_clean(match.group(1)), text=_clean(_TAG.sub(" ", stripped)))
        return ParsedBody(text=_clean(_TAG.sub(" ", stripped)))
    return ParsedBody(message=_clean(stripped), text=_clean(stripped))


def _clean(value: object) -> str:
    return re.sub(r"\s+", " ", str(value)).strip()[:500]


def _parse_json(data: dict[str, object], raw: str) -> ParsedBody:
    code: int | None = None
    message = ""
    errors = data.get("errors")
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        raw_code = first.get("code")
        if isinstance(raw_code, int) and not isinstance(raw_code, bool):
            code = raw_code
        elif isinstance(raw_code, str) and _ASCII_DIGITS.fullmatch(raw_code):
            code = int(raw_code)
        message = _clean(first.get("message", "") or first.get("detail", ""))
    return ParsedBody(
        code=code,
        message=message,
        error=_clean(data.get("error", "")) if isinstance(data.get("error"), str) else "",
        error_description=_clean(data.get("error_description", "") or ""),
        title=_clean(data.get("title", "") or ""),
        problem_type=_clean(data.get("type", "") or ""),
        detail=_clean(data.get("detail", "") or ""),
        text=_clean(raw),
    )


# --------------------------------------------------------------------------- classification

PORTAL = "https://developer.x.com/en/portal/dashboard"


@dataclass(frozen=True)
class ErrorContext:
    """What we were doing, so the hint can be concrete."""

    operation: str = ""  # request_token, access_token, bearer, oauth2_token, oauth2_refresh, ...
    callback_url: str = ""


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return ""


_ASCII_DIGITS = re.compile(r"[0-9]{1,18}")
_MAX_RESET = 253402300799  # 9999-12-31: later "epoch seconds" are garbage, not a time
_PARAMETER_NAME = re.compile(r"[a-z_.]{1,40}")  # X's parameter names; never a token or key


def _reset_at(headers: Mapping[str, str]) -> int | None:
    value = _header(headers, "x-rate-limit-reset").strip()
    if _ASCII_DIGITS.fullmatch(value) and int(value) <= _MAX_RESET:
        return int(value)
    retry = _header(headers, "retry-after").strip()
    if _ASCII_DIGITS.fullmatch(retry) and int(retry) <= 366 * 86400:
        return int(time.time()) + int(retry)
    return None


def _fmt_reset(reset_at: int | None) -> str:
    if reset_at is None:
        return "Wait a few minutes, then try again."
    wait = max(0, reset_at - int(time.time()))
    try:
        stamp = time.strftime("%H:%M", time.localtime(reset_at))
    except (OverflowError, OSError, ValueError):
        return "Wait a few minutes, then try again."
    minutes = (wait + 59) // 60
    return f"X allows more requests at {stamp} (in about {minutes} min); try again then."


def _parameter_name(found: str) -> str:
    """A parameter name X mentioned, echoed only if it looks like one (never a value)."""
    return found if _PARAMETER_NAME.fullmatch(found) else "a parameter"


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    body: bytes | str,
    context: ErrorContext | None = None,
) -> XApiError:
    """Turn an X error response into a specific :class:`XApiError` with message and fix."""
    ctx = context or ErrorContext()
    parsed = parse_body(body, _header(headers, "content-type"))
    low = (parsed.text or parsed.message).lower()
    desc = parsed.error_description.lower()

    def make(kind: ErrorKind, message: str, hint: str, transient: bool = False) -> XApiError:
        return XApiError(
            message,
            hint,
            kind=kind,
            status=status,
            x_code=parsed.code,
            reset_at=_reset_at(headers) if status == 429 else None,
            transient=transient,
        )

    callback = ctx.callback_url or "your callback URL"

    if status == 429 or parsed.code == 88 or "rate limit exceeded" in low:
        return XApiError(
            "X is rate-limiting these requests.",
            _fmt_reset(_reset_at(headers)),
            kind=ErrorKind.RATE_LIMITED,
            status=status,
            x_code=parsed.code,
            reset_at=_reset_at(headers),
            transient=True,
        )
    if status >= 500:
        return make(
            ErrorKind.SERVER_ERROR,
            f"X is having trouble right now (HTTP {status}).",
            "Nothing was changed. Try again in a few minutes; check https://api.twitterstat.us "
            "if it keeps failing.",
            transient=True,
        )
    if parsed.code == 415 or "callback url not approved" in low:
        return make(
            ErrorKind.CALLBACK_NOT_APPROVED,
            "X refused the callback URL: it is not registered for this app.",
            f"Add {callback} to Callback URLs in your app's User authentication settings "
            f"in the developer portal ({PORTAL}), save, and try again.",
        )
    if "desktop applications only support" in low:
        return make(
            ErrorKind.DESKTOP_OOB_ONLY,
            "This app has no callback URL set up, so X only allows the PIN method.",
            f"Either choose the PIN method, or set up User authentication in the developer "
            f"portal and add {callback} to its Callback URLs.",
        )
    if parsed.code == 135 or "timestamp out of bounds" in low:
        return make(
            ErrorKind.CLOCK_SKEW,
            "X rejected the request because this computer's clock is wrong.",
            "Turn on automatic date and time in your system settings, then try again.",
        )
    if parsed.code == 416 or "suspended app" in low:
        return make(
            ErrorKind.SUSPENDED_APP,
            "X says this app is invalid or suspended.",
            f"Open the app in the developer portal ({PORTAL}) and check its status, "
            "or create a new app.",
        )
    if "invalid oauth_verifier" in low:
        return make(
            ErrorKind.INVALID_VERIFIER,
            "X did not accept the PIN (verifier). It may be mistyped or already used.",
            "Start again to get a new PIN and enter it promptly; each PIN works once.",
        )
    if "invalid request token" in low or "request token for this page is invalid" in low:
        return make(
            ErrorKind.INVALID_REQUEST_TOKEN,
            "This sign-in link has expired or was already used.",
            "Start the authorization again; each link works once and only for a few minutes.",
        )
    if parsed.code == 99 or "unable to verify your credentials" in low:
        return make(
            ErrorKind.BEARER_CREDENTIALS,
            "X could not verify the API Key and Secret.",
            "Copy the API Key and API Key Secret again from Keys and tokens in the developer "
            "portal (not the OAuth 2.0 Client ID/Secret).",
        )
    if parsed.code == 89 or "invalid or expired token" in low:
        return make(
            ErrorKind.INVALID_TOKEN,
            "X says this token is invalid or expired.",
            "Get a new token: it was revoked, regenerated in the portal, or mistyped.",
        )
    if parsed.code == 32 or "could not authenticate you" in low:
        return make(
            ErrorKind.BAD_CONSUMER,
            "X could not authenticate the app: the API Key or API Key Secret is wrong.",
            "Copy the API Key and API Key Secret again from Keys and tokens in the developer "
            "portal; if you regenerated them, use the new ones.",
        )
    if parsed.code == 215 or "bad authentication data" in low:
        return make(
            ErrorKind.BAD_CONSUMER,
            "X could not read the app's credentials in this request.",
            "Check that the API Key and API Key Secret are filled in completely (copy them "
            "again from Keys and tokens in the developer portal), then try again.",
        )
    if parsed.code == 170 or "missing required parameter:" in low:
        found = re.search(r"missing required parameter:\s*([\w.]+)", parsed.message, re.I)
        name = _parameter_name(found.group(1) if found else "")
        return make(
            ErrorKind.MISSING_PARAMETER,
            f"X says the request is missing {name}.",
            "Try again; if it persists, report this as a bug in twauth-gui.",
        )
    if parsed.code == 220 or "credentials do not allow access" in low:
        return make(
            ErrorKind.UNAUTHORIZED,
            "These credentials are not allowed to use this part of the API.",
            "Sign in as an account (OAuth 2.0 or OAuth 1.0a) for this; an app-only token "
            "or a token with less access cannot do it.",
        )
    if parsed.error == "unauthorized_client":
        return make(
            ErrorKind.UNAUTHORIZED_CLIENT,
            "X did not accept the OAuth 2.0 client credentials.",
            "Check the Client ID and Client Secret (Keys and tokens → OAuth 2.0). A confidential "
            "client (Web App, Automated App or Bot) needs its Client Secret; a public client "
            "(Native App, Single page App) must have no secret.",
        )
    if parsed.error == "invalid_request" or parsed.error == "invalid_grant":
        if "authorization code" in desc:
            return make(
                ErrorKind.INVALID_CODE,
                "X did not accept the authorization code: it expired, was already used, or "
                "the callback URL differs.",
                "Authorize again and let the app finish right away; codes live about 30 seconds.",
            )
        if "code verifier" in desc:
            return make(
                ErrorKind.PKCE_MISMATCH,
                "X says the PKCE code verifier does not match this sign-in.",
                "Start the authorization again from the beginning in this app.",
            )
        if "value passed for the token" in desc:
            return make(
                ErrorKind.INVALID_REFRESH_TOKEN,
                "This sign-in has ended: X no longer accepts the stored token.",
                "Authorize again to get new tokens (the refresh token was used, revoked or "
                "expired).",
            )
        if "grant type" in desc:
            return make(
                ErrorKind.INVALID_GRANT_TYPE,
                "X rejected the request type (grant type).",
                "Use OAuth 2.0 user sign-in here; app-only tokens come from the API Key and "
                "Secret, not the Client ID.",
            )
        if "missing required parameter" in desc:
            found = re.search(r"\[([^\]]+)\]", parsed.error_description)
            name = _parameter_name(found.group(1) if found else "")
            return make(
                ErrorKind.MISSING_PARAMETER,
                f"X says the request is missing {name}.",
                "Check that the Client ID is filled in and try again; if it persists, report "
                "this as a bug in twauth-gui.",
            )
        return make(
            ErrorKind.OAUTH2_INVALID_REQUEST,
            "X rejected the OAuth 2.0 request.",
            "Check the Client ID, Client Secret and callback URL, then authorize again.",
        )
    title = parsed.title.lower()
    ptype = parsed.problem_type.lower()
    if any(m in ptype or m in low for m in ("client-not-enrolled", "client-forbidden")):
        return make(
            ErrorKind.CLIENT_NOT_ENROLLED,
            "This app is not attached to a Project with API access.",
            f"In the developer portal ({PORTAL}), move the app into a Project and check its "
            "access level.",
        )
    if status == 403 and "unsupported authentication" in (low + title):
        return make(
            ErrorKind.APP_ONLY_UNSUPPORTED,
            "This request needs a user token, not an app-only bearer token.",
            "Use OAuth 2.0 or OAuth 1.0a user sign-in for this.",
        )
    if status == 403 and title == "forbidden":
        return make(
            ErrorKind.MISSING_SCOPE,
            "The token lacks a permission (scope) this request needs.",
            "Authorize again and include the scopes tweet.read and users.read.",
        )
    if status == 401 and ctx.operation == "access_token":
        # X localizes some of these plain-text answers; the operation tells what failed.
        return make(
            ErrorKind.INVALID_REQUEST_TOKEN,
            "X did not accept this sign-in: the PIN or link is wrong, used or expired.",
            "Start the authorization again and finish it within a few minutes.",
        )
    if status == 401:
        return make(
            ErrorKind.UNAUTHORIZED,
            "X did not accept these credentials.",
            "The token may have been revoked or regenerated; get new tokens.",
        )
    if status == 403:
        return make(
            ErrorKind.UNAUTHORIZED,
            "X refused this request (HTTP 403).",
            "Check the app's permissions and access level in the developer portal.",
        )
    return make(
        ErrorKind.UNEXPECTED_RESPONSE,
        f"X answered with an unexpected error (HTTP {status}).",
        "Try again; if it persists, check the app's settings in the developer portal.",
    )


def unexpected_body(what: str) -> XApiError:
    """X answered 2xx but the body lacked what it must carry."""
    return XApiError(
        f"X's answer did not contain {what}.",
        "Try again; if it keeps happening, check that the API address points at X.",
        kind=ErrorKind.UNEXPECTED_RESPONSE,
        status=200,
    )
