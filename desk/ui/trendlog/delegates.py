"""The TLP column drawn as the customary label: coloured capitals on black."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from desk.ui.trendlog.table_model import TlpRole

# FIRST's TLP 2.0 colours (text on black); each meets WCAG AA's 4.5:1 on the black badge, and the
# badge spells the level out, so colour never carries it alone.
TLP_BACKGROUND = "#000000"
TLP_COLOURS = {
    "RED": "#FF2B2B",
    "AMBER+STRICT": "#FFC000",
    "AMBER": "#FFC000",
    "GREEN": "#33FF00",
    "CLEAR": "#FFFFFF",
}


def tlp_colour(label: str) -> QColor:
    return QColor(TLP_COLOURS.get(label, "#FFFFFF"))


class TlpDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        label = index.data(TlpRole)
        if not label:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setClipRect(option.rect)  # a narrowed column cuts the label, not its neighbour
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        text = f"TLP:{label}"
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 12
        height = metrics.height() + 4
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TLP_BACKGROUND))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(tlp_colour(label))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
        if option.state & QStyle.StateFlag.State_HasFocus:
            draw_focus_rect(painter, option)


def draw_focus_rect(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The current cell's focus rectangle, as the style draws it for plain cells: a keyboard
    user must see where the arrow keys are (WCAG 2.4.7), on the badge column too."""
    focus = QStyleOptionFocusRect()
    focus.rect = option.rect
    focus.palette = option.palette
    focus.state = (
        option.state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
    )
    selected = option.state & QStyle.StateFlag.State_Selected
    focus.backgroundColor = option.palette.color(
        QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
    )
    style = option.widget.style() if option.widget is not None else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, option.widget)
