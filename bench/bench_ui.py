"""The app at each store size (issues #4 and #19): start to ready, background work done, filter
as you type, header sorts, scroll to the end, close (felt, and to the end of the shutdown), RSS.

``BENCH_SCALE_SIZES=100000,1000000`` (the default) chooses the store sizes. Each run is a fresh
process (offscreen Qt) on a copy of the bench's store (the app writes: statistics, its daily
backup), compared in the same run with a bare PySide6 window. Min of three runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import PASSPHRASE, Result
from bench.fixtures import big_store_path
from desk.store.layout import backups_dir, side_files, unlock_file

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3
TYPED = {"k": "app_type_k", "kyrgyz": "app_type_kyrgyz"}
SORTED = {"status": "app_sort_status", "grade": "app_sort_grade"}


def sizes() -> list[int]:
    raw = os.environ.get("BENCH_SCALE_SIZES", "100000,1000000")
    return sorted(int(s) for s in raw.split(",") if s.strip())


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
        timeout=600,
        check=True,
    )
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def _copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    shutil.copyfile(source, target)
    shutil.copyfile(unlock_file(source), unlock_file(target))
    return target


def _fresh(store: Path) -> None:
    """As on the first start of the day: no daily backup yet (each run takes one)."""
    shutil.rmtree(backups_dir(store), ignore_errors=True)
    for side in side_files(store):
        side.unlink(missing_ok=True)


def _runs(size: int) -> list[list[dict]]:
    with tempfile.TemporaryDirectory(prefix="desk-bench-ui-", dir=ROOT / "bench" / "out") as tmp:
        store = _copy(big_store_path(size), Path(tmp))
        runs = []
        for _ in range(RUNS):
            _fresh(store)
            runs.append(_probe("desk", str(store)))
        return runs


def _best(runs: list[list[dict]], event: str, **match: object) -> float:
    return min(
        next(e["seconds"] for e in r if e["event"] == event and match.items() <= e.items())
        for r in runs
    )


def _size_results(size: int, bare: float) -> list[Result]:  # Long: one Result per table row
    runs = _runs(size)
    n = f"{size:,}"
    tag = {"size": size}
    results = [
        Result(
            f"start to main window ready ({n} signals)",
            _best(runs, "ready"),
            budget=1.5,
            baseline=bare,
            note="baseline = bare PySide6 window in a fresh process",
            row="app_ready",
            **tag,
        ),
        Result(
            f"start to background work done ({n})",
            _best(runs, "settled"),
            budget=3.0,
            row="app_settled",
            **tag,
        ),
    ]
    last = runs[-1]
    for e in (e for e in last if e["event"] == "type"):
        best = _best(runs, "type", text=e["text"])
        waited = min(
            next(
                x["seconds"] - x["query"]
                for x in r
                if x["event"] == "type" and x["text"] == e["text"]
            )
            for r in runs
        )
        results.append(
            Result(
                f"keystroke to rows: '{e['text']}' ({e['rows']:,} rows, {n})",
                best,
                budget=0.1,
                note=f"query {best - waited:.3f} s, not in the query {waited:.3f} s",
                row=TYPED.get(e["text"], ""),
                **tag,
            )
        )
    for e in (e for e in last if e["event"] == "sort"):
        results.append(
            Result(
                f"header sort: {e['column']} ({n})",
                _best(runs, "sort", column=e["column"]),
                budget=0.1,
                row=SORTED.get(e["column"], ""),
                **tag,
            )
        )
    stall = max(e["max_stall"] for r in runs for e in r if e["event"] == "scroll_end")
    results.append(
        Result(
            f"scroll to the end: last page shown ({n})",
            _best(runs, "scroll_end"),
            budget=0.5,
            note=f"longest event-loop stall {stall * 1000:.0f} ms",
            row="app_scroll_end",
            **tag,
        )
    )
    exits = [next(e for e in r if e["event"] == "close_exit") for r in runs]
    results.append(
        Result(
            f"close: window gone ({n})",
            _best(runs, "close_felt"),
            budget=1.0,
            note=f"to the end of the shutdown {min(e['seconds'] for e in exits):.1f} s "
            f"(daily backup taken: {', '.join(e['backup'] for e in exits)})",
            row="app_close",
            **tag,
        )
    )
    rss = max(e["mb"] for r in runs for e in r if e["event"].startswith("rss"))
    results.append(
        Result(
            f"resident memory, peak seen ({n}; MB as ms)",
            rss / 1000,
            budget=0.4,
            note=f"{rss:.0f} MB (budget 400 MB)",
            row="app_rss",
            **tag,
        )
    )
    return results


def run() -> list[Result]:
    bare = min(_probe("bare")[0]["seconds"] for _ in range(RUNS))
    results: list[Result] = []
    for size in sizes():
        results.extend(_size_results(size, bare))
    return results
