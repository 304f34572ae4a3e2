"""What a kind of document is: a ``Report`` (in the manner of pretix's exporters) says what it
is called, how its content is collected, how it is laid out and what its file is named. One
module per kind; ``desk.documents.registry`` lists them, and the command line and the app
offer what it lists.

A report's ``layout`` imports reportlab when a document is made, not when the module is
imported: the app imports the registry at start-up."""

from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING, ClassVar, Generic, NamedTuple, Protocol, TypeVar

from desk.models.enums import Tlp
from desk.services.briefings import Audience
from desk.services.meetings import MeetingInfo
from desk.services.work import Work

if TYPE_CHECKING:
    from desk.reports.base import DeskDocument, DocumentMeta
    from desk.reports.i18n import Texts

S = TypeVar("S")  # what a document is about: a meeting's id, a country's code…
D = TypeVar("D")  # the content collected for it


class Subject(StrEnum):
    """What a document is about: the command line asks for it accordingly."""

    MEETING = "meeting"  # desk NAME --region R --meeting DATE
    COUNTRY = "country"  # desk countries NAME CODE
    PERIOD = "period"  # desk briefing --region R --from DATE --to DATE: no meeting


class Recorded(NamedTuple):
    """What the record of an issued document says it is about."""

    region: str | None = None
    meeting_id: int | None = None
    country_code: str | None = None


class Report(ABC, Generic[S, D]):
    """One kind of document."""

    kind: ClassVar[str]  # recorded with every issued document: "meeting-briefing"
    name: ClassVar[str]  # short: the command (desk briefing), the file name, the app's settings
    label: ClassVar[str]  # how lists name it: "Briefing"
    help: ClassVar[str]  # one line for `desk --help`
    about: ClassVar[Subject]
    title_key: ClassVar[str]  # the title, a key of desk.reports.i18n's texts
    default_audience: ClassVar[Audience] = Audience.CONTACT_POINT
    # about a meeting and made before it: without --meeting, the command line takes the next one
    for_next_meeting: ClassVar[bool] = False

    @abstractmethod
    def collect(self, w: Work, subject: S, audience: Audience, lang: str) -> D:
        """The content for ``audience``, read in the caller's unit of work."""

    @abstractmethod
    def layout(self, data: D, meta: DocumentMeta) -> DeskDocument[D]:
        """The document laid out (its story); ``render()`` gives the PDF."""

    @abstractmethod
    def subtitle(self, data: D, t: Texts) -> str:
        """The line under the title (what or whom the document is about)."""

    @abstractmethod
    def file_subject(self, data: D) -> str:
        """The subject's part of the suggested file name: "dao-2026-11-03", "th"."""

    @abstractmethod
    def recorded(self, data: D) -> Recorded:
        """What the record of the issued document says it is about."""

    @abstractmethod
    def tlp(self, data: D) -> Tlp:
        """The document's label: the most restrictive of what it holds."""

    def timezone(self, data: D) -> tzinfo | None:
        """Where the issue date is given in local time (None: this computer's zone)."""
        return None

    def file_name(self, data: D, audience: Audience, lang: str) -> str:
        return f"{self.name}-{self.file_subject(data)}-{Audience(audience).value}-{lang}.pdf"


class MeetingContent(Protocol):
    """What every meeting document's content has."""

    @property
    def region(self) -> str: ...
    @property
    def meeting(self) -> MeetingInfo: ...
    @property
    def tlp(self) -> Tlp: ...


M = TypeVar("M", bound=MeetingContent)


class MeetingReport(Report[int, M]):
    """A document about one meeting (given by its id), dated in the meeting's time zone."""

    about = Subject.MEETING

    def subtitle(self, data: M, t: Texts) -> str:
        return f"{data.region} — {t.datetime(data.meeting.starts_at)}"

    def file_subject(self, data: M) -> str:
        return f"{data.region.lower()}-{data.meeting.date.isoformat()}"

    def recorded(self, data: M) -> Recorded:
        return Recorded(region=data.region, meeting_id=data.meeting.id)

    def tlp(self, data: M) -> Tlp:
        return data.tlp

    def timezone(self, data: M) -> tzinfo | None:
        return data.meeting.starts_at.tzinfo
