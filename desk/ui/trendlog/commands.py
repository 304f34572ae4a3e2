"""Undoable trend-log changes, on Qt's QUndoStack. Undo is itself an audited change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desk.models.enums import SignalStatus
from desk.services.signals import restore_statuses, set_status, update_signal
from desk.services.validation import SignalDraft

Runner = Callable[..., None]
Failed = Callable[[BaseException], None]


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UndoCommands", text, None, n)


class StoredCommand(QUndoCommand):
    """A command whose redo/undo run on the database thread. If one fails, the stack no longer
    matches the store: ``failed`` is told (the view clears the stack and reloads)."""

    def __init__(self, text: str, run: Runner, done: Callable[[], None], failed: Failed) -> None:
        super().__init__(text)
        self.run, self.done, self.failed = run, done, failed

    def submit(self, task: Callable[..., object]) -> None:
        self.run(task, lambda _: self.done(), self.failed)


class EditSignalCommand(StoredCommand):
    def __init__(
        self,
        run: Runner,
        signal_id: int,
        before: SignalDraft,
        after: SignalDraft,
        done: Callable[[], None],
        failed: Failed,
    ) -> None:
        super().__init__(tr("edit of “{title}”").format(title=after.title[:40]), run, done, failed)
        self.signal_id, self.before, self.after = signal_id, before, after

    def redo(self) -> None:
        draft, sid = self.after, self.signal_id
        self.submit(lambda store: update_signal(store, sid, draft))

    def undo(self) -> None:
        draft, sid = self.before, self.signal_id
        self.submit(lambda store: update_signal(store, sid, draft))


class StatusCommand(StoredCommand):
    """New status for several signals; undo puts each back to what it was, in one
    transaction."""

    def __init__(
        self,
        run: Runner,
        before: dict[int, str],
        status: SignalStatus,
        done: Callable[[], None],
        failed: Failed,
    ) -> None:
        text = (
            tr("archiving of %n signal(s)", len(before))
            if status == SignalStatus.ARCHIVED
            else tr("status change of %n signal(s)", len(before))
        )
        super().__init__(text, run, done, failed)
        self.before, self.status = dict(before), status

    def redo(self) -> None:
        ids, status = list(self.before), self.status
        self.submit(lambda store: set_status(store, ids, status))

    def undo(self) -> None:
        before = {sid: SignalStatus(old) for sid, old in self.before.items()}
        self.submit(lambda store: restore_statuses(store, before))
