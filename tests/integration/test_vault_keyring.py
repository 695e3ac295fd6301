"""The vault against a real Secret Service (gnome-keyring under dbus-run-session).

Run: ``dbus-run-session -- bash -c 'eval "$(printf twauth-ci | gnome-keyring-daemon --unlock
--components=secrets)"; pytest tests/integration/test_vault_keyring.py'``. With
``TWAUTH_REQUIRE_SECRET_SERVICE=1`` (CI) a missing Secret Service fails these tests.
"""

from __future__ import annotations

import json
import os
import secrets as pysecrets
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.support.stores import FailingStore
from twauth_gui.core.errors import VaultError
from twauth_gui.core.models import Method
from twauth_gui.core.secretstore import (
    SANDBOX_SERVICE,
    SECRET_SERVICE_ID,
    SERVICE,
    OSKeyringStore,
)
from twauth_gui.core.vault import Credential, Vault

pytestmark = pytest.mark.keyring
REPO = Path(__file__).resolve().parents[2]


def _secret_service_problem() -> str | None:
    try:
        import secretstorage
    except ImportError:
        return "secretstorage is not installed"
    try:
        with closing(secretstorage.dbus_init()) as conn:
            if not secretstorage.check_service_availability(conn):
                return "no Secret Service on the session bus"
            if secretstorage.get_default_collection(conn).is_locked():
                return "the default keyring collection is locked"
    except secretstorage.exceptions.SecretStorageException as exc:
        return f"no D-Bus session ({type(exc).__name__})"
    return None


@pytest.fixture(scope="module")
def secret_service() -> None:
    problem = _secret_service_problem()
    if problem is None:
        return
    if os.environ.get("TWAUTH_REQUIRE_SECRET_SERVICE") == "1":
        pytest.fail(f"A real Secret Service is required here but {problem}.")
    pytest.skip(f"needs a Secret Service: {problem}")


def ss_items(service: str, prefix: str) -> dict[str, str]:
    """username → secret of every Secret Service item of ``service`` under ``prefix/``."""
    import secretstorage

    out: dict[str, str] = {}
    with closing(secretstorage.dbus_init()) as conn:
        coll = secretstorage.get_default_collection(conn)
        for item in coll.search_items({"service": service}):
            user = item.get_attributes().get("username", "")
            if user.startswith(prefix + "/"):
                out[user] = item.get_secret().decode()
    return out





@pytest.fixture(params=["direct", "python-keyring"])
def os_store(request: pytest.FixtureRequest, secret_service: None) -> OSKeyringStore:
    """The Secret Service through our direct driver, and through python-keyring's backend."""
    if request.param == "direct":
        store = OSKeyringStore.detect()
        assert store.info.backend_id == SECRET_SERVICE_ID
    else:
        from keyring.backends.SecretService import Keyring

        store = OSKeyringStore(Keyring())
        assert store.info.backend_id == "keyring:keyring.backends.SecretService.Keyring"
    assert store.info.name == "GNOME Keyring / Secret Service"
    assert store.info.secure and store.info.kind == "os"
    return store


@pytest.fixture
def name() -> Iterator[str]:
    """A unique credential name; its items are removed afterwards whatever happens."""
    value = f"kt-{pysecrets.token_hex(4)}"
    yield value
    import secretstorage

    with closing(secretstorage.dbus_init()) as conn:
        coll = secretstorage.get_default_collection(conn)
        for service in (SERVICE, SANDBOX_SERVICE):
            for item in list(coll.search_items({"service": service})):
                if item.get_attributes().get("username", "").startswith(value):
                    item.delete()


def fake(tag: str) -> dict[str, str]:
    stamp = pysecrets.token_hex(6)
    return {
        "client_id": f"cid-FAKE-{tag}-{stamp}",
        "client_secret": f"csec-FAKE-{tag}-{stamp}",
        "access_token": f"acc-FAKE-{tag}-{stamp}",
        "refresh_token": f"ref-FAKE-{tag}-{stamp}",
    }


def used(v: Vault, name: str) -> dict[str, str]:
    return {key: v.store.get(svc, key) or "" for svc, key in v.item_keys(name).values()}


def test_round_trip_one_item_per_secret(
    tmp_path: Path, os_store: OSKeyringStore, name: str
) -> None:
    v = Vault(tmp_path, os_store)
    first = fake("one")
    c = Credential(name, app="Demo", method=Method.OAUTH2, username="twauth_demo")
    v.save(c, first)
    assert v.secrets(name) == first
    items = ss_items(SERVICE, name)
    assert sorted(k.split("/")[1] for k in items) == sorted(first)
    assert all(len(k.split("/")) == 3 for k in items)
    assert items == used(v, name)
    second = {"access_token": "acc-FAKE-rot", "refresh_token": "ref-FAKE-rot"}
    v.update(name, secrets=second, expires_at=time.time() + 7200, status="valid")
    assert v.secrets(name) == {**first, **second}
    assert ss_items(SERVICE, name) == used(v, name)  # old generation deleted
    assert v.trash() == []
    v.remove(name)
    assert ss_items(SERVICE, name) == {}
    assert v.list() == []


def test_sandbox_service(tmp_path: Path, os_store: OSKeyringStore, name: str) -> None:
    v = Vault(tmp_path, os_store)
    v.save(Credential(name, sandbox=True), {"access_token": "acc-FAKE-sandbox"})
    assert ss_items(SERVICE, name) == {}
    assert list(ss_items(SANDBOX_SERVICE, name).values()) == ["acc-FAKE-sandbox"]
    assert v.secrets(name) == {"access_token": "acc-FAKE-sandbox"}


