"""Keeping credentials alive: expiry, single-flight refresh with rotation safety, revoke, verify.

Refresh protocol (one credential):

1. Take the credential lock (threads of this process + a file lock shared by every process).
2. Re-read the credential from the vault: if another process refreshed it meanwhile, use that.
3. Ask X for a new pair (``oauth2.refresh``). Refresh tokens rotate: the old one is now dead.
4. Persist the new pair all-or-nothing (``vault.update``) before anything else, then rewrite
   linked exports. If the process dies between 3 and 4, the stored refresh token is stale; the
   next refresh gets X's "Value passed for the token was invalid" and the credential is marked
   ``reauthorize`` ("This sign-in has ended — authorize again"); nothing else changes.
5. Transient failures (network, 5xx, 429) keep the old pair and are retried with backoff.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from twauth_gui.core.endpoints import Endpoints
from twauth_gui.core.errors import (
    ErrorKind,
    FlowError,
    NetworkError,
    UserFacingError,
    XApiError,
)
from twauth_gui.core.locks import credential_lock
from twauth_gui.core.models import Method

if TYPE_CHECKING:
    import httpx

    from twauth_gui.core.vault import Credential, Vault

log = logging.getLogger(__name__)

REFRESH_MARGIN = 60.0  # refresh when the access token expires within this many seconds
EXPIRING_SOON = 600.0

# Test hook: called after X answered a refresh and before the new pair is saved.
# ``TWAUTH_FAULT_INJECT=crash-before-save`` makes a process die right there (os._exit).
after_token_response: Callable[[], None] | None = None


class Status:
    """Status words shared by the vault, the CLI and the GUI."""

    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    REFRESH_FAILED = "refresh_failed"
    REAUTHORIZE = "reauthorize"
    REVOKED = "revoked"
    APP = "app"


def endpoints_for(cred: Credential) -> Endpoints:
    """The X (or sandbox) endpoints a credential was obtained from."""
    api = getattr(cred, "api_base", "") or ""
    web = getattr(cred, "web_base", "") or ""
    env = Endpoints.from_env()
    return Endpoints(api=api or env.api, web=web or env.web)


def status_of(cred: Credential, now: float | None = None) -> str:
    """The live status of a credential (stored status + expiry)."""
    now = time.time() if now is None else now
    stored = cred.status or Status.VALID
    if stored in (Status.REVOKED, Status.REAUTHORIZE):
        return stored
    if cred.method in (Method.APP, Method.BEARER):
        return Status.APP
    if cred.expires_at is None:
        return stored if stored == Status.REFRESH_FAILED else Status.VALID
    left = cred.expires_at - now
    if left <= 0:
        return Status.EXPIRED
    if stored == Status.REFRESH_FAILED:
        return stored
    if left <= EXPIRING_SOON:
        return Status.EXPIRING
    return Status.VALID


def describe_expiry(expires_at: float | None, now: float | None = None) -> str:
    """'expires in 1 h 12 min', 'expired 3 min ago', or '' when it does not expire."""
    if expires_at is None:
        return ""
    now = time.time() if now is None else now
    left = int(expires_at - now)
    if left <= 0:
        return f"expired {_span(-left)} ago"
    return f"expires in {_span(left)}"


def _span(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} s"
    minutes = seconds // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{hours // 24} days"


@dataclass(frozen=True)
class RefreshResult:
    """What a refresh produced: the current access token and whether X was asked."""

    access_token: str
    expires_at: float | None
    refreshed: bool


def reauthorize_error(name: str) -> FlowError:
    return FlowError(
        f"This sign-in has ended for {name!r} — authorize again.",
        "X no longer accepts its refresh token (it was used elsewhere, revoked, or a refresh was "
        "interrupted). In twauth-gui choose “Authorize again” (the app's keys and scopes are "
        f"reused); on the command line run `twauth login oauth2 --profile {name} --force …`.",
        kind=ErrorKind.REAUTHORIZE,
    )


def needs_refresh(
    cred: Credential, margin: float = REFRESH_MARGIN, now: float | None = None
) -> bool:
    """True for an OAuth 2.0 credential whose access token expires within ``margin`` seconds."""
    if cred.method != Method.OAUTH2 or cred.expires_at is None:
        return False
    now = time.time() if now is None else now
    return cred.expires_at - now <= margin


def refresh(
    vault: Vault,
    name: str,
    *,
    force: bool = True,
    margin: float = REFRESH_MARGIN,
    client: httpx.Client | None = None,
    retries: int = 3,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
) -> RefreshResult:
    """Refresh credential ``name`` once across all processes; return the current access token.

    With ``force=False`` X is only asked when the stored token expires within ``margin``
    seconds (this is what ``twauth token`` does). Raises ``FlowError(kind=REAUTHORIZE)`` when
    X no longer accepts the refresh token, and the last transient error when retries run out.
    """
    with credential_lock(vault.data_dir, name):
        cred = vault.get(name)
        if cred.method != Method.OAUTH2:
            raise UserFacingError(
                f"{name!r} is not an OAuth 2.0 credential; only those can be refreshed.",
                "OAuth 1.0a and bearer tokens do not expire; nothing to do.",
                kind=ErrorKind.INVALID_INPUT,
            )
        if cred.status == Status.REAUTHORIZE:
            raise reauthorize_error(name)
        if cred.status == Status.REVOKED:
            raise FlowError(
                f"{name!r} was revoked.",
                "Authorize again to get new tokens.",
                kind=ErrorKind.REAUTHORIZE,
            )
        secrets = vault.secrets(name)
        if not force and not needs_refresh(cred, margin):
            return RefreshResult(secrets.get("access_token", ""), cred.expires_at, False)
        refresh_token = secrets.get("refresh_token", "")
        if not refresh_token:
            raise UserFacingError(
                f"{name!r} has no refresh token, so it cannot be renewed.",
                "Authorize again and include “Stay signed in” (offline.access) in the scopes.",
                kind=ErrorKind.REAUTHORIZE,
            )
        from twauth_gui.core import oauth2
        from twauth_gui.core.models import AppKeys

        keys = AppKeys(
            client_id=secrets.get("client_id", ""),
            client_secret=secrets.get("client_secret", ""),
        )
        attempt = 0
        while True:
            try:
                tokens = oauth2.refresh(
                    keys, refresh_token, endpoints=endpoints_for(cred), client=client
                )
                break
            except XApiError as exc:
                if exc.kind == ErrorKind.INVALID_REFRESH_TOKEN:
                    vault.update(name, status=Status.REAUTHORIZE)
                    raise reauthorize_error(name) from None
                if not exc.transient or attempt >= retries:
                    _mark_failed(vault, name)
                    raise
                delay = _retry_delay(exc, attempt, backoff)
                if delay is None:
                    _mark_failed(vault, name)
                    raise
            except NetworkError:
                if attempt >= retries:
                    _mark_failed(vault, name)
                    raise
                delay = backoff * (1 << attempt)
            attempt += 1
            log.info("refresh of a credential failed transiently; retrying in %.1f s", delay)
            sleep(delay)

        if after_token_response is not None:
            after_token_response()
        if os.environ.get("TWAUTH_FAULT_INJECT") == "crash-before-save":
            os._exit(137)

        new_secrets = {"access_token": tokens.access_token}
        new_secrets["refresh_token"] = tokens.refresh_token or ""
        changes: dict[str, Any] = {
            "expires_at": tokens.expires_at,
            "last_refresh": time.time(),
            "status": Status.VALID,
        }
        if tokens.scopes:
            changes["scopes"] = tuple(tokens.scopes)
        vault.update(name, secrets=new_secrets, **changes)
        rewrite_linked_exports(vault, name)
        return RefreshResult(tokens.access_token, tokens.expires_at, True)


def _retry_delay(exc: XApiError, attempt: int, backoff: float) -> float | None:
    if exc.kind == ErrorKind.RATE_LIMITED and exc.reset_at is not None:
        wait = float(exc.reset_at) - time.time()
        return max(0.0, wait) if wait <= 60 else None
    return backoff * (1 << attempt)


def _mark_failed(vault: Vault, name: str) -> None:
    try:
        vault.update(name, status=Status.REFRESH_FAILED)
    except UserFacingError:  # the old pair is intact; the status is only a hint
        log.warning("could not record the failed refresh")


def rewrite_linked_exports(vault: Vault, name: str) -> list[str]:
    """Rewrite every export marked "keep updated" for ``name``; return the problems met."""
    cred = vault.get(name)
    links = getattr(cred, "linked_exports", ()) or ()
    if not links:
        return []
    from twauth_gui.core import export

    secrets = vault.secrets(name)
    problems: list[str] = []
    for link in links:
        try:
            export.rewrite_linked(link, secrets, cred.expires_at, method=cred.method.value)
        except UserFacingError as exc:
            problems.append(f"{link.path}: {exc.message}")
            log.warning("a linked export could not be rewritten: %s", exc.message)
    return problems


def access_token(vault: Vault, name: str, *, margin: float = REFRESH_MARGIN) -> str:
    """The token to hand out for ``name`` (``twauth token``): refreshed first if about to expire."""
    cred = vault.get(name)
    if cred.method == Method.OAUTH2:
        if needs_refresh(cred, margin):
            return refresh(vault, name, force=False, margin=margin).access_token
        if cred.status == Status.REAUTHORIZE:
            raise reauthorize_error(name)
        return vault.secrets(name).get("access_token", "")
    secrets = vault.secrets(name)
    if cred.method == Method.OAUTH1:
        return secrets.get("access_token", "")
    if cred.method in (Method.APP, Method.BEARER):
        return secrets.get("bearer_token", "")
    raise UserFacingError(
        f"{name!r} holds a username and password, not a token.",
        f"Use `twauth show {name} --reveal` or `twauth export {name}` instead.",
        kind=ErrorKind.INVALID_INPUT,
    )


@dataclass(frozen=True)
class RevokeResult:
    """Outcome of a revoke: ``at_x`` is False when only the local copy was removed."""

    name: str
    at_x: bool
    message: str


def revoke(
    vault: Vault,
    name: str,
    *,
    local_only_if_offline: bool = False,
    client: httpx.Client | None = None,
) -> RevokeResult:
    """Revoke ``name`` at X (method-specific), then remove it locally.

    When X cannot be reached, raises the NetworkError unless ``local_only_if_offline`` is set,
    in which case the credential is removed locally and the result says it was NOT revoked at X.
    """
    with credential_lock(vault.data_dir, name):
        cred = vault.get(name)
        secrets = vault.secrets(name)
        try:
            _revoke_at_x(cred, secrets, client)
        except NetworkError as exc:
            if not local_only_if_offline:
                raise NetworkError(
                    exc.message,
                    "X could not be reached, so nothing was revoked. Try again later, or remove "
                    "it from this computer only (it stays valid at X).",
                    kind=exc.kind,
                ) from None
            vault.remove(name)
            return RevokeResult(name, False, "Removed from this computer only — NOT revoked at X.")
        except XApiError as exc:
            if exc.kind not in (
                ErrorKind.INVALID_TOKEN,
                ErrorKind.INVALID_REFRESH_TOKEN,
                ErrorKind.UNAUTHORIZED,
            ):
                raise
            # X no longer knows the token: it is as good as revoked.
        vault.remove(name)
        return RevokeResult(name, True, "Revoked at X and removed from this computer.")


def _revoke_at_x(cred: Credential, secrets: dict[str, str], client: httpx.Client | None) -> None:
    from twauth_gui.core.models import AppKeys

    endpoints = endpoints_for(cred)
    if cred.method == Method.OAUTH2:
        from twauth_gui.core import oauth2

        keys = AppKeys(
            client_id=secrets.get("client_id", ""), client_secret=secrets.get("client_secret", "")
        )
        if secrets.get("refresh_token"):
            oauth2.revoke(
                keys, secrets["refresh_token"], "refresh_token", endpoints=endpoints, client=client
            )
        if secrets.get("access_token"):
            oauth2.revoke(
                keys, secrets["access_token"], "access_token", endpoints=endpoints, client=client
            )
    elif cred.method == Method.OAUTH1:
        from twauth_gui.core import oauth1
        from twauth_gui.core.models import OAuth1Tokens

        keys = AppKeys(api_key=secrets.get("api_key", ""), api_secret=secrets.get("api_secret", ""))
        tokens = OAuth1Tokens(
            secrets.get("access_token", ""), secrets.get("access_token_secret", "")
        )
        oauth1.invalidate(keys, tokens, endpoints=endpoints, client=client)
    elif cred.method == Method.APP:
        from twauth_gui.core import app_only
        from twauth_gui.core.models import BearerToken

        keys = AppKeys(api_key=secrets.get("api_key", ""), api_secret=secrets.get("api_secret", ""))
        app_only.invalidate(
            keys, BearerToken(secrets.get("bearer_token", "")), endpoints=endpoints, client=client
        )
    # A pasted bearer (no app keys) and Basic credentials cannot be revoked at X: local removal.
