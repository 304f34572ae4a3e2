"""Guards against a Qt binding that corrupts reference counts (PySide6 6.12.0 did: every
processEvents() call dropped a reference to None, and Python 3.11 aborted after a few thousand)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_process_events_keeps_none_alive(qapp: QApplication) -> None:
    before = sys.getrefcount(None)
    for _ in range(1000):
        qapp.processEvents()
    assert sys.getrefcount(None) > before - 500


def test_bool_results_keep_true_and_false_alive(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(False) + sys.getrefcount(True)
    for _ in range(1000):
        widget.isVisible()
        widget.isEnabled()
    assert sys.getrefcount(False) + sys.getrefcount(True) > before - 500
