"""Export signals to CSV or XLSX in the import format, so an export imports back unchanged.

Two deliberate differences from a raw dump: cells a spreadsheet would run as a formula are
neutralised (see ``signal_format``), and a Chatham House signal's source and source URL are
left empty — its source is never disclosed in any export.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desk.fileio import atomic_path
from desk.models import Signal, SignalHsCode
from desk.models.hs import HsCode
from desk.services.search import SignalFilter, build_search
from desk.services.signal_format import COLUMNS, LIST_SEPARATOR, neutralize
from desk.store import Store

ExportProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    sources_withheld: int  # Chatham House signals whose source was left out


def export_rows(store: Store, flt: SignalFilter) -> tuple[list[dict[str, object]], int]:
    """The matching signals as export records (typed values, before neutralisation)."""
    S = Signal.__table__
    ids_query = build_search(flt).with_only_columns(S.c.id).order_by(None).subquery()
    stmt = (
        sa.select(S).where(S.c.id.in_(sa.select(ids_query.c.id))).order_by(S.c.observed_on, S.c.id)
    )
    H = SignalHsCode.__table__
    with store.session() as s:
        signals = s.execute(stmt).mappings().all()
        hs: dict[int, list[str]] = defaultdict(list)
        for sid, code in s.execute(
            sa.select(H.c.signal_id, H.c.code)
            .where(H.c.signal_id.in_(sa.select(ids_query.c.id)))
            .order_by(H.c.signal_id, H.c.code)
        ):
            hs[sid].append(code)
    records = []
    withheld = 0
    for r in signals:
        if r["chr"] and (r["source"] or r["source_url"]):
            withheld += 1
        records.append(
            {
                "observed_on": r["observed_on"],
                "country": r["country_code"],
                "title": r["title"],
                "summary": r["summary"],
                "category": r["category"],
                "source": "" if r["chr"] else r["source"],
                "source_url": "" if r["chr"] else r["source_url"],
                "source_kind": r["source_kind"],
                "reliability": r["reliability"],
                "credibility": r["credibility"],
                "hs_codes": f"{LIST_SEPARATOR} ".join(
                    HsCode(c).display for c in hs.get(r["id"], [])
                ),
                "tlp": r["tlp"],
                "chr": "true" if r["chr"] else "false",
                "tags": LIST_SEPARATOR.join(t for t in r["tags"].split(";") if t),
            }
        )
    return records, withheld


def _cell(value: object) -> object:
    return neutralize(value) if isinstance(value, str) else value


def export_signals(store: Store, path: Path | str, flt: SignalFilter | None = None) -> ExportReport:
    """Write the signals matching ``flt`` to ``path`` (.csv or .xlsx), atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unknown export type “{suffix}”: use .csv or .xlsx")
    records, withheld = export_rows(store, flt or SignalFilter())
    with atomic_path(path) as tmp:
        if suffix == ".csv":
            # UTF-8 with BOM so spreadsheet programs recognise the encoding.
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f, lineterminator="\r\n")
                writer.writerow(COLUMNS)
                for rec in records:
                    writer.writerow(
                        [
                            _cell(rec[c].isoformat() if c == "observed_on" else rec[c])
                            for c in COLUMNS
                        ]
                    )
        else:
            import pandas as pd

            frame = pd.DataFrame(
                [{c: _cell(rec[c]) for c in COLUMNS} for rec in records], columns=list(COLUMNS)
            )
            with pd.ExcelWriter(tmp, engine="openpyxl", date_format="YYYY-MM-DD") as writer:
                frame.to_excel(writer, index=False, sheet_name="signals")
                sheet = writer.sheets["signals"]
                for col, width in zip(
                    "ABCDEFGHIJKLM", (12, 8, 50, 60, 12, 30, 30, 6, 6, 20, 14, 6, 20), strict=True
                ):
                    sheet.column_dimensions[col].width = width
                sheet.freeze_panes = "A2"
    return ExportReport(path, len(records), withheld)
