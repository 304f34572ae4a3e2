"""The navigator: sections, and within them the regional directorates with signal counts; under
a region with several contact points (DEU has two), in the sections that show them, each
contact point (a region with one looks as it always did)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from desk.services.contact_points import ContactPointInfo
from desk.services.reference import DirectorateRef
from desk.ui.language import name_of

SectionRole = Qt.ItemDataRole.UserRole + 1
RegionRole = Qt.ItemDataRole.UserRole + 2
ContactPointRole = Qt.ItemDataRole.UserRole + 3  # a ContactPointInfo, on a contact point's row


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
        self._with_points: set[str] = set()
        self._points: dict[str, list[ContactPointInfo]] = {}
        self.selectionModel().currentChanged.connect(self._current_changed)

    def add_section(
        self, key: str, title: str, *, with_regions: bool, with_contact_points: bool = False
    ) -> None:
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
        if with_contact_points:
            self._with_points.add(key)

    def add_go_to_menu(self, menu: QMenu) -> QMenu:
        """View → Go to: Ctrl+1, Ctrl+2… for the sections in the navigator's order, keeping the
        region on screen where the section has regions. Focus moves to the navigator, so a
        screen reader says where the user now is and Tab leads into the section."""
        go_to = menu.addMenu(self.tr("&Go to"))
        for number, key in enumerate(self.sections, start=1):
            action = go_to.addAction(self._titles[key])
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=key: self._go_to_by_key(k))
        return go_to

    def _go_to_by_key(self, key: str) -> None:
        current = self.current()
        self.go_to(key, current[1] if current and key in self._with_regions else None)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
                child.setToolTip(name_of(d))
                section.appendRow(child)
        self._add_points()
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

    def set_contact_points(self, points: dict[str, list[ContactPointInfo]]) -> None:
        """Each region's contact points (with their countries today); keeps the selection."""
        current, point = self.current(), self.contact_point()
        before = (current, point.id if point else None)
        self.blockSignals(True)  # rows come and go: say only where it ends up, if it moved
        self._points = points
        self._add_points()
        self.expandAll()
        if current is not None:
            self.go_to(*current, contact_point=before[1])
        self.blockSignals(False)
        now, chosen = self.current(), self.contact_point()
        if now is not None and (now, chosen.id if chosen else None) != before:
            self.chosen.emit(*now)

    def _add_points(self) -> None:
        for key in self._with_points & self._with_regions:
            section = self.sections[key]
            for row in range(section.rowCount()):
                region = section.child(row)
                region.removeRows(0, region.rowCount())
                points = self._points.get(region.data(RegionRole), [])
                if len(points) < 2:
                    continue  # one contact point: the region is it
                for p in points:
                    # under "DEU", "DEU Central Asia" reads "Central Asia"
                    short = p.name.removeprefix(f"{p.region} ").strip() or p.name
                    item = QStandardItem(short)
                    item.setData(key, SectionRole)
                    item.setData(p.region, RegionRole)
                    item.setData(p, ContactPointRole)
                    countries = ", ".join(p.countries) or self.tr("no countries")
                    item.setToolTip(
                        self.tr("{name}: {countries}").format(name=p.name, countries=countries)
                    )
                    item.setData(p.name, Qt.ItemDataRole.AccessibleTextRole)
                    region.appendRow(item)

    def contact_point(self) -> ContactPointInfo | None:
        """The contact point of the current row (None: a section or a whole region)."""
        index = self.currentIndex()
        return index.data(ContactPointRole) if index.isValid() else None

    def clear_regions(self) -> None:
        for section in self.sections.values():
            section.removeRows(0, section.rowCount())
        self.set_counts({})

    def current(self) -> tuple[str, str | None] | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        return index.data(SectionRole), index.data(RegionRole)

    def go_to(
        self, section: str, region: str | None = None, *, contact_point: int | None = None
    ) -> None:
        """Make a section (and region, and contact point by id, if it has them) current, as a
        click would."""
        item = self.sections.get(section)
        if item is None:
            return
        target = item
        for row in range(item.rowCount()):
            if item.child(row).data(RegionRole) == region:
                target = item.child(row)
        for row in range(target.rowCount() if contact_point is not None else 0):
            point = target.child(row).data(ContactPointRole)
            if point is not None and point.id == contact_point:
                target = target.child(row)
                break
        self.setCurrentIndex(target.index())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.chosen.emit(current.data(SectionRole), current.data(RegionRole))
