"""Shared helpers for the benchmarks: child-process timing, max RSS, medians, tables."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


@dataclass(frozen=True)
class ChildRun:
    """One child process: seconds until ``marker`` appeared on stdout, until exit, max RSS."""

    to_marker: float
    to_exit: float
    max_rss_kb: int
    returncode: int
    output: str


def run_child(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    marker: str | None = None,
    stdin: str | None = None,
    timeout: float = 60.0,
) -> ChildRun:
    """Spawn ``cmd``; time it from spawn to the first stdout line containing ``marker`` and to
    exit; read that child's own max RSS with ``os.wait4`` (not the cumulative RUSAGE_CHILDREN)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        list(cmd),
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(env) if env is not None else None,
        text=True,
    )
    if stdin is not None:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
    assert proc.stdout is not None and proc.stderr is not None
    to_marker = float("nan")
    lines: list[str] = []
    deadline = start + timeout
    for line in proc.stdout:
        lines.append(line)
        if marker is not None and to_marker != to_marker and marker in line:
            to_marker = time.perf_counter() - start
        if time.perf_counter() > deadline:
            proc.kill()
            break
    _pid, status, usage = os.wait4(proc.pid, 0)
    end = time.perf_counter()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read()
    proc.stdout.close()
    proc.stderr.close()
    output = "".join(lines) + err
    if marker is None:
        to_marker = end - start
    return ChildRun(to_marker, end - start, int(usage.ru_maxrss), proc.returncode, output)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ms(seconds: float) -> str:
    return "n/a" if seconds != seconds else f"{seconds * 1000:.0f} ms"


def mib(kb: float) -> str:
    return "n/a" if kb != kb else f"{kb / 1024:.1f} MiB"


def table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    """A plain-text table (also valid Markdown)."""
    all_rows = [list(header), *[list(r) for r in rows]]
    widths = [max(len(r[i]) for r in all_rows) for i in range(len(header))]
    lines = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |"
        for r in all_rows
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def qt_version() -> str:
    try:
        out = subprocess.run(
            [
                PYTHON,
                "-c",
                "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())",
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.split()
        return f"PySide6 {out[0]}, Qt {out[1]}"
    except Exception as exc:  # reported, not fatal
        return f"unknown ({type(exc).__name__})"


def machine() -> dict[str, str]:
    """Where the figures were taken."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "qt": qt_version(),
    }


def base_env(**extra: str) -> dict[str, str]:
    """The parent's environment without TWAUTH_* settings, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TWAUTH_")}
    env["PYTHONPATH"] = str(ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env.update(extra)
    return env


def dump(path: str | None, data: object) -> None:
    if path:
        Path(path).write_text(json.dumps(data, indent=2) + "\n")
