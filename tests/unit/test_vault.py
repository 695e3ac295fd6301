"""Vault: metadata index + generations, all-or-nothing saves and updates (memory store)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.support.stores import FailingStore
from twauth_gui.core import vault as vault_mod
from twauth_gui.core.errors import (
    ErrorKind,
    InputError,
    ProfileNotFound,
    UserFacingError,
    VaultError,
)
from twauth_gui.core.models import Method
from twauth_gui.core.secretstore import SANDBOX_SERVICE, SERVICE, MemoryStore, SecretStore
from twauth_gui.core.vault import Credential, LinkedExport, Vault

OAUTH2_SECRETS = {
    "client_id": "cid-FAKE-0001",
    "client_secret": "csec-FAKE-0001-xyz",
    "access_token": "acc-FAKE-0001-aaaaaaaa",
    "refresh_token": "ref-FAKE-0001-rrrrrrrr",
}


def cred(name: str = "bot", **kw: object) -> Credential:
    base: dict[str, object] = {
        "app": "Demo app",
        "method": Method.OAUTH2,
        "user_id": "1234567890",
        "username": "twauth_demo",
        "scopes": ("tweet.read", "users.read", "offline.access"),
        "redirect_uri": "http://127.0.0.1:8765/callback",
        "expires_at": 1_900_000_000.0,
    }
    base.update(kw)
    return Credential(name, **base)  # type: ignore[arg-type]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "vaultdata"


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def vault(data: Path, store: MemoryStore) -> Vault:
    return Vault(data, store, persist_index=True)


def all_keys(store: MemoryStore) -> set[tuple[str, str]]:
    return set(store.keys())


def used_keys(v: Vault) -> set[tuple[str, str]]:
    return {sk for c in v.list() for sk in v.item_keys(c.name).values()}


# --------------------------------------------------------------------------- basics


def test_save_list_get_secrets_round_trip(vault: Vault, store: MemoryStore) -> None:
    c = cred(linked_exports=(LinkedExport("/tmp/x.env", "env", "x", (("X_API_KEY", "K"),)),))
    vault.save(c, OAUTH2_SECRETS)
    assert vault.list() == [c]
    assert vault.get("bot") == c
    assert vault.secrets("bot") == OAUTH2_SECRETS
    assert vault.secrets("bot", ["access_token"]) == {
        "access_token": OAUTH2_SECRETS["access_token"]
    }
    assert vault.exists("bot") and not vault.exists("other")
    # one keyring item per secret, named <name>/<field>/<generation>, service twauth-gui
    keys = all_keys(store)
    assert len(keys) == 4
    assert {k[0] for k in keys} == {SERVICE}
    assert {k[1].split("/")[1] for k in keys} == set(OAUTH2_SECRETS)
    assert all(k[1].startswith("bot/") and len(k[1].split("/")) == 3 for k in keys)
    assert keys == used_keys(vault)


def test_metadata_survives_a_new_vault_object(vault: Vault, data: Path, store: MemoryStore) -> None:
    vault.save(cred(scopes=["a", "b"]), OAUTH2_SECRETS)  # list coerced to tuple
    again = Vault(data, store, persist_index=True)
    got = again.get("bot")
    assert got.scopes == ("a", "b")
    assert got.method is Method.OAUTH2
    assert again.secrets("bot") == OAUTH2_SECRETS


def test_index_file_is_private_and_has_no_secrets(vault: Vault, data: Path) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    index = data / "vault.json"
    assert stat.S_IMODE(index.stat().st_mode) == 0o600
    text = index.read_text()
    for value in OAUTH2_SECRETS.values():
        assert value not in text
    doc = json.loads(text)
    assert doc["version"] == 1 and "bot" in doc["credentials"]


def test_credential_repr_has_no_secret(vault: Vault) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    shown = repr(vault.get("bot")) + repr(vault.list()) + repr(vault) + str(vault.backend)
    for value in OAUTH2_SECRETS.values():
        assert value not in shown


def test_sandbox_credentials_use_their_own_service(vault: Vault, store: MemoryStore) -> None:
    vault.save(cred("demo", sandbox=True), {"access_token": "sandbox-FAKE-token"})
    assert {k[0] for k in all_keys(store)} == {SANDBOX_SERVICE}
    assert vault.get("demo").sandbox is True
    assert vault.secrets("demo") == {"access_token": "sandbox-FAKE-token"}


def test_missing_profile(vault: Vault) -> None:
    for call in (
        lambda: vault.get("nope"),
        lambda: vault.secrets("nope"),
        lambda: vault.remove("nope"),
        lambda: vault.update("nope", status="revoked"),
    ):
        with pytest.raises(ProfileNotFound) as info:
            call()
        assert info.value.kind is ErrorKind.PROFILE_NOT_FOUND
        assert "nope" in info.value.message and info.value.hint


def test_save_refuses_existing_name_unless_replace(vault: Vault, store: MemoryStore) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    before = all_keys(store)
    with pytest.raises(VaultError) as info:
        vault.save(cred(username="other"), {"access_token": "x-FAKE-other"})
    assert info.value.kind is ErrorKind.PROFILE_EXISTS
    assert all_keys(store) == before
    assert vault.secrets("bot") == OAUTH2_SECRETS
    vault.save(
        cred(username="other", method=Method.BEARER), {"bearer_token": "b-FAKE"}, replace=True
    )
    assert vault.secrets("bot") == {"bearer_token": "b-FAKE"}
    assert vault.get("bot").username == "other"
    assert all_keys(store) == used_keys(vault)  # the old items were deleted
    assert vault.trash() == []


def test_remove_deletes_items(vault: Vault, store: MemoryStore) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    vault.save(cred("other"), {"bearer_token": "b-FAKE-2"})
    vault.remove("bot")
    assert [c.name for c in vault.list()] == ["other"]
    assert all_keys(store) == used_keys(vault)
    assert vault.trash() == []


@pytest.mark.parametrize("name", ["", " lead", "a/b", "x" * 81, "tab\there", "new\nline"])
def test_bad_names_refused(name: str) -> None:
    with pytest.raises(InputError):
        Credential(name)


def test_good_names() -> None:
    for name in ("bot", "My bot 2", "me@example.com", "a.b-c_d+e", "Ünïcode"):
        assert Credential(name).name == name


def test_bad_field_names_and_non_text_refused(vault: Vault, store: MemoryStore) -> None:
    with pytest.raises(InputError):
        vault.save(cred(), {"Access Token": "x"})
    with pytest.raises(InputError):
        vault.save(cred(), {"access_token": 5})  # type: ignore[dict-item]
    assert all_keys(store) == set() and vault.list() == []


def test_value_size_limit_refused_before_any_write(
    vault: Vault, data: Path, store: MemoryStore
) -> None:
    too_big = "A" * 1281  # 2562 bytes in UTF-16, as Windows stores it
    with pytest.raises(InputError) as info:
        vault.save(cred(), {"access_token": "ok-FAKE", "refresh_token": too_big})
    assert "2560" in info.value.message and "refresh token" in info.value.message
    assert too_big not in str(info.value)
    assert all_keys(store) == set()
    assert not (data / "vault.json").exists()
    vault.save(cred(), {"access_token": "A" * 1280})  # exactly at the limit is fine
    assert vault.secrets("bot")["access_token"] == "A" * 1280


def test_empty_values_are_not_stored(vault: Vault) -> None:
    vault.save(cred(), {"access_token": "acc-FAKE", "refresh_token": ""})
    assert vault.secrets("bot") == {"access_token": "acc-FAKE"}


# --------------------------------------------------------------------------- update (rotation)


def test_update_rotates_pair_and_keeps_other_fields(vault: Vault, store: MemoryStore) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    new = vault.update(
        "bot",
        secrets={"access_token": "acc-FAKE-0002", "refresh_token": "ref-FAKE-0002"},
        expires_at=2_000_000_000.0,
        last_refresh=1_999_992_800.0,
        status="valid",
    )
    assert new.expires_at == 2_000_000_000.0 and new.last_refresh == 1_999_992_800.0
    assert vault.get("bot") == new
    assert vault.secrets("bot") == {
        **OAUTH2_SECRETS,
        "access_token": "acc-FAKE-0002",
        "refresh_token": "ref-FAKE-0002",
    }
    assert all_keys(store) == used_keys(vault)  # old generation deleted
    gens = {k[1].split("/")[2] for k in used_keys(vault)}
    assert len(gens) == 2  # client id/secret kept their generation, the pair got a new one


def test_update_metadata_only_and_removal_of_a_field(vault: Vault, store: MemoryStore) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    before = all_keys(store)
    vault.update("bot", status="reauthorize")
    assert vault.get("bot").status == "reauthorize"
    assert all_keys(store) == before
    vault.update("bot", secrets={"refresh_token": None})
    assert "refresh_token" not in vault.secrets("bot")
    assert all_keys(store) == used_keys(vault)


def test_update_refuses_name_sandbox_and_unknown_fields(vault: Vault) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    for bad in ({"name": "x"}, {"sandbox": True}, {"colour": "red"}):
        with pytest.raises(InputError):
            vault.update("bot", **bad)
    assert vault.get("bot") == cred(created_at=vault.get("bot").created_at)


# --------------------------------------------------------------------------- all-or-nothing


def _state(v: Vault) -> tuple[list[Credential], dict[str, dict[str, str]]]:
    return v.list(), {c.name: v.secrets(c.name) for c in v.list()}


NEW_SECRETS = {
    "client_id": "cid-FAKE-NEW",
    "client_secret": "csec-FAKE-NEW",
    "access_token": "acc-FAKE-NEW",
    "refresh_token": "ref-FAKE-NEW",
    "api_key": "key-FAKE-NEW",
}


@pytest.mark.parametrize("fail_at", range(1, len(NEW_SECRETS) + 1))
@pytest.mark.parametrize("scenario", ["new", "replace", "update"])
def test_nth_write_failure_leaves_previous_state(data: Path, fail_at: int, scenario: str) -> None:
    inner = MemoryStore()
    setup = Vault(data, inner, persist_index=True)
    setup.save(cred(), OAUTH2_SECRETS)
    setup.save(cred("other", method=Method.BEARER), {"bearer_token": "b-FAKE-other"})
    before = _state(setup)
    keys_before = all_keys(inner)

    failing = Vault(data, FailingStore(inner, fail_at), persist_index=True)
    with pytest.raises(VaultError, match="injected"):
        if scenario == "new":
            failing.save(cred("third"), NEW_SECRETS)
        elif scenario == "replace":
            failing.save(cred(username="changed"), NEW_SECRETS, replace=True)
        else:
            failing.update("bot", secrets=NEW_SECRETS, status="refresh_failed", expires_at=1.0)

    assert _state(setup) == before
    assert all_keys(inner) == keys_before  # partial new items cleaned up
    assert setup.trash() == []


@pytest.mark.parametrize("fail_at", [1, 3])
def test_failed_cleanup_is_recorded_and_purged_later(data: Path, fail_at: int) -> None:
    inner = MemoryStore()
    Vault(data, inner, persist_index=True).save(cred(), OAUTH2_SECRETS)
    keys_before = all_keys(inner)
    broken = Vault(data, FailingStore(inner, fail_at, deletes_fail=True), persist_index=True)
    with pytest.raises(VaultError, match="injected"):
        broken.update("bot", secrets=NEW_SECRETS)
    healthy = Vault(data, inner, persist_index=True)
    assert healthy.secrets("bot") == OAUTH2_SECRETS
    leftovers = all_keys(inner) - keys_before
    assert len(leftovers) == fail_at - 1
    assert set(healthy.trash()) >= leftovers
    assert healthy.cleanup() >= len(leftovers)
    assert all_keys(inner) == keys_before
    assert healthy.trash() == []


def test_index_write_failure_after_items_leaves_previous_state(
    vault: Vault, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    before = _state(vault)
    keys_before = all_keys(store)
    import twauth_gui.core.fileio as fileio

    real = fileio.atomic_write
    calls = {"n": 0}

    def flaky(path: object, data: object, mode: int = 0o600) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # 1: pending record, 2: the switch
            raise UserFacingError("disk full (injected)", "", kind=ErrorKind.INVALID_INPUT)
        real(path, data, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(fileio, "atomic_write", flaky)
    with pytest.raises(UserFacingError, match="injected"):
        vault.update("bot", secrets={"access_token": "acc-FAKE-X", "refresh_token": "ref-FAKE-X"})
    monkeypatch.setattr(fileio, "atomic_write", real)
    assert _state(vault) == before
    assert all_keys(store) == keys_before
    assert vault.trash() == []


def test_crashed_save_leaves_pending_items_that_are_purged_when_stale(
    vault: Vault, store: MemoryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    keys_before = all_keys(store)
    # what a process killed between writing items and switching the index leaves behind
    vault._begin(SERVICE, ["bot/access_token/deadbeef"])
    store.set(SERVICE, "bot/access_token/deadbeef", "acc-FAKE-orphan")
    # a live writer's pending item is never purged by someone else...
    assert vault.cleanup() == 0
    assert ("twauth-gui", "bot/access_token/deadbeef") in all_keys(store)
    # ...but once stale it is
    monkeypatch.setattr(vault_mod, "_PENDING_STALE_AFTER", -1.0)
    assert vault.cleanup() == 1
    assert all_keys(store) == keys_before
    assert vault.secrets("bot") == OAUTH2_SECRETS


def test_readers_never_see_a_mixed_pair_during_rotation(vault: Vault) -> None:
    vault.save(cred(), {"client_id": "cid-FAKE", "access_token": "A0", "refresh_token": "R0"})
    stop = threading.Event()
    bad: list[dict[str, str]] = []
    errors: list[BaseException] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                got = vault.secrets("bot")
            except BaseException as exc:
                errors.append(exc)
                return
            if got["access_token"][1:] != got["refresh_token"][1:]:
                bad.append(got)

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(1, 60):
            vault.update("bot", secrets={"access_token": f"A{i}", "refresh_token": f"R{i}"})
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors and not bad
    assert vault.secrets("bot")["access_token"] == "A59"


def test_lost_keyring_item_is_reported(vault: Vault, store: MemoryStore) -> None:
    vault.save(cred(), OAUTH2_SECRETS)
    service, key = vault.item_keys("bot")["refresh_token"]
    store.delete(service, key)
    with pytest.raises(VaultError) as info:
        vault.secrets("bot")
    assert info.value.kind is ErrorKind.VAULT_CORRUPT
    assert "refresh token" in info.value.message and "bot" in info.value.message


def test_damaged_index_is_reported_not_overwritten(vault: Vault, data: Path) -> None:
    data.mkdir(parents=True)
    (data / "vault.json").write_text("{not json")
    for call in (vault.list, lambda: vault.save(cred(), {"access_token": "a-FAKE"})):
        with pytest.raises(VaultError) as info:
            call()
        assert info.value.kind is ErrorKind.VAULT_CORRUPT
    assert (data / "vault.json").read_text() == "{not json"


def test_memory_vault_writes_nothing(tmp_path: Path) -> None:
    v = Vault(tmp_path / "d", MemoryStore())
    v.save(cred(), OAUTH2_SECRETS)
    v.update("bot", secrets={"access_token": "acc-FAKE-2"})
    assert v.secrets("bot")["access_token"] == "acc-FAKE-2"
    assert not (tmp_path / "d").exists()
    assert v.backend.kind == "memory" and v.backend.warning


# --------------------------------------------------------------------------- processes

_WRITER = r"""
import sys
from pathlib import Path
from twauth_gui.core.secretstore import EncryptedFileStore
from twauth_gui.core.vault import Credential, Vault
data = Path(sys.argv[1]); who = sys.argv[2]
store = EncryptedFileStore(data / "vault.enc", "correct horse FAKE", scrypt_n=2**10)
v = Vault(data, store)
for i in range(8):
    v.save(Credential(f"{who}-{i}"), {"access_token": f"tok-FAKE-{who}-{i}"})
