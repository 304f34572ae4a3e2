"""Run the benchmarks: ``python -m bench [name ...]`` (names: store, signals, scale_queries, ui, briefing, scale_docs, exchange, team, trade)."""

from __future__ import annotations

import importlib
import platform
import sys

from bench.common import Result
from bench.table import render

BENCHES = [
    "store",
    "signals",
    "scale_queries",
    "ui",
    "briefing",
    "scale_docs",
    "exchange",
    "team",
    "trade",
]


def main(argv: list[str]) -> int:
    chosen = argv or BENCHES
    print(
        f"Desk benchmarks on {platform.node()} ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}"
    )
    over = 0
    everything: list[Result] = []
    for name in chosen:
        try:
            module = importlib.import_module(f"bench.bench_{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"bench.bench_{name}":
                continue
            raise
        print(f"\n== {name} ==")
        for result in module.run():
            everything.append(result)
            print(result.line(), flush=True)
            if result.budget is not None and result.seconds > result.budget:
                over += 1
    table = render(everything)
    if table:
        print("\n== issue 19: every budget at each store size ==")
        print("\n".join(table))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
