"""``desk trade import``: official trade statistics in CHPI goods into the store.

Every file is read and checked first (``trade_files``), outside any transaction; then all of
them are stored in one write transaction, so a bad file or a failure half-way writes nothing.
A file replaces the flows of the (source, reporter, period) pairs it covers: importing a
corrected or the same file again never doubles. Files given together add up — a Comtrade
download split by product or partner covers the same pairs in several files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from desk.errors import InvalidInput
from desk.models import TradeFlow, TradeSourceFile
from desk.models.base import table_of
from desk.models.trade import CURRENCY
from desk.services import audit
from desk.services.trade_files import ReadProgress, TradeFileData, read_trade_file
from desk.services.work import Context, Work, reading, writing
from desk.store.bulk import insert_rows

BATCH = 5000
PAIRS_PER_STATEMENT = 400  # (reporter, period) pairs per DELETE: well under any bind limit
# progress(done, total or rows kept, phase): "read" (rows read, kept) per chunk of a file,
# "write" (flows written, flows to write) per batch
TradeProgress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class TradeImportReport:
    """What one file brought (or would bring, in a dry run)."""

    file_name: str
    source: str
    rows_read: int
    rows_kept: int
    skipped_non_chpi: int
    skipped_other: int
    periods: tuple[str, ...]
    reporters: tuple[str, ...]
    flows: int  # stored rows: the kept rows summed by reporter, partner, product, flow, period
    replaced: int  # flows of the same (source, reporter, period) there were before
    dry_run: bool

    def summary(self) -> str:
        span = (
            f"{self.periods[0]}…{self.periods[-1]} ({len(self.periods)} periods)"
            if len(self.periods) > 1
            else (self.periods[0] if self.periods else "no periods")
        )
        verb = "would keep" if self.dry_run else "kept"
        text = (
            f"{self.file_name}: {self.source}, {span}, {len(self.reporters)} reporter(s): "
            f"{verb} {self.rows_kept} of {self.rows_read} rows as {self.flows} flows, "
            f"skipped {self.skipped_non_chpi} non-CHPI"
        )
        if self.skipped_other:
            text += f" and {self.skipped_other} other (areas, re-exports)"
        replaced = "would replace" if self.dry_run else "replaced"
        return text + f"; {replaced} {self.replaced} earlier flows"


def import_trade_files(
    ctx: Context,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    progress: TradeProgress | None = None,
) -> list[TradeImportReport]:
    """Import Comext and Comtrade files: all of them, or (on any error) none."""
    with reading(ctx) as r:
        chpi = {code: item.tier for code, item in r.reference.chpi.items()}
    read_progress: ReadProgress | None = progress
    files: list[TradeFileData] = []
    for path in paths:
        data = read_trade_file(Path(path), chpi, read_progress)
        twin = next((f for f in files if f.sha256 == data.sha256), None)
        if twin is not None:
            raise InvalidInput(f"{data.path.name} is the same file as {twin.path.name}")
        files.append(data)
    if dry_run:
        with reading(ctx) as r:
            return _store_all(r, chpi, files, dry_run=True, progress=progress)
    with writing(ctx) as w:
        return _store_all(w, chpi, files, dry_run=False, progress=progress)


def _store_all(
    w: Work,
    chpi: dict[str, str],
    files: list[TradeFileData],
    *,
    dry_run: bool,
    progress: TradeProgress | None,
) -> list[TradeImportReport]:
    conn = w.session.connection()
    total = sum(len(f.flows) for f in files)
    written = 0
    cleared: set[tuple[str, str, str]] = set()  # pairs this run replaced: its files add up
    reports = []
    for data in files:
        pairs = sorted((r, p) for r, p in data.covered if (data.source.value, r, p) not in cleared)
        cleared.update((data.source.value, r, p) for r, p in pairs)
        replaced = _clear(conn, data.source.value, pairs, count_only=dry_run)
        if not dry_run:
            file_id = _record_file(w, data, replaced)
            for batch in _batches(_flow_rows(data, chpi, file_id)):
                insert_rows(conn, table_of(TradeFlow), batch)
                written += len(batch)
                if progress is not None:
                    progress(written, total, "write")
        reports.append(_report(data, replaced, dry_run))
    return reports


def _clear(
    conn: sa.Connection, source: str, pairs: list[tuple[str, str]], *, count_only: bool
) -> int:
    """Delete (or count) the flows of ``source`` for the (reporter, period) ``pairs``."""
    t = table_of(TradeFlow)
    found = 0
    for start in range(0, len(pairs), PAIRS_PER_STATEMENT):
        part = pairs[start : start + PAIRS_PER_STATEMENT]
        where = sa.and_(t.c.source == source, sa.tuple_(t.c.reporter, t.c.period).in_(part))
        if count_only:
            found += conn.execute(sa.select(sa.func.count()).where(where)).scalar_one()
        else:
            found += conn.execute(sa.delete(t).where(where)).rowcount
    return found


def _record_file(w: Work, data: TradeFileData, replaced: int) -> int:
    periods = data.periods
    record = TradeSourceFile(
        source=data.source.value,
        file_name=data.path.name,
        sha256=data.sha256,
        first_period=periods[0] if periods else "",
        last_period=periods[-1] if periods else "",
        periods=len(periods),
        reporters=";".join(data.reporters),
        rows_read=data.rows_read,
        rows_kept=data.rows_kept,
        rows_skipped=data.skipped_non_chpi + data.skipped_other,
        flows_stored=len(data.flows),
        flows_replaced=replaced,
        imported_by=w.actor,
    )
    w.session.add(record)
    w.session.flush()
    assert record.id is not None
    audit.record(
        w.session,
        actor=w.actor,
        entity="trade_source_file",
        entity_id=record.id,
        action="import",
        changes={"file_name": (None, data.path.name), "flows": (replaced, len(data.flows))},
    )
    return record.id


def _flow_rows(data: TradeFileData, chpi: dict[str, str], file_id: int) -> Iterable[dict[str, Any]]:
    source, currency = data.source.value, CURRENCY[data.source]
    frame = data.flows
    # plain Python values for the driver; no weight given is None, not NaN
    columns: list[list[Any]] = [
        frame[name].astype(str).tolist()
        for name in ("reporter", "partner", "product", "hs6", "flow", "period")
    ]
    values: list[Any] = frame["value"].astype(float).tolist()
    quantities: list[Any] = (
        frame["quantity"].astype(object).where(frame["quantity"].notna(), None).tolist()
    )
    for reporter, partner, product, hs6, flow, period, value, quantity in zip(
        *columns, values, quantities, strict=True
    ):
        yield {
            "source_file_id": file_id,
            "source": source,
            "reporter": reporter,
            "partner": partner,
            "product": product,
            "hs6": hs6,
            "tier": chpi[hs6],
            "flow": flow,
            "period": period,
            "value": value,
            "currency": currency,
            "quantity_kg": None if quantity is None else float(quantity),
        }


def _batches(rows: Iterable[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _report(data: TradeFileData, replaced: int, dry_run: bool) -> TradeImportReport:
    return TradeImportReport(
        file_name=data.path.name,
        source=data.source.value,
        rows_read=data.rows_read,
        rows_kept=data.rows_kept,
        skipped_non_chpi=data.skipped_non_chpi,
        skipped_other=data.skipped_other,
        periods=tuple(data.periods),
        reporters=tuple(data.reporters),
        flows=len(data.flows),
        replaced=replaced,
        dry_run=dry_run,
    )
