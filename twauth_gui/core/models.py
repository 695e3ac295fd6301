"""Frozen value objects for keys and credentials; their reprs never show a secret.

Every secret field is declared with ``repr=False`` and registered with
:mod:`twauth_gui.core.redact` on construction, so logs scrub it even if it is
formatted by accident.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from enum import Enum

from twauth_gui.core import redact


class Method(str, Enum):
    """How a credential was obtained."""

    OAUTH2 = "oauth2"
    OAUTH1 = "oauth1"
    APP = "app"  # app-only bearer obtained with client_credentials
    BEARER = "bearer"  # a bearer token pasted by the user
    BASIC = "basic"  # enterprise HTTP Basic


@dataclass(frozen=True)
class AppKeys:
    """An X app's keys: api_key/api_secret (OAuth 1.0a, bearer), client_id/secret (OAuth 2.0)."""

    api_key: str = ""
    api_secret: str = field(default="", repr=False)
    client_id: str = ""
    client_secret: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        redact.remember(self.api_secret, self.client_secret)

    @property
    def is_confidential(self) -> bool:
        """True for an OAuth 2.0 confidential client (it has a client secret)."""
        return bool(self.client_secret)


@dataclass(frozen=True)
class OAuth1Tokens:
    """OAuth 1.0a user access token; does not expire."""

    token: str = field(repr=False)
    token_secret: str = field(repr=False)
    user_id: str = ""
    screen_name: str = ""

    def __post_init__(self) -> None:
        redact.remember(self.token, self.token_secret)


@dataclass(frozen=True)
class OAuth2Tokens:
    """OAuth 2.0 user token pair; ``expires_at`` is Unix epoch seconds."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None
    scopes: tuple[str, ...] = ()
    token_type: str = "bearer"

    def __post_init__(self) -> None:
        redact.remember(self.access_token, self.refresh_token)

    def expires_in(self, now: float | None = None) -> float | None:
        """Seconds until expiry (negative when expired), or None when unknown."""
        if self.expires_at is None:
            return None
        return self.expires_at - (time.time() if now is None else now)


@dataclass(frozen=True)
class BearerToken:
    """App-only bearer token, kept byte for byte (it contains percent escapes)."""

    access_token: str = field(repr=False)

    def __post_init__(self) -> None:
        redact.remember(self.access_token)


@dataclass(frozen=True)
class BasicCredentials:
    """Enterprise HTTP Basic credentials (email + password)."""

    username: str
    password: str = field(repr=False)

    def __post_init__(self) -> None:
        redact.remember(self.password)


@dataclass(frozen=True)
class Identity:
    """Who a credential belongs to. ``app_context`` is True for app-only bearer tokens."""

    user_id: str = ""
    username: str = ""
    name: str = ""
    profile_image_url: str = ""
    app_context: bool = False
