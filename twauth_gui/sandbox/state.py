"""Sandbox state: demo apps and user, tokens, codes, PINs, grants and refresh rotation.

Everything lives in one :class:`SandboxState` guarded by one re-entrant lock; route
functions take the lock for the whole of their read-check-write sequence. The clock is
``time.time() + clock_offset`` so tests can skew it or jump past expiries.
"""

from __future__ import annotations

import base64
import secrets
import string
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from twauth_gui.sandbox.faults import FaultTable

ALNUM = string.ascii_letters + string.digits

REQUEST_TOKEN_LIFETIME = 15 * 60.0
CODE_LIFETIME = 30.0
ACCESS_TOKEN_LIFETIME = 7200
TIMESTAMP_WINDOW = 300.0
NONCE_MEMORY = 2 * TIMESTAMP_WINDOW
CONSENT_LIFETIME = 30 * 60.0
USERS_ME_LIMIT = 75
MAX_VERIFIER_ATTEMPTS = 5
RATE_WINDOW = 15 * 60.0

OAUTH2_SCOPES: dict[str, str] = {
    "tweet.read": "See posts from your timeline (including protected posts)",
    "tweet.write": "Post and repost for you",
    "tweet.moderate.write": "Hide and unhide replies to your posts",
    "users.email": "See your email address",
    "users.read": "See your profile information",
    "follows.read": "See accounts you follow and who follows you",
    "follows.write": "Follow and unfollow accounts for you",
    "offline.access": "Stay connected to your account until you revoke access",
    "space.read": "See Spaces information",
    "mute.read": "See accounts you've muted",
    "mute.write": "Mute and unmute accounts for you",
    "like.read": "See posts you liked and who liked your posts",
    "like.write": "Like and unlike posts for you",
    "list.read": "See lists, list members and followers",
    "list.write": "Create and manage lists for you",
    "block.read": "See accounts you've blocked",
    "block.write": "Block and unblock accounts for you",
    "bookmark.read": "See your bookmarks",
    "bookmark.write": "Bookmark and remove bookmarks for you",
    "dm.read": "See your direct messages",
    "dm.write": "Send direct messages for you",
    "media.write": "Upload media for you",
    "broadcast.read": "See broadcasts",
    "broadcast.write": "Create broadcasts for you",
    "timeline.read": "See your timelines",
    "ads.read": "See your ads data",
    "ads.write": "Manage your ads",
}

DEFAULT_CALLBACKS = ("http://127.0.0.1:8765/callback", "http://localhost:8765/callback")


def rand(length: int, alphabet: str = ALNUM) -> str:
    """A random string from ``alphabet`` using the ``secrets`` module."""
    return "".join(secrets.choice(alphabet) for _ in range(length))


def seven_digit_pin() -> str:
    return f"{secrets.randbelow(10_000_000):07d}"


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode("ascii")).decode("ascii").rstrip("=")


def new_oauth2_token(kind: str) -> str:
    """Shaped like X's OAuth 2.0 tokens: base64 of ``random:millis:1:at|rt:1``."""
    return _b64(f"{rand(40)}:{int(time.time() * 1000)}:1:{kind}:1")


def new_bearer_token() -> str:
    """Shaped like X's app-only bearer tokens, percent escapes included."""
    return f"AAAAAAAAAAAAAAAAAAAAA{rand(12)}AAAAAA{rand(12)}%2F{rand(10)}%3D{rand(50)}"


@dataclass
class DemoApp:
    """A developer-portal app as the sandbox knows it (secrets hidden from repr)."""

    name: str
    api_key: str
    api_secret: str = field(repr=False)
    client_id: str
    client_secret: str | None = field(repr=False)
    callbacks: list[str] = field(default_factory=list)
    label: str = ""

    @property
    def confidential(self) -> bool:
        return self.client_secret is not None

    @property
    def display_name(self) -> str:
        return self.label or self.name

    @classmethod
    def generate(
        cls,
        name: str,
        *,
        confidential: bool,
        callbacks: list[str] | None = None,
        label: str = "",
    ) -> DemoApp:
        """New random credentials shaped like the developer portal's."""
        return cls(
            name=name,
            api_key=rand(25),
            api_secret=rand(50),
            client_id=_b64(f"{rand(18)}:1:ci"),
            client_secret=rand(50, ALNUM + "-_") if confidential else None,
            callbacks=list(DEFAULT_CALLBACKS if callbacks is None else callbacks),
            label=label,
        )


