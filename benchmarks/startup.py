"""Cold start to the first painted window: ``twauth-gui --smoke`` versus a bare QWizard script.

The two are run alternately in the same session (after one discarded warm-up each), each in a
fresh interpreter. Times are from spawn to the line each prints once its window has been
painted; memory is each child's own max RSS (``os.wait4``).

    python benchmarks/startup.py [--runs 15] [--platform offscreen|xcb] [--json FILE]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, ROOT, ChildRun, base_env, dump, median, mib, ms, run_child, table

APP_CMD = [
    PYTHON,
    "-c",
    "import sys; from twauth_gui.ui.app import main; sys.exit(main())",
    "--smoke",
]
BARE_CMD = [PYTHON, str(ROOT / "benchmarks" / "bare_qwizard.py")]
TARGET_TIME = 1.3
TARGET_RSS = 1.25


def measure(runs: int, platform: str) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="twauth-bench-") as tmp:
        env = base_env(
            QT_QPA_PLATFORM=platform,
            TWAUTH_DATA_DIR=str(Path(tmp) / "data"),
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_CACHE_HOME=str(Path(tmp) / "cache"),
        )
        app: list[ChildRun] = []
        bare: list[ChildRun] = []
        for i in range(runs + 1):
            a = run_child(APP_CMD, env=env, marker="smoke ok")
            b = run_child(BARE_CMD, env=env, marker="painted")
            for run, name in ((a, "twauth-gui --smoke"), (b, "bare QWizard")):
                if run.returncode != 0 or run.to_marker != run.to_marker:
                    raise SystemExit(f"{name} failed (exit {run.returncode}):\n{run.output}")
            if i:  # the first pair only warms the page cache
                app.append(a)
                bare.append(b)
    result: dict[str, object] = {"platform": platform, "runs": runs}
    for name, series in (("app", app), ("bare", bare)):
        result[name] = {
            "paint_ms": median([r.to_marker for r in series]) * 1000,
            "exit_ms": median([r.to_exit for r in series]) * 1000,
            "rss_kb": median([r.max_rss_kb for r in series]),
            "paint_all_ms": [round(r.to_marker * 1000, 1) for r in series],
            "rss_all_kb": [r.max_rss_kb for r in series],
        }
    a_, b_ = result["app"], result["bare"]
    assert isinstance(a_, dict) and isinstance(b_, dict)
    result["paint_ratio"] = a_["paint_ms"] / b_["paint_ms"]
    result["exit_ratio"] = a_["exit_ms"] / b_["exit_ms"]
    result["rss_ratio"] = a_["rss_kb"] / b_["rss_kb"]
    return result


def rows(result: dict[str, object]) -> list[list[str]]:
    a, b = result["app"], result["bare"]
    assert isinstance(a, dict) and isinstance(b, dict)
    plat = str(result["platform"])
    pr, rr = float(result["paint_ratio"]), float(result["rss_ratio"])  # type: ignore[arg-type]
    return [
        [
            f"cold start to first paint ({plat}, median of {result['runs']})",
            f"{ms(a['paint_ms'] / 1000)} vs bare {ms(b['paint_ms'] / 1000)} = {pr:.2f}×",
            f"≤ {TARGET_TIME}×",
            "PASS" if pr <= TARGET_TIME else "MISS",
        ],
        [
            f"max RSS ({plat})",
            f"{mib(a['rss_kb'])} vs bare {mib(b['rss_kb'])} = {rr:.2f}×",
            f"≤ {TARGET_RSS}×",
            "PASS" if rr <= TARGET_RSS else "MISS",
        ],
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--json")
    args = parser.parse_args()
    result = measure(args.runs, args.platform)
    dump(args.json, result)
    print(table(rows(result), ["benchmark", "result", "target", ""]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
