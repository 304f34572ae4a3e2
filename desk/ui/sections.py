"""The main window's sections, in the navigator's order: one line per section."""

from __future__ import annotations

from desk.ui.countries.events_view import EventsView
from desk.ui.countries.view import CountriesView
from desk.ui.exchange.view import ExchangeView
from desk.ui.meetings.actions_view import ActionsView
from desk.ui.meetings.view import MeetingsView
from desk.ui.section import Section
from desk.ui.trade.view import TradeRadarView
from desk.ui.trendlog.view import TrendLogView

SECTIONS: list[type[Section]] = [
    TrendLogView,
    MeetingsView,
    ActionsView,
    CountriesView,
    EventsView,
    TradeRadarView,
    ExchangeView,
]
