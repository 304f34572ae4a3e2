"""The navigator: sections, and within them the regional directorates with signal counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from desk.services.reference import DirectorateRef

SectionRole = Qt.ItemDataRole.UserRole + 1
RegionRole = Qt.ItemDataRole.UserRole + 2


class Navigator(QTreeView):
    """Emits ``chosen(section, region)``; region is None for 'all regions'."""

    chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Navigator")
        self.setAccessibleName(self.tr("Navigator: sections and regions"))
        self.setHeaderHidden(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMinimumWidth(200)
        self.nav_model = QStandardItemModel(self)
        self.setModel(self.nav_model)
        self.sections: dict[str, QStandardItem] = {}
        self._titles: dict[str, str] = {}
        self._with_regions: set[str] = set()
        self.selectionModel().currentChanged.connect(self._current_changed)

    def add_section(self, key: str, title: str, *, with_regions: bool) -> None:
        item = QStandardItem(title)
        item.setData(key, SectionRole)
        item.setData(None, RegionRole)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.nav_model.appendRow(item)
        self.sections[key] = item
        self._titles[key] = title
        if with_regions:
            self._with_regions.add(key)

    def set_regions(
        self, directorates: list[DirectorateRef], counts: dict[str, int] | None = None
    ) -> None:
        """(Re)build the region rows of every section that has them; keeps the selection."""
        current = self.current()
        for key, section in self.sections.items():
            if key not in self._with_regions:
                continue
            section.removeRows(0, section.rowCount())
            for d in directorates:
                child = QStandardItem()
                child.setData(key, SectionRole)
                child.setData(d.code, RegionRole)
                child.setToolTip(d.name_en)
                section.appendRow(child)
        self.set_counts(counts or {})
        self.expandAll()
        if current is not None:
            self.go_to(*current)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Signal counts of the trend log, shown next to its section and regions."""
        total = sum(counts.values())
        for key, section in self.sections.items():
            title = self._titles[key]
            if key == "trendlog":
                section.setText(
                    self.tr("{title} ({n})").format(title=title, n=total) if counts else title
                )
            for row in range(section.rowCount()):
                child = section.child(row)
                code = child.data(RegionRole)
                n = counts.get(code)
                child.setText(f"{code}  ({n})" if key == "trendlog" and n is not None else code)
                child.setData(f"{code}, {child.toolTip()}", Qt.ItemDataRole.AccessibleTextRole)

    def clear_regions(self) -> None:
        for section in self.sections.values():
            section.removeRows(0, section.rowCount())
        self.set_counts({})

    def current(self) -> tuple[str, str | None] | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return index.data(SectionRole), index.data(RegionRole)

    def go_to(self, section: str, region: str | None = None) -> None:
        """Make a section (and region, if it has one) current, as a click would."""
        item = self.sections.get(section)
        if item is None:
            return
        target = item
        for row in range(item.rowCount()):
            if item.child(row).data(RegionRole) == region:
                target = item.child(row)
        self.setCurrentIndex(target.index())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(current.data(SectionRole), current.data(RegionRole))
