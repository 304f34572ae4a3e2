"""The errors Desk reports to people: one family, each a one-line reason.

``str(error)`` is the sentence the command line prints after ``desk: error:`` and the app shows
in a message box; it says what went wrong and where, never how the code got there. The
subclasses say what kind of trouble it is, so callers can react without parsing the text, and
carry the command line's exit code.
"""

from __future__ import annotations

from datetime import datetime


class DeskError(Exception):
    """Base class of every error meant for the user."""

    exit_code = 1


class NotFound(DeskError, LookupError):
    """The record, file or store that was asked for does not exist."""


class InvalidInput(DeskError, ValueError):
    """What the user gave cannot be used as it is (a bad date, an unknown region…)."""

    exit_code = 2


class Conflict(DeskError):
    """The change collides with the current state (a duplicate, a record changed meanwhile)."""


class Refused(DeskError):
    """Not allowed: locked, not authorised, or against a rule (a marking, an audience…)."""


class Unavailable(DeskError):
    """A resource is busy, full or unreachable: trying again later may work."""

    exit_code = 75  # EX_TEMPFAIL


class ChangedElsewhere(Conflict):
    """Someone else saved the record since it was opened: nothing was saved.

    ``who`` and ``when`` name that change (``who`` is None for a change made before Desk
    recorded it); ``differences`` lists ``(field, yours, theirs)`` — each field where the draft
    being saved differs from what is stored now, as text; ``version`` is the stored version
    (saving again with it overwrites theirs deliberately).
    """

    def __init__(
        self,
        what: str,
        who: str | None,
        when: datetime | None,
        differences: list[tuple[str, str, str]],
        version: int,
    ) -> None:
        self.what, self.who, self.when = what, who, when
        self.differences, self.version = differences, version
        by = f" by {who}" if who else ""
        at = f" at {when.astimezone():%Y-%m-%d %H:%M}" if when is not None else ""
        super().__init__(
            f"{what} was changed{by}{at} since you opened it; nothing was saved"
            + (f" (differs in: {', '.join(f for f, _, _ in differences)})" if differences else "")
        )
