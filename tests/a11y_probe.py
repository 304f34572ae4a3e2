"""What a screen reader gets from Qt: accessible names of focusable widgets, and the accessible
tree of a widget as text (for tests/test_accessibility_walk.py and the issue's note)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget

import desk.ui

LABELLED = QAccessible.RelationFlag.Label


def focus_target(widget: QWidget) -> QWidget:
    """Where focus lands when ``widget`` is given it: the end of its focus proxy chain (a spin
    box's inner line edit hands focus to the spin box, a tab widget to its tab bar)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: its accessible name, else a label whose
    buddy it is, else what Qt derives (a button's text). A combo box's Name is its current
    choice on Linux (the label comes through the "labelled by" relation), never a name: only
    an accessible name or a label counts for it."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    labels = [i.text(QAccessible.Text.Name) for i, _ in interface.relations(LABELLED)]
    own = widget.accessibleName() or " ".join(labels)
    if isinstance(widget, QComboBox):
        return own.strip()
    return (own or interface.text(QAccessible.Text.Name)).strip()


def parent_chain(widget: QWidget) -> str:
    links = []
    w: QWidget | None = widget
    while w is not None:
        links.append(
            f"{type(w).__name__}({w.objectName()})" if w.objectName() else type(w).__name__
        )
        w = w.parentWidget()
    return " < ".join(links)


def unnamed(root: QWidget, where: str) -> list[str]:
    """Every control in ``root`` shown and reachable by focus that a screen reader would announce
    without a name: ``where: class — parent chain``."""
    found: list[str] = []
    seen: set[int] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        target = focus_target(widget)
        if id(target) in seen or target.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        seen.add(id(target))
        if isinstance(target, QLabel) and not target.text():
            continue  # selectable text not filled in yet: nothing to say (its text is its name)
        if not accessible_name(target):
            found.append(f"{where}: {type(target).__name__} — {parent_chain(target)}")
    return found


def labels_hiding_text(root: QWidget, where: str) -> list[str]:
    """Labels whose accessible name would replace their text: Qt gives a screen reader a
    label's name *instead of* its text (a count, an error, a fingerprint would go unsaid). A
    label's purpose belongs in its description; a name may only add to the text it contains
    (a number and what it counts). Hidden labels too: errors get their text later."""
    found = []
    for label in root.findChildren(QLabel):
        name = label.accessibleName()
        if name and (not label.text() or plain(label.text()) not in name):
            found.append(f"{where}: label named {name!r} — {parent_chain(label)}")
    return found


def plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def dialog_classes() -> set[type[QDialog]]:
    """Every QDialog (and QWizard) subclass defined in desk.ui, abstract bases (``_Name``)
    left out."""
    found: set[type[QDialog]] = set()
    for module_info in pkgutil.walk_packages(desk.ui.__path__, "desk.ui."):
        module = importlib.import_module(module_info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, QDialog)
                and cls.__module__ == module.__name__
                and not cls.__name__.startswith("_")
            ):
                found.add(cls)
    return found


def tree(widget: QWidget, depth: int = 0, limit: int = 6, rows: int = 3) -> list[str]:
    """The accessible tree below ``widget``: role, name, description and value, as a screen
    reader gets them; tables and lists stop after ``rows`` children."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return _lines(interface, depth, limit, rows) if interface is not None else []


def _lines(interface, depth: int, limit: int, rows: int) -> list[str]:
    if interface is None or not interface.isValid():
        return []
    role = interface.role().name
    name = interface.text(QAccessible.Text.Name)
    description = interface.text(QAccessible.Text.Description)
    value = interface.text(QAccessible.Text.Value)
    state = interface.state()
    hidden = state.invisible
    if hidden:
        return []
    parts = [f"{'  ' * depth}{role}"]
    if name:
        parts.append(f'"{name}"')
    if description:
        parts.append(f"— {description}")
    if value and value != name:
        parts.append(f"[{value}]")
    out = [" ".join(parts)]
    if depth >= limit:
        return out
    count = interface.childCount()
    many = role in ("Table", "List", "Tree", "Row", "ColumnHeader")
    shown = min(count, rows * 9 if role == "Table" else rows) if many else count
    for i in range(shown):
        out += _lines(interface.child(i), depth + 1, limit, rows)
    if shown < count:
        out.append(f"{'  ' * (depth + 1)}… {count - shown} more")
    return out


def names(root: QWidget) -> list[str]:
    """``class: name`` of every control in ``root`` focus can reach (for reviewing them)."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(root):
            target = focus_target(widget)
            if target is widget:
                out.append(f"{type(widget).__name__}: {accessible_name(widget)!r}")
    return out
