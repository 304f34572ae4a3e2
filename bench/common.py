"""Timing helpers shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

PASSPHRASE = "bench passphrase"


@dataclass
class Result:
    name: str
    seconds: float
    budget: float | None = None
    baseline: float | None = None
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)
    # Issue #19's summary table: which of its rows this figure is (a key of
    # bench.table.ROWS) and at which store size; untagged results print only in their bench.
    row: str = ""
    size: int = 0
    backend: str = ""  # "" for SQLCipher (the default store), "pg" for team mode

    def line(self) -> str:
        parts = [f"{self.name:<48} {self.seconds * 1000:9.1f} ms"]
        if self.baseline is not None:
            ratio = self.seconds / self.baseline if self.baseline else float("inf")
            parts.append(f"baseline {self.baseline * 1000:8.1f} ms  ratio {ratio:5.2f}")
        if self.budget is not None:
            verdict = "ok" if self.seconds <= self.budget else "OVER BUDGET"
            parts.append(f"budget {self.budget * 1000:.0f} ms: {verdict}")
        if self.note:
            parts.append(self.note)
        return "  ".join(parts)


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``repeat`` runs (the median resists one-off hiccups)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def min_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs (the machine is shared: the minimum is the least
    disturbed)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value
