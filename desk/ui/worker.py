"""Database work off the UI thread, with results delivered back on the UI thread.

Like Anki's operation helpers: the UI submits a callable, a worker thread runs it, and
``done``/``failed`` are called on the UI thread via a queued Qt signal. Nothing here touches a
widget from a worker thread.

Two lanes, each its own thread (and so its own pooled connection: SQLite in WAL lets readers
run side by side, a team database hands out a second connection): what the user waits for (a
search, a page of rows, a save) runs on the interactive lane; charts, counts and the daily
backup run on the background lane, so a keystroke's page never waits behind a running chart.
A background task starts only once the interactive work submitted before it has finished, so
it sees what the user just saved. A background task submitted with a ``key`` replaces one with
the same key still waiting (a chart for a search the user has since changed is never drawn);
a ``stoppable`` one is also stopped while it runs (``desk.store.stopping``), so that a chart
nobody waits for any more does not take a core from the next keystroke's page.
"""

from __future__ import annotations

import collections
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Signal

from desk.store import stopping

log = logging.getLogger(__name__)

INTERACTIVE, BACKGROUND = 0, 1
_STOP = object()


class ProgressRelay(QObject):
    """Carries a task's ``progress(done, total, phase)`` from the worker thread to the UI (a
    queued signal): pass ``relay.progress.emit`` as the service's callback."""

    progress = Signal(int, int, str)


class Cancelled(Exception):
    """Raised inside a task whose ``CancelToken`` was set."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


def _stopped(token: CancelToken | None) -> bool:
    return token is not None and token.cancelled


def _stopped_by(token: CancelToken, task: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        with stopping.when(lambda: token.cancelled):
            return task()

    return run


class _Lane:
    """One thread running its queue's tasks in order; ``before(seq)`` may hold a task back,
    ``after(seq)`` is told when it finished (or was skipped)."""

    def __init__(
        self,
        name: str,
        before: Callable[[int], None] = lambda seq: None,
        after: Callable[[int], None] = lambda seq: None,
    ) -> None:
        self.queue: queue.Queue[tuple[int, Any, Future | None]] = queue.Queue()
        self._before, self._after = before, after
        self.thread = threading.Thread(target=self._work, name=name, daemon=True)
        self.thread.start()

    def _work(self) -> None:
        while True:
            seq, task, future = self.queue.get()
            if task is _STOP or future is None:
                return
            try:
                if future.cancelled():
                    continue  # superseded while it waited
                self._before(seq)
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(task())
                except BaseException as exc:
                    future.set_exception(exc)
            finally:
                self._after(seq)

    def stop(self) -> None:
        if self.thread.is_alive():
            self.queue.put((-1, _STOP, None))
            self.thread.join(timeout=30)


class DbExecutor(QObject):
    """Runs tasks off the UI thread on two lanes; tracks how many are in flight."""

    _finished = Signal(object)  # carries a zero-argument callable to run on the UI thread
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._order = itertools.count()
        self._pending = 0
        self._generation = 0  # bumped on lock: results of older tasks are dropped
        # the newest background task of each key, and its token if it may be stopped running
        self._keyed: dict[str, tuple[Future, CancelToken | None]] = {}
        # Sequence numbers of interactive tasks not yet finished (they finish in order).
        self._unfinished: collections.deque[int] = collections.deque()
        self._turn = threading.Condition()
        self._stopped = False
        self._finished.connect(lambda call: call())
        self._interactive = _Lane("desk-db", after=self._interactive_done)
        self._background = _Lane("desk-db-background", before=self._wait_for_interactive)

    @property
    def pending(self) -> int:
        return self._pending

    def _interactive_done(self, seq: int) -> None:
        with self._turn:
            if self._unfinished and self._unfinished[0] == seq:
                self._unfinished.popleft()
            else:
                self._unfinished.remove(seq)
            self._turn.notify_all()

    def _wait_for_interactive(self, seq: int) -> None:
        """A background task waits for the interactive work submitted before it."""
        with self._turn:
            self._turn.wait_for(lambda: not self._unfinished or self._unfinished[0] > seq)

    def submit(
        self,
        task: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        *,
        background: bool = False,
        key: str | None = None,
        stoppable: bool = False,
    ) -> Future:
        """Run ``task`` on a worker thread; ``done(result)`` or ``failed(exc)`` on the UI
        thread. ``background``: the background lane; ``key`` (background only): a waiting
        task with the same key is dropped (its callbacks never run), and a running one too
        if it is ``stoppable`` (a read: its statement is ended early, see ``drop``)."""
        generation = self._generation
        token = CancelToken() if stoppable else None
        if token is not None:
            task = _stopped_by(token, task)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future: Future = Future()

        def deliver(fut: Future) -> None:
            def on_ui_thread() -> None:
                self._pending -= 1
                if self._pending == 0:
                    self.busy_changed.emit(False)
                if generation != self._generation or fut.cancelled() or _stopped(token):
                    return  # the store was locked meanwhile, or the task was superseded
                exc = fut.exception()
                if exc is None:
                    if done is not None:
                        done(fut.result())
                elif failed is not None:
                    failed(exc)
                elif not isinstance(exc, Cancelled):
                    log.error("background task failed", exc_info=exc)

            self._finished.emit(on_ui_thread)

        future.add_done_callback(deliver)
        seq = next(self._order)
        if background:
            if key is not None:
                self.drop(key)
                self._keyed[key] = (future, token)
            self._background.queue.put((seq, task, future))
        else:
            with self._turn:
                self._unfinished.append(seq)
            self._interactive.queue.put((seq, task, future))
        return future

    def drop(self, key: str) -> None:
        """Drop the background task of ``key`` if it still waits, or stop it if it runs and is
        stoppable: either way its callbacks never run. Another running task finishes."""
        older = self._keyed.pop(key, None)
        if older is not None:
            future, token = older
            if not future.cancel() and token is not None:
                token.cancel()

    def invalidate(self) -> None:
        """Forget results of tasks already submitted (used when locking); background tasks
        still waiting are dropped."""
        self._generation += 1
        for key in list(self._keyed):
            self.drop(key)

    def wait_idle(self, timeout: float | None = None) -> None:
        """Block until every task submitted on either lane has run (used before closing the
        store). No timeout by default: closing a store under a task that still runs crashes
        SQLCipher, and on a busy machine a queue of work can take longer than any limit."""
        if self._stopped:
            return  # shut down: nothing runs any more
        markers: list[Future] = []
        for lane, background in ((self._interactive, False), (self._background, True)):
            marker: Future = Future()
            seq = next(self._order)
            if not background:
                with self._turn:
                    self._unfinished.append(seq)
            lane.queue.put((seq, lambda: None, marker))
            markers.append(marker)
        for marker in markers:
            marker.result(timeout=timeout)

    def shutdown(self) -> None:
        self._stopped = True
        self._interactive.stop()
        self._background.stop()
