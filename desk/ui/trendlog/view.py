"""The trend log: search box, filter chips, the table, the detail pane and the trend chart."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import Category, SignalStatus, Tlp
from desk.services.exporter import ExportReport, export_signals
from desk.services.markings import markings
from desk.services.search import GradeBound, ParsedQuery, SignalFilter, with_text
from desk.services.signals import SignalDetail, create_signal, get_signal, signal_statuses
from desk.services.trends import monthly_counts
from desk.services.validation import SignalDraft
from desk.ui.section import Section
from desk.ui.trendlog.chart import TrendChart
from desk.ui.trendlog.chips import filter_chip as _chip
from desk.ui.trendlog.commands import EditSignalCommand, StatusCommand, save_edit
from desk.ui.trendlog.delegates import TlpDelegate
from desk.ui.trendlog.detail import SignalDetailPane, load_detail
from desk.ui.trendlog.edit_dialog import SignalEditDialog
from desk.ui.trendlog.export_dialog import ExportOptions, ExportOptionsDialog
from desk.ui.trendlog.import_wizard import ImportWizard
from desk.ui.trendlog.table_model import (
    COL_CATEGORY,
    COL_COUNTRY,
    COL_GRADE,
    COL_OBSERVED,
    COL_STATUS,
    COL_TIER,
    COL_TITLE,
    COL_TLP,
    SignalTableModel,
    category_label,
    status_label,
)

TYPING_PAUSE_MS = 30  # coalesces bursts of keystrokes; the model never queues more than one query
GRADE_CHIPS = [("≤B2", GradeBound("<=", "B", 2)), ("≤C3", GradeBound("<=", "C", 3))]


class TrendLogView(Section):
    key = "trendlog"
    tables = frozenset({"signal", "signal_hs_code", "country"})
    title = QT_TRANSLATE_NOOP("Sections", "Trend log")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("TrendLogView")
        self.region: str | None = None
        self._place: tuple[int | None, int] | None = None  # kept across a live refresh
        self.editor: SignalEditDialog | None = None
        self.wizard: ImportWizard | None = None
        self.export_dialog: ExportOptionsDialog | None = None
        self.undo_stack = QUndoStack(self)
        self.model = SignalTableModel(controller.run, self)
        self.model.failed.connect(
            lambda text: self.message.emit(self.tr("Search failed: {error}").format(error=text))
        )
        self.model.loaded.connect(self._loaded)

        self._make_search()
        chips = self._make_chips()
        self._make_table()
        self.detail = SignalDetailPane(self)
        self.chart = TrendChart(self)
        self.h_split = QSplitter(Qt.Orientation.Horizontal, self)
        self.h_split.addWidget(self.table)
        self.h_split.addWidget(self.detail)
        self.h_split.setStretchFactor(0, 3)
        self.h_split.setStretchFactor(1, 1)
        self.h_split.setSizes([900, 340])
        self.v_split = QSplitter(Qt.Orientation.Vertical, self)
        self.v_split.addWidget(self.h_split)
        self.v_split.addWidget(self.chart)
        self.v_split.setStretchFactor(0, 3)
        self.v_split.setStretchFactor(1, 1)
        self.v_split.setSizes([560, 220])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.search_errors)
        layout.addLayout(chips)
        layout.addWidget(self.v_split, 1)
        self._add_table_shortcuts()

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
        self.search_errors = QLabel(self)
        self.search_errors.setStyleSheet("color:#b00020")
        self.search_errors.setAccessibleName(self.tr("Search problems"))
        self.search_errors.hide()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of signals shown"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._typing.start)

    def _make_chips(self) -> QHBoxLayout:
        """Toggle chips for categories, statuses and grades, and the count of signals shown."""
        chips = QHBoxLayout()
        chips.setSpacing(4)
        self.category_chips: dict[str, QToolButton] = {}
        for cat in Category:
            chip = _chip(category_label(cat), self)
            chip.toggled.connect(self.apply_filter)
            self.category_chips[cat.value] = chip
            chips.addWidget(chip)
        chips.addSpacing(12)
        self.status_chips: dict[str, QToolButton] = {}
        for status in SignalStatus:
            chip = _chip(status_label(status), self)
            chip.toggled.connect(self.apply_filter)
            self.status_chips[status.value] = chip
            chips.addWidget(chip)
        chips.addSpacing(12)
        self.grade_group = QButtonGroup(self)
        self.grade_group.setExclusive(False)
        self.grade_chips: dict[str, tuple[QToolButton, GradeBound]] = {}
        for text, bound in GRADE_CHIPS:
            chip = _chip(self.tr("grade {bound}").format(bound=text), self)
            chip.toggled.connect(lambda on, c=chip: self._grade_toggled(c, on))
            self.grade_chips[text] = (chip, bound)
            chips.addWidget(chip)
        chips.addStretch(1)
        chips.addWidget(self.count_label)
        return chips

    def _make_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("SignalTable")
        self.table.setAccessibleName(self.tr("Signals"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setItemDelegateForColumn(COL_TLP, TlpDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        # Widths from the font in use (a larger system font must not cut "TLP:AMBER+STRICT").
        metrics = self.table.fontMetrics()
        samples = {
            COL_OBSERVED: "2026-12-31",
            COL_COUNTRY: "United Arab E",
            COL_CATEGORY: "Enforcement",
            COL_GRADE: "Grade",
            COL_TLP: f"TLP:{Tlp.AMBER_STRICT.value}MM",  # the MM: the label's own padding
            COL_STATUS: "Discussed",
            COL_TIER: "CHPI tier",
        }
        for col, sample in samples.items():
            self.table.setColumnWidth(col, metrics.horizontalAdvance(sample) + 12)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

    def _add_table_shortcuts(self) -> None:
        for keys, slot in (
            (Qt.Key.Key_Return, self.edit_current),
            (Qt.Key.Key_Enter, self.edit_current),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.archive_selected)

    # -- scope and filters ------------------------------------------------------------------------
    def set_region(self, region: str | None) -> None:
        self.region = region
        self.apply_filter()
        self.refresh_chart()

    def current_query(self) -> ParsedQuery:
        base = SignalFilter(
            regions=frozenset({self.region}) if self.region else frozenset(),
            categories=frozenset(k for k, c in self.category_chips.items() if c.isChecked()),
            statuses=frozenset(k for k, c in self.status_chips.items() if c.isChecked()),
            grades=tuple(b for chip, b in self.grade_chips.values() if chip.isChecked()),
        )
        return with_text(base, self.search.text(), self.controller.reference)

    def apply_filter(self) -> None:
        if self.controller.store is None:
            return
        parsed = self.current_query()
        self.search_errors.setText("; ".join(parsed.errors))
        self.search_errors.setVisible(bool(parsed.errors))
        self.model.set_query(parsed.filter)

    def _grade_toggled(self, chip: QToolButton, on: bool) -> None:
        if on:  # one grade threshold at a time
            for other, _ in self.grade_chips.values():
                if other is not chip and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.apply_filter()

    def _loaded(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("%n signal(s)", "", n))
        if self._place is not None:  # a live refresh: the same signal, the same rows in sight
            (signal_id, scrolled), self._place = self._place, None
            if signal_id is not None:
                self.select_signal(signal_id)
            self.table.verticalScrollBar().setValue(scrolled)

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
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def tables_changed(self, tables: set[str]) -> None:
        """Someone changed signals: read again, keeping the current signal and the scroll
        position (when the signal is still among the rows first read)."""
        if "*" in tables or tables & self.tables:
            self._place = (self.current_id(), self.table.verticalScrollBar().value())
            self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        self.refresh_chart()
        self._show_current_detail()
        self.data_changed.emit()

    def refresh_chart(self) -> None:
        if self.controller.store is None:
            return
        region = self.region
        flt = SignalFilter(regions=frozenset({region}) if region else frozenset())
        title = (
            self.tr("Signals per month — {region}").format(region=region)
            if region
            else self.tr("Signals per month — all regions")
        )
        self.controller.run(
            lambda store: monthly_counts(store, flt),
            lambda counts: self.chart.show_counts(counts, title),
            background=True,
        )

    # -- detail -----------------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
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
        reference = self.controller.reference
        if reference is None:
            return
        self._show_editor(SignalEditDialog(reference, None, self), None)

    def edit_current(self) -> None:
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

        def created(_signal_id: int) -> None:
            self.message.emit(self.tr("Signal added: {title}").format(title=draft.title))
            self.refresh()

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
        wizard = ImportWizard(self.controller.run, self)
        self.wizard = wizard
        wizard.imported.connect(
            lambda report: (
                self.refresh(),
                self.message.emit(self.tr("Imported {n} signal(s)").format(n=report.imported)),
            )
        )
        wizard.show()
        return wizard

    def export_view(self) -> None:
        """Ctrl+E: ask the highest TLP (and the marking), then the file; say what was left out."""
        self.controller.run(markings, self._ask_export, self._failed)

    def _ask_export(self, allowed: list[str]) -> None:
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
        flt = self.model.filter
        self.controller.run(
            lambda store: export_signals(
                store, path, flt, max_tlp=options.max_tlp, marking=options.marking
            ),
            self._exported,
            self._failed,
        )

    def _exported(self, report: ExportReport) -> None:
        text = self.tr("Exported {n} signal(s) to {path} ({tlp}, {marking}).").format(
            n=report.rows, path=report.path, tlp=report.tlp.label, marking=report.marking
        )
        if report.left_out:
            text += " " + self.tr("Left out above {max}: {what}.").format(
                max=report.max_tlp.label, what=report.left_out_text()
            )
        if report.sources_withheld:
            text += " " + self.tr(
                "Source withheld for %n Chatham House signal(s).", "", report.sources_withheld
            )
        self.message.emit(text + " " + self.tr("The file is not encrypted."))

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
