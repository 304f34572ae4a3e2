"""The trend log's table view: whole rows selected, sorted by the model, column widths from
the font in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desk.models.enums import Tlp
from desk.ui.trendlog.delegates import TlpDelegate
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
)


def signal_table(model: SignalTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName("SignalTable")
    table.setAccessibleName(QCoreApplication.translate("TrendLogView", "Signals"))
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.setItemDelegateForColumn(COL_TLP, TlpDelegate(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    # Widths from the font in use (a larger system font must not cut "TLP:AMBER+STRICT").
    metrics = table.fontMetrics()
    samples = {
        COL_OBSERVED: "2026-12-31",
        COL_COUNTRY: "United Arab E",
        COL_CATEGORY: "Enforcement",
        COL_GRADE: "Grade",
        COL_TLP: f"TLP:{Tlp.AMBER_STRICT.value}MM",  # the MM: the label's own padding
        COL_STATUS: "Discussed",
        COL_TIER: "CHPI tier",
    }
    heading = header.fontMetrics()
    for col, sample in samples.items():
        # The heading whole too (in Dutch "Waargenomen" is wider than its dates), with room
        # for the sort arrow.
        title = str(table.model().headerData(col, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(
            col,
            max(metrics.horizontalAdvance(sample) + 12, heading.horizontalAdvance(title) + 24),
        )
    return table


def on_enter(table: QTableView, slot: Callable[[], None]) -> None:
    """Return or Enter in the table (not in an editor or elsewhere in the window) runs ``slot``."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)
