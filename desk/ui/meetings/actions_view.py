"""The Actions section: action items across meetings — mine, overdue, by owner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.models.meetings import ActionStatus
from desk.services import meetings as mt
from desk.services.settings import current_actor
from desk.services.work import reading
from desk.store import Store
from desk.ui.meetings.models import actions_model
from desk.ui.meetings.panel import selected, table_view
from desk.ui.section import Section

FILTERS = ("open", "mine", "overdue", "closed", "all")


class ActionsView(Section):
    key = "actions"
    tables = frozenset({"action_item", "action_owner", "meeting", "meeting_series"})
    title = QT_TRANSLATE_NOOP("Sections", "Actions")

    loaded = Signal()

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("ActionsView")
        self.region: str | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size:15px;font-weight:bold")
        self.show_filter = QComboBox(self)
        self.show_filter.setAccessibleName(self.tr("Which actions"))
        for key, text in zip(
            FILTERS,
            (
                self.tr("Open"),
                self.tr("Mine (open)"),
                self.tr("Overdue"),
                self.tr("Done or dropped"),
                self.tr("All"),
            ),
            strict=True,
        ):
            self.show_filter.addItem(text, key)
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Owner"))
        self.today: Callable[[], date] = mt.today  # the reference day for "overdue"
        self.model = actions_model(lambda: self.today(), self, with_meeting=True)
        self.table = table_view(self, self.model, self.tr("Actions"), 2)
        self.count = QLabel(self)
        done = QPushButton(self.tr("Done"), self)
        dropped = QPushButton(self.tr("Dropped"), self)
        reopen = QPushButton(self.tr("Open again"), self)
        done.clicked.connect(lambda: self.set_status(ActionStatus.DONE))
        dropped.clicked.connect(lambda: self.set_status(ActionStatus.DROPPED))
        reopen.clicked.connect(lambda: self.set_status(ActionStatus.OPEN))
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.show_filter)
        top.addWidget(QLabel(self.tr("Owner:"), self))
        top.addWidget(self.owner)
        bottom = QHBoxLayout()
        for w in (done, dropped, reopen):
            bottom.addWidget(w)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.show_filter.currentIndexChanged.connect(self.refresh)
        self.owner.currentIndexChanged.connect(self.refresh)

    def set_region(self, region: str | None) -> None:
        self.region = region
        self.heading.setText(
            self.tr("Actions — {region}").format(region=region)
            if region
            else self.tr("Actions — all regions")
        )
        self.refresh()

    def clear(self) -> None:
        self.model.clear()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.blockSignals(False)

    def refresh(self) -> None:
        if self.controller.store is None:
            return
        which = self.show_filter.currentData()
        owner = self.owner.currentData()
        region = self.region
        today = self.today()

        def task(store: Store) -> tuple[list[mt.ActionInfo], list[str], str]:
            with reading(store) as w:  # the list and the owners' names from one snapshot
                me = current_actor(w)
                everyone = sorted(
                    {o for a in mt.list_actions(w, region=region) for o in a.owners},
                    key=str.casefold,
                )
                statuses = (
                    {ActionStatus.OPEN}
                    if which in ("open", "mine", "overdue")
                    else ({ActionStatus.DONE, ActionStatus.DROPPED} if which == "closed" else None)
                )
                actions = mt.list_actions(
                    w,
                    region=region,
                    statuses=statuses,
                    owner=me if which == "mine" else owner,
                    overdue_on=today if which == "overdue" else None,
                )
                return actions, everyone, me

        self.controller.run(task, self._loaded)

    def _loaded(self, result: tuple[list[mt.ActionInfo], list[str], str]) -> None:
        actions, owners, _me = result
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("anyone"), None)
        for name in owners:
            self.owner.addItem(name, name)
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(index, 0))
        self.owner.blockSignals(False)
        self.model.set_rows(actions)
        overdue = sum(1 for a in actions if mt.is_overdue(a, self.today()))
        self.count.setText(
            self.tr("{n} action(s), {overdue} overdue").format(n=len(actions), overdue=overdue)
        )
        self.count.setToolTip(
            self.tr("Overdue: still open and due before today ({day})").format(
                day=self.today().isoformat()
            )
        )
        self.loaded.emit()

    def set_status(self, status: ActionStatus) -> None:
        """The selected actions are done, dropped or open again: one change."""
        statuses = {a.id: status for a in selected(self.table, self.model)}
        if statuses:
            self.controller.run(
                lambda store: mt.set_action_statuses(store, statuses),
                lambda _r: self.refresh(),
                lambda exc: self.message.emit(str(exc)),
            )

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("actions/header", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("actions/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