"""


def test_concurrent_processes_do_not_lose_each_others_saves(tmp_path: Path) -> None:
    data = tmp_path / "shared"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    procs = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(data), who], env=env)
        for who in ("p1", "p2", "p3")
    ]
    for p in procs:
        assert p.wait(timeout=60) == 0
    from twauth_gui.core.secretstore import EncryptedFileStore

    v = Vault(data, EncryptedFileStore(data / "vault.enc", "correct horse FAKE", scrypt_n=2**10))
    names = [c.name for c in v.list()]
    assert len(names) == 24
    for name in names:
        who, i = name.split("-")
        assert v.secrets(name) == {"access_token": f"tok-FAKE-{who}-{i}"}


def test_secrets_never_in_data_dir_files(tmp_path: Path) -> None:
    from twauth_gui.core.secretstore import EncryptedFileStore

    data = tmp_path / "grep"
    issued: list[str] = []
    stores: list[SecretStore] = [
        MemoryStore(),
        EncryptedFileStore(data / "vault.enc", "passphrase FAKE", scrypt_n=2**10),
    ]
    for n, st in enumerate(stores):
        v = Vault(data, st, persist_index=True)
        for i in range(3):
            values = {f: f"{f}-FAKE-{n}-{i}-{time.time_ns()}" for f in NEW_SECRETS}
            issued += values.values()
            v.save(cred(f"c{i}", sandbox=bool(i % 2)), values)
            rotated = {"access_token": f"rot-FAKE-{n}-{i}-{time.time_ns()}"}
            issued += rotated.values()
            v.update(f"c{i}", secrets=rotated, status="valid")
    files = [p for p in data.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"vault.json", "vault-file.json", "vault.enc"}
    blob = b"".join(p.read_bytes() for p in files)
    hits = [s for s in issued if s.encode() in blob]
    assert hits == []
