"""Blocking vault operations the vault window runs in ``run_task`` workers (no Qt here).

Each function takes the opened :class:`~twauth_gui.core.vault.Vault` and a credential name,
does the keyring/network work, and returns plain data for the GUI thread. Heavy modules
(httpx, oauthlib, keyring) are imported here lazily, never at window start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from twauth_gui.core.vault import Credential, Vault

log = logging.getLogger(__name__)

MAX_AVATAR_BYTES = 512 * 1024

#: Secret fields in display order; the second item says whether the value is masked.
SECRET_FIELDS: tuple[tuple[str, bool], ...] = (
    ("api_key", True),
    ("api_secret", True),
    ("client_id", False),
    ("client_secret", True),
    ("access_token", True),
    ("access_token_secret", True),
    ("refresh_token", True),
    ("bearer_token", True),
    ("username", False),
    ("password", True),
)


@dataclass(frozen=True)
class Snapshot:
    """What the window shows: the credentials (metadata only) and the secret store in use."""

    credentials: tuple[Any, ...]
    backend: Any


@dataclass(frozen=True)
class SignOutResult:
    """Per-credential outcome of "Sign out everywhere for this app"."""

    revoked: tuple[str, ...] = ()
    local_only: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = field(default=())
    offline: tuple[str, ...] = ()  # not revoked because X could not be reached


def load(vault: Vault) -> Snapshot:
    """All credentials (sorted by app, then name) and the backend description."""
    creds = sorted(vault.list(), key=lambda c: ((c.app or "").lower(), c.name.lower()))
    return Snapshot(tuple(creds), vault.backend)


def group_by_app(credentials: Iterable[Credential]) -> dict[str, list[Credential]]:
    """Credentials grouped under their app label (insertion order kept)."""
    groups: dict[str, list[Credential]] = {}
    for cred in credentials:
        groups.setdefault(cred.app or "", []).append(cred)
    return groups


def get(vault: Vault, name: str) -> Credential | None:
    """The credential's metadata, or None when it is gone."""
    from twauth_gui.core.errors import ProfileNotFound

    try:
        return vault.get(name)
    except ProfileNotFound:
        return None


def secrets(vault: Vault, name: str) -> dict[str, str]:
    """The credential's secret values (keyring access)."""
    return dict(vault.secrets(name))


def refresh(vault: Vault, name: str, **options: Any) -> Credential:
    """Refresh an OAuth 2.0 credential now (single flight, rotation-safe) and return it.

    ``options`` go to :func:`core.lifecycle.refresh` (``retries``, ``backoff``).
    """
    from twauth_gui.core import lifecycle

    lifecycle.refresh(vault, name, force=True, **options)
    return vault.get(name)


def refresh_if_needed(vault: Vault, name: str, *, margin: float | None = None,
                      **options: Any) -> Credential:
    """Refresh only if it expires within ``margin`` seconds (automatic refresh)."""
    from twauth_gui.core import lifecycle

    lifecycle.refresh(
        vault, name, force=False,
        margin=lifecycle.REFRESH_MARGIN if margin is None else margin, **options,
    )
    return vault.get(name)


