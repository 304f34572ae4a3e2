"""What the Countries and Knowledge exchange screens share: their labels, tables, dialog
buttons and the way a section lists what it holds for the chosen region."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from desk.models.countries import CircumventionRole, EventKind, EventStatus, RiskLevel
from desk.ui.fields import dialog_buttons as dialog_buttons
from desk.ui.language import translate
from desk.ui.section import Section

ROLE_LABELS = {
    CircumventionRole.TRANSIT: QT_TRANSLATE_NOOP("Countries", "neighbour / transit"),
    CircumventionRole.TRADE_HUB: QT_TRANSLATE_NOOP("Countries", "trade hub"),
    CircumventionRole.FINANCE_HUB: QT_TRANSLATE_NOOP("Countries", "finance hub"),
    CircumventionRole.PRAGMATIC: QT_TRANSLATE_NOOP("Countries", "pragmatic partner"),
    CircumventionRole.PRODUCER: QT_TRANSLATE_NOOP("Countries", "producer"),
    CircumventionRole.OTHER: QT_TRANSLATE_NOOP("Countries", "other"),
}
RISK_LABELS = {
    RiskLevel.LOW: QT_TRANSLATE_NOOP("Countries", "low"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Countries", "medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("Countries", "high"),
    RiskLevel.VERY_HIGH: QT_TRANSLATE_NOOP("Countries", "very high"),
}
KIND_LABELS = {
    EventKind.EXPERT_PANEL: QT_TRANSLATE_NOOP("Countries", "expert panel"),
    EventKind.HACKATHON: QT_TRANSLATE_NOOP("Countries", "hackathon"),
    EventKind.ACADEMIC: QT_TRANSLATE_NOOP("Countries", "academic collaboration"),
    EventKind.OTHER: QT_TRANSLATE_NOOP("Countries", "other"),
}
EVENT_STATUS_LABELS = {
    EventStatus.IDEA: QT_TRANSLATE_NOOP("Countries", "idea"),
    EventStatus.PLANNED: QT_TRANSLATE_NOOP("Countries", "planned"),
    EventStatus.HELD: QT_TRANSLATE_NOOP("Countries", "held"),
    EventStatus.EVALUATED: QT_TRANSLATE_NOOP("Countries", "evaluated"),
}


def event_status_label(status: EventStatus) -> str:
    return tr(EVENT_STATUS_LABELS[status])


RISK_COLOURS = {
    RiskLevel.LOW: "#1b7f2a",
    RiskLevel.MEDIUM: "#9a5c00",
    RiskLevel.HIGH: "#c0392b",
    RiskLevel.VERY_HIGH: "#8e0000",
}


def tr(text: str) -> str:
    return translate("Countries", text)


def table_view(
    parent: QWidget, model: QAbstractItemModel, name: str, stretch: int, *, rows: bool = False
) -> QTableView:
    """A table of ``model`` whose column ``stretch`` takes the spare width; with ``rows``, one
    whole row at a time is chosen."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    if rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def form_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
    """Add labelled rows to ``form``; each field is named after its label for screen readers."""
    for text, widget in rows:
        if text:
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow(text, widget)
    return form


class RegionalSection(Section):
    """A section that lists what it holds for the chosen region (or for all of them), under
    a heading that names the region."""

    heading_text: ClassVar[str]  # "Countries — {region}", marked with QT_TRANSLATE_NOOP
    heading_everywhere: ClassVar[str]  # "Countries — all regions"

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.region: str | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:15px;font-weight:bold")

    def set_region(self, region: str | None) -> None:
        self.region = region
        self.heading.setText(
            tr(self.heading_text).format(region=region) if region else tr(self.heading_everywhere)
        )
        self.refresh()

    def refresh(self) -> None:
        if self.controller.store is not None:
            self.controller.run(self.list_task(), self.listed)

    def list_task(self) -> Callable[[Any], list[Any]]:
        """What reads the list (on the database thread), with the filters as they are now."""
        raise NotImplementedError

    def listed(self, rows: list[Any]) -> None:
        """Show the list ``list_task`` read."""
        raise NotImplementedError
