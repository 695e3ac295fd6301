"""X base URLs: production defaults, overridable by environment or in code (sandbox, tests)."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_API_URL = "https://api.x.com"
DEFAULT_WEB_URL = "https://x.com"


@dataclass(frozen=True)
class Endpoints:
    """Where X lives: ``api`` (API and token endpoints) and ``web`` (OAuth 2.0 consent page)."""

    api: str = DEFAULT_API_URL
    web: str = DEFAULT_WEB_URL

    def __post_init__(self) -> None:
        object.__setattr__(self, "api", self.api.rstrip("/"))
        object.__setattr__(self, "web", self.web.rstrip("/"))

    @classmethod
    def from_env(cls) -> Endpoints:
        """Defaults overridden by ``TWAUTH_API_URL`` and ``TWAUTH_WEB_URL`` when set."""
        return cls(
            api=os.environ.get("TWAUTH_API_URL") or DEFAULT_API_URL,
            web=os.environ.get("TWAUTH_WEB_URL") or DEFAULT_WEB_URL,
        )

    @property
    def is_production(self) -> bool:
        """True when both bases point at X itself."""
        return self.api == DEFAULT_API_URL and self.web == DEFAULT_WEB_URL

    # OAuth 1.0a
    @property
    def request_token(self) -> str:
        return f"{self.api}/oauth/request_token"

    def oauth1_authorize(self, link_mode: str = "authorize") -> str:
        return f"{self.api}/oauth/{link_mode}"

    @property
    def access_token(self) -> str:
        return f"{self.api}/oauth/access_token"

    @property
    def oauth1_invalidate(self) -> str:
        return f"{self.api}/1.1/oauth/invalidate_token"

    # App-only
    @property
    def bearer_token(self) -> str:
        return f"{self.api}/oauth2/token"

    @property
    def bearer_invalidate(self) -> str:
        return f"{self.api}/oauth2/invalidate_token"

    # OAuth 2.0
    @property
    def oauth2_authorize(self) -> str:
        return f"{self.web}/i/oauth2/authorize"

    @property
    def oauth2_token(self) -> str:
        return f"{self.api}/2/oauth2/token"

    @property
    def oauth2_revoke(self) -> str:
        return f"{self.api}/2/oauth2/revoke"

    # Identity
    @property
    def users_me(self) -> str:
        return f"{self.api}/2/users/me"

    @property
    def verify_credentials(self) -> str:
        return f"{self.api}/1.1/account/verify_credentials.json"
