"""The Preferences dialog's settings as one typed value, read in one snapshot and saved in one
transaction."""

from __future__ import annotations

from dataclasses import dataclass

from desk.errors import InvalidInput
from desk.services.markings import clean_markings, markings, set_markings
from desk.services.settings import (
    DEFAULT_IDLE_MINUTES,
    IDLE_LOCK_MINUTES,
    USER_NAME,
    USER_POST,
    set_settings,
)
from desk.services.work import Context, reading, writing

IDLE_RANGE = range(1, 241)  # minutes before the app locks itself


@dataclass(frozen=True)
class Preferences:
    name: str  # written into the audit trail ("" = the OS login)
    post: str
    idle_minutes: int
    markings: tuple[str, ...]  # the first is the default marking of documents

    def checked(self) -> Preferences:
        """The same preferences as they will be stored, or InvalidInput / MarkingRefused."""
        if self.idle_minutes not in IDLE_RANGE:
            raise InvalidInput(
                f"lock after {IDLE_RANGE.start} to {IDLE_RANGE.stop - 1} minutes, "
                f"not {self.idle_minutes}"
            )
        return Preferences(
            " ".join(self.name.split()),
            " ".join(self.post.split()),
            self.idle_minutes,
            tuple(clean_markings(list(self.markings))),
        )


def load_preferences(ctx: Context) -> Preferences:
    with reading(ctx) as w:
        return Preferences(
            name=w.actor,
            post=w.post,
            idle_minutes=int(str(w.setting(IDLE_LOCK_MINUTES, DEFAULT_IDLE_MINUTES))),
            markings=tuple(markings(w)),
        )


def save_preferences(ctx: Context, preferences: Preferences) -> Preferences:
    """Store every preference at once: all of them or none. On a team database the name is the
    database role and is not stored (the settings there are the team's, not one person's)."""
    prefs = preferences.checked()
    with writing(ctx) as w:
        values: dict[str, object] = {IDLE_LOCK_MINUTES: prefs.idle_minutes}
        if w.store.user is None:
            values |= {USER_NAME: prefs.name, USER_POST: prefs.post}
        else:
            prefs = Preferences(w.store.user, w.post, prefs.idle_minutes, prefs.markings)
        set_settings(w, values)
        set_markings(w, list(prefs.markings))
    return prefs
