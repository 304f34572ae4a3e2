"""“Also open by: bram” — who else has the record on screen open, on a team database."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from desk.services.presence import close_record, open_record, others_viewing

log = logging.getLogger(__name__)


class PresenceLine(QLabel):
    """Says this session has ``entity`` ``record`` open (``show_record``), and who else has:
    hidden when nobody has (and always on a local store, where nobody else can).

    The page calls ``show_record`` when it shows another record (or none), ``reload`` when
    the presence table changed, ``forget`` when the session ended (lock, reconnect): the next
    ``show_record`` then says it again."""

    names_changed = Signal(list)  # the other users' names just shown (tests wait on it)

    def __init__(self, controller: Any, entity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PresenceLine")
        self.controller = controller
        self.entity = entity
        self.record: int | None = None  # shown on the page
        self.announced: int | None = None  # said to the database
        self.names: list[str] = []
        self.setStyleSheet(
            "background:#e8f0fb;color:#15325b;padding:3px 6px;border:1px solid #b8c8e4"
        )
        self.setAccessibleDescription(self.tr("Others with this record open"))
        self.hide()

    def show_record(self, record: int | None) -> None:
        self.record = record
        if not self.controller.is_team:
            return
        previous, entity = self.announced, self.entity
        if record == previous:
            self.reload()
            return
        self.announced = record

        def task(store: Any) -> list[str]:
            if previous is not None:
                close_record(store, entity, previous)
            if record is None:
                return []
            open_record(store, entity, record)
            return others_viewing(store, entity, record)

        self._run(task, record)

    def reload(self) -> None:
        record, entity = self.record, self.entity
        if record is None or not self.controller.is_team:
            self._show(record, [])
            return
        self._run(lambda store: others_viewing(store, entity, record), record)

    def forget(self) -> None:
        self.announced = None
        self.record = None
        self._show(None, [])

    def _run(self, task: Any, record: int | None) -> None:
        self.controller.run(
            task,
            lambda names: self._show(record, names),
            lambda exc: log.warning("presence not updated: %s", exc),
            background=True,
        )

    def _show(self, record: int | None, names: list[str]) -> None:
        if record != self.record:
            return  # an answer about a record no longer shown
        self.names = names
        self.setText(self.tr("Also open by: {names}").format(names=", ".join(names)))
        self.setVisible(bool(names))
        self.names_changed.emit(names)
