"""Export signals to CSV or XLSX in the import format, so an export imports back unchanged.

Deliberate differences from a raw dump:
- only signals up to ``max_tlp`` (default AMBER) are written: the file is not encrypted, so
  TLP:RED goes in only when asked for by name; what was left out is counted by TLP;
- the file carries its marking and TLP (the most restrictive one it holds): a first line in a
  CSV (which the importer skips), the page header and footer and the properties of an XLSX;
- cells a spreadsheet would run as a formula are neutralised (see ``signal_format``);
- a Chatham House signal's source and source URL are left empty: never disclosed in any export.

Nothing but the file asked for touches the disk: the workbook is built in memory (XlsxWriter's
``in_memory``; openpyxl and pandas stream sheets through files in the system temp folder) and
written to a private temporary file beside the target, which then replaces it.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path

from desk.errors import InvalidInput
from desk.fileio import atomic_path
from desk.models import Signal
from desk.models.base import table_of
from desk.models.enums import Tlp
from desk.services.markings import check_marking, markings
from desk.services.search import SignalFilter, build_search
from desk.services.signal_format import marking_line, marking_text, neutralize
from desk.services.signals import StoredSignal, stored_signals
from desk.services.validation import ALL_COLUMNS, draft_record
from desk.services.work import reading
from desk.store import Store

ExportProgress = Callable[[int, int], None]
DEFAULT_MAX_TLP = Tlp.AMBER
XLSX_CELL_MAX = 32_767  # longer text would be cut off by the spreadsheet: refuse instead


@dataclass(frozen=True)
class ExportReport:
    path: Path
    rows: int
    sources_withheld: int  # Chatham House signals whose source was left out
    tlp: Tlp = Tlp.CLEAR  # the file's label: the most restrictive TLP it holds
    marking: str = ""
    max_tlp: Tlp = DEFAULT_MAX_TLP
    left_out: dict[Tlp, int] = field(default_factory=dict)  # above max_tlp, by TLP

    @property
    def left_out_total(self) -> int:
        return sum(self.left_out.values())

    def left_out_text(self) -> str:
        """E.g. "4 TLP:RED signal(s)" — most restrictive first; "" if nothing was left out."""
        parts = [
            f"{n} {tlp.label}" for tlp, n in sorted(self.left_out.items(), key=lambda i: -i[0].rank)
        ]
        return f"{', '.join(parts)} signal(s)" if parts else ""

    def summary(self) -> str:
        """One line for the command line."""
        line = f"exported {self.rows} signal(s) to {self.path} ({self.tlp.label}, {self.marking})"
        if self.left_out:
            line += f"; left out {self.left_out_text()}"
        if self.sources_withheld:
            line += f"; source withheld for {self.sources_withheld} Chatham House signal(s)"
        return line + "; the file is not encrypted"


@dataclass
class _Selection:
    signals: list[StoredSignal]  # Chatham House sources already blanked
    withheld: int
    left_out: Counter[Tlp]


def export_rows(store: Store, flt: SignalFilter, max_tlp: Tlp = DEFAULT_MAX_TLP) -> _Selection:
    """The matching signals up to ``max_tlp`` in date order, and how many were left out for
    their TLP. A Chatham House signal's source and source URL are left empty."""
    S = table_of(Signal)
    query = (
        build_search(flt).with_only_columns(S.c.id).order_by(None).order_by(S.c.observed_on, S.c.id)
    )
    selection = _Selection([], 0, Counter())
    with reading(store) as w:
        ids = [r[0] for r in w.session.execute(query)]
        found = stored_signals(w, ids)
    for s in found:
        if s.draft.tlp.rank > max_tlp.rank:
            selection.left_out[s.draft.tlp] += 1
            continue
        if s.draft.chr and (s.draft.source or s.draft.source_url):
            selection.withheld += 1
            s = replace(s, draft=s.draft.withheld_source())
        selection.signals.append(s)
    return selection


def export_cells(s: StoredSignal) -> dict[str, str]:
    """One row of the import format: the signal's fields, then where it came from."""
    return draft_record(s.draft) | {"uuid": s.uuid, "post": s.post, "author": s.author}


