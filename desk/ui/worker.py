"""One background executor for all database work, with results delivered back on the UI thread.

Like Anki's operation helpers: the UI submits a callable, the executor runs it on its single
worker thread (SQLite likes one writer), and ``done``/``failed`` are called on the UI thread via
a queued Qt signal. Nothing here touches a widget from the worker thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


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


class DbExecutor(QObject):
    """Runs tasks one at a time off the UI thread; tracks how many are in flight."""

    _finished = Signal(object)  # carries a zero-argument callable to run on the UI thread
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="desk-db")
        self._pending = 0
        self._generation = 0  # bumped on lock: results of older tasks are dropped
        self._finished.connect(lambda call: call())

    @property
    def pending(self) -> int:
        return self._pending

    def submit(
        self,
        task: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> Future:
        generation = self._generation
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def deliver(future: Future) -> None:
            def on_ui_thread() -> None:
                self._pending -= 1
                if self._pending == 0:
                    self.busy_changed.emit(False)
                if generation != self._generation:
                    return  # the store was locked meanwhile
                exc = future.exception()
                if exc is None:
                    if done is not None:
                        done(future.result())
                elif failed is not None:
                    failed(exc)
                elif not isinstance(exc, Cancelled):
                    log.error("background task failed", exc_info=exc)

            self._finished.emit(on_ui_thread)

        future = self._pool.submit(task)
        future.add_done_callback(deliver)
        return future

    def invalidate(self) -> None:
        """Forget results of tasks already submitted (used when locking)."""
        self._generation += 1

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Block until queued tasks have run (used before closing the store)."""
        self._pool.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
