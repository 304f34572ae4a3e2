"""Giving a country to another contact point of its directorate, from a date."""

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

from desk.services import contact_points as cps
from desk.ui.fields import dialog_buttons
from desk.ui.language import name_of


class ContactPointDialog(QDialog):
    """Which contact point has the country from which day; its assignments so far below."""

    def __init__(
        self,
        country: str,
        current: cps.ContactPointInfo | None,
        points: list[cps.ContactPointInfo],
        history: list[cps.Assignment],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ContactPointDialog")
        self.setWindowTitle(self.tr("Contact point of {country}").format(country=country))
        self.setMinimumWidth(420)
        note = QLabel(
            self.tr(
                "From the chosen day on, {country} is on the agendas and in the briefings of the "
                "chosen contact point. Meetings before that day keep who had it then."
            ).format(country=country),
            self,
        )
        note.setWordWrap(True)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Contact point"))
        for p in points:
            self.choice.addItem(p.name, p.id)
        if current is not None:
            self.choice.setCurrentIndex(max(0, self.choice.findData(current.id)))
        self.valid_from = QDateEdit(QDate.currentDate(), self)
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("yyyy-MM-dd")
        self.valid_from.setAccessibleName(self.tr("From"))
        form = QFormLayout()
        form.addRow(self.tr("&Contact point:"), self.choice)
        form.addRow(self.tr("&From:"), self.valid_from)
        past = (
            "\n".join(
                self.tr("from {day}: {name}").format(
                    day=a.valid_from.isoformat(), name=a.contact_point
                )
                for a in history
            )
            if history
            else self.tr("Never reassigned: the directorate's default contact point.")
        )
        self.history = QLabel(past, self)
        self.history.setAccessibleDescription(self.tr("Assignments so far"))
        self.history.setStyleSheet("color:#555")
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Assignments so far:"), self))
        layout.addWidget(self.history)
        layout.addWidget(dialog_buttons(self))

    def chosen(self) -> tuple[int, date]:
        q = self.valid_from.date()
        return int(self.choice.currentData()), date(q.year(), q.month(), q.day())


def reassign(view: Any) -> None:
    """From the Countries section: the country on screen to another contact point."""
    if view.page is None:
        return
    p = view.page.profile

    def load(store: Any) -> tuple[Any, ...]:
        return (
            cps.list_contact_points(store, p.directorate),
            cps.contact_point_of(store, p.code),
            cps.assignment_history(store, p.code),
        )

    def ask(found: tuple[Any, ...]) -> None:
        points, current, history = found
        dialog = ContactPointDialog(name_of(p), current, points, history, view)
        view.dialog = dialog

        def accepted() -> None:
            point, valid_from = dialog.chosen()
            view.controller.run(
                lambda store: cps.assign_country(store, p.code, point, valid_from),
                lambda done: (
                    view.message.emit(
                        QCoreApplication.translate(
                            "ContactPointDialog", "{country} belongs to {point} from {day}"
                        ).format(
                            country=name_of(p),
                            point=done.contact_point,
                            day=done.valid_from.isoformat(),
                        )
                    ),
                    view.refresh(),
                    view.data_changed.emit(),
                ),
            )

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _c: setattr(view, "dialog", None))
        dialog.open()

    view.controller.run(load, ask)
