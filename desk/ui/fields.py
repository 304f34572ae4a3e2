"""Small field builders the dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget


def password_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    """A line edit that shows dots, named for screen readers."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field
