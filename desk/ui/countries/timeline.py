"""A timeline of knowledge-exchange events: months across, one lane per event, coloured by kind."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QEvent, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desk.models.countries import EventKind, EventStatus
from desk.services.events import EventInfo
from desk.ui.countries.common import event_status_label
from desk.ui.language import country_label

KIND_COLOURS = {
    EventKind.EXPERT_PANEL: "#1f5fa8",
    EventKind.HACKATHON: "#d98c00",
    EventKind.ACADEMIC: "#5b8c3a",
    EventKind.OTHER: "#7a5ca8",
}
LANE = 24
AXIS = 28
LABEL_GAP = 6


class EventTimeline(QWidget):
    """Shows dated events from three months back to nine months ahead; ``chosen`` carries the
    id of a clicked event."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Timeline of knowledge-exchange events"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.events: list[EventInfo] = []
        self.selected: int | None = None
        self.today = date.today()
        self.first = (self.today - relativedelta(months=3)).replace(day=1)
        self.last = (self.today + relativedelta(months=9)).replace(day=1)
        self._boxes: list[tuple[QRectF, int]] = []

    def set_events(self, events: list[EventInfo], today: date | None = None) -> None:
        self.today = today or date.today()
        self.first = (self.today - relativedelta(months=3)).replace(day=1)
        self.last = (self.today + relativedelta(months=9)).replace(day=1)
        self.events = [e for e in events if e.starts_on is not None]
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, AXIS + LANE * max(3, len(self.events)) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, AXIS + LANE * 2)

    def _x(self, day: date) -> float:
        span = (self.last - self.first).days or 1
        return 8 + (self.width() - 16) * max(0, min(span, (day - self.first).days)) / span

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        month = self.first
        p.setPen(QPen(QColor("#c9d1dc")))
        while month <= self.last:
            x = self._x(month)
            p.drawLine(int(x), AXIS - 4, int(x), self.height())
            p.setPen(QColor("#555"))
            p.drawText(
                QRectF(x + 2, 4, 80, AXIS - 8),
                Qt.AlignmentFlag.AlignLeft,
                QLocale().toString(QDate(month.year, month.month, 1), "MMM yy"),
            )
            p.setPen(QPen(QColor("#c9d1dc")))
            month += relativedelta(months=1)
        today_x = self._x(self.today)
        p.setPen(QPen(QColor("#b00020"), 1, Qt.PenStyle.DashLine))
        p.drawLine(int(today_x), AXIS - 6, int(today_x), self.height())
        self._boxes = []
        for lane, e in enumerate(self.events):
            start = e.starts_on
            end = e.ends_on or start
            x0, x1 = self._x(start), max(self._x(end + timedelta(days=1)), self._x(start) + 6)
            y = AXIS + lane * LANE + 4
            box = QRectF(x0, y, x1 - x0, LANE - 8)
            colour = QColor(KIND_COLOURS[e.kind])
            if e.status in (EventStatus.IDEA, EventStatus.PLANNED):
                colour.setAlpha(150)
            p.setPen(QPen(QColor("#000"), 2) if e.id == self.selected else Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(box, 3, 3)
            p.setPen(QColor("#222"))
            label = f"{e.country_code} · {e.title}"
            metrics = p.fontMetrics()
            room_right = self.width() - (x1 + LABEL_GAP) - 8
            if room_right >= min(metrics.horizontalAdvance(label), 160) or room_right >= x0 - 16:
                label_rect = QRectF(x1 + LABEL_GAP, y - 2, max(room_right, 0), LANE - 4)
                align = Qt.AlignmentFlag.AlignLeft
            else:  # no room after the bar: write the label before it
                label_rect = QRectF(8, y - 2, x0 - 16, LANE - 4)
                align = Qt.AlignmentFlag.AlignRight
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
            p.drawText(label_rect, align | Qt.AlignmentFlag.AlignVCenter, text)
            self._boxes.append((box.united(label_rect), e.id))
        p.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:  # the whole title of an event under the mouse
            for box, event_id in self._boxes:
                if box.contains(event.pos().toPointF()):
                    e = next(x for x in self.events if x.id == event_id)
                    QToolTip.showText(
                        event.globalPos(),
                        f"{country_label(e.country_code, e.country_name)}: {e.title} ({e.starts_on}, {event_status_label(e.status)})",
                        self,
                    )
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for box, event_id in self._boxes:
            if box.contains(event.position()):
                self.selected = event_id
                self.update()
                self.chosen.emit(event_id)
                return