def export_signals(
    store: Store,
    path: Path | str,
    flt: SignalFilter | None = None,
    *,
    max_tlp: Tlp = DEFAULT_MAX_TLP,
    marking: str | None = None,
    today: date | None = None,
) -> ExportReport:
    """Write the signals matching ``flt`` up to ``max_tlp`` to ``path`` (.csv or .xlsx),
    atomically, marked with ``marking`` (default: the store's first marking) and its TLP.

    ValueError (MarkingRefused among them) for an unknown type or a marking not allowed.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    writer = WRITERS.get(suffix)
    if writer is None:
        known = " or ".join(WRITERS)
        raise InvalidInput(f"unknown export type “{suffix}”: use {known}")
    allowed = markings(store)
    marking = check_marking(marking or allowed[0], allowed)
    selection = export_rows(store, flt or SignalFilter(), max_tlp)
    signals = selection.signals
    tlp = Tlp.most_restrictive({s.draft.tlp for s in signals})
    day = today or date.today()
    with atomic_path(path) as tmp:
        writer(tmp, signals, marking, tlp, day)
    return ExportReport(
        path,
        len(signals),
        selection.withheld,
        tlp=tlp,
        marking=marking,
        max_tlp=max_tlp,
        left_out=dict(selection.left_out),
    )


def _write_csv(tmp: Path, signals: list[StoredSignal], marking: str, tlp: Tlp, day: date) -> None:
    # UTF-8 with BOM so spreadsheet programs recognise the encoding.
    with tmp.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow([marking_line(marking, tlp, day)])
        writer.writerow(ALL_COLUMNS)
        for s in signals:
            writer.writerow([neutralize(text) for text in export_cells(s).values()])


_WIDTHS = {"observed_on": 12, "country": 8, "title": 50, "summary": 60, "source": 30, "uuid": 37}
_DEFAULT_WIDTH = 14


def _header_footer_text(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a code in a page header or footer


def _write_xlsx(tmp: Path, signals: list[StoredSignal], marking: str, tlp: Tlp, day: date) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(
        str(tmp),
        {
            "in_memory": True,  # no sheet data in temporary files (#11.6)
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    try:
        label = marking_text(marking, tlp)
        book.set_properties(
            {
                "title": "Signals exported by Desk",
                "subject": label,
                "keywords": tlp.label,
                "category": marking,
                "comments": marking_line(marking, tlp, day).removeprefix("# "),
            }
        )
        sheet = book.add_worksheet("signals")
        sheet.set_header(f'&C&"-,Bold"{_header_footer_text(label)}')
        sheet.set_footer(f"&L{_header_footer_text(label)}&Cnot encrypted&RPage &P of &N")
        dates = book.add_format({"num_format": "yyyy-mm-dd"})
        for col, name in enumerate(ALL_COLUMNS):
            sheet.set_column(col, col, _WIDTHS.get(name, _DEFAULT_WIDTH))
            sheet.write_string(0, col, name)
        sheet.freeze_panes(1, 0)
        for row, s in enumerate(signals, start=1):
            draft = s.draft
            for col, (name, cell) in enumerate(export_cells(s).items()):
                if name == "observed_on":
                    day_cell = datetime.combine(draft.observed_on, time())
                    sheet.write_datetime(row, col, day_cell, dates)
                elif name == "credibility":
                    sheet.write_number(row, col, draft.credibility)
                else:
                    text = neutralize(cell)
                    if len(text) > XLSX_CELL_MAX:
                        raise ValueError(
                            f"the {name} of “{draft.title[:60]}” has {len(text):,} characters; "
                            f"a spreadsheet cell holds {XLSX_CELL_MAX:,}: export as CSV instead"
                        )
                    # write_string, never write(): a string must not become a formula or link
                    sheet.write_string(row, col, text)
    finally:
        book.close()


Writer = Callable[[Path, list[StoredSignal], str, Tlp, date], None]
# Export formats by suffix: a writer fills the private temporary file it is given.
WRITERS: dict[str, Writer] = {".csv": _write_csv, ".xlsx": _write_xlsx}
