"""The Help menu's windows: search syntax, keyboard shortcuts and About."""

from __future__ import annotations

import platform

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk import __version__
from desk.store import sqlite_version
from desk.ui.language import translate


def tr(text: str) -> str:
    return translate("MainWindow", text)


# Keys that work in one place only (no menu shows them): (keys, what they do).
LOCAL_KEYS = [
    ("Return", QT_TRANSLATE_NOOP("MainWindow", "Trend log table: edit the current signal")),
    ("Space", QT_TRANSLATE_NOOP("MainWindow", "Filter chip: switch it on or off")),
    (
        "Escape",
        QT_TRANSLATE_NOOP("MainWindow", "Dialog: close it (a form with changes asks first)"),
    ),
]


def show_search_help(parent: QWidget) -> None:
    QMessageBox.information(
        parent,
        tr("Search syntax"),
        tr(
            "Type words to search titles, summaries, sources and tags (the last word also "
            'matches as a prefix; "quoted phrases"; -word excludes).\n\n'
            "Filters:\n"
            "  country:TH or country:Armenië   region:DAO\n"
            "  hs:8542   tier:1 (or tier:3, tier:3.A)\n"
            "  tlp:red   tlp:<=amber\n"
            "  grade:<=B2   grade:A1   grade:>=C\n"
            "  status:new   category:finance   tag:crypto   chr:yes\n"
            "  since:2026-10-01   until:2026-10-31\n\n"
            "Several values: country:TH,AE"
        ),
    )


def show_about(parent: QWidget) -> None:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    QMessageBox.about(
        parent,
        tr("About Desk"),
        tr(
            "<h3>Desk {version}</h3><p>Trend log, meetings, country profiles and briefings "
            "of the sanctions policy unit.</p><p>Qt {qt} · PySide6 {pyside} · SQLite {sqlite} "
            "(SQLCipher) · Python {python}</p>"
        ).format(
            version=__version__,
            qt=qVersion(),
            pyside=pyside_version,
            sqlite=sqlite_version(),
            python=platform.python_version(),
        ),
    )


def menu_shortcuts(menubar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, "Menu → Item") for every menu item with a shortcut, in menu order: read from
    the menus themselves, so the list cannot drift from them."""
    found: list[tuple[str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            name = action.text().replace("&", "").rstrip("…")
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {name}")
            elif action.shortcuts() and action.isVisible():
                keys = ", ".join(
                    k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                )
                found.append((keys, f"{path} → {name}"))

    for top in menubar.actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return found


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: the menus' shortcuts, then the keys of single places."""

    def __init__(self, menubar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([tr("Keys"), tr("What they do")])
        rows = menu_shortcuts(menubar) + [(keys, tr(text)) for keys, text in LOCAL_KEYS]
        for keys, text in rows:
            self.model.appendRow([QStandardItem(keys), QStandardItem(text)])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
