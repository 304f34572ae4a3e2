"""Issue #3: on 100,000 signals — import a 100,000-row CSV, search/filter/sort first page, count.

Each figure is printed next to a baseline measured in the same run: hand-written raw SQL on the
same store (for the import: a raw executemany of the same rows).
"""

from __future__ import annotations

import csv
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from bench.common import PASSPHRASE, Result, best_of, timed
from bench.fixtures import copy_of_big_store, open_big_store
from desk.services.demo import synthetic_drafts
from desk.services.importer import import_signals
from desk.services.reference import load_reference
from desk.services.search import Sort, count_signals, parse_query, search_signals
from desk.services.signals import signal_columns
from desk.services.validation import COLUMNS, draft_record
from desk.store import open_store

PAGE = 200
SINCE = (date.today() - timedelta(days=90)).isoformat()

# (label, query text, sort, raw SQL for the same first page, raw SQL count)
QUERIES = [
    (
        "no filter, newest first",
        "",
        Sort(),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.status != 'archived' "
        "ORDER BY s.observed_on DESC, s.id DESC LIMIT 200",
        "SELECT count(*) FROM signal WHERE status != 'archived'",
    ),
    (
        "words: 'oscilloscopes kyrgyz'",
        "oscilloscopes kyrgyz",
        Sort(),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.id IN "
        '(SELECT rowid FROM signal_fts WHERE signal_fts MATCH \'"oscilloscopes" AND "kyrgyz"*\') '
        "AND s.status != 'archived' ORDER BY s.observed_on DESC, s.id DESC LIMIT 200",
        "SELECT count(*) FROM signal s WHERE s.id IN (SELECT rowid FROM signal_fts WHERE signal_fts "
        "MATCH '\"oscilloscopes\" AND \"kyrgyz\"*') AND s.status != 'archived'",
    ),
    (
        "country:AM",
        "country:AM",
        Sort(),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.country_code = 'AM' "
        "AND s.status != 'archived' ORDER BY s.observed_on DESC, s.id DESC LIMIT 200",
        "SELECT count(*) FROM signal WHERE country_code = 'AM' AND status != 'archived'",
    ),
    (
        "region:DAO tier:1",
        "region:DAO tier:1",
        Sort(),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE c.directorate_code = 'DAO' "
        "AND EXISTS (SELECT 1 FROM signal_hs_code h WHERE h.signal_id = s.id AND h.tier = '1') "
        "AND s.status != 'archived' ORDER BY s.observed_on DESC, s.id DESC LIMIT 200",
        "SELECT count(*) FROM signal s JOIN country c ON c.code = s.country_code WHERE c.directorate_code = 'DAO' "
        "AND EXISTS (SELECT 1 FROM signal_hs_code h WHERE h.signal_id = s.id AND h.tier = '1') AND s.status != 'archived'",
    ),
    (
        f"grade:<=B2 since:{SINCE}",
        f"grade:<=B2 since:{SINCE}",
        Sort(),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.reliability IN ('A','B') "
        f"AND s.credibility <= 2 AND s.observed_on >= '{SINCE}' AND s.status != 'archived' "
        "ORDER BY s.observed_on DESC, s.id DESC LIMIT 200",
        "SELECT count(*) FROM signal s WHERE s.reliability IN ('A','B') AND s.credibility <= 2 "
        f"AND s.observed_on >= '{SINCE}' AND s.status != 'archived'",
    ),
    (
        "sort by country",
        "",
        Sort("country", descending=False),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.status != 'archived' "
        "ORDER BY c.name_en, s.id LIMIT 200",
        None,
    ),
    (
        "sort by grade",
        "",
        Sort("grade", descending=False),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.status != 'archived' "
        "ORDER BY s.reliability, s.credibility, s.id LIMIT 200",
        None,
    ),
    (
        "sort by status",
        "",
        Sort("status", descending=False),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.status != 'archived' "
        "ORDER BY CASE s.status WHEN 'new' THEN 0 WHEN 'reviewed' THEN 1 WHEN 'discussed' THEN 2 ELSE 3 END, s.id LIMIT 200",
        None,
    ),
    (
        "sort by CHPI tier, last page",
        "",
        Sort("tier", descending=False),
        "SELECT s.id FROM signal s JOIN country c ON c.code = s.country_code WHERE s.status != 'archived' "
        "ORDER BY s.tier_rank, s.id LIMIT 200 OFFSET 89800",
        None,
    ),
]


