"""Small field builders the dialogs share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget


def password_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    """A line edit that shows dots, named for screen readers."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    return field


def dialog_buttons(
    dialog: QDialog,
    accept: Callable[[], object] | None = None,
    *,
    save: bool = False,
    ok_text: str = "",
) -> QDialogButtonBox:
    """OK (or Save, or ``ok_text``) and Cancel: Cancel rejects the dialog, the other calls
    ``accept`` (by default the dialog's own)."""
    ok = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    if ok_text:
        buttons.button(ok).setText(ok_text)
    buttons.accepted.connect(accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
