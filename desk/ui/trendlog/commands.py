"""Undoable trend-log changes, on Qt's QUndoStack. Undo is itself an audited change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desk.errors import ChangedElsewhere
from desk.models.enums import SignalStatus
from desk.services.signals import get_signal, restore_statuses, set_status, update_signal
from desk.services.validation import SignalDraft
from desk.ui.language import translate
from desk.ui.trendlog.edit_dialog import SignalEditDialog

Runner = Callable[..., object]  # AppController.run: None when locked (nothing ran)
Failed = Callable[[BaseException], None]


def tr(text: str, n: int = -1) -> str:
    return translate("UndoCommands", text, None, n)


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

        self.version: int | None = None  # the signal's version after this edit (or undo)
        self._skip_redo = False

    def already_done(self, version: int) -> None:
        """The edit was saved before the command was pushed (from the open dialog): the push
        does not save it again. Undo and redo then name the version they expect, so they stop
        (``ChangedElsewhere``) rather than overwrite someone else's later change."""
        self.version, self._skip_redo = version, True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)

    def _save(self, draft: SignalDraft) -> None:
        sid, expected = self.signal_id, self.version

        def saved(changed: list[str]) -> None:
            if expected is not None and changed:
                self.version = expected + 1
            self.done()

        task = lambda store: update_signal(store, sid, draft, expected_version=expected)  # noqa: E731
        self.run(task, saved, self.failed)


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


def save_edit(
    run: Runner,
    dialog: SignalEditDialog,
    draft: SignalDraft,
    saved: Callable[[EditSignalCommand], None],
    failed: Failed,
    done: Callable[[], None],
    undo_failed: Failed,
) -> None:
    """Save an edit from the still-open ``dialog``, from the version it was loaded at. Saved:
    the dialog closes and ``saved`` gets the (already done) undo command. Changed elsewhere
    meanwhile: the dialog shows both values and stays open. Other failures: ``failed``."""
    before, version = dialog.detail, dialog.version
    if before is None or version is None:
        return
    sid = before.id

    def stored(changed: list[str]) -> None:
        dialog.saved()
        command = EditSignalCommand(run, sid, before.draft(), draft, done, undo_failed)
        # version + 1: the save changed the row only at ``version`` (services.versions)
        command.already_done(version + 1 if changed else version)
        saved(command)

    def stopped(exc: BaseException) -> None:
        if not isinstance(exc, ChangedElsewhere):
            dialog.save_failed()
            failed(exc)
            return

        def other(again: BaseException) -> None:
            dialog.save_failed()
            failed(again)

        run(lambda store: get_signal(store, sid), lambda t: dialog.show_conflict(exc, t), other)

    task = lambda store: update_signal(store, sid, draft, expected_version=version)  # noqa: E731
    if run(task, stored, stopped) is None:
        dialog.save_failed()  # locked: nothing ran
