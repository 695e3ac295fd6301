"""Secret stores: encrypted file, backend detection, time limits, store selection, no keyring."""

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

from twauth_gui.core import secretstore
from twauth_gui.core.errors import ErrorKind, InputError, KeyringUnavailable, VaultError
from twauth_gui.core.secretstore import (
    EncryptedFileStore,
    MemoryStore,
    OSKeyringStore,
    describe_backend,
    load_store_choice,
    save_store_choice,
    select_store,
)
from twauth_gui.core.vault import Credential, Vault

FAST_N = 2**10  # small Scrypt cost for tests; the default is 2**16
REPO = Path(__file__).resolve().parents[2]
NO_KEYRING_MESSAGE = "No secure keyring is available on this system (no Secret Service on D-Bus)."


# --------------------------------------------------------------------------- encrypted file


def test_encrypted_file_round_trip_private_and_opaque(tmp_path: Path) -> None:
    path = tmp_path / "vault.enc"
    store = EncryptedFileStore(path, "correct horse battery FAKE", scrypt_n=FAST_N)
    assert not path.exists()  # nothing written until the first secret
    store.set("twauth-gui", "bot/access_token/g1", "tok-FAKE-áé-0001")
    store.set("twauth-gui", "bot/refresh_token/g1", "ref-FAKE-0001")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert b"tok-FAKE" not in raw and b"ref-FAKE" not in raw and b"bot/" not in raw
    doc = json.loads(raw)
    assert doc["kdf"]["name"] == "scrypt" and doc["kdf"]["n"] == FAST_N
    again = EncryptedFileStore(path, "correct horse battery FAKE", scrypt_n=FAST_N)
    assert again.get("twauth-gui", "bot/access_token/g1") == "tok-FAKE-áé-0001"
    assert again.get_many("twauth-gui", ["bot/refresh_token/g1", "missing"]) == {
        "bot/refresh_token/g1": "ref-FAKE-0001",
        "missing": None,
    }
    again.delete("twauth-gui", "bot/access_token/g1")
    again.delete("twauth-gui", "never/existed/x")  # no error
    assert store.get("twauth-gui", "bot/access_token/g1") is None  # other instance sees it
    assert store.info.kind == "encrypted-file" and store.info.secure and store.info.warning
    assert "correct horse" not in repr(store)


def test_encrypted_file_nonce_changes_every_write(tmp_path: Path) -> None:
    store = EncryptedFileStore(tmp_path / "v.enc", "pw FAKE", scrypt_n=FAST_N)
    store.set("s", "k", "v-FAKE")
    first = json.loads((tmp_path / "v.enc").read_text())
    store.set("s", "k", "v-FAKE")
    second = json.loads((tmp_path / "v.enc").read_text())
    assert first["nonce"] != second["nonce"] and first["kdf"]["salt"] == second["kdf"]["salt"]


def test_wrong_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "vault.enc"
    EncryptedFileStore(path, "right passphrase FAKE", scrypt_n=FAST_N).set("s", "k", "v-FAKE")
    with pytest.raises(VaultError) as info:
        EncryptedFileStore(path, "wrong passphrase FAKE", scrypt_n=FAST_N)
    assert info.value.kind is ErrorKind.VAULT_LOCKED
    assert "passphrase" in info.value.message
    assert "TWAUTH_VAULT_PASSPHRASE" in info.value.hint
    assert "wrong passphrase" not in str(info.value)


def test_tampered_or_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "vault.enc"
    EncryptedFileStore(path, "pw FAKE", scrypt_n=FAST_N).set("s", "k", "v-FAKE")
    doc = json.loads(path.read_text())
    doc["kdf"]["p"] = 2  # header is authenticated
    path.write_text(json.dumps(doc))
    with pytest.raises(VaultError) as info:
        EncryptedFileStore(path, "pw FAKE", scrypt_n=FAST_N)
    assert info.value.kind is ErrorKind.VAULT_LOCKED
    path.write_text("garbage")
    with pytest.raises(VaultError) as info:
        EncryptedFileStore(path, "pw FAKE", scrypt_n=FAST_N)
    assert info.value.kind is ErrorKind.VAULT_CORRUPT


