"""The Trade radar section: a region's flows of CHPI goods through third countries that grew
abnormally, the chosen flow's monthly values against its baseline, and a draft signal from it."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import TIERS
from desk.services.signals import create_signal
from desk.services.trade_drafts import draft_values
from desk.services.trade_flows import FlowSeries, RadarQuery, flow_series, run_radar
from desk.services.trade_radar import RadarRow, Window
from desk.services.validation import SignalValidator
from desk.ui.countries.common import table_view
from desk.ui.language import name_of
from desk.ui.section import Section
from desk.ui.table import select_row
from desk.ui.trade.chart import FlowChart
from desk.ui.trade.import_job import TradeImportJob
from desk.ui.trade.table_model import RadarTableModel, product_label, tr
from desk.ui.trendlog.edit_dialog import SignalEditDialog

FIRST_YEAR = 2010
EMPTY_HTML = QT_TRANSLATE_NOOP(
    "TradeRadar",
    "<h3>No trade statistics for {where} yet</h3>"
    "<p>The radar works on official trade statistics you download and import:</p><ul>"
    "<li><b>Eurostat Comext</b> — the monthly bulk files (“full” dataset, CN8 products, by "
    "declarant and partner) from the Comext bulk download page;</li>"
    "<li><b>UN Comtrade</b> — a CSV download of the HS commodity codes you follow, with the "
    "third countries as reporters and Russia/Belarus as partners.</li></ul>"
    "<p>Then import them, compressed or not, with <b>Import statistics…</b> above or on the "
    "command line:</p>"
    "<pre>desk trade import FILE…</pre>"
    "<p>Only CHPI goods are kept. The README says which options to choose.</p>",
)


class TradeRadarView(Section):
    key = "trade"
    title = QT_TRANSLATE_NOOP("Sections", "Trade radar")
    tables = frozenset({"trade_flow"})

    loaded = Signal()  # the radar's rows are shown
    series_shown = Signal()  # the chart shows the chosen row

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("TradeRadarView")
        self.region: str | None = None
        self.all_rows: list[RadarRow] = []
        self.window_shown = Window()
        self.editor: SignalEditDialog | None = None
        self._generation = 0
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:15px;font-weight:bold")
        self._make_filters()
        self.model = RadarTableModel(parent=self)
        self.table = table_view(self, self.model, self.tr("Trade flows"), 0, rows=True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._chosen_row(cur.row())
        )
        self.table.doubleClicked.connect(lambda _i: self.draft_signal())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        draft_action = QAction(self.tr("Draft signal from this flow…"), self.table)
        draft_action.triggered.connect(self.draft_signal)
        self.table.addAction(draft_action)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(self.draft_signal)
        self.chart = FlowChart(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color:#555")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setAccessibleDescription(self.tr("How to import trade statistics"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.draft_button)
        layout.addLayout(top)
        layout.addLayout(self.filters)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        self._update_buttons()

    def _make_filters(self) -> None:
        self.show_all = QCheckBox(self.tr("Show &all flows"), self)
        self.show_all.setToolTip(self.tr("Unticked: only the flows that pass the thresholds"))
        self.show_all.toggled.connect(self._show_rows)
        self.tier = QComboBox(self)
        self.tier.setAccessibleName(self.tr("CHPI tier"))
        self.tier.addItem(self.tr("all tiers"), None)
        for t in TIERS:
            self.tier.addItem(self.tr("tier {tier}").format(tier=t), t)
        self.tier.currentIndexChanged.connect(self.refresh)
        self.hs = QLineEdit(self)
        self.hs.setPlaceholderText(self.tr("HS code, e.g. 8542"))
        self.hs.setAccessibleName(self.tr("HS code"))
        self.hs.setClearButtonEnabled(True)
        self.hs.setMaximumWidth(150)
        self.hs.editingFinished.connect(self.refresh)
        this_year = date.today().year
        self.base_from, self.base_to = QSpinBox(self), QSpinBox(self)
        for box, name in ((self.base_from, "first"), (self.base_to, "last")):
            box.setRange(FIRST_YEAR, this_year)
            box.setValue(2021)
            box.setAccessibleName(self.tr("Baseline, {which} year").format(which=name))
            box.valueChanged.connect(self.refresh)
        self.current = QComboBox(self)
        self.current.setAccessibleName(self.tr("Current period"))
        self.current.addItem(self.tr("last 12 months"), None)
        for year in range(this_year, FIRST_YEAR - 1, -1):
            self.current.addItem(str(year), year)
        self.current.currentIndexChanged.connect(self.refresh)
        self.draft_button = QPushButton(self.tr("&Draft signal from this flow…"), self)
        self.draft_button.clicked.connect(self.draft_signal)
        self.import_button = QPushButton(self.tr("&Import statistics…"), self)
        self.import_button.setToolTip(
            self.tr("Eurostat Comext or UN Comtrade files: .csv, .dat, .gz, .zip or .7z")
        )
        self.import_button.clicked.connect(self.import_statistics)
        self.import_job: TradeImportJob | None = None
        self.filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Tier:"), self.tier),
            (self.tr("&HS code:"), self.hs),
            (self.tr("&Baseline:"), self.base_from),
            ("–", self.base_to),
            (self.tr("&Current:"), self.current),
        ):
            text = QLabel(label, self)
            text.setBuddy(widget)
            self.filters.addWidget(text)
            self.filters.addWidget(widget)
        self.filters.addSpacing(12)
        self.filters.addWidget(self.show_all)
        self.filters.addStretch(1)

    # -- section interface -----------------------------------------------------------------------
    def set_region(self, region: str | None) -> None:
        self.region = region
        self.heading.setText(
            self.tr("Trade radar — {region}").format(region=region)
            if region
            else self.tr("Trade radar — all regions")
        )
        self.refresh()

    def query(self) -> RadarQuery:
        reference = self.controller.reference
        countries: frozenset[str] = frozenset()
        if self.region and reference is not None:
            countries = frozenset(
                c.code for c in reference.countries.values() if c.directorate == self.region
            )
        first, last = sorted((self.base_from.value(), self.base_to.value()))
        return RadarQuery(
            countries=countries,
            hs6=self.hs.text().strip() or None,
            tier=self.tier.currentData(),
            window=Window(baseline=(first, last), current_year=self.current.currentData()),
        )

    def refresh(self) -> None:
        if self.controller.store is None or self.controller.reference is None:
            return
        self._generation += 1
        generation, q = self._generation, self.query()
        self.model.names = {
            c.code: name_of(c) for c in self.controller.reference.countries.values()
        }
        self.controller.run(
            lambda store: run_radar(store, q), lambda rows: self._arrived(generation, q, rows)
        )

    def clear(self) -> None:
        self._generation += 1
        self.all_rows = []
        self.model.clear()
        self.chart.clear()
        self._update_buttons()

    def _arrived(self, generation: int, q: RadarQuery, rows: list[RadarRow]) -> None:
        if generation != self._generation:
            return  # an older question
        self.window_shown = q.window
        self.all_rows = rows
        self._show_rows()
        self.loaded.emit()

    def _show_rows(self) -> None:
        chosen = self.chosen()
        rows = (
            self.all_rows if self.show_all.isChecked() else [r for r in self.all_rows if r.flagged]
        )
        self.model.set_rows(rows)
        filtered = bool(self.hs.text().strip() or self.tier.currentData())
        if not self.all_rows and not filtered:
            where = self.region or self.tr("any region")
            self.empty.setText(tr(EMPTY_HTML).format(where=escape(where)))
            self.pages.setCurrentWidget(self.empty)
        else:
            self.pages.setCurrentWidget(self.splitter)
        flagged = sum(r.flagged for r in self.all_rows)
        label = self.all_rows[0].current_label if self.all_rows else ""
        self.status.setText(
            self.tr("{flagged} of {total} flows flagged · current period {period}").format(
                flagged=flagged, total=len(self.all_rows), period=label
            )
            if self.all_rows
            else ""
        )
        keys = [r.key for r in rows]
        if chosen is not None and chosen.key in keys:
            select_row(self.table, keys.index(chosen.key), self._chosen_row)
        elif rows:
            select_row(self.table, 0, self._chosen_row)
        else:
            self.chart.clear(
                self.tr("No flagged flows: tick “Show all flows”") if self.all_rows else ""
            )
        self._update_buttons()

    def chosen(self) -> RadarRow | None:
        index = self.table.currentIndex()
        return self.model.row_object(index.row()) if index.isValid() else None

    def _chosen_row(self, row: int) -> None:
        chosen = self.model.row_object(row)
        self._update_buttons()
        if chosen is None:
            return
        window = self.window_shown

        def shown(series: FlowSeries) -> None:
            if self.chosen() is not None and self.chosen() == chosen:
                title = f"{self.model.names.get(chosen.country, chosen.country)} · "
                title += f"{product_label(chosen.product)} · {chosen.reporter} {chosen.flow}"
                self.chart.show_series(series, window.baseline, title)
                self.series_shown.emit()

        self.controller.run(lambda store: flow_series(store, chosen, window), shown)

    def _update_buttons(self) -> None:
        self.draft_button.setEnabled(self.chosen() is not None)

    # -- a draft signal -------------------------------------------------------------------------
    def import_statistics(self) -> None:
        """Choose files and import them with progress; the radar reads again afterwards."""
        if self.import_job is not None:
            return
        job = self.import_job = TradeImportJob(self.controller, self)

        def ended(wrote: bool) -> None:
            self.import_job = None
            job.deleteLater()
            if wrote:
                self.refresh()

        job.finished.connect(ended)
        job.ask()

    def draft_signal(self) -> None:
        row, reference = self.chosen(), self.controller.reference
        if row is None or reference is None or self.editor is not None:
            return
        first, last = self.window_shown.baseline
        values = draft_values(
            row,
            observed_on=date.today().isoformat(),
            baseline_label=str(first) if first == last else f"{first}–{last}",
            names=self.model.names,
        )
        draft, errors = SignalValidator(reference).validate(values)
        dialog = SignalEditDialog(reference, None, self)
        if draft is not None:
            dialog.prefill(draft)
        else:  # should not happen: show what could not be filled in
            self.message.emit("; ".join(f"{e.column}: {e.message}" for e in errors))
        self.editor = dialog
        dialog.accepted.connect(lambda: self._create(dialog))
        dialog.finished.connect(lambda _code: setattr(self, "editor", None))
        dialog.open()

    def _create(self, dialog: SignalEditDialog) -> None:
        draft = dialog.draft()
        if draft is None:
            return

        def created(_signal_id: Any) -> None:
            self.message.emit(self.tr("Signal added: {title}").format(title=draft.title))
            self.data_changed.emit()

        self.controller.run(lambda store: create_signal(store, draft), created)

    # -- layout memory ---------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("trade/header", self.table.horizontalHeader().saveState())
        settings.setValue("trade/split", self.splitter.saveState())

    def restore_layout(self, settings: QSettings) -> None:
        for key, target in (
            ("trade/header", self.table.horizontalHeader()),
            ("trade/split", self.splitter),
        ):
            state = settings.value(key)
            if state is not None:
                target.restoreState(state)
