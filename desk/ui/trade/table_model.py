"""The trade radar's rows as a sortable table: figures right-aligned in the source's currency."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt

from desk.services.trade_radar import ALL_CHPI, RadarRow
from desk.ui.language import translate
from desk.ui.table import Column, ListTableModel

FLAG_COLOUR = "#b00020"


def tr(text: str) -> str:
    return translate("TradeRadar", text)


def money(value: float | None) -> str:
    return "" if value is None else f"{value:,.0f}"


def growth(row: RadarRow) -> str:
    return tr("new") if row.growth_pct is None else f"{row.growth_pct:+,.0f} %"


def product_label(product: str) -> str:
    if product == ALL_CHPI:
        return tr("all CHPI goods")
    if product.isdigit() and len(product) == 6:
        return f"{product[:4]}.{product[4:]}"
    return tr("tier {tier}").format(tier=product)


def flow_label(row: RadarRow) -> str:
    """ "EU → AM" for EU exports to Armenia, "TH → RU/BY" for Thailand's exports to Russia."""
    if row.flow == "export":
        return f"{row.reporter} → {row.partner}"
    return f"{row.reporter} ← {row.partner}"


def _by(key: Callable[[RadarRow], Any]) -> Callable[[RadarRow], tuple[bool, Any]]:
    def sort_key(row: RadarRow) -> tuple[bool, Any]:
        value = key(row)
        return (value is None, value if value is not None else 0)

    return sort_key


class RadarTableModel(ListTableModel[RadarRow]):
    """``names``: country names by code (the reference data's English names)."""

    def __init__(self, names: Mapping[str, str] | None = None, parent: Any = None) -> None:
        self.names: Mapping[str, str] = names or {}
        flagged = lambda r: FLAG_COLOUR if r.flagged else None  # noqa: E731
        columns: list[tuple[Column[RadarRow], Callable[[RadarRow], Any]]] = [
            (Column(tr("Country"), self._country), self._country),
            (Column(tr("HS code"), lambda r: product_label(r.product)), lambda r: r.product),
            (Column(tr("Flow"), flow_label, tooltip=self._flow_tip), flow_label),
            (Column(tr("Currency"), lambda r: r.currency, align_center=True), lambda r: r.currency),
            (
                Column(tr("Baseline"), lambda r: money(r.baseline), align_right=True),
                lambda r: r.baseline,
            ),
            (
                Column(
                    tr("Current"),
                    lambda r: money(r.current),
                    align_right=True,
                    tooltip=lambda r: r.current_label,
                ),
                lambda r: r.current,
            ),
            (
                Column(tr("Growth"), growth, align_right=True, colour=flagged),
                lambda r: r.growth_pct,
            ),
            (
                Column(tr("Excess"), lambda r: money(r.excess), align_right=True),
                lambda r: r.excess,
            ),
            (
                Column(
                    tr("Spike z"),
                    lambda r: "" if r.spike_z is None else f"{r.spike_z:,.1f}",
                    align_right=True,
                ),
                lambda r: r.spike_z,
            ),
            (
                Column(
                    tr("Mirror"),
                    lambda r: money(r.mirror),
                    align_right=True,
                    tooltip=lambda r: tr("What the other side reports for the same period"),
                ),
                lambda r: r.mirror,
            ),
            (
                Column(
                    tr("Flag"),
                    lambda r: tr("flagged") if r.flagged else "",
                    colour=flagged,
                    align_center=True,
                ),
                lambda r: r.flagged,
            ),
        ]
        super().__init__([c for c, _ in columns], parent)
        self.sort_keys = [_by(k) for _, k in columns]
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    def _country(self, row: RadarRow) -> str:
        return self.names.get(row.country, row.country)

    def _flow_tip(self, row: RadarRow) -> str:
        reporter = self.names.get(row.reporter, row.reporter)
        if row.flow == "export":
            return tr("{reporter} exports to {partner}").format(
                reporter=reporter, partner=row.partner
            )
        return tr("{reporter} imports from {partner}").format(
            reporter=reporter, partner=row.partner
        )

    def set_rows(self, rows: Any) -> None:
        rows = list(rows)
        if self._sorted is not None:
            column, order = self._sorted
            rows.sort(key=self.sort_keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        super().set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.sort_keys):
            return
        self._sorted = (column, order)
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=self.sort_keys[column], reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