def test_empty_passphrase_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        EncryptedFileStore(tmp_path / "v.enc", "")


# --------------------------------------------------------------------------- backend detection


def _fake_backend(module: str, qualname: str) -> object:
    cls = type(qualname, (), {"get_password": lambda *a: None})
    cls.__module__ = module
    cls.__qualname__ = qualname
    return cls()


@pytest.mark.parametrize(
    ("module", "name", "detail"),
    [
        ("keyring.backends.fail", "Keyring", "no Secret Service on D-Bus"),
        ("keyring.backends.null", "Keyring", "switched off"),
        ("keyring.backends.chainer", "ChainerBackend", "no Secret Service on D-Bus"),
        ("keyrings.alt.file", "PlaintextKeyring", "not encrypted"),
        ("keyrings.alt.file", "EncryptedKeyring", "not encrypted"),
        ("some.thirdparty", "PlaintextKeyring", "not encrypted"),
    ],
)
def test_unusable_backends_raise_keyring_unavailable(module: str, name: str, detail: str) -> None:
    with pytest.raises(KeyringUnavailable) as info:
        describe_backend(_fake_backend(module, name))
    assert info.value.kind is ErrorKind.KEYRING_UNAVAILABLE
    assert info.value.message.startswith("No secure keyring is available on this system (")
    assert detail in info.value.message
    assert info.value.hint == (
        "Choose an encrypted vault file protected by a passphrase, or keep credentials for "
        "this session only."
    )


def test_real_keyring_fail_backend_is_refused() -> None:
    from keyring.backends import fail, null

    for backend in (fail.Keyring(), null.Keyring()):
        with pytest.raises(KeyringUnavailable):
            describe_backend(backend)


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("keyring.backends.SecretService.Keyring", "GNOME Keyring / Secret Service"),
        ("keyring.backends.macOS.Keyring", "macOS Keychain"),
        ("keyring.backends.Windows.WinVaultKeyring", "Windows Credential Manager"),
        ("keyring.backends.kwallet.DBusKeyring", "KWallet"),
    ],
)
def test_known_secure_backends_are_named(path: str, name: str) -> None:
    module, _, cls = path.rpartition(".")
    info = describe_backend(_fake_backend(module, cls))
    assert (info.name, info.kind, info.secure, info.warning) == (name, "os", True, "")
    assert info.backend_id == f"keyring:{path}"


def test_unknown_backend_is_usable_but_flagged() -> None:
    info = describe_backend(_fake_backend("vendor.vault", "Keyring"))
    assert info.secure is False and "does not know" in info.warning


# --------------------------------------------------------------------------- OS store: limits


