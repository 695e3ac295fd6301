"""Secret stores for tests: a wrapper that fails on purpose."""

from __future__ import annotations

from collections.abc import Iterable

from twauth_gui.core.errors import ErrorKind, VaultError
from twauth_gui.core.secretstore import SecretStore


class FailingStore(SecretStore):
    """Wraps a store; the Nth ``set`` (1-based) raises, optionally deletes fail too."""

    def __init__(self, inner: SecretStore, fail_at: int, *, deletes_fail: bool = False) -> None:
        self.inner = inner
        self.fail_at = fail_at
        self.deletes_fail = deletes_fail
        self.sets = 0
        self.info = inner.info
        self.persistent = inner.persistent

    def get(self, service: str, key: str) -> str | None:
        return self.inner.get(service, key)

    def get_many(self, service: str, keys: Iterable[str]) -> dict[str, str | None]:
        return self.inner.get_many(service, keys)

    def set(self, service: str, key: str, value: str) -> None:
        self.sets += 1
        if self.sets == self.fail_at:
            raise VaultError("injected keyring failure", "", kind=ErrorKind.KEYRING_UNAVAILABLE)
        self.inner.set(service, key, value)

    def delete(self, service: str, key: str) -> None:
        if self.deletes_fail:
            raise VaultError("injected delete failure", "", kind=ErrorKind.KEYRING_UNAVAILABLE)
        self.inner.delete(service, key)

    def probe(self) -> None:
        self.inner.probe()
