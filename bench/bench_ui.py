"""Issue #4: the app with 100,000 signals — start to ready, filter as you type, sort, scroll, RSS.

Each run is a fresh process (offscreen Qt), compared in the same run with a bare PySide6 window.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench.common import PASSPHRASE, Result
from bench.fixtures import big_store_path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3


def _probe(*args: str) -> list[dict]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_PASSPHRASE": PASSPHRASE,
        "PYTHONPATH": str(ROOT),
    }
    out = subprocess.run(
        [sys.executable, "-m", "bench.ui_probe", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def run() -> list[Result]:
    store = str(big_store_path())
    bare = statistics.median(_probe("bare")[0]["seconds"] for _ in range(RUNS))
    runs = [_probe("desk", store) for _ in range(RUNS)]
    ready = statistics.median(next(e["seconds"] for e in r if e["event"] == "ready") for r in runs)
    settled = statistics.median(
        next(e["seconds"] for e in r if e["event"] == "settled") for r in runs
    )
    results = [
        Result(
            "start to main window ready (100k signals)",
            ready,
            budget=1.5,
            baseline=bare,
            note="baseline = bare PySide6 window in a fresh process",
        ),
        Result("start to background work done (chart, counts)", settled),
    ]
    events = runs[-1]
    for e in events:
        if e["event"] == "type":
            results.append(
                Result(
                    f"keystroke to rows: '{e['text']}' ({e['rows']:,} rows)",
                    e["seconds"],
                    budget=0.1,
                )
            )
        elif e["event"] == "sort":
            results.append(Result(f"header sort: {e['column']}", e["seconds"], budget=0.1))
        elif e["event"] == "scroll_end":
            results.append(Result("scroll to the end: last page shown", e["seconds"],
                                  note=f"longest event-loop stall {e['max_stall'] * 1000:.0f} ms"))  # fmt: skip
    rss = max(e["mb"] for e in events if e["event"].startswith("rss"))
    results.append(Result("resident memory, peak seen (MB as ms)", rss / 1000, budget=0.4,
                          note=f"{rss:.0f} MB (budget 400 MB)"))  # fmt: skip
    return results