class DictBackend:
    """A python-keyring-like backend in memory, optionally hanging or failing."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.hang = threading.Event()  # calls named in `hanging` block until it is set
        self.hanging: set[str] = set()
        self.raise_exc: BaseException | None = None

    def _maybe(self, method: str) -> None:
        if self.raise_exc is not None:
            raise self.raise_exc
        if method in self.hanging:
            self.hang.wait(30)

    def get_password(self, service: str, username: str) -> str | None:
        self._maybe("get")
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._maybe("set")
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._maybe("delete")
        if (service, username) not in self.items:
            from keyring.errors import PasswordDeleteError

            raise PasswordDeleteError("missing")
        del self.items[(service, username)]


def _os_store(backend: DictBackend, timeout: float = 5.0) -> OSKeyringStore:
    info = secretstore.BackendInfo("Test keyring", "os", True, "", "test")
    return OSKeyringStore(backend, timeout=timeout, info=info)


def test_os_store_basic_operations() -> None:
    backend = DictBackend()
    store = _os_store(backend)
    store.set("svc", "k", "v-FAKE")
    assert store.get("svc", "k") == "v-FAKE"
    assert store.get_many("svc", ["k", "x"]) == {"k": "v-FAKE", "x": None}
    store.delete("svc", "k")
    store.delete("svc", "k")  # PasswordDeleteError for a missing item is swallowed
    assert backend.items == {}


def test_keyring_call_times_out_with_unlock_hint() -> None:
    backend = DictBackend()
    backend.hanging = {"get"}
    store = _os_store(backend, timeout=0.2)
    try:
        started = time.monotonic()
        with pytest.raises(VaultError) as info:
            store.get("svc", "k")
        assert time.monotonic() - started < 2.0
        assert info.value.kind is ErrorKind.KEYRING_TIMEOUT
        assert "unlock your keyring" in info.value.hint
        assert "log in to your desktop session" in info.value.hint
    finally:
        backend.hang.set()


def test_timeout_default_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWAUTH_KEYRING_TIMEOUT", "2.5")
    assert _os_store(DictBackend(), timeout=None).timeout == 2.5  # type: ignore[arg-type]
    monkeypatch.setenv("TWAUTH_KEYRING_TIMEOUT", "nonsense")
    assert secretstore.default_timeout() == 10.0


def test_locked_keyring_fails_before_anything_is_written(tmp_path: Path) -> None:
    backend = DictBackend()
    backend.hanging = {"get"}  # e.g. waiting on an unlock prompt nobody answers
    v = Vault(tmp_path / "d", _os_store(backend, timeout=0.2))
    try:
        with pytest.raises(VaultError) as info:
            v.save(Credential("bot"), {"access_token": "tok-FAKE"})
        assert info.value.kind is ErrorKind.KEYRING_TIMEOUT
    finally:
        backend.hang.set()
    assert backend.items == {}
    assert not (tmp_path / "d").exists()


def test_hanging_keyring_during_save_keeps_previous_state(tmp_path: Path) -> None:
    backend = DictBackend()
    v = Vault(tmp_path / "d", _os_store(backend, timeout=0.2))
    v.save(Credential("bot"), {"access_token": "old-FAKE", "refresh_token": "oldr-FAKE"})
    backend.hanging = {"set"}
    try:
        with pytest.raises(VaultError) as info:
            v.update("bot", secrets={"access_token": "new-FAKE", "refresh_token": "newr-FAKE"})
        assert info.value.kind is ErrorKind.KEYRING_TIMEOUT
    finally:
        backend.hanging = set()
        backend.hang.set()
    assert v.secrets("bot") == {"access_token": "old-FAKE", "refresh_token": "oldr-FAKE"}
    # the item whose write hung is remembered and purged once the keyring answers again
    assert len(v.trash()) == 1
    deadline = time.monotonic() + 5
    while len(backend.items) < 3 and time.monotonic() < deadline:  # the hung write lands late
        time.sleep(0.01)
    assert len(backend.items) == 3
    v.cleanup()
    assert v.trash() == []
    assert set(backend.items) == set(v.item_keys("bot").values())


def test_backend_errors_are_mapped_without_their_text() -> None:
    from keyring.errors import KeyringLocked

    backend = DictBackend()
    store = _os_store(backend)
    backend.raise_exc = KeyringLocked("secret-FAKE-in-message")
    with pytest.raises(VaultError) as info:
        store.get("svc", "k")
    assert info.value.kind is ErrorKind.VAULT_LOCKED
    assert "secret-FAKE" not in str(info.value) and "Unlock" in info.value.hint
    backend.raise_exc = RuntimeError("secret-FAKE-in-message")
    with pytest.raises(VaultError) as info:
        store.set("svc", "k", "v")
    assert "RuntimeError" in info.value.message and "secret-FAKE" not in str(info.value)
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_os_store_refuses_oversized_values() -> None:
    store = _os_store(DictBackend())
    with pytest.raises(InputError):
        store.set("svc", "k", "é" * 1300)


# --------------------------------------------------------------------------- selection


def test_select_store_kinds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWAUTH_VAULT", raising=False)
    monkeypatch.delenv("TWAUTH_VAULT_PASSPHRASE", raising=False)
    assert isinstance(select_store("memory", data_dir=tmp_path), MemoryStore)
    assert isinstance(select_store("session", data_dir=tmp_path), MemoryStore)
    with pytest.raises(VaultError) as info:
        select_store("file", data_dir=tmp_path)
    assert info.value.kind is ErrorKind.VAULT_LOCKED
    assert "TWAUTH_VAULT_PASSPHRASE" in info.value.hint
    store = select_store("file", data_dir=tmp_path, passphrase="pw FAKE")
    assert isinstance(store, EncryptedFileStore) and store.path == tmp_path / "vault.enc"
    with pytest.raises(InputError):
        select_store("plaintext", data_dir=tmp_path)


def test_select_store_env_and_saved_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TWAUTH_VAULT", raising=False)
    save_store_choice("memory", tmp_path)
    assert load_store_choice(tmp_path) == "memory"
    assert isinstance(select_store(None, data_dir=tmp_path), MemoryStore)
    monkeypatch.setenv("TWAUTH_VAULT", "file")
    monkeypatch.setenv("TWAUTH_VAULT_PASSPHRASE", "env passphrase FAKE")
    assert isinstance(select_store(None, data_dir=tmp_path), EncryptedFileStore)
    assert isinstance(select_store("memory", data_dir=tmp_path), MemoryStore)  # explicit wins


def test_vault_open_with_file_preference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWAUTH_VAULT_PASSPHRASE", "env passphrase FAKE")
    v = Vault.open(tmp_path, store_preference="file")
    assert v.backend.name == "Encrypted file"
    v.save(Credential("bot"), {"access_token": "tok-FAKE-file"})
    assert (tmp_path / "vault-file.json").exists() and not (tmp_path / "vault.json").exists()
    assert Vault.open(tmp_path, preference="file").secrets("bot") == {
        "access_token": "tok-FAKE-file"
    }


# --------------------------------------------------------------------------- no keyring at all

_OPEN = r"""
import json, sys
from pathlib import Path
from twauth_gui.core.errors import KeyringUnavailable
from twauth_gui.core.vault import Vault
try:
    Vault.open(Path(sys.argv[1]))