@pytest.mark.parametrize("scenario", ["new", "replace", "update"])
def test_nth_write_failure_against_secret_service(
    tmp_path: Path, os_store: OSKeyringStore, name: str, scenario: str
) -> None:
    v = Vault(tmp_path, os_store)
    original = fake("orig")
    target = name if scenario != "new" else name + "-new"
    if scenario != "new":
        v.save(Credential(name, username="before"), original)
    before_items = ss_items(SERVICE, target)
    before_list = v.list()
    new = fake("new")
    for fail_at in range(1, len(new) + 1):
        failing = Vault(tmp_path, FailingStore(os_store, fail_at))
        with pytest.raises(VaultError, match="injected"):
            if scenario == "new":
                failing.save(Credential(target), new)
            elif scenario == "replace":
                failing.save(Credential(name, username="after"), new, replace=True)
            else:
                failing.update(name, secrets=new, status="refresh_failed")
        assert ss_items(SERVICE, target) == before_items, f"leftovers after write {fail_at}"
        assert v.list() == before_list
        if scenario != "new":
            assert v.secrets(name) == original
        assert v.trash() == []
    # and with no failure the change goes through completely
    if scenario == "new":
        v.save(Credential(target), new)
    elif scenario == "replace":
        v.save(Credential(name, username="after"), new, replace=True)
    else:
        v.update(name, secrets=new)
    assert v.secrets(target) == new
    assert ss_items(SERVICE, target) == used(v, target)


def test_direct_and_python_keyring_read_each_others_items(secret_service: None, name: str) -> None:
    from keyring.backends.SecretService import Keyring

    direct = OSKeyringStore.detect()
    classic = OSKeyringStore(Keyring())
    direct.set(SERVICE, f"{name}/a/1", "value-FAKE-direct")
    classic.set(SERVICE, f"{name}/b/1", "value-FAKE-classic")
    assert classic.get(SERVICE, f"{name}/a/1") == "value-FAKE-direct"
    assert direct.get_many(SERVICE, [f"{name}/b/1", f"{name}/a/1", f"{name}/c/1"]) == {
        f"{name}/b/1": "value-FAKE-classic",
        f"{name}/a/1": "value-FAKE-direct",
        f"{name}/c/1": None,
    }
    direct.set(SERVICE, f"{name}/a/1", "value-FAKE-replaced")  # replace, not duplicate
    assert ss_items(SERVICE, name)[f"{name}/a/1"] == "value-FAKE-replaced"
    classic.delete(SERVICE, f"{name}/a/1")
    direct.delete(SERVICE, f"{name}/b/1")
    direct.delete(SERVICE, f"{name}/b/1")  # missing: fine
    assert ss_items(SERVICE, name) == {}


def test_data_dir_has_no_secret(tmp_path: Path, os_store: OSKeyringStore, name: str) -> None:
    v = Vault(tmp_path, os_store)
    issued: list[str] = []
    for i, method in enumerate((Method.OAUTH2, Method.OAUTH1, Method.BEARER)):
        values = fake(f"g{i}")
        issued += values.values()
        v.save(Credential(f"{name}-{i}", method=method), values)
    rotated = {"access_token": "acc-FAKE-grep-rot", "refresh_token": "ref-FAKE-grep-rot"}
    issued += rotated.values()
    v.update(f"{name}-0", secrets=rotated)
    blob = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    assert b"credentials" in blob  # the index is there...
    assert [s for s in issued if s.encode() in blob] == []  # ...without any secret


def test_oversized_value_refused(tmp_path: Path, os_store: OSKeyringStore, name: str) -> None:
    from twauth_gui.core.errors import InputError

    v = Vault(tmp_path, os_store)
    with pytest.raises(InputError, match="2560"):
        v.save(Credential(name), {"access_token": "x" * 3000})
    assert ss_items(SERVICE, name) == {}


# --------------------------------------------------------------------------- fast path

_TOKEN = r"""
import sys, time
t0 = time.perf_counter()
from twauth_gui.core.vault import Vault
v = Vault.open()
value = v.secrets(sys.argv[1], ["access_token"])["access_token"]
t1 = time.perf_counter()
print(value)
print(f"{(t1 - t0) * 1000:.1f}", "keyring" in sys.modules, v.backend.name, file=sys.stderr)
"""


def test_fast_path_opens_recorded_backend_without_python_keyring(
    tmp_path: Path, secret_service: None, name: str
) -> None:
    data = tmp_path / "fast"
    v = Vault.open(data)  # full detection the first time
    assert v.backend.name == "GNOME Keyring / Secret Service"
    v.save(Credential(name), {"access_token": "acc-FAKE-fast", "refresh_token": "ref-FAKE-fast"})
    assert json.loads((data / "vault.json").read_text())["backend_id"] == SECRET_SERVICE_ID
    env = dict(os.environ, TWAUTH_DATA_DIR=str(data), PYTHONPATH=str(REPO))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    wall: list[float] = []
    inner: list[float] = []
    for _ in range(5):
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _TOKEN, name],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        wall.append((time.perf_counter() - started) * 1000)
        assert out.stdout == "acc-FAKE-fast\n"
        took, keyring_loaded, backend = out.stderr.split(" ", 2)
        inner.append(float(took))
        assert keyring_loaded == "False"  # python-keyring was never imported
        assert backend.strip() == "GNOME Keyring / Secret Service"
    print(
        f"\nVault.open()+secrets(): median {statistics.median(inner):.1f} ms in-process, "
        f"{statistics.median(wall):.1f} ms for the whole `python -c` process"
    )
