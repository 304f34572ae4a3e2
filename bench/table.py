"""Issue #19's table: every budgeted operation at each store size, beside its floor.

Benchmarks tag a ``Result`` with ``row`` (a key below) and ``size``; ``python -m bench`` prints
this table after the individual benches, one column per size, with the largest size's floor
(raw SQL, plain reportlab, plain ``cp``, a bare Qt window: measured in the same run) and the
ratio to it. A row no bench measured says so instead of passing silently.
"""

from __future__ import annotations

from collections.abc import Iterable

from bench.common import Result

# key: (the operation as the issue names it, its budget in words)
ROWS: dict[str, tuple[str, str]] = {
    "nav_counts": ("navigator counts per region (background)", "<= 0.1 s"),
    "chart": ("trend chart, monthly counts (background)", "<= 0.1 s"),
    "keystroke_k": ('first keystroke "k" (prefix): page + count', "<= 0.1 s"),
    "count_am": ("count country:AM", "<= 0.1 s"),
    "dao_tier1": ("region:DAO tier:1 first page", "<= 0.1 s"),
    "grade_since": ("grade:<=B2 since: first page", "<= 0.1 s"),
    "sort_status": ("sort by status, first page", "<= 0.1 s"),
    "last_page": ("last page of a full listing", "<= 0.2 s"),
    "briefing_2k": ("meeting briefing, 2,000 signals in the window", "<= 2x floor"),
    "briefing_10k": ("meeting briefing, 10,000 in the window", "<= 2x floor"),
    "briefing_60k": (
        "meeting briefing, 60,000 in the window (fresh process)",
        "seconds, <= 400 MB",
    ),
    "briefing_queries": ("briefing queries, largest window", "<= 0.5 s"),
    "backup": ("desk backup", "<= 3x cp"),
    "app_ready": ("app: start to ready", "<= 1.5 s"),
    "app_settled": ("app: start to background work done", "<= 3 s"),
    "app_type_k": ('app: keystroke "k" to rows', "<= 0.1 s"),
    "app_type_kyrgyz": ('app: keystroke "kyrgyz" to rows', "<= 0.1 s"),
    "app_sort_status": ("app: header sort status", "<= 0.1 s"),
    "app_sort_grade": ("app: header sort grade", "<= 0.1 s"),
    "app_scroll_end": ("app: scroll to the end", "<= 0.5 s"),
    "app_close": ("app: close (with the daily backup), felt", "<= 1 s"),
    "app_rss": ("app: resident memory (MB shown as ms)", "<= 400 MB"),
    "import_10k": ("import 10,000 rows into the store", "<= 3 s"),
    "check_quick": ("desk check (quick)", "<= 5 s"),
}


Column = tuple[str, int]  # (backend, size): SQLCipher columns first, then PostgreSQL's


def _size(column: Column) -> str:
    backend, n = column
    size = f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"
    return f"PG {size}" if backend else size


def _cell(result: Result | None) -> str:
    if result is None:
        return "-"
    mark = "" if result.budget is None or result.seconds <= result.budget else " OVER"
    return f"{result.seconds * 1000:,.1f} ms{mark}"


def render(results: Iterable[Result]) -> list[str]:
    """The table's lines; empty when no result carries a row (e.g. only one bench was run)."""
    tagged = [r for r in results if r.row]
    if not tagged:
        return []
    sizes = sorted({(r.backend, r.size) for r in tagged})
    found = {(r.row, (r.backend, r.size)): r for r in tagged}
    head = f"{'operation':<56}" + "".join(f"{_size(s):>18}" for s in sizes)
    lines = [head + f"{'floor':>16}{'ratio':>8}  budget"]
    for key, (label, budget) in ROWS.items():
        cells = "".join(f"{_cell(found.get((key, s))):>18}" for s in sizes)
        # the floor and ratio of the largest SQLCipher store (else of whatever was measured)
        ordered = sorted(sizes, key=lambda c: (c[0] == "", c[1]))
        largest = next((found[(key, s)] for s in reversed(ordered) if (key, s) in found), None)
        floor = ratio = ""
        if largest is not None and largest.baseline:
            floor = f"{largest.baseline * 1000:,.1f} ms"
            ratio = f"{largest.seconds / largest.baseline:.2f}"
        missing = "  (not measured in this run)" if largest is None else ""
        lines.append(f"{label:<56}{cells}{floor:>16}{ratio:>8}  {budget}{missing}")
    return lines
