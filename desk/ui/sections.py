"""The main window's sections, in the navigator's order: one line per section.

A section's module is imported, and the section built, only when it is first needed (shown,
or reached by a menu): the window starts with the one it shows first. So each line names the
module and class rather than importing them, with what the navigator needs before then
(``test_ui_lazy_sections`` checks these match the classes).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.ui.section import Section


@dataclass(frozen=True)
class SectionEntry:
    key: str  # the class's ``key``
    title: str  # the class's ``title``, marked for translation
    path: str  # "module:Class"
    with_regions: bool = True
    with_contact_points: bool = False

    def display_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def load(self) -> type[Section]:
        module, name = self.path.split(":")
        kind = getattr(importlib.import_module(module), name)
        assert issubclass(kind, Section) and kind.key == self.key
        return kind


SECTIONS: list[SectionEntry] = [
    SectionEntry(
        "trendlog", QT_TRANSLATE_NOOP("Sections", "Trend log"), "desk.ui.trendlog.view:TrendLogView"
    ),
    SectionEntry(
        "meetings",
        QT_TRANSLATE_NOOP("Sections", "Meetings"),
        "desk.ui.meetings.view:MeetingsView",
        with_contact_points=True,
    ),
    SectionEntry(
        "actions",
        QT_TRANSLATE_NOOP("Sections", "Actions"),
        "desk.ui.meetings.actions_view:ActionsView",
    ),
    SectionEntry(
        "countries",
        QT_TRANSLATE_NOOP("Sections", "Countries"),
        "desk.ui.countries.view:CountriesView",
        with_contact_points=True,
    ),
    SectionEntry(
        "events",
        QT_TRANSLATE_NOOP("Sections", "Knowledge exchange"),
        "desk.ui.countries.events_view:EventsView",
    ),
    SectionEntry(
        "trade", QT_TRANSLATE_NOOP("Sections", "Trade radar"), "desk.ui.trade.view:TradeRadarView"
    ),
    SectionEntry(
        "exchange",
        QT_TRANSLATE_NOOP("Sections", "Exchange"),
        "desk.ui.exchange.view:ExchangeView",
        with_regions=False,
    ),
]


class LazySections(Mapping[str, Section]):
    """The window's sections by key, each built (by ``build``) the first time it is asked
    for. Iterating the values builds them all; ``built`` holds those that exist."""

    def __init__(self, build: Callable[[SectionEntry], Section]) -> None:
        self._build = build
        self._entries = {entry.key: entry for entry in SECTIONS}
        self.built: dict[str, Section] = {}

    def __getitem__(self, key: str) -> Section:
        section = self.built.get(key)
        if section is None:
            section = self.built[key] = self._build(self._entries[key])
        return section

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)