@dataclass(frozen=True)
class DemoUser:
    id: str = "1234567890"
    username: str = "twauth_demo"
    name: str = "Twauth Demo"


@dataclass
class RequestToken:
    token: str
    secret: str = field(repr=False)
    app: DemoApp
    callback: str
    access_type: str
    created: float
    verifier: str | None = field(default=None, repr=False)
    decided: bool = False
    used: bool = False
    failed_attempts: int = 0


@dataclass
class OAuth1Access:
    token: str
    secret: str = field(repr=False)
    app: DemoApp
    user: DemoUser
    access_type: str
    revoked: bool = False


@dataclass(frozen=True)
class OAuth2AuthRequest:
    app: DemoApp
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str
    challenge: str
    method: str


@dataclass
class AuthCode:
    code: str
    request: OAuth2AuthRequest
    user: DemoUser
    created: float
    used: bool = False


@dataclass
class Grant:
    app: DemoApp
    user: DemoUser
    scopes: tuple[str, ...]
    refresh_token: str | None = field(default=None, repr=False)
    alive: bool = True


@dataclass
class OAuth2Access:
    token: str = field(repr=False)
    grant: Grant
    expires_at: float
    revoked: bool = False


@dataclass
class PendingConsent:
    id: str
    kind: str  # "oauth1" | "oauth2"
    created: float
    request_token: RequestToken | None = None
    auth_request: OAuth2AuthRequest | None = None


