"""What every part of the main window offers, so the window treats them all alike.

A section is a widget the navigator leads to, optionally per region. The main window builds
the navigator from ``desk.ui.sections.SECTIONS``, and each section when first reached; adding a
section is one new module with a ``Section`` subclass and one entry there.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import QWidget

from desk.services.contact_points import ContactPointInfo


class Section(QWidget):
    """Base class of the main window's sections."""

    key: ClassVar[str]  # the navigator's and the settings' name for it: "trendlog"
    title: ClassVar[str]  # English, marked with QT_TRANSLATE_NOOP("Sections", …)
    with_regions: ClassVar[bool] = True  # the navigator lists the regions under it
    # … and, under a region with several, its contact points (``set_scope`` gets the chosen one)
    with_contact_points: ClassVar[bool] = False
    # The tables whose rows it shows: when someone changes one of them in a team database,
    # the section reads again (``tables_changed``).
    tables: ClassVar[frozenset[str]] = frozenset()

    message = Signal(str)  # a line for the status bar
    data_changed = Signal()  # what other sections count (signals per region…) may be stale

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller

    @classmethod
    def display_title(cls) -> str:
        return QCoreApplication.translate("Sections", cls.title)

    def set_region(self, region: str | None) -> None:
        """Show this region (None: every region); load what is needed."""
        raise NotImplementedError

    def set_scope(self, region: str | None, contact_point: ContactPointInfo | None) -> None:
        """Show this region, or one of its contact points (sections ``with_contact_points``)."""
        self.set_region(region)

    def refresh(self) -> None:
        """Read again what is shown (the store changed)."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget everything shown: the store was locked."""
        raise NotImplementedError

    def tables_changed(self, tables: set[str]) -> None:
        """Someone changed ``tables`` ("*": anything may have changed): read again what is
        shown, keeping the place (selection, scroll) where the section can."""
        if "*" in tables or tables & self.tables:
            self.refresh()

    def save_layout(self, settings: QSettings) -> None:
        """Remember column widths and splitters (never content)."""

    def restore_layout(self, settings: QSettings) -> None:
        """Put back what ``save_layout`` remembered."""
