"""The main window."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from desk import APP_NAME, __version__


class MainWindow(QMainWindow):
    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 780)
        self.welcome = QLabel(self)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.welcome)
        self.store_label = QLabel(self)
        self.lock_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.store_label)
        self.statusBar().addPermanentWidget(self.lock_label)
        self._build_menus()
        controller.store_opened.connect(self._on_opened)
        controller.store_locked.connect(self._on_locked)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.controller.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _on_opened(self, store) -> None:
        self.store_label.setText(self.tr("Store: {name}").format(name=store.name))
        self.lock_label.setText(self.tr("Unlocked"))
        self.welcome.setText(self.tr("The store {name} is open.").format(name=store.name))

    def _on_locked(self) -> None:
        self.lock_label.setText(self.tr("Locked"))
        self.welcome.clear()

    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        QMessageBox.about(
            self,
            self.tr("About Desk"),
            self.tr("Desk {version}\nQt {qt}, PySide6 {pyside}").format(
                version=__version__, qt=qVersion(), pyside=pyside_version
            ),
        )

    # -- layout memory (geometry and dock state only: never data) ---------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        event.accept()
