"""Loopback receiver: time from the browser's redirect to the tokens being saved.

Two measurements against the embedded sandbox (auto-approving consent):

``cli``      ``twauth login oauth2`` in a fresh process with ``$BROWSER`` set to
             ``benchmarks/fake_browser.py`` (a separate process, like a real browser). The
             browser logs the wall-clock moment it was redirected to the loopback; the
             benchmark timestamps the CLI's "Saved …" line. Encrypted file vault, already
             created (a steady-state vault: its key derivation happens at start, not here).
``steps``    the same path in-process, split into steps: receiver wakes up, token exchange,
             identity lookup, vault save — once with a fresh httpx client per call (what
             ``client=None`` does) and once with one shared client.

    python benchmarks/loopback_latency.py [--runs 15] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, ROOT, base_env, dump, median, table

sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench correct horse battery staple"
ENTRY = "import sys; from twauth_gui.cli import main; sys.exit(main())"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cli_login(sandbox: Any, env: dict[str, str], profile: str, log: Path) -> float:
    """One `twauth login oauth2`; seconds from the browser's redirect to "Saved"."""
    app = sandbox.app("confidential")
    callback = f"http://127.0.0.1:{free_port()}/callback"
    sandbox.register_callback("confidential", callback)
    env = dict(env, BENCH_CLIENT_SECRET=app.client_secret or "")
    log.unlink(missing_ok=True)
    proc = subprocess.Popen(
        [PYTHON, "-c", ENTRY, "login", "oauth2", "--profile", profile, "--force",
         "--client-id", app.client_id, "--client-secret-env", "BENCH_CLIENT_SECRET",
         "--redirect-uri", callback, "--timeout", "30"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env,
    )  # fmt: skip
    assert proc.stderr is not None and proc.stdout is not None
    saved = None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if line.startswith("Saved ") and saved is None:
            saved = time.time()
    proc.wait(30)
    proc.stdout.close()
    proc.stderr.close()
    if proc.returncode or saved is None:
        raise SystemExit("twauth login oauth2 failed:\n" + "".join(lines))
    entries = [json.loads(x) for x in log.read_text().splitlines() if x.strip()]
    return saved - float(entries[-1]["t_redirect"])


def measure_cli(sandbox: Any, runs: int) -> list[float]:
    with tempfile.TemporaryDirectory(prefix="twauth-bench-") as tmp:
        log = Path(tmp) / "browser.jsonl"
        env = base_env(
            TWAUTH_DATA_DIR=str(Path(tmp) / "data"),
            TWAUTH_API_URL=sandbox.url,
            TWAUTH_WEB_URL=sandbox.url,
            TWAUTH_VAULT="file",
            TWAUTH_VAULT_PASSPHRASE=PASSPHRASE,
            BENCH_BROWSER_LOG=str(log),
            BROWSER=f"{PYTHON} {ROOT / 'benchmarks' / 'fake_browser.py'} %s &",
        )
        _cli_login(sandbox, env, "warm-up", log)  # creates the vault file
        return [_cli_login(sandbox, env, "bench", log) for _ in range(runs)]


def _browser(url: str, out: dict[str, float]) -> None:
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        opener.open(url, timeout=30)
    except urllib.error.HTTPError as exc:
        location = exc.headers["Location"]
        out["redirect"] = time.perf_counter()
        with urllib.request.urlopen(location, timeout=30) as landed:
            landed.read()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def measure_steps(sandbox: Any, runs: int, shared: bool) -> dict[str, list[float]]:
    from twauth_gui.core import oauth2
    from twauth_gui.core.http import make_client
    from twauth_gui.core.identity import whoami_oauth2
    from twauth_gui.core.loopback import LoopbackReceiver
    from twauth_gui.core.models import AppKeys, Method
    from twauth_gui.core.secretstore import EncryptedFileStore
    from twauth_gui.core.vault import Credential, Vault

    steps: dict[str, list[float]] = {
        k: [] for k in ("receiver wake-up", "token exchange", "identity", "vault save", "total")
    }
    app = sandbox.app("confidential")
    keys = AppKeys(client_id=app.client_id, client_secret=app.client_secret or "")
    with tempfile.TemporaryDirectory(prefix="twauth-bench-") as tmp:
        data = Path(tmp)
        vault = Vault.open(data, store=EncryptedFileStore(data / "vault.enc", PASSPHRASE))
        vault.save(Credential(name="warm-up"), {"bearer_token": "warm-up-token-123456"})
        for i in range(runs + 1):
            callback = f"http://127.0.0.1:{free_port()}/callback"
            sandbox.register_callback("confidential", callback)
            scopes = ["tweet.read", "users.read", "offline.access"]
            flow = oauth2.start(keys, callback, scopes, endpoints=sandbox.endpoints)
            client = make_client() if shared else None
            marks: dict[str, float] = {}
            with LoopbackReceiver(callback, kind="oauth2", state=flow.state, timeout=30) as rx:
                rx.start()
                thread = threading.Thread(target=_browser, args=(flow.authorize_url, marks))
                thread.start()
                result = rx.wait()
                t_rx = time.perf_counter()
            tokens = oauth2.finish(flow, result.code or "", client=client)
            t_tok = time.perf_counter()
            who = whoami_oauth2(tokens, endpoints=sandbox.endpoints, client=client)
            t_who = time.perf_counter()
            cred = Credential(
                name=f"bench-{i}",
                method=Method.OAUTH2,
                username=who.username,
                expires_at=tokens.expires_at,
                scopes=tuple(scopes),
                sandbox=True,
            )
            vault.save(
                cred,
                {
                    "client_id": keys.client_id,
                    "client_secret": keys.client_secret,
                    "access_token": tokens.access_token,
                    "refresh_token": tokens.refresh_token or "",
                },
            )
            t_saved = time.perf_counter()
            thread.join()
            if client is not None:
                client.close()
            if i == 0:
                continue  # warm-up: imports, first connections
            steps["receiver wake-up"].append(t_rx - marks["redirect"])
            steps["token exchange"].append(t_tok - t_rx)
            steps["identity"].append(t_who - t_tok)
            steps["vault save"].append(t_saved - t_who)
            steps["total"].append(t_saved - marks["redirect"])
    return steps


def measure(runs: int) -> dict[str, Any]:
    from twauth_gui.sandbox import Sandbox

    with Sandbox(port=0, auto="approve") as sandbox:
        cli = measure_cli(sandbox, runs)
        fresh = measure_steps(sandbox, runs, shared=False)
        shared = measure_steps(sandbox, runs, shared=True)
    return {
        "runs": runs,
        "cli_redirect_to_saved_ms": median(cli) * 1000,
        "cli_all_ms": [round(x * 1000, 1) for x in cli],
        "steps_fresh_clients_ms": {k: median(v) * 1000 for k, v in fresh.items()},
        "steps_shared_client_ms": {k: median(v) * 1000 for k, v in shared.items()},
    }


def rows(result: dict[str, Any]) -> list[list[str]]:
    n = result["runs"]
    out = [
        [
            f"`twauth login oauth2`: browser redirect → saved (median of {n})",
            f"{result['cli_redirect_to_saved_ms']:.0f} ms",
            "",
            "",
        ]
    ]
    fresh, shared = result["steps_fresh_clients_ms"], result["steps_shared_client_ms"]
    for step in fresh:
        out.append(
            [
                f"  in-process: {step}",
                f"{fresh[step]:.1f} ms (shared client: {shared[step]:.1f} ms)",
                "",
                "",
            ]
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json")
    args = parser.parse_args()
    os.environ.setdefault("TWAUTH_API_URL", "http://127.0.0.1:9")
    os.environ.setdefault("TWAUTH_WEB_URL", "http://127.0.0.1:9")
    result = measure(args.runs)
    dump(args.json, result)
    print(table(rows(result), ["benchmark", "result", "target", ""]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
