"""The trend log's filter chips: toggle buttons drawn as rounded labels, in groups that wrap
onto a second line when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desk.models.enums import Category, SignalStatus
from desk.services.search import GradeBound
from desk.ui.flow_layout import FlowLayout
from desk.ui.trendlog.table_model import category_label, status_label

GRADE_CHIPS = [("≤B2", GradeBound("<=", "B", 2)), ("≤C3", GradeBound("<=", "C", 3))]
GROUP_GAP = 12

# The focus ring: a keyboard user must see which chip Space toggles. The border stays the same
# width in every state so the chip does not move when focus arrives.
CHIP_STYLE = (
    "QToolButton{border:2px solid #b8c2d0;border-radius:10px;padding:0px 7px;background:#f6f8fb}"
    "QToolButton:checked{background:#15325b;color:white;border-color:#15325b}"
    "QToolButton:focus{border-color:#e07b00}"
    "QToolButton:checked:focus{border-color:#e07b00}"
)


def filter_chip(text: str, parent: QWidget) -> QToolButton:
    chip = QToolButton(parent)
    chip.setText(text)
    chip.setCheckable(True)
    chip.setAutoRaise(False)
    chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    chip.setAccessibleName(text)
    chip.setStyleSheet(CHIP_STYLE)
    return chip


class FilterChips(QWidget):
    """Categories, statuses and grade thresholds; ``changed`` when any chip is toggled."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        panel, flow = self, FlowLayout(self)
        self.category_chips: dict[str, QToolButton] = {}
        for cat in Category:
            chip = filter_chip(category_label(cat), panel)
            chip.setAccessibleDescription(self.tr("Show only signals of this category"))
            chip.toggled.connect(self.changed)
            self.category_chips[cat.value] = chip
            flow.addWidget(chip)
        flow.add_gap(GROUP_GAP)
        self.status_chips: dict[str, QToolButton] = {}
        for status in SignalStatus:
            chip = filter_chip(status_label(status), panel)
            chip.setAccessibleDescription(self.tr("Show only signals with this status"))
            chip.toggled.connect(self.changed)
            self.status_chips[status.value] = chip
            flow.addWidget(chip)
        flow.add_gap(GROUP_GAP)
        self.grade_chips: dict[str, tuple[QToolButton, GradeBound]] = {}
        for text, bound in GRADE_CHIPS:
            chip = filter_chip(self.tr("grade {bound}").format(bound=text), panel)
            chip.setAccessibleDescription(
                self.tr("Show only signals graded this well or better (one grade at a time)")
            )
            chip.toggled.connect(lambda on, c=chip: self._grade_toggled(c, on))
            self.grade_chips[text] = (chip, bound)
            flow.addWidget(chip)
        # As narrow as the widest group: narrower, the chips would stand one per line and
        # make the window taller than a 720-pixel screen.
        groups = (
            self.category_chips.values(),
            self.status_chips.values(),
            [c for c, _ in self.grade_chips.values()],
        )
        widest = max(sum(c.sizeHint().width() + flow.spacing() for c in g) for g in groups)
        self.setMinimumWidth(widest)

    def categories(self) -> frozenset[str]:
        return frozenset(k for k, c in self.category_chips.items() if c.isChecked())

    def statuses(self) -> frozenset[str]:
        return frozenset(k for k, c in self.status_chips.items() if c.isChecked())

    def grades(self) -> tuple[GradeBound, ...]:
        return tuple(b for chip, b in self.grade_chips.values() if chip.isChecked())

    def _grade_toggled(self, chip: QToolButton, on: bool) -> None:
        if on:  # one grade threshold at a time
            for other, _ in self.grade_chips.values():
                if other is not chip and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.changed.emit()
