"""``twauth token NAME`` latency, and proof that it imports no Qt, httpx, oauthlib or keyring.

Each run is a fresh interpreter started exactly like the ``twauth`` console script
(``from twauth_gui.cli import main; sys.exit(main())``), timed from spawn to exit. The data
dir is found the normal way (platformdirs, with ``XDG_DATA_HOME`` pointing at a temp dir),
not through ``TWAUTH_DATA_DIR``.

    python benchmarks/token_latency.py --store file [--runs 21] [--json FILE]
    python benchmarks/token_latency.py --store os     # re-runs itself under dbus-run-session
                                                      # with a throwaway gnome-keyring
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, ROOT, base_env, dump, median, ms, run_child, table

TARGET_S = 0.150
ENTRY = "import sys; from twauth_gui.cli import main; sys.exit(main())"
# Prints the modules loaded by `twauth token NAME` (to stderr; the token goes to stdout).
PROBE = (
    "import sys; from twauth_gui.cli import main; rc = main(sys.argv[1:]); "
    "print(' '.join(sorted(sys.modules)), file=sys.stderr); sys.exit(rc)"
)
FORBIDDEN = ("PySide6", "shiboken6", "httpx", "httpcore", "oauthlib", "keyring", "requests")
PASSPHRASE = "bench correct horse battery staple"


def _env(tmp: Path, store: str) -> dict[str, str]:
    env = base_env(
        XDG_DATA_HOME=str(tmp / "xdg-data"),
        XDG_CONFIG_HOME=str(tmp / "xdg-config"),
        TWAUTH_VAULT=store,
        PYTHONDONTWRITEBYTECODE="",
    )
    env.pop("PYTHONDONTWRITEBYTECODE")
    if store == "file":
        env["TWAUTH_VAULT_PASSPHRASE"] = PASSPHRASE
    return env


def _setup(env: dict[str, str]) -> None:
    """A pasted bearer through the real CLI, and a valid OAuth 2.0 credential."""
    cli = [PYTHON, "-c", ENTRY]
    run = run_child(
        [*cli, "login", "bearer", "--profile", "bearer"],
        env=env,
        stdin="bench-bearer-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n",
    )
    if run.returncode:
        raise SystemExit(f"login bearer failed:\n{run.output}")
    code = (
        "import time; from twauth_gui.core.vault import Vault, Credential;"
        "from twauth_gui.core.models import Method;"
        "v = Vault.open();"
        "v.save(Credential(name='oauth2', method=Method.OAUTH2, expires_at=time.time() + 7000,"
        " scopes=('tweet.read', 'users.read', 'offline.access'), username='bench'),"
        " {'client_id': 'bench-client', 'client_secret': 'bench-client-secret-xyz',"
        "  'access_token': 'bench-access-BBBBBBBBBBBBBBBB',"
        "  'refresh_token': 'bench-refresh-CCCCCCCC'})"
    )
    out = subprocess.run([PYTHON, "-c", code], env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"saving the OAuth 2.0 credential failed:\n{out.stderr}")


def measure(store: str, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="twauth-bench-") as tmpdir:
        tmp = Path(tmpdir)
        env = _env(tmp, store)
        _setup(env)
        cmds = {
            "python -c pass": ([PYTHON, "-c", "pass"], None),
            "twauth token bearer": ([PYTHON, "-c", ENTRY, "token", "bearer"], "bench-bearer-"),
            "twauth token oauth2": ([PYTHON, "-c", ENTRY, "token", "oauth2"], "bench-access-"),
        }
        times: dict[str, list[float]] = {k: [] for k in cmds}
        for i in range(runs + 1):
            for name, (cmd, expect) in cmds.items():
                run = run_child(cmd, env=env)
                if run.returncode or (expect and expect not in run.output):
                    raise SystemExit(f"{name} failed (exit {run.returncode}):\n{run.output}")
                if i:
                    times[name].append(run.to_exit)
        modules: dict[str, list[str]] = {}
        for name in ("bearer", "oauth2"):
            out = subprocess.run(
                [PYTHON, "-c", PROBE, "token", name],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            loaded = out.stderr.split()
            modules[name] = sorted(
                {m.split(".")[0] for m in loaded if m.split(".")[0] in FORBIDDEN}
            )
        imp = subprocess.run(
            [PYTHON, "-X", "importtime", "-c", ENTRY, "token", "oauth2"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stderr
    top = sorted(
        (
            line
            for line in imp.splitlines()
            if line.startswith("import time:")
            and "|" in line
            and line.split("|")[1].strip().isdigit()
        ),
        key=lambda line: int(line.split("|")[1]),
        reverse=True,
    )[:8]
    return {
        "store": store,
        "runs": runs,
        "median_ms": {k: median(v) * 1000 for k, v in times.items()},
        "all_ms": {k: [round(x * 1000, 1) for x in v] for k, v in times.items()},
        "forbidden_modules_loaded": modules,
        "importtime_top": top,
    }


def rows(result: dict[str, object]) -> list[list[str]]:
    med = result["median_ms"]
    bad = result["forbidden_modules_loaded"]
    assert isinstance(med, dict) and isinstance(bad, dict)
    store = {"file": "encrypted file vault", "os": "Secret Service (gnome-keyring)"}[
        str(result["store"])
    ]
    out = [[f"bare `python -c pass` ({store} run)", ms(med["python -c pass"] / 1000), "", ""]]
    for name in ("bearer", "oauth2"):
        value = med[f"twauth token {name}"]
        out.append(
            [
                f"`twauth token` {name}, {store} (median of {result['runs']})",
                ms(value / 1000),
                f"≤ {TARGET_S * 1000:.0f} ms",
                "PASS" if value <= TARGET_S * 1000 else "MISS",
            ]
        )
        out.append(
            [
                f"  modules loaded from {', '.join(FORBIDDEN[:4])}…",
                ", ".join(bad[name]) or "none",
                "none",
                "PASS" if not bad[name] else "MISS",
            ]
        )
    return out


def _start_keyring(tmp: Path) -> subprocess.Popen[bytes]:
    """A throwaway gnome-keyring (login keyring created and unlocked from stdin)."""
    os.environ["XDG_DATA_HOME"] = str(tmp / "keyring-data")
    runtime = tmp / "runtime"
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"twauth-bench")
    daemon.stdin.close()
    check = (
        "import secretstorage as s; c = s.dbus_init();"
        "assert not s.get_default_collection(c).is_locked()"
    )
    for _ in range(100):
        if subprocess.run([PYTHON, "-c", check], capture_output=True).returncode == 0:
            return daemon
        time.sleep(0.1)
    daemon.terminate()
    raise SystemExit("gnome-keyring did not come up unlocked")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", choices=["file", "os"], default="file")
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--json")
    parser.add_argument("--in-session", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.store == "os" and not args.in_session:
        if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
            print("skipped: dbus-run-session and gnome-keyring-daemon are needed", file=sys.stderr)
            return 0
        cmd = [
            "dbus-run-session",
            "--",
            PYTHON,
            __file__,
            "--store",
            "os",
            "--runs",
            str(args.runs),
            "--in-session",
        ] + (["--json", args.json] if args.json else [])
        return subprocess.run(
            cmd,
            cwd=ROOT,
            stderr=subprocess.DEVNULL if not os.environ.get("BENCH_VERBOSE") else None,
        ).returncode
    daemon = None
    with tempfile.TemporaryDirectory(prefix="twauth-keyring-") as tmp:
        if args.store == "os":
            daemon = _start_keyring(Path(tmp))
        try:
            result = measure(args.store, args.runs)
        finally:
            if daemon is not None:
                daemon.terminate()
                daemon.wait(10)
    dump(args.json, result)
    print(table(rows(result), ["benchmark", "result", "target", ""]))
    for line in result["importtime_top"]:  # type: ignore[attr-defined]
        print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