class SandboxState:
    """All mutable sandbox data. Hold ``lock`` around every check-then-change sequence."""

    def __init__(self, apps: list[DemoApp], user: DemoUser, basic_user: tuple[str, str]) -> None:
        self.lock = threading.RLock()
        self.apps = apps
        self.user = user
        self.basic_user = basic_user
        self.clock_offset = 0.0
        self.auto: str | None = None
        self.request_tokens: dict[str, RequestToken] = {}
        self.oauth1_access: dict[str, OAuth1Access] = {}
        self.nonces: dict[tuple[str, str, str], float] = {}
        self.bearers: dict[str, DemoApp] = {}
        self.codes: dict[str, AuthCode] = {}
        self.grants: dict[tuple[str, str], Grant] = {}
        self.refresh_tokens: dict[str, Grant] = {}
        self.access_tokens: dict[str, OAuth2Access] = {}
        self.consents: dict[str, PendingConsent] = {}
        self.counts: Counter[str] = Counter()
        self.rate: dict[str, tuple[float, int]] = {}
        self.faults = FaultTable()

    # clock -----------------------------------------------------------------
    def now(self) -> float:
        return time.time() + self.clock_offset

    # lookups ---------------------------------------------------------------
    def app_by_name(self, name: str) -> DemoApp | None:
        with self.lock:
            return next((a for a in self.apps if a.name == name), None)

    def app_by_api_key(self, key: str) -> DemoApp | None:
        with self.lock:
            return next((a for a in self.apps if a.api_key == key), None)

    def app_by_client_id(self, client_id: str) -> DemoApp | None:
        with self.lock:
            return next((a for a in self.apps if a.client_id == client_id), None)

    # counters --------------------------------------------------------------
    def count(self, path: str) -> None:
        with self.lock:
            self.counts[path] += 1

    def request_count(self, path: str) -> int:
        with self.lock:
            return self.counts[path]

    # OAuth 1.0a ------------------------------------------------------------
    def remember_nonce(self, consumer_key: str, token: str, nonce: str) -> bool:
        """False when this nonce was already used with this key and token (a replay)."""
        with self.lock:
            now = time.time()
            for key, seen in list(self.nonces.items()):
                if now - seen > NONCE_MEMORY:
                    del self.nonces[key]
            ident = (consumer_key, token, nonce)
            if ident in self.nonces:
                return False
            self.nonces[ident] = now
            return True

    def new_request_token(self, app: DemoApp, callback: str, access_type: str) -> RequestToken:
        with self.lock:
            rt = RequestToken(rand(32), rand(32), app, callback, access_type, self.now())
            self.request_tokens[rt.token] = rt
            return rt

    def live_request_token(self, token: str) -> RequestToken | None:
        """The request token if it can still be authorized (unused, undecided, fresh)."""
        with self.lock:
            rt = self.request_tokens.get(token)
            if rt is None or rt.used or rt.decided:
                return None
            if self.now() - rt.created > REQUEST_TOKEN_LIFETIME:
                return None
            return rt

    def new_oauth1_access(self, rt: RequestToken) -> OAuth1Access:
        with self.lock:
            acc = OAuth1Access(f"{self.user.id}-{rand(40)}", rand(45), rt.app, self.user,
                               rt.access_type)
            self.oauth1_access[acc.token] = acc
            return acc

    # App-only --------------------------------------------------------------
    def bearer_for(self, app: DemoApp) -> str:
        with self.lock:
            for token, owner in self.bearers.items():
                if owner is app:
                    return token
            token = new_bearer_token()
            self.bearers[token] = app
            return token

    # OAuth 2.0 -------------------------------------------------------------
    def new_code(self, request: OAuth2AuthRequest) -> AuthCode:
        with self.lock:
            code = AuthCode(new_oauth2_token("ac"), request, self.user, self.now())
            self.codes[code.code] = code
            return code

    def kill_grant(self, grant: Grant) -> None:
        with self.lock:
            grant.alive = False
            if grant.refresh_token:
                self.refresh_tokens.pop(grant.refresh_token, None)
            for acc in self.access_tokens.values():
                if acc.grant is grant:
                    acc.revoked = True

    def new_grant(self, app: DemoApp, user: DemoUser, scopes: tuple[str, ...]) -> Grant:
        """A fresh grant; X keeps one live grant per (app, user), so the old one's refresh dies."""
        with self.lock:
            old = self.grants.get((app.name, user.id))
            if old is not None:
                old.alive = False
                if old.refresh_token:
                    self.refresh_tokens.pop(old.refresh_token, None)
            grant = Grant(app, user, scopes)
            self.grants[(app.name, user.id)] = grant
            return grant

    def issue_oauth2(self, grant: Grant) -> dict[str, object]:
        """Mint an access token (and a rotated refresh token with offline.access)."""
        with self.lock:
            access = OAuth2Access(new_oauth2_token("at"), grant,
                                  self.now() + ACCESS_TOKEN_LIFETIME)
            self.access_tokens[access.token] = access
            answer: dict[str, object] = {
                "token_type": "bearer",
                "expires_in": ACCESS_TOKEN_LIFETIME,
                "access_token": access.token,
                "scope": " ".join(grant.scopes),
            }
            if "offline.access" in grant.scopes:
                if grant.refresh_token:
                    self.refresh_tokens.pop(grant.refresh_token, None)
                grant.refresh_token = new_oauth2_token("rt")
                self.refresh_tokens[grant.refresh_token] = grant
                answer["refresh_token"] = grant.refresh_token
            return answer

    def live_access_token(self, token: str) -> OAuth2Access | None:
        with self.lock:
            acc = self.access_tokens.get(token)
            if acc is None or acc.revoked or self.now() >= acc.expires_at:
                return None
            return acc

    def expire_access_tokens(self) -> int:
        with self.lock:
            now = self.now()
            for acc in self.access_tokens.values():
                acc.expires_at = min(acc.expires_at, now - 1)
            return len(self.access_tokens)

    # consent ---------------------------------------------------------------
    def new_consent(
        self,
        kind: str,
        *,
        request_token: RequestToken | None = None,
        auth_request: OAuth2AuthRequest | None = None,
    ) -> PendingConsent:
        with self.lock:
            now = self.now()
            for cid, pending in list(self.consents.items()):
                if now - pending.created > CONSENT_LIFETIME:
                    del self.consents[cid]
            consent = PendingConsent(secrets.token_urlsafe(24), kind, now, request_token,
                                     auth_request)
            self.consents[consent.id] = consent
            return consent

    def take_consent(self, consent_id: str, kind: str) -> PendingConsent | None:
        with self.lock:
            consent = self.consents.get(consent_id)
            if consent is None or consent.kind != kind:
                return None
            del self.consents[consent_id]
            if self.now() - consent.created > CONSENT_LIFETIME:
                return None
            return consent

    # rate limits -----------------------------------------------------------
    def rate_hit(self, key: str, limit: int = USERS_ME_LIMIT) -> tuple[int, int, bool]:
        """Count one call for ``key``: (remaining, reset epoch, allowed)."""
        with self.lock:
            now = time.time()
            start, used = self.rate.get(key, (now, 0))
            if now - start >= RATE_WINDOW:
                start, used = now, 0
            allowed = used < limit
            if allowed:
                used += 1
            self.rate[key] = (start, used)
            return max(limit - used, 0), int(start + RATE_WINDOW), allowed