except KeyringUnavailable as exc:
    print(json.dumps({"kind": exc.kind.value, "message": exc.message, "hint": exc.hint}))
else:
    print("opened")
"""


def _no_dbus_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "TWAUTH_VAULT", "PYTHON_KEYRING"))
    }
    env.update(
        PYTHONPATH=str(REPO),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        HOME=str(tmp_path / "home"),
    )
    env.update(extra)
    return env


@pytest.mark.parametrize("how", ["no-dbus", "fail-backend", "recorded-secretservice"])
def test_no_keyring_says_so_and_writes_nothing(tmp_path: Path, how: str) -> None:
    data = tmp_path / "data"
    extra: dict[str, str] = {}
    if how == "fail-backend":
        extra["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if how == "recorded-secretservice":
        # an index written earlier on a desktop, now opened where D-Bus is gone (fast path)
        data.mkdir()
        (data / "vault.json").write_text(
            json.dumps(
                {"version": 1, "credentials": {}, "trash": [], "backend_id": "secretservice"}
            )
        )
        script = _OPEN.replace(
            "    Vault.open(Path(sys.argv[1]))",
            "    Vault.open(Path(sys.argv[1])).save("
            "__import__('twauth_gui.core.vault').core.vault.Credential('x'), {'a': 'b'})",
        )
    else:
        script = _OPEN
    before = {p.name: p.read_bytes() for p in data.rglob("*")} if data.exists() else {}
    out = subprocess.run(
        [sys.executable, "-c", script, str(data)],
        env=_no_dbus_env(tmp_path, **extra),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    result = json.loads(out.stdout)
    assert result["kind"] == "keyring_unavailable"
    if how == "recorded-secretservice":
        assert "could not be reached" in result["message"]
        assert "encrypted vault file" in result["hint"]
    else:
        assert result["message"] == NO_KEYRING_MESSAGE
        assert result["hint"] == (
            "Choose an encrypted vault file protected by a passphrase, or keep credentials "
            "for this session only."
        )
    after = {p.name: p.read_bytes() for p in data.rglob("*")} if data.exists() else {}
    assert after == before  # nothing written
