"""A fork server for the crash-consistency test: imports everything once, then forks workers
that save, export or refresh in a loop until the test SIGKILLs them.

Protocol (one JSON object per line on stdin, one answer per line on stdout):

* ``{"op": "prepare", "kind": "file"|"os", "data_dir": ..., "passphrase": ...}`` opens the
  secret store once (the encrypted file's Scrypt key is derived here, so forked workers start
  at once) → ``{"ok": true}``
* ``{"op": "spawn", "mode": "save"|"export"|"refresh", "progress": path, ...}`` forks a
  worker → ``{"pid": n}``; the worker appends ``ready`` and then one line per completed
  operation to ``progress`` (O_APPEND, so a SIGKILL never loses a finished line)
* ``{"op": "reap", "pid": n}`` → ``{"status": raw wait status}``
* ``{"op": "exit"}``

This process never starts a thread before forking (forking a threaded process is unsafe).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from twauth_gui.core import export, lifecycle  # imported before forking
from twauth_gui.core.models import Method
from twauth_gui.core.secretstore import EncryptedFileStore, OSKeyringStore, SecretStore
from twauth_gui.core.vault import Credential, Vault

FIELDS = ("api_key", "api_secret", "access_token", "access_token_secret", "refresh_token")


def generation_secrets(name: str, gen: int) -> dict[str, str]:
    """Every field carries its credential and generation, so a mix is visible."""
    return {f: f"{name}-{f}-g{gen:07d}-{'x' * 40}" for f in FIELDS}


def export_text(gen: int) -> str:
    pairs = [(f"VAR_{i:02d}", f"g{gen:07d}-{i:02d}-{'y' * 60}") for i in range(40)]
    return export.render(pairs, "env")


def _progress(path: str) -> int:
    return os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)


def _line(fd: int, text: str) -> None:
    os.write(fd, (text + "\n").encode())


def worker(cmd: dict[str, Any], store: SecretStore | None) -> None:
    fd = _progress(cmd["progress"])
    mode = cmd["mode"]
    if mode == "export":
        _line(fd, "ready")
        gen = int(cmd["start"])
        while True:
            export.write_export(cmd["path"], export_text(gen))
            _line(fd, f"export {gen}")
            gen += 1
    assert store is not None
    vault = Vault(Path(cmd["data_dir"]), store)
    if mode == "save":
        _line(fd, "ready")
        gen = int(cmd["start"])
        while True:
            vault.update("alpha", secrets=generation_secrets("alpha", gen), expires_at=float(gen))
            _line(fd, f"alpha {gen}")
            vault.save(
                Credential(name="beta", method=Method.OAUTH1, user_id=str(gen), sandbox=True),
                generation_secrets("beta", gen),
                replace=True,
            )
            _line(fd, f"beta {gen}")
            gen += 1
    if mode == "refresh":
        _line(fd, "ready")
        while True:
            try:
                result = lifecycle.refresh(vault, "o2", force=True, retries=0)
            except Exception as exc:  # reported to the test, which re-seeds the credential
                kind = getattr(getattr(exc, "kind", None), "value", type(exc).__name__)
                _line(fd, f"error {kind}")
                os._exit(3)
            _line(fd, f"refreshed {result.access_token}")
    raise SystemExit(f"unknown mode {mode}")


def main() -> None:
    store: SecretStore | None = None
    for raw in sys.stdin:
        cmd = json.loads(raw)
        op = cmd["op"]
        if op == "prepare":
            if cmd["kind"] == "file":
                store = EncryptedFileStore(Path(cmd["data_dir"]) / "vault.enc", cmd["passphrase"])
            else:
                store = OSKeyringStore.detect(recorded=cmd.get("recorded"))
            answer: dict[str, Any] = {"ok": True}
        elif op == "spawn":
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                try:
                    worker(cmd, store)
                finally:
                    os._exit(4)
            answer = {"pid": pid}
        elif op == "reap":
            _, status = os.waitpid(int(cmd["pid"]), 0)
            answer = {"status": status}
        elif op == "exit":
            return
        else:
            answer = {"error": op}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
