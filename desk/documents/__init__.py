"""Producing documents: the content from ``desk.services``, the layout from ``desk.reports``,
the PDF written atomically and recorded. One ``Report`` per kind of document, listed in
``registry``; ``render`` makes one, ``issue`` writes and records it.

The layout modules (reportlab, babel) are imported when a document is made, not with this
package: the app imports it at start-up, where every 100 ms counts."""

from desk.documents.issuing import BadDestination, Issued, NotSaved, issue, protect
from desk.documents.registry import REPORTS, report_for
from desk.documents.rendering import Progress, Rendered, UnknownLanguage, render
from desk.documents.report import Recorded, Report, Subject

__all__ = [
    "REPORTS",
    "BadDestination",
    "Issued",
    "NotSaved",
    "Progress",
    "Recorded",
    "Rendered",
    "Report",
    "Subject",
    "UnknownLanguage",
    "issue",
    "protect",
    "render",
    "report_for",
]
