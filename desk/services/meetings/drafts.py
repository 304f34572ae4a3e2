"""What a person gives to plan meetings or record what happens in them: frozen drafts (a new
record) and patches (a change), each validated in one place.

``checked()`` returns the draft as it will be stored (text stripped, owners cleaned) or raises
``MeetingError`` with the reason; ``problem()`` gives that reason (or None) to a dialog that
enables its OK button with it. What needs the store (an unknown region, a finalised meeting, a
standing item's title) is checked by the service that writes.

A patch names only what changes: a field left ``None`` keeps its value. A field that can be
cleared (an action's due date) uses ``UNCHANGED`` as its "keep" marker instead, so ``None``
can mean "no due date".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, time
from enum import Enum
from typing import Final, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.models.meetings import DEFAULT_TZ, ParticipantRole
from desk.services.meetings.common import MeetingError

DEFAULT_TIME = time(10, 0)
DEFAULT_COUNT = 13  # about a year of four-weekly meetings
DEFAULT_ITEM_MINUTES = 15


class Unchanged(Enum):
    """The marker of a patch field that keeps its value where ``None`` is a value too."""

    UNCHANGED = "unchanged"


UNCHANGED: Final = Unchanged.UNCHANGED


class _Checked:
    """Drafts and patches: ``checked()`` cleans and validates, ``problem()`` says why not."""

    def checked(self) -> Self:
        raise NotImplementedError

    def problem(self) -> str | None:
        try:
            self.checked()
        except MeetingError as exc:
            return str(exc)
        return None


class _Patch(_Checked):
    """A patch: the fields it names (those not ``None``) are the ones that change."""

    def changes(self) -> dict[str, object]:
        values = {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]
        return {name: value for name, value in values.items() if value is not None}


def _required(text: str, reason: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise MeetingError(reason)
    return cleaned


def _stripped(text: str | None) -> str | None:
    return None if text is None else text.strip()


def _minutes(value: int) -> int:
    if value < 0:
        raise MeetingError("a duration cannot be negative")
    return value


def _optional_minutes(value: int | None) -> int | None:
    return None if value is None else _minutes(value)


def clean_owners(owners: Iterable[str]) -> tuple[str, ...]:
    """Owners as stored: white space folded, blanks dropped, each name once (any case)."""
    cleaned: dict[str, str] = {}
    for o in owners:
        name = " ".join(o.split())
        if name:
            cleaned.setdefault(name.casefold(), name)
    return tuple(cleaned.values())


def _owners(owners: Iterable[str]) -> tuple[str, ...]:
    cleaned = clean_owners(owners)
    if not cleaned:
        raise MeetingError("an action needs at least one owner")
    return cleaned


# -- the series and one meeting ---------------------------------------------------------------------
@dataclass(frozen=True)
class SeriesPlan(_Checked):
    """Plan a contact point's series from ``start`` (or change it from that date onward).

    ``location``, ``video_link``, ``chair`` and ``duration_minutes`` left ``None`` keep the
    series' current values (a new series starts from the defaults)."""

    region: str
    start: date
    at: time = DEFAULT_TIME
    count: int = DEFAULT_COUNT
    interval_weeks: int = 4
    tz: str = DEFAULT_TZ
    location: str | None = None
    video_link: str | None = None
    chair: str | None = None
    duration_minutes: int | None = None
    contact_point: int | None = None  # its id; None: the region's default contact point

    def checked(self) -> SeriesPlan:
        if self.count < 1:
            raise MeetingError("plan at least one meeting")
        if self.interval_weeks < 1:
            raise MeetingError("meetings are at least a week apart")
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise MeetingError(f"unknown time zone {self.tz}") from None
        return replace(
            self,
            region=self.region.strip().upper(),
            location=_stripped(self.location),
            video_link=_stripped(self.video_link),
            chair=_stripped(self.chair),
            duration_minutes=_optional_minutes(self.duration_minutes),
        )


@dataclass(frozen=True)
class MeetingChange(_Patch):
    """A change to one meeting's place, link, chair or length (``None``: unchanged)."""

    location: str | None = None
    video_link: str | None = None
    chair: str | None = None
    duration_minutes: int | None = None

    def checked(self) -> MeetingChange:
        return MeetingChange(
            _stripped(self.location),
            _stripped(self.video_link),
            _stripped(self.chair),
            _optional_minutes(self.duration_minutes),
        )


# -- the agenda -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemDraft(_Checked):
    """A free agenda item."""

    title: str
    duration_minutes: int = DEFAULT_ITEM_MINUTES
    presenter: str = ""
    shareable: bool = False  # its title may go into documents for external readers

    def checked(self) -> ItemDraft:
        return ItemDraft(
            _required(self.title, "an agenda item needs a title"),
            _minutes(self.duration_minutes),
            self.presenter.strip(),
            self.shareable,
        )


@dataclass(frozen=True)
class ItemPatch(_Patch):
    """A change to an agenda item (``None``: unchanged). Standing items keep their titles."""

    title: str | None = None
    duration_minutes: int | None = None
    presenter: str | None = None
    minutes: str | None = None
    shareable: bool | None = None

    def checked(self) -> ItemPatch:
        return replace(
            self,
            title=None
            if self.title is None
            else _required(self.title, "an agenda item needs a title"),
            duration_minutes=_optional_minutes(self.duration_minutes),
            presenter=_stripped(self.presenter),
        )  # the minutes are kept as typed


# -- people and decisions ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ParticipantDraft(_Checked):
    name: str
    role: ParticipantRole = ParticipantRole.OTHER
    organisation: str = ""

    def checked(self) -> ParticipantDraft:
        return ParticipantDraft(
            _required(self.name, "a participant needs a name"),
            ParticipantRole(self.role),
            self.organisation.strip(),
        )


@dataclass(frozen=True)
class ParticipantPatch(_Patch):
    name: str | None = None
    role: ParticipantRole | None = None
    organisation: str | None = None

    def checked(self) -> ParticipantPatch:
        return ParticipantPatch(
            None if self.name is None else _required(self.name, "a participant needs a name"),
            None if self.role is None else ParticipantRole(self.role),
            _stripped(self.organisation),
        )


@dataclass(frozen=True)
class DecisionDraft(_Checked):
    text: str
    agenda_item_id: int | None = None

    def checked(self) -> DecisionDraft:
        return replace(self, text=_required(self.text, "a decision needs a text"))


# -- actions ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionDraft(_Checked):
    text: str
    owners: tuple[str, ...]
    due_on: date | None = None
    agenda_item_id: int | None = None

    def checked(self) -> ActionDraft:
        return replace(
            self,
            text=_required(self.text, "an action needs a text"),
            owners=_owners(self.owners),
        )


@dataclass(frozen=True)
class ActionPatch(_Checked):
    """A change to an action: text and owners ``None`` and due date ``UNCHANGED`` keep theirs;
    ``due_on=None`` removes the due date."""

    text: str | None = None
    owners: tuple[str, ...] | None = None
    due_on: date | Unchanged | None = UNCHANGED

    def checked(self) -> ActionPatch:
        return replace(
            self,
            text=None if self.text is None else _required(self.text, "an action needs a text"),
            owners=None if self.owners is None else _owners(self.owners),
        )
