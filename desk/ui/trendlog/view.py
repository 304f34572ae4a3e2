"""The trend log: search box, filter chips, the table, the detail pane and the trend chart."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import SignalStatus
from desk.services.markings import markings
from desk.services.search import ParsedQuery, SignalFilter, with_text
from desk.services.signals import SignalDetail, create_signal, get_signal, signal_statuses
from desk.services.trends import monthly_counts
from desk.services.validation import SignalDraft
from desk.ui.section import Section
from desk.ui.trendlog.chart import TrendChart
from desk.ui.trendlog.chips import FilterChips
from desk.ui.trendlog.commands import EditSignalCommand, StatusCommand, save_edit
from desk.ui.trendlog.detail import SignalDetailPane, load_detail
from desk.ui.trendlog.signal_table import on_enter, signal_table
from desk.ui.trendlog.table_model import (
    SignalTableModel,
    status_label,
)

if TYPE_CHECKING:  # dialogs and the exporter load when first used, not at start-up
    from desk.services.exporter import ExportReport
    from desk.ui.trendlog.edit_dialog import SignalEditDialog
    from desk.ui.trendlog.export_dialog import ExportOptions, ExportOptionsDialog
    from desk.ui.trendlog.import_wizard import ImportWizard

CHART_KEY = "trendlog-chart"
TYPING_PAUSE_MS = 30  # coalesces bursts of keystrokes; the model never queues more than one query


class TrendLogView(Section):
    key = "trendlog"
    tables = frozenset({"signal", "signal_hs_code", "country"})
    title = QT_TRANSLATE_NOOP("Sections", "Trend log")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("TrendLogView")
        self.region: str | None = None
        self._scroll: int | None = None  # kept across a live refresh
        self._restoring = False  # putting the current signal back after the rows were read
        self._added: int | None = None  # a signal just added: said if the search hides it
        self.query_errors: list[str] = []
        self.editor: SignalEditDialog | None = None
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportOptionsDialog | None = None
        self.undo_stack = QUndoStack(self)
        # Each query also loads the page of the current signal: it stays selected and shown.
        self.model = SignalTableModel(
            controller.run, self, keep=self.current_id, drop=controller.drop
        )
        self.model.failed.connect(
            lambda text: self.message.emit(self.tr("Search failed: {error}").format(error=text))
        )
        self.model.loaded.connect(self._loaded)
        self.model.count_refined.connect(self._show_count)

        self._make_search()
        self.chips = FilterChips(self)
        self.chips.changed.connect(self.apply_filter)
        self._make_table()
        self.detail = SignalDetailPane(self)
        self.chart = TrendChart(self)
        self.h_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.h_split.addWidget(self.table)
        self.h_split.addWidget(self.detail)
        self.h_split.setStretchFactor(0, 3)
        self.h_split.setStretchFactor(1, 1)
        self.h_split.setSizes([700, 300])
        self.v_split = QSplitter(Qt.Orientation.Vertical, self)
        self.v_split.addWidget(self.h_split)
        self.v_split.addWidget(self.chart)
        self.v_split.setStretchFactor(0, 3)
        self.v_split.setStretchFactor(1, 1)
        self.v_split.setSizes([560, 220])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        search_line = QHBoxLayout()
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.count_label)
        layout.addLayout(search_line)
        layout.addWidget(self.search_errors)
        layout.addWidget(self.chips)
        layout.addWidget(self.v_split, 1)
        on_enter(self.table, self.edit_current)

    def _make_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("SearchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr(
                "Search — words and filters, e.g. chips country:TH tier:1 grade:<=B2 since:2026-10-01"
            )
        )
        self.search.setAccessibleName(self.tr("Search the trend log"))
        self.search.setAccessibleDescription(
            self.tr(
                "Words, and filters such as country:TH region:DAO tier:1 tlp:<=amber "
                "grade:<=B2 status:new since:2026-10-01; Help → Search syntax lists them all"
            )
        )
        self.search_errors = QLabel(self)
        self.search_errors.setStyleSheet("color:#b00020")
        self.search_errors.setWordWrap(True)
        self.search_errors.setAccessibleDescription(self.tr("Search problems"))
        self.search_errors.hide()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleDescription(self.tr("Number of signals shown"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._typed)

    def _make_table(self) -> None:
        self.table = signal_table(self.model, self)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    # -- scope and filters ------------------------------------------------------------------------
    def set_region(self, region: str | None) -> None:
        self.region = region
        self.apply_filter()

    def current_query(self) -> ParsedQuery:
        base = SignalFilter(
            regions=frozenset({self.region}) if self.region else frozenset(),
            categories=self.chips.categories(),
            statuses=self.chips.statuses(),
            grades=self.chips.grades(),
        )
        return with_text(base, self.search.text(), self.controller.reference)

    def _typed(self) -> None:
        """The chart and count of the search before are no longer wanted: stopped at once,
        so the next search, after the pause, has the machine's cores (the rows it loads bring
        a chart and count of their own)."""
        self.controller.drop(CHART_KEY)
        self.model.stop_counting()
        self._typing.start()

    def apply_filter(self) -> None:
        """The table (and the chart, which follows it) show the search and the chips; a
        search with errors shows no signals rather than everything it failed to narrow."""
        if self.controller.store is None:
            return
        parsed = self.current_query()
        self.query_errors = list(parsed.errors)
        if parsed.errors:
            self.search_errors.setText(
                self.tr("{errors} — no signals shown until the search is corrected").format(
                    errors="; ".join(parsed.errors)
                )
            )
        self.search_errors.setVisible(bool(parsed.errors))
        if parsed.shown != self.model.filter:
            self.controller.drop(CHART_KEY)  # a chart of what is no longer shown: stopped
        self.model.set_query(parsed.shown)

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if self.query_errors:
            self.count_label.setText(self.tr("No signals shown"))
        elif not self.model.count_exact:  # refined in the background
            self.count_label.setText(self.tr("More than %n signal(s)", "", n))
        else:
            self.count_label.setText(self.tr("%n signal(s)", "", n))

    def _loaded(self) -> None:
        """New rows: the current signal stays selected (and its detail is read again) if it
        still matches; otherwise nothing is selected and the pane says so. The chart follows."""
        self._show_count()
        kept = self.model.kept_id
        row = self.model.row_of(kept) if kept is not None else None
        self._restoring = True
        try:
            if row is not None:
                self.select_signal(kept)
            else:
                self.table.clearSelection()
        finally:
            self._restoring = False
        scroll, self._scroll = self._scroll, None
        if scroll is not None:  # a live refresh: the same rows in sight
            self.table.verticalScrollBar().setValue(scroll)
        elif row is not None:
            self.table.scrollTo(self.model.index(row, 0))
        added, self._added = self._added, None
        if added is not None and row is None:
            self.message.emit(
                self.tr("The signal was added; the search and filters in use do not show it.")
            )
        self._show_current_detail()
        self.refresh_chart()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- life cycle -------------------------------------------------------------------------------
    def clear(self) -> None:
        """The store was locked: drop every row, the detail, the chart and the undo history."""
        self.model.clear()
        self.detail.show_empty()
        self.chart.clear()
        self.undo_stack.clear()
        self.count_label.clear()
        # Not blockSignals: the box's own clear button hides on textChanged too (it stayed
        # shown over the empty box after an unlock).
        self.search.textChanged.disconnect(self._typed)
        self.search.clear()
        self.search.textChanged.connect(self._typed)

    def tables_changed(self, tables: set[str]) -> None:
        """Someone changed signals: read again, keeping the current signal (the model keeps
        it) and the scroll position."""
        if "*" in tables or tables & self.tables:
            self._scroll = self.table.verticalScrollBar().value()
            self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        """Read the rows again; the detail and the chart follow when they arrive."""
        self.model.refresh(keep)
        self.data_changed.emit()

    def refresh_chart(self) -> None:
        """Signals per month of what the table shows (its filter), computed in the background;
        a result for a filter no longer shown is dropped."""
        if self.controller.store is None:
            return
        flt = self.model.filter
        if self.query_errors:
            self.chart.clear(self.tr("Signals per month — no valid search"))
            return
        where = self.region or self.tr("all regions")
        plain = SignalFilter(regions=frozenset({self.region}) if self.region else frozenset())
        title = (
            self.tr("Signals per month — {where}").format(where=where)
            if flt == plain
            else self.tr("Signals per month — {where}, as searched and filtered").format(
                where=where
            )
        )

        def show(counts) -> None:
            if self.model.filter == flt and not self.query_errors:
                self.chart.show_counts(counts, title)

        # Replaces a chart still waiting, and stops one running (for a filter since changed).
        run = functools.partial(self.controller.run, background=True, stoppable=True)
        run(lambda store: monthly_counts(store, flt), show, key=CHART_KEY)

    # -- detail -----------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._restoring:
            self._show_current_detail()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def _show_current_detail(self) -> None:
        sid = self.current_id()
        if sid is None:
            self.detail.show_empty()
            return
        self.controller.run(
            lambda store: load_detail(store, sid),
            lambda result: self.detail.show_signal(*result) if self.current_id() == sid else None,
        )

    # -- actions ----------------------------------------------------------------------------------
    def new_signal(self) -> None:
        from desk.ui.trendlog.edit_dialog import SignalEditDialog

        reference = self.controller.reference
        if reference is None:
            return
        self._show_editor(SignalEditDialog(reference, None, self), None)

    def edit_current(self) -> None:
        from desk.ui.trendlog.edit_dialog import SignalEditDialog

        sid = self.current_id()
        if sid is None or self.controller.reference is None:
            return
        self.controller.run(
            lambda store: get_signal(store, sid),
            lambda detail: self._show_editor(
                SignalEditDialog(self.controller.reference, detail, self), detail
            ),
            self._failed,
        )

    def _show_editor(self, dialog: SignalEditDialog, detail: SignalDetail | None) -> None:
        """Window-modal, not blocking: the app keeps running (and can lock) while it is open.
        An edit is saved while the dialog is open, so a conflict keeps what was typed."""
        self.editor = dialog
        if detail is None:
            dialog.accepted.connect(lambda: self._create(dialog))
        else:
            dialog.save_requested.connect(lambda draft: self._save_edit(dialog, draft))
        dialog.finished.connect(lambda _code: setattr(self, "editor", None))
        dialog.open()

    def _create(self, dialog: SignalEditDialog) -> None:
        draft = dialog.draft()
        if draft is None or self.controller.store is None:
            return

        def created(signal_id: int) -> None:
            self.message.emit(self.tr("Signal added: {title}").format(title=draft.title))
            self._added = signal_id
            self.refresh(keep=signal_id)  # selected, and shown in the pane

        self.controller.run(lambda store: create_signal(store, draft), created, self._failed)

    def _save_edit(self, dialog: SignalEditDialog, draft: SignalDraft) -> None:
        def saved(command: EditSignalCommand) -> None:
            self.undo_stack.push(command)
            self._changed()
            self.message.emit(self.tr("Saved: {title} (Ctrl+Z undoes)").format(title=draft.title))

        save_edit(
            self.controller.run,
            dialog,
            draft,
            saved,
            self._failed,
            self._changed,
            self._undo_failed,
        )

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def set_status_selected(self, status: SignalStatus) -> None:
        rows = self.selected_rows()
        if not rows:
            return

        def with_ids(ids: list[int]) -> None:
            self.controller.run(
                lambda store: signal_statuses(store, ids),
                lambda before: self._push_status(before, status),
                self._failed,
            )

        self.model.ids_for_rows(rows, with_ids)

    def _push_status(self, before: dict[int, str], status: SignalStatus) -> None:
        changing = {sid: old for sid, old in before.items() if old != status.value}
        if not changing:
            return
        self.undo_stack.push(
            StatusCommand(self.controller.run, changing, status, self._changed, self._undo_failed)
        )
        if status == SignalStatus.ARCHIVED:
            self.message.emit(self.tr("Archived %n signal(s) — Ctrl+Z undoes", "", len(changing)))
        else:
            self.message.emit(
                self.tr("Status of %n signal(s) set to {status}", "", len(changing)).format(
                    status=status_label(status)
                )
            )

    def archive_selected(self) -> None:
        self.set_status_selected(SignalStatus.ARCHIVED)

    def select_all(self) -> None:
        self.table.selectAll()

    def _changed(self) -> None:
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.controller.report_failure(exc)

    def _undo_failed(self, exc: BaseException) -> None:
        """A change (or its undo) did not reach the store: the undo history no longer matches
        it, so it goes, and the rows are read again."""
        self.undo_stack.clear()
        self.controller.report_failure(
            exc, self.tr("The change was not saved; undo history cleared.")
        )
        self._changed()

    def open_import_wizard(self) -> ImportWizard:
        """Window-modal, and one at a time: Ctrl+I again brings the open one forward."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from desk.ui.trendlog.import_wizard import ImportWizard

        wizard = ImportWizard(self.controller.run, self)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.finished.connect(lambda _code: setattr(self, "wizard", None))
        self.wizard = wizard
        wizard.imported.connect(
            lambda report: (
                self.refresh(),
                self.message.emit(self.tr("Imported {n} signal(s)").format(n=report.imported)),
                self.controller.fold_soon(),
            )
        )
        wizard.open()
        return wizard

    def export_view(self) -> None:
        """Ctrl+E: ask the highest TLP (and the marking), then the file; say what was left out."""
        if self.query_errors:
            self.message.emit(self.tr("Correct the search first: no signals are shown."))
            return
        self.controller.run(markings, self._ask_export, self._failed)

    def _ask_export(self, allowed: list[str]) -> None:
        from desk.ui.trendlog.export_dialog import ExportOptionsDialog

        dialog = ExportOptionsDialog(allowed, self)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self._export_to_file(dialog.options()))
        dialog.finished.connect(lambda _code: setattr(self, "export_dialog", None))
        dialog.open()

    def _export_to_file(self, options: ExportOptions) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the signals shown (not encrypted)"),
            "signals.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        from desk.services.exporter import export_signals

        flt = self.model.filter
        self.controller.run(
            lambda store: export_signals(
                store, path, flt, max_tlp=options.max_tlp, marking=options.marking
            ),
            self._exported,
            self._failed,
        )

    def _exported(self, report: ExportReport) -> None:
        from desk.ui.trendlog.export_dialog import export_summary

        self.message.emit(export_summary(report))

    def select_signal(self, signal_id: int) -> None:
        row = self.model.row_of(signal_id)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # -- layout memory ----------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("trendlog/header", self.table.horizontalHeader().saveState())
        settings.setValue("trendlog/hsplit", self.h_split.saveState())
        settings.setValue("trendlog/vsplit", self.v_split.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        for key, target in (
            ("trendlog/header", self.table.horizontalHeader()),
            ("trendlog/hsplit", self.h_split),
            ("trendlog/vsplit", self.v_split),
        ):
            state = settings.value(key)
            if state is not None:
                target.restoreState(state)
