"""The trend log's filter chips: toggle buttons drawn as rounded labels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget


def filter_chip(text: str, parent: QWidget) -> QToolButton:
    chip = QToolButton(parent)
    chip.setText(text)
    chip.setCheckable(True)
    chip.setAutoRaise(False)
    chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    chip.setAccessibleName(text)
    chip.setStyleSheet(
        "QToolButton{border:1px solid #b8c2d0;border-radius:10px;padding:1px 8px;background:#f6f8fb}"
        "QToolButton:checked{background:#15325b;color:white;border-color:#15325b}"
    )
    return chip