def verify(vault: Vault, name: str) -> Credential:
    """Ask X who the credential belongs to; update handle/avatar/status and return it.

    A token X no longer accepts is marked ``revoked`` and the error re-raised.
    """
    from twauth_gui.core import identity, lifecycle
    from twauth_gui.core.errors import ErrorKind, UserFacingError, XApiError
    from twauth_gui.core.models import AppKeys, BearerToken, Method, OAuth1Tokens, OAuth2Tokens

    cred = vault.get(name)
    endpoints = lifecycle.endpoints_for(cred)
    try:
        if cred.method == Method.OAUTH2:
            token = lifecycle.access_token(vault, name)
            who = identity.whoami_oauth2(OAuth2Tokens(token), endpoints=endpoints)
        elif cred.method == Method.OAUTH1:
            sec = vault.secrets(name)
            keys = AppKeys(api_key=sec.get("api_key", ""), api_secret=sec.get("api_secret", ""))
            tokens = OAuth1Tokens(sec.get("access_token", ""), sec.get("access_token_secret", ""))
            who = identity.whoami_oauth1(keys, tokens, endpoints=endpoints)
        elif cred.method in (Method.APP, Method.BEARER):
            sec = vault.secrets(name)
            who = identity.whoami_bearer(
                BearerToken(sec.get("bearer_token", "")), endpoints=endpoints
            )
        else:
            raise UserFacingError(
                "Enterprise username/password credentials cannot be checked from here.",
                "Use them with your enterprise endpoint to confirm they work.",
                kind=ErrorKind.INVALID_INPUT,
            )
    except XApiError as exc:
        if exc.kind in (ErrorKind.INVALID_TOKEN, ErrorKind.UNAUTHORIZED) and exc.status == 401:
            vault.update(name, status="revoked")
        raise
    changes: dict[str, Any] = {}
    if who.app_context:
        changes["status"] = "app"
    else:
        changes.update(
            user_id=who.user_id or cred.user_id,
            username=who.username or cred.username,
            display_name=who.name or cred.display_name,
            profile_image_url=who.profile_image_url or cred.profile_image_url,
        )
        if cred.status in ("revoked", "refresh_failed", "reauthorize", "", None):
            changes["status"] = "valid"
    vault.update(name, **changes)
    return vault.get(name)


def revoke(vault: Vault, name: str, *, local_only_if_offline: bool = False) -> Any:
    """Revoke at X and remove locally (``lifecycle.revoke``); returns its RevokeResult."""
    from twauth_gui.core import lifecycle

    return lifecycle.revoke(vault, name, local_only_if_offline=local_only_if_offline)


def delete(vault: Vault, name: str) -> None:
    """Remove from this computer only (not revoked at X)."""
    vault.remove(name)


def sign_out_app(
    vault: Vault,
    app: str,
    *,
    names: Iterable[str] | None = None,
    local_only_if_offline: bool = False,
) -> SignOutResult:
    """Revoke every credential saved under ``app`` (or only ``names`` of it); keeps going
    after a failure. Those X could not be reached for are listed in ``offline``."""
    from twauth_gui.core.errors import NetworkError, UserFacingError

    wanted = None if names is None else set(names)
    revoked: list[str] = []
    local: list[str] = []
    failed: list[tuple[str, str]] = []
    offline: list[str] = []
    for cred in [c for c in vault.list() if (c.app or "") == app]:
        if wanted is not None and cred.name not in wanted:
            continue
        try:
            result = revoke(vault, cred.name, local_only_if_offline=local_only_if_offline)
        except NetworkError as exc:
            failed.append((cred.name, exc.message))
            offline.append(cred.name)
            continue
        except UserFacingError as exc:
            failed.append((cred.name, exc.message))
            continue
        (revoked if getattr(result, "at_x", True) else local).append(cred.name)
    return SignOutResult(tuple(revoked), tuple(local), tuple(failed), tuple(offline))


def remove_linked_export(vault: Vault, name: str, path: str) -> Credential:
    """Stop keeping the export at ``path`` updated (the file itself is left alone)."""
    cred = vault.get(name)
    links = tuple(link for link in (cred.linked_exports or ()) if link.path != path)
    vault.update(name, linked_exports=links)
    return vault.get(name)


def add_linked_export(vault: Vault, name: str, link: Any) -> Credential:
    """Remember ``link`` (a LinkedExport) so refreshes rewrite that file; replaces same path."""
    cred = vault.get(name)
    links = (*(x for x in cred.linked_exports or () if x.path != link.path), link)
    vault.update(name, linked_exports=links)
    return vault.get(name)


def fetch_avatar(url: str) -> bytes | None:
    """Download a profile picture (small, http(s) only); None when it cannot be fetched."""
    if not url.startswith(("https://", "http://")):
        return None
    from twauth_gui.core.http import make_client

    try:
        with make_client(timeout=8.0) as client:
            response = client.get(url)
            if response.status_code != 200 or len(response.content) > MAX_AVATAR_BYTES:
                return None
            return bytes(response.content)
    except Exception:  # an avatar is decoration: never an error for the user
        log.debug("avatar download failed", exc_info=True)
        return None
