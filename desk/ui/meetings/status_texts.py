"""What the meeting page's status buttons say and what their tooltips explain (translated in
``MeetingsView``'s context, where they are shown)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desk.models.meetings import MeetingStatus

# (button text, tooltip) of each step forward, by the status it leads to
STEPS: dict[MeetingStatus, tuple[str, str]] = {
    MeetingStatus.OPEN: (
        QT_TRANSLATE_NOOP("MeetingsView", "&Open for preparation"),
        QT_TRANSLATE_NOOP(
            "MeetingsView",
            "Draft → open: invites the previous meeting's participants (if none are listed "
            "yet) and brings over its agenda items that still have open actions. Minutes "
            "can be prepared from then on.",
        ),
    ),
    MeetingStatus.HELD: (
        QT_TRANSLATE_NOOP("MeetingsView", "Mark as &held"),
        QT_TRANSLATE_NOOP(
            "MeetingsView",
            "Open → held: the meeting took place. Attendance, minutes, decisions and "
            "actions can still be recorded until the minutes are finalised.",
        ),
    ),
    MeetingStatus.FINALISED: (
        QT_TRANSLATE_NOOP("MeetingsView", "&Finalise minutes"),
        QT_TRANSLATE_NOOP(
            "MeetingsView",
            "Held → finalised: fixes the signals under item 1, carries items with open "
            "actions to the next meeting and locks the meeting against changes.",
        ),
    ),
}
REOPEN = (
    QT_TRANSLATE_NOOP("MeetingsView", "&Re-open for corrections"),
    QT_TRANSLATE_NOOP(
        "MeetingsView",
        "Finalised → held: unlocks the meeting to correct its record; finalise the "
        "minutes again afterwards. The change is kept in the meeting's history.",
    ),
)
