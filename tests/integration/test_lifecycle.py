"""Lifecycle in-process against the sandbox: linked exports, thread single-flight, retries."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from dotenv import dotenv_values

from twauth_gui.core import lifecycle, oauth2
from twauth_gui.core.errors import ErrorKind, FlowError, NetworkError
from twauth_gui.core.models import AppKeys, Method
from twauth_gui.core.secretstore import MemoryStore
from twauth_gui.core.vault import Credential, LinkedExport, Vault

TOKEN = "/2/oauth2/token"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return Vault(tmp_path / "vault", MemoryStore())


def _login(sandbox, vault: Vault, name: str = "bot") -> None:  # type: ignore[no-untyped-def]
    app = sandbox.app("confidential")
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret)
    flow = oauth2.start(keys, app.callbacks[0], ["tweet.read", "users.read", "offline.access"],
                        endpoints=sandbox.endpoints)
    redirect = sandbox.browser(flow.authorize_url, approve=True)
    code = dict(p.split("=", 1) for p in redirect.split("?", 1)[1].split("&"))["code"]
    tokens = oauth2.finish(flow, code)
    cred = Credential(name=name, app="demo", method=Method.OAUTH2, scopes=tokens.scopes,
                      expires_at=tokens.expires_at, api_base=sandbox.url, sandbox=True)
    vault.save(cred, {"client_id": app.client_id, "client_secret": app.client_secret,
                      "access_token": tokens.access_token,
                      "refresh_token": tokens.refresh_token or ""})


def _expire(sandbox, vault: Vault, name: str = "bot") -> None:  # type: ignore[no-untyped-def]
    sandbox.expire_access_tokens()
    vault.update(name, expires_at=time.time() - 5)


def test_linked_env_is_rewritten_after_rotation(sandbox, vault: Vault, tmp_path: Path) -> None:
    _login(sandbox, vault)
    target = tmp_path / "bot" / ".env"
    target.parent.mkdir()
    target.write_text("# keep me\nOTHER=1\nX_OAUTH2_ACCESS_TOKEN=stale\n")
    vault.update("bot", linked_exports=(LinkedExport(path=str(target), format="env", preset="x"),))
    result = lifecycle.refresh(vault, "bot")
    assert result.refreshed
    values = dotenv_values(target, interpolate=False)
    secrets = vault.secrets("bot")
    assert values["X_OAUTH2_ACCESS_TOKEN"] == secrets["access_token"] == result.access_token
    assert values["X_OAUTH2_REFRESH_TOKEN"] == secrets["refresh_token"]
    assert values["OTHER"] == "1"
    assert target.read_text().startswith("# keep me\nOTHER=1\n")
    assert (target.stat().st_mode & 0o777) == 0o600


def test_threads_refresh_once(sandbox, vault: Vault) -> None:
    _login(sandbox, vault)
    _expire(sandbox, vault)
    before = sandbox.request_count(TOKEN)
    results: list[str] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            results.append(lifecycle.access_token(vault, "bot"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert len(set(results)) == 1 and len(results) == 8
    assert sandbox.request_count(TOKEN) == before + 1


def test_transient_network_failure_keeps_pair_then_retries(sandbox, vault: Vault) -> None:
    _login(sandbox, vault)
    old = vault.secrets("bot")
    sandbox.set_fault(TOKEN, drop=True, times=10)
    sleeps: list[float] = []
    with pytest.raises(NetworkError):
        lifecycle.refresh(vault, "bot", retries=2, sleep=sleeps.append)
    assert sleeps == [1.0, 2.0]  # backoff
    assert vault.secrets("bot") == old
    assert vault.get("bot").status == lifecycle.Status.REFRESH_FAILED
    sandbox.clear_faults()
    sandbox.set_fault(TOKEN, status=503, times=1)
    result = lifecycle.refresh(vault, "bot", sleep=sleeps.append)
    assert result.refreshed and vault.get("bot").status == lifecycle.Status.VALID
    assert vault.secrets("bot")["refresh_token"] != old["refresh_token"]


def test_stale_refresh_token_marks_reauthorize_and_keeps_others(sandbox, vault: Vault) -> None:
    _login(sandbox, vault, "bot")
    vault.save(Credential(name="other", method=Method.BEARER, status="app"),
               {"bearer_token": "AAAAAAAAAAAAAAAAAAAAAother%3D"})
    lifecycle.after_token_response = lambda: (_ for _ in ()).throw(SystemExit(137))
    try:
        with pytest.raises(SystemExit):
            lifecycle.refresh(vault, "bot")
    finally:
        lifecycle.after_token_response = None
    with pytest.raises(FlowError) as info:
        lifecycle.refresh(vault, "bot")
    assert info.value.kind == ErrorKind.REAUTHORIZE
    assert "authorize again" in info.value.message
    assert vault.get("bot").status == lifecycle.Status.REAUTHORIZE
    assert lifecycle.status_of(vault.get("bot")) == "reauthorize"
    assert vault.secrets("other") == {"bearer_token": "AAAAAAAAAAAAAAAAAAAAAother%3D"}


def test_status_and_expiry_words() -> None:
    now = 1_000_000.0
    cred = Credential(name="x", method=Method.OAUTH2, expires_at=now + 72 * 60)
    assert lifecycle.describe_expiry(cred.expires_at, now) == "expires in 1 h 12 min"
    assert lifecycle.status_of(cred, now) == "valid"
    assert lifecycle.status_of(cred, now + 72 * 60 - 30) == "expiring"
    assert lifecycle.status_of(cred, now + 73 * 60) == "expired"
    assert lifecycle.describe_expiry(cred.expires_at, now + 75 * 60) == "expired 3 min ago"
    assert lifecycle.status_of(Credential(name="b", method=Method.APP), now) == "app"
