"""Undoable trend-log changes, on Qt's QUndoStack. Undo is itself an audited change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desk.models.enums import SignalStatus
from desk.services.signals import set_status, update_signal
from desk.services.validation import SignalDraft

Runner = Callable[..., None]


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("UndoCommands", text, None, n)


class EditSignalCommand(QUndoCommand):
    def __init__(
        self,
        run: Runner,
        signal_id: int,
        before: SignalDraft,
        after: SignalDraft,
        done: Callable[[], None],
    ) -> None:
        super().__init__(tr("edit of “{title}”").format(title=after.title[:40]))
        self.run, self.signal_id, self.before, self.after, self.done = (
            run,
            signal_id,
            before,
            after,
            done,
        )

    def redo(self) -> None:
        draft, sid = self.after, self.signal_id
        self.run(lambda store: update_signal(store, sid, draft), lambda _: self.done())

    def undo(self) -> None:
        draft, sid = self.before, self.signal_id
        self.run(lambda store: update_signal(store, sid, draft), lambda _: self.done())


class StatusCommand(QUndoCommand):
    """New status for several signals; undo puts each back to what it was."""

    def __init__(
        self, run: Runner, before: dict[int, str], status: SignalStatus, done: Callable[[], None]
    ) -> None:
        text = (
            tr("archiving of %n signal(s)", len(before))
            if status == SignalStatus.ARCHIVED
            else tr("status change of %n signal(s)", len(before))
        )
        super().__init__(text)
        self.run, self.before, self.status, self.done = run, dict(before), status, done

    def redo(self) -> None:
        ids, status = list(self.before), self.status
        self.run(lambda store: set_status(store, ids, status), lambda _: self.done())

    def undo(self) -> None:
        groups: dict[str, list[int]] = {}
        for sid, old in self.before.items():
            groups.setdefault(old, []).append(sid)

        def task(store) -> None:
            for old, ids in groups.items():
                set_status(store, ids, SignalStatus(old))

        self.run(task, lambda _: self.done())
