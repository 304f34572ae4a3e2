"""Every kind of document Desk makes, in the order lists show them: one line per kind.

A new document is one module in this package (a ``Report``) and one line here; the command
line and the app offer it from this list."""

from __future__ import annotations

from typing import Any

from desk.documents.country_profile import ProfileReport
from desk.documents.meeting_briefing import BriefingReport
from desk.documents.minutes import MinutesReport
from desk.documents.period_briefing import PeriodBriefingReport
from desk.documents.report import Report

REPORTS: list[Report[Any, Any]] = [
    BriefingReport(),
    MinutesReport(),
    ProfileReport(),
    PeriodBriefingReport(),  # `desk briefing --from --to`: no command of its own
]


def report_for(kind: str) -> Report[Any, Any]:
    """The report of a kind ("meeting-briefing"), as recorded with issued documents."""
    for report in REPORTS:
        if report.kind == kind:
            return report
    raise KeyError(f"no document of kind {kind}")
