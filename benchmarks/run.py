"""Run every twauth-gui benchmark and print one table (Markdown) plus the machine.

    python benchmarks/run.py                  # full run (~3 minutes)
    python benchmarks/run.py --quick          # fewer repetitions
    python benchmarks/run.py --only startup,token --json results.json

Parts: ``startup`` (offscreen, and X11 under xvfb-run when available), ``token`` (encrypted
file vault, and the Secret Service under dbus-run-session + gnome-keyring when available),
``stall`` (GUI-thread heartbeat during every wizard flow), ``loopback`` (browser redirect →
tokens saved). These are measurements, not tests: nothing here fails a build; the PASS/MISS
column compares with the budgets in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gui_stall
import loopback_latency
import startup
import token_latency
from _common import PYTHON, machine, table

HERE = Path(__file__).resolve().parent
PARTS = ("startup", "token", "stall", "loopback")


def _subprocess_json(cmd: list[str]) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        proc = subprocess.run([*cmd, "--json", str(out)], capture_output=True, text=True)
        if proc.returncode or not out.exists():
            print(f"skipped: {' '.join(cmd[:3])}…: {proc.stderr.strip()[-500:]}", file=sys.stderr)
            return None
        data: dict[str, Any] = json.loads(out.read_text())
        return data


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(PARTS)}")
    parser.add_argument("--json", help="also write every raw figure to this file")
    args = parser.parse_args()
    parts = args.only.split(",") if args.only else list(PARTS)
    quick = args.quick
    rows: list[list[str]] = []
    raw: dict[str, Any] = {"machine": machine()}

    def progress(text: str) -> None:
        print(f"… {text}", file=sys.stderr, flush=True)

    if "startup" in parts:
        runs = 7 if quick else 21
        progress(f"start-up, offscreen ({runs} alternating pairs)")
        raw["startup_offscreen"] = startup.measure(runs, "offscreen")
        rows += startup.rows(raw["startup_offscreen"])
        if shutil.which("xvfb-run"):
            progress(f"start-up, X11 under xvfb-run ({runs} alternating pairs)")
            cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", PYTHON,
                   str(HERE / "startup.py"), "--platform", "xcb", "--runs", str(runs)]  # fmt: skip
            result = _subprocess_json(cmd)
            if result:
                raw["startup_xcb"] = result
                rows += startup.rows(result)
    if "token" in parts:
        runs = 7 if quick else 21
        progress(f"twauth token, encrypted file vault ({runs} runs)")
        raw["token_file"] = token_latency.measure("file", runs)
        rows += token_latency.rows(raw["token_file"])
        progress(f"twauth token, Secret Service ({runs} runs)")
        cmd = [PYTHON, str(HERE / "token_latency.py"), "--store", "os", "--runs", str(runs)]
        result = _subprocess_json(cmd)
        if result:
            raw["token_os"] = result
            rows += token_latency.rows(result)
    if "stall" in parts:
        runs = 1 if quick else 3
        progress(f"GUI stalls, {len(gui_stall.METHODS)} flows × {runs}, 0.5 s between clicks")
        raw["stall"] = gui_stall.measure(runs, "file", think=0.5)
        rows += gui_stall.rows(raw["stall"])
        progress(f"GUI stalls, {len(gui_stall.METHODS)} flows, clicking at machine speed")
        raw["stall_machine_pace"] = gui_stall.measure(1, "file", think=0.0)
        rows += [
            r
            for r in gui_stall.rows(raw["stall_machine_pace"])
            if " flow, " in r[0] or "clicked" in r[0]
        ]
    if "loopback" in parts:
        runs = 7 if quick else 15
        progress(f"loopback redirect → saved ({runs} runs)")
        raw["loopback"] = loopback_latency.measure(runs)
        rows += loopback_latency.rows(raw["loopback"])

    m = raw["machine"]
    print(
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory']} RAM, {m['os']}, "
        f"Python {m['python']}, {m['qt']}\n"
    )
    print(table(rows, ["benchmark", "result", "target", ""]))
    if args.json:
        Path(args.json).write_text(json.dumps(raw, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
