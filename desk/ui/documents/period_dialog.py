"""A briefing for a period, without a meeting: which region (or contact point) and which days;
then the usual document flow (options → preview → save)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.services.contact_points import ContactPointInfo, list_contact_points
from desk.services.period_briefing import Period
from desk.services.reference import DirectorateRef, list_directorates
from desk.ui.documents.job import launch
from desk.ui.fields import dialog_buttons
from desk.ui.language import name_of

DEFAULT_DAYS = 28  # a four-weekly cycle


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _date_field(parent: QWidget, value: QDate, name: str) -> QDateEdit:
    edit = QDateEdit(value, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


class PeriodDialog(QDialog):
    """Region (or one of its contact points) and the first and last day of the period."""

    def __init__(
        self,
        directorates: list[DirectorateRef],
        points: list[ContactPointInfo],
        region: str | None,
        contact_point: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PeriodDialog")
        self.setWindowTitle(self.tr("Briefing for a period"))
        self.setMinimumWidth(480)
        note = QLabel(
            self.tr(
                "The state of a region at any time, without a meeting: its signals of the period "
                "compared with the period before, trade flows, knowledge exchange and the "
                "countries touched. No agenda, actions or decisions."
            ),
            self,
        )
        note.setWordWrap(True)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Region or contact point"))
        by_region: dict[str, list[ContactPointInfo]] = {}
        for p in points:
            by_region.setdefault(p.region, []).append(p)
        for d in directorates:
            self.scope.addItem(f"{d.code} — {name_of(d)}", (d.code, None))
            if len(by_region.get(d.code, [])) > 1:  # one contact point: the region is it
                for p in by_region[d.code]:
                    self.scope.addItem(f"    {p.name}", (d.code, p.id))
        wanted = (region, contact_point)
        for i in range(self.scope.count()):
            if tuple(self.scope.itemData(i)) == wanted:
                self.scope.setCurrentIndex(i)
        today = QDate.currentDate()
        self.first = _date_field(self, today.addDays(1 - DEFAULT_DAYS), self.tr("From"))
        self.last = _date_field(self, today, self.tr("To"))
        form = QFormLayout()
        form.addRow(self.tr("&Region:"), self.scope)
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To (included):"), self.last)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self, ok_text=self.tr("Next…")))

    def period(self) -> Period:
        region, point = self.scope.currentData()
        return Period(region, _pydate(self.first.date()), _pydate(self.last.date()), point)


def prepare_period_briefing(
    owner: QWidget, controller: Any, region: str | None, contact_point: int | None
) -> None:
    """Ask for the period, then make the document (``owner`` keeps the job, as sections do)."""

    def load(store: Any) -> tuple[list[DirectorateRef], list[ContactPointInfo]]:
        return list_directorates(store), list_contact_points(store)

    def ask(found: tuple[list[DirectorateRef], list[ContactPointInfo]]) -> None:
        directorates, points = found
        dialog = PeriodDialog(directorates, points, region, contact_point, owner)
        owner.period_dialog = dialog  # type: ignore[attr-defined]

        def accepted() -> None:
            period = dialog.period()
            title = QCoreApplication.translate(
                "PeriodDialog", "Briefing — {region} {first} to {last}"
            ).format(
                region=period.region, first=period.first.isoformat(), last=period.last.isoformat()
            )
            launch(
                owner,
                controller,
                kind="period-briefing",
                subject=period,
                title=title,
                what=QCoreApplication.translate(
                    "PeriodDialog",
                    "The region's signals of the period, compared with the period before, "
                    "with trade flows, knowledge exchange and the countries touched.",
                ),
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _c: setattr(owner, "period_dialog", None))
        dialog.open()

    controller.run(load, ask)