def _write_csv(path: Path, n: int, store) -> list[tuple]:
    ref = load_reference(store)
    drafts = synthetic_drafts(ref, n, seed=99, today=date.today())
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for d in drafts:
            w.writerow(draft_record(d).values())
    rows = []
    for d in drafts:
        c = signal_columns(d, ref)
        rows.append(
            (
                c["observed_on"].isoformat(),
                "2026-11-01 09:00:00",
                "2026-11-01 09:00:00",
                c["country_code"],
                c["title"],
                c["title_key"],
                c["summary"],
                c["category"],
                c["source"],
                "",
                c["reliability"],
                c["credibility"],
                c["tlp"],
                c["tlp_rank"],
                int(c["chr"]),
                "new",
                "",
                "",
                c["tags"],
                c["chpi_tier"],
                c["tier_rank"],
                str(uuid.uuid4()),
                c["content_hash"],
            )
        )
    return rows


RAW_INSERT = (
    "INSERT INTO signal (observed_on, logged_at, updated_at, country_code, title, title_key, summary,"
    " category, source, source_url, reliability, credibility, tlp, tlp_rank, chr, status, author,"
    " post, tags, chpi_tier, tier_rank, uuid, content_hash) VALUES (" + ",".join("?" * 23) + ")"
)


def run() -> list[Result]:
    results = []
    with open_big_store() as store:
        ref = load_reference(store)
        raw = store.raw_connection()
        try:
            for label, text, sort, raw_page, raw_count in QUERIES:
                flt = parse_query(text, ref).filter
                offset = 89800 if "last page" in label else 0
                page_s = best_of(
                    lambda f=flt, s=sort, o=offset: search_signals(
                        store, f, s, offset=o, limit=PAGE
                    )
                )
                base_s = best_of(lambda q=raw_page: raw.execute(q).fetchall())
                results.append(
                    Result(
                        f"first page: {label}" if not offset else f"page at 89,800: {label}",
                        page_s,
                        budget=None if offset else 0.1,  # a deep page is for information
                        baseline=base_s,
                    )
                )
                if raw_count:
                    n = count_signals(store, flt)
                    count_s = best_of(lambda f=flt: count_signals(store, f))
                    base_c = best_of(lambda q=raw_count: raw.execute(q).fetchone())
                    results.append(
                        Result(f"count: {label} ({n:,})", count_s, budget=0.1, baseline=base_c)
                    )
        finally:
            raw.close()

    with tempfile.TemporaryDirectory() as tmp:
        target = copy_of_big_store(Path(tmp) / "import.db")
        baseline_db = copy_of_big_store(Path(tmp) / "raw.db")
        csv_path = Path(tmp) / "100k.csv"
        with open_store(target, PASSPHRASE) as store:
            raw_rows = _write_csv(csv_path, 100_000, store)
            import_s, report = timed(lambda: import_signals(store, csv_path))
        with open_store(baseline_db, PASSPHRASE) as store:
            conn = store.raw_connection()
            try:

                def raw_import() -> None:
                    conn.execute("BEGIN")
                    conn.executemany(RAW_INSERT, raw_rows)
                    conn.execute("COMMIT")

                raw_s, _ = timed(raw_import)
            finally:
                conn.close()
        results.append(
            Result(
                "import 100,000-row CSV into 100,000 signals",
                import_s,
                budget=10.0,
                baseline=raw_s,
                note=f"{report.summary()}; baseline = raw executemany of the rows (FTS triggers on, no validation, no HS/audit rows)",
            )
        )
    return results
