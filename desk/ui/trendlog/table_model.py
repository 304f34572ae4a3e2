"""The trend log as a Qt table model, fed page by page from the search service.

SQL decides what matches and in which order; this model only knows how many rows there are and
keeps the pages it was asked to show (at most ``MAX_PAGES``). A page not yet loaded shows empty
cells and is fetched on the database executor; when it arrives its rows are updated. Every query
carries a generation number so that results of an older query (or of a store since locked) are
dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desk.models.enums import Category, SignalStatus, SourceKind
from desk.services.search import (
    COUNT_CAP,
    DEFAULT_SORT,
    ResultStart,
    SignalFilter,
    SignalRow,
    Sort,
    count_signals,
    first_pages,
    ids_at,
    search_backwards,
    search_signals,
)
from desk.store import Store
from desk.ui.language import country_label

# (sort key in the search service, header text). Translated in headerData.
COLUMNS: list[tuple[str, str]] = [
    ("observed_on", QT_TRANSLATE_NOOP("SignalTableModel", "Observed")),
    ("country", QT_TRANSLATE_NOOP("SignalTableModel", "Country")),
    ("title", QT_TRANSLATE_NOOP("SignalTableModel", "Title")),
    ("category", QT_TRANSLATE_NOOP("SignalTableModel", "Category")),
    ("grade", QT_TRANSLATE_NOOP("SignalTableModel", "Grade")),
    ("tlp", QT_TRANSLATE_NOOP("SignalTableModel", "TLP")),
    ("status", QT_TRANSLATE_NOOP("SignalTableModel", "Status")),
    ("tier", QT_TRANSLATE_NOOP("SignalTableModel", "CHPI tier")),
]
COL_OBSERVED, COL_COUNTRY, COL_TITLE, COL_CATEGORY, COL_GRADE, COL_TLP, COL_STATUS, COL_TIER = (
    range(8)
)

SignalIdRole = Qt.ItemDataRole.UserRole + 1
TlpRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

# Archived rows are greyed, and say "Archived" in the Status column: never colour alone. The grey
# still meets WCAG AA's 4.5:1 on white and on the alternate rows.
ARCHIVED_COLOUR = "#666666"

PAGE_SIZE = 200
MAX_PAGES = 60  # 12,000 rows kept at most; scrolling further drops the least recently used

Runner = Callable[..., Any]  # AppController.run(task, done, failed, background=, key=, …)


class SignalTableModel(QAbstractTableModel):
    """Rows are ``SignalRow``s from ``search_signals``; ``loaded`` fires when the count and
    first page of a new query have arrived, ``page_loaded`` for every page.

    ``keep`` names the signal the view has current (None: none): each query also loads the
    page that signal is on, so the view can keep it selected (``kept_id`` is the one asked
    for by the query just loaded; ``row_of`` finds it if it still matches)."""

    loaded = Signal()
    page_loaded = Signal(int)
    failed = Signal(str)
    count_refined = Signal()  # a capped count ("1,000+") became exact

    def __init__(
        self,
        run: Runner,
        parent: Any = None,
        keep: Callable[[], int | None] | None = None,
        drop: Callable[[str], None] = lambda key: None,
    ) -> None:
        super().__init__(parent)
        self._run, self._drop = run, drop
        self._count_key = f"trendlog-count-{id(self)}"
        self._keep = keep or (lambda: None)
        self._keep_next: int | None = None  # refresh(keep=…): this signal rather than keep()
        self.kept_id: int | None = None
        self._filter = SignalFilter()
        self._sort = DEFAULT_SORT
        self._count = 0
        self.count_exact = True  # False: more than rowCount() match (being counted)
        self._pages: OrderedDict[int, list[SignalRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._active = False
        self._in_flight = False  # one query at a time; the newest waiting one wins
        self._pending = False

    # -- query --------------------------------------------------------------------------------
    @property
    def filter(self) -> SignalFilter:
        return self._filter

    @property
    def sort_order(self) -> Sort:
        return self._sort

    def set_query(self, flt: SignalFilter | None = None, sort: Sort | None = None) -> None:
        """Show the signals matching ``flt`` in ``sort`` order (either may stay as it is)."""
        flt = flt if flt is not None else self._filter
        sort = sort if sort is not None else self._sort
        if self._active and self._in_flight and (flt, sort) == (self._filter, self._sort):
            return  # asked again for the query already running (Qt's sortByColumn does that)
        self._filter, self._sort = flt, sort
        self._active = True
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        """Run the current query again (after an edit or import), keeping nothing cached;
        ``keep``: the signal to keep in sight (default: the view's current one).

        While a query is running, further requests are folded into one that runs when it
        returns: typing fast never queues a backlog of queries.
        """
        if not self._active:
            return
        self._generation += 1
        self.stop_counting()
        if keep is not None:
            self._keep_next = keep
        if self._in_flight:
            self._pending = True
            return
        self._in_flight = True
        keep = self._keep_next if self._keep_next is not None else self._keep()
        self._keep_next = None
        generation, flt, sort = self._generation, self._filter, self._sort

        def task(store: Store) -> ResultStart:
            return first_pages(
                store,
                flt,
                sort,
                page_size=PAGE_SIZE,
                keep=keep,
                within=MAX_PAGES * PAGE_SIZE,
                cap=COUNT_CAP,
            )

        submitted = self._run(
            task,
            lambda result: self._first_page_arrived(generation, keep, result),
            self._failed,
        )
        if submitted is None:  # no store open: nothing will come back
            self._in_flight = False

    def clear(self) -> None:
        """Forget every row (on lock): nothing of the store stays in memory."""
        self._generation += 1
        self._keep_next = self.kept_id = None
        self._active = False
        self._in_flight = self._pending = False
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self.failed.emit(str(exc))
        self._run_pending()

    def _run_pending(self) -> None:
        if self._pending:
            self._pending = False
            self.refresh()

    def _first_page_arrived(
        self,
        generation: int,
        keep: int | None,
        result: ResultStart,
    ) -> None:
        self._in_flight = False
        if self._pending or generation != self._generation:
            if keep is not None and self._keep_next is None:
                self._keep_next = keep  # the folded query keeps it in sight instead
            self._run_pending()
            return
        self.beginResetModel()
        self._count = result.count
        self.count_exact = result.exact
        self._pages = OrderedDict(sorted(result.pages.items()))
        self._requested = set()
        self.kept_id = keep
        self.endResetModel()
        self.loaded.emit()
        self.page_loaded.emit(0)
        if not result.exact:
            self._refine_count(generation)

    def stop_counting(self) -> None:
        """The background count of the rows shown is no longer wanted (they are about to
        change): it is dropped, or stopped if it runs."""
        self._drop(self._count_key)

    def _refine_count(self, generation: int) -> None:
        """Count every match in the background; the rows beyond the cap appear when it is
        known (typing on meanwhile drops it: a newer query has its own)."""
        flt = self._filter

        def arrived(n: int) -> None:
            if generation != self._generation or n <= self._count:
                return
            self.beginInsertRows(QModelIndex(), self._count, n - 1)
            self._count = n
            self.count_exact = True
            self.endInsertRows()
            self.count_refined.emit()

        self._run(
            lambda store: count_signals(store, flt),
            arrived,
            self._failed_quietly,
            background=True,
            key=self._count_key,
            stoppable=True,
        )

    def _failed_quietly(self, exc: BaseException) -> None:
        self.failed.emit(str(exc))

    def _request_page(self, page: int) -> None:
        if page in self._requested or page in self._pages:
            return
        self._requested.add(page)
        generation = self._generation
        task = self._page_task(page)
        submitted = self._run(
            task, lambda rows: self._page_arrived(generation, page, rows), self._failed
        )
        if submitted is None:
            self._requested.discard(page)

    def _page_task(self, page: int) -> Callable[[Store], list[SignalRow]]:
        """How to read ``page``: after the last row of the page before it or before the first
        row of the page after it when loaded (keyset: as fast anywhere), else from the nearer
        end — the last page of a million rows is the first one read backwards."""
        flt, sort, count = self._filter, self._sort, self._count
        first = page * PAGE_SIZE
        size = min(PAGE_SIZE, count - first)
        previous, following = self._pages.get(page - 1), self._pages.get(page + 1)
        if previous:
            after = previous[-1].id
            return lambda store: search_signals(
                store, flt, sort, offset=first, limit=size, after=after
            )
        if following:
            before = following[0].id
            return lambda store: search_backwards(
                store, flt, sort, from_end=max(0, count - first - size), limit=size, before=before
            )
        if self.count_exact and count - first < first:
            from_end = count - first - size
            return lambda store: search_backwards(store, flt, sort, from_end=from_end, limit=size)
        return lambda store: search_signals(store, flt, sort, offset=first, limit=size)

    def _page_arrived(self, generation: int, page: int, rows: list[SignalRow]) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)

    # -- rows -----------------------------------------------------------------------------------
    def row_at(self, row: int) -> SignalRow | None:
        """The signal shown at ``row`` if its page is loaded (asks for the page otherwise)."""
        if not 0 <= row < self._count:
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(page)
        if rows is None:
            self._request_page(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def ids_for_rows(self, rows: list[int], done: Callable[[list[int]], None]) -> None:
        """The signal ids at ``rows`` (in that order), from loaded pages or, for rows never
        loaded, from the store. ``done`` is called on the UI thread."""
        rows = sorted(set(rows))
        known = [self.row_at(r) for r in rows]
        if all(k is not None for k in known):
            done([k.id for k in known])
            return
        ranges: list[tuple[int, int]] = []
        for r in rows:
            if ranges and r == ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], r)
            else:
                ranges.append((r, r))
        generation, flt, sort = self._generation, self._filter, self._sort
        self._run(
            lambda store: ids_at(store, flt, sort, ranges),
            lambda ids: done(ids) if generation == self._generation else None,
            self._failed,
        )

    def row_of(self, signal_id: int) -> int | None:
        for page, rows in self._pages.items():
            for n, r in enumerate(rows):
                if r.id == signal_id:
                    return page * PAGE_SIZE + n
        return None

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        row = self.row_at(index.row())
        if row is None:
            return (
                self.tr("…")
                if role == Qt.ItemDataRole.DisplayRole and index.column() == COL_TITLE
                else None
            )
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SignalIdRole:
            return row.id
        if role == TlpRole:
            return row.tlp
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return row.title
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_COUNTRY:
            return f"{country_label(row.country_code, row.country_name)} ({row.region})"
        if role == Qt.ItemDataRole.ForegroundRole and row.status == SignalStatus.ARCHIVED:
            return QColor(ARCHIVED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_GRADE, COL_TIER):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col)
        return None

    def _display(self, row: SignalRow, col: int) -> str:
        if col == COL_OBSERVED:
            return row.observed_on.isoformat()
        if col == COL_COUNTRY:
            return country_label(row.country_code, row.country_name)
        if col == COL_TITLE:
            return row.title + ("  ⓒ" if row.chr else "")
        if col == COL_CATEGORY:
            return category_label(row.category)
        if col == COL_GRADE:
            return row.grade
        if col == COL_TLP:
            return f"TLP:{row.tlp}"
        if col == COL_STATUS:
            return status_label(row.status)
        if col == COL_TIER:
            return row.chpi_tier or ""
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sort = Sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        if self._active:
            self.set_query(sort=sort)
        else:  # the view sets its sort indicator before any query: remember it, run nothing
            self._sort = sort


CATEGORY_LABELS = {
    Category.RE_EXPORT: QT_TRANSLATE_NOOP("Category", "Re-export"),
    Category.FINANCE: QT_TRANSLATE_NOOP("Category", "Finance"),
    Category.LEGAL: QT_TRANSLATE_NOOP("Category", "Legal"),
    Category.ENFORCEMENT: QT_TRANSLATE_NOOP("Category", "Enforcement"),
    Category.DIPLOMATIC: QT_TRANSLATE_NOOP("Category", "Diplomatic"),
    Category.OTHER: QT_TRANSLATE_NOOP("Category", "Other"),
}
SOURCE_KIND_LABELS = {  # in the order the signal dialog offers them
    SourceKind.UNSPECIFIED: QT_TRANSLATE_NOOP("SourceKind", "Not specified"),
    SourceKind.POST: QT_TRANSLATE_NOOP("SourceKind", "Post reporting"),
    SourceKind.CUSTOMS: QT_TRANSLATE_NOOP("SourceKind", "Customs data"),
    SourceKind.TRADE_DATA: QT_TRANSLATE_NOOP("SourceKind", "Trade statistics"),
    SourceKind.OPEN_SOURCE: QT_TRANSLATE_NOOP("SourceKind", "Open source"),
    SourceKind.PARTNER: QT_TRANSLATE_NOOP("SourceKind", "EU/partner state"),
    SourceKind.PRIVATE_SECTOR: QT_TRANSLATE_NOOP("SourceKind", "Private sector"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("SourceKind", "Other"),
}
STATUS_LABELS = {
    SignalStatus.NEW: QT_TRANSLATE_NOOP("Status", "New"),
    SignalStatus.REVIEWED: QT_TRANSLATE_NOOP("Status", "Reviewed"),
    SignalStatus.DISCUSSED: QT_TRANSLATE_NOOP("Status", "Discussed"),
    SignalStatus.ARCHIVED: QT_TRANSLATE_NOOP("Status", "Archived"),
}


def category_label(value: str) -> str:
    return QCoreApplication.translate("Category", CATEGORY_LABELS[Category(value)])


def source_kind_label(value: str) -> str:
    return QCoreApplication.translate("SourceKind", SOURCE_KIND_LABELS[SourceKind(value)])


def status_label(value: str) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS[SignalStatus(value)])
