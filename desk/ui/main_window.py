"""The main window: navigator, the current section, menus and status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
)

from desk import APP_NAME
from desk.models.enums import SignalStatus
from desk.services.contact_points import contact_points_by_region
from desk.services.issued import issued_documents
from desk.services.preferences import Preferences, load_preferences, save_preferences
from desk.services.reference import list_directorates, signal_counts_by_region
from desk.store import backup_store
from desk.ui.help import ShortcutsDialog, show_about, show_search_help
from desk.ui.live import EVERYTHING
from desk.ui.navigator import Navigator
from desk.ui.preferences import ChangeKeyDialog, PreferencesDialog
from desk.ui.section import Section
from desk.ui.sections import SECTIONS, LazySections, SectionEntry
from desk.ui.team_status import team_status
from desk.ui.trendlog.table_model import status_label

if TYPE_CHECKING:  # the sections' modules load when they are first shown (desk.ui.sections)
    from desk.ui.countries.view import CountriesView
    from desk.ui.meetings.view import MeetingsView
    from desk.ui.trendlog.view import TrendLogView

NAVIGATOR_WIDTH = 200


class MainWindow(QMainWindow):
    def __init__(self, controller) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 680)  # a 1920×1080 laptop at 150 %

        self.navigator = Navigator(self)
        self.stack = QStackedWidget(self)
        for entry in SECTIONS:
            self.navigator.add_section(
                entry.key,
                entry.display_title(),
                with_regions=entry.with_regions,
                with_contact_points=entry.with_contact_points,
            )
        # Each section is built when first reached; the trend log at once (the menus act on it).
        self._layout_restored = False
        self._place_restored = False  # the section and region last left (see _remember_place)
        self.sections = LazySections(self._build_section)
        self.sections["trendlog"]
        # the section, region and contact point on screen
        self._shown: tuple[str, str | None, int | None] | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        # One navigator width for every section: the user's (dragged, remembered with the
        # layout), put back whenever a section is shown.
        self.navigator_width = NAVIGATOR_WIDTH
        self.splitter.setSizes([NAVIGATOR_WIDTH, 1280 - NAVIGATOR_WIDTH])
        self.splitter.splitterMoved.connect(
            lambda *_: setattr(self, "navigator_width", self.splitter.sizes()[0])
        )
        self.setCentralWidget(self.splitter)

        self.store_label = QLabel(self)
        self.store_label.setAccessibleDescription(self.tr("Store"))
        self.lock_label = QLabel(self)
        self.lock_label.setAccessibleDescription(self.tr("Lock state"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(80)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.store_label)
        self.statusBar().addPermanentWidget(self.lock_label)

        self.failure_box: QMessageBox | None = None
        self._build_menus()
        self.navigator.chosen.connect(self._section_chosen)
        controller.executor.busy_changed.connect(self.busy.setVisible)
        controller.store_opened.connect(self._on_opened)
        controller.store_locked.connect(self._on_locked)
        controller.failure.connect(self.show_failure)
        controller.data_changed.connect(self.tables_changed)
        controller.waiting_for_writer.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Waiting for another Desk process to finish writing…"), 15000
            )
        )

    def _build_section(self, entry: SectionEntry) -> Section:
        section = entry.load()(self.controller, self)
        self.stack.addWidget(section)
        section.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        section.data_changed.connect(self.refresh_counts)
        section.data_changed.connect(self.refresh_contact_points)
        if self._layout_restored:  # built after the window's layout was put back
            section.restore_layout(QSettings())
        return section

    # The sections other parts of the window (menus, documents) work with directly: built
    # when first asked for (``LazySections`` checks the class).
    @property
    def trendlog(self) -> TrendLogView:
        return cast("TrendLogView", self.sections["trendlog"])

    @property
    def meetings(self) -> MeetingsView:
        return cast("MeetingsView", self.sections["meetings"])

    @property
    def countries(self) -> CountriesView:
        return cast("CountriesView", self.sections["countries"])

    # -- menus ------------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_and_help_menus()

    def _build_file_menu(self) -> None:
        tl = self.trendlog
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        # What only a local store file has (a team database lives on its server): hidden in
        # team mode (see _on_opened).
        self.file_only_actions = [
            self._action(self.tr("&New store…"), self.new_store, None, file_menu),
            self._action(
                self.tr("&Open store…"), self.open_store, QKeySequence.StandardKey.Open, file_menu
            ),
        ]
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import signals…"), tl.open_import_wizard, "Ctrl+I", file_menu
        )
        self.export_action = self._action(
            self.tr("&Export signals shown…"), tl.export_view, "Ctrl+E", file_menu
        )
        file_menu.addSeparator()
        self.briefing_action = self._action(
            self.tr("Prepare &briefing…"), self.prepare_briefing, "Ctrl+Shift+B", file_menu
        )
        self._action(
            self.tr("Briefing for a &period…"), self.prepare_period_briefing, None, file_menu
        )
        self._action(self.tr("Issued &documents…"), self.show_issued, None, file_menu)
        self.file_only_actions.append(file_menu.addSeparator())
        self.file_only_actions += [
            self._action(self.tr("&Back up store…"), self.backup, None, file_menu),
            self._action(
                self.tr("&Change passphrase or unlock method…"), self.change_key, None, file_menu
            ),
        ]
        self.lock_action = self._action(self.tr("&Lock"), self.controller.lock, "Ctrl+L", file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, file_menu)

    def _build_edit_menu(self) -> None:
        tl = self.trendlog
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = tl.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = tl.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self.new_action = self._action(
            self.tr("&New signal…"), tl.new_signal, QKeySequence.StandardKey.New, edit
        )
        # What acts on the trend log's selection: only while the trend log is on screen.
        self.signal_actions = [self._action(self.tr("&Edit signal…"), tl.edit_current, "F2", edit)]
        status_menu = edit.addMenu(self.tr("Set &status"))
        for status in (SignalStatus.NEW, SignalStatus.REVIEWED, SignalStatus.DISCUSSED):
            self._action(
                status_label(status),
                lambda _=False, s=status: tl.set_status_selected(s),
                None,
                status_menu,
            )
        self.signal_actions.append(status_menu.menuAction())
        # Delete archives from the table only (in a text field it deletes text).
        self.archive_action = self._action(
            self.tr("&Archive"), tl.archive_selected, QKeySequence.StandardKey.Delete, edit
        )
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        tl.table.addAction(self.archive_action)
        self.signal_actions += [
            self.archive_action,
            self._action(self.tr("Select &all"), tl.select_all, None, edit),
        ]
        edit.addSeparator()
        self._action(
            self.tr("&Preferences…"), self.preferences, QKeySequence.StandardKey.Preferences, edit
        )

    def _build_view_and_help_menus(self) -> None:
        tl = self.trendlog
        view = self.menuBar().addMenu(self.tr("&View"))
        self._action(self.tr("&Find"), tl.focus_search, QKeySequence.StandardKey.Find, view)
        self._action(self.tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh, view)
        self.detail_action = self._action(
            self.tr("Show &detail pane"), lambda on: tl.detail.setVisible(on), None, view
        )
        self.detail_action.setCheckable(True)
        self.detail_action.setChecked(True)
        self.chart_action = self._action(
            self.tr("Show &trend chart"), lambda on: tl.chart.setVisible(on), None, view
        )
        self.chart_action.setCheckable(True)
        self.chart_action.setChecked(True)
        self.navigator.add_go_to_menu(view)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(self.tr("&Search syntax"), lambda: show_search_help(self), None, help_menu)
        self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", help_menu)
        self._action(self.tr("&About Desk"), lambda: show_about(self), None, help_menu)

    # -- sections ---------------------------------------------------------------------------------
    def _section_chosen(self, section: str, region: str | None) -> None:
        widget = self.sections.get(section)
        point = self.navigator.contact_point()
        shown = (section, region, point.id if point else None)
        if widget is None or self._shown == shown:
            return  # the tree view may repeat its current item while it is rebuilt
        self._shown = shown
        self.stack.setCurrentWidget(widget)
        for action in self.signal_actions:
            action.setEnabled(widget is self.trendlog)
        self._keep_navigator_width()
        widget.set_scope(region, point)

    def set_navigator_width(self, width: int) -> None:
        self.navigator_width = width
        self._keep_navigator_width()

    def _keep_navigator_width(self) -> None:
        sizes = self.splitter.sizes()
        if sizes[0] != self.navigator_width:
            total = sum(sizes)
            self.splitter.setSizes([self.navigator_width, total - self.navigator_width])

    # -- store life cycle -------------------------------------------------------------------------
    def _on_opened(self, store) -> None:
        self.setWindowTitle(f"{APP_NAME} — {store.name}")
        team = store.kind == "team"
        if team:
            self.store_label.setText(team_status(store, self.controller.membership))
        else:
            self.store_label.setText(self.tr("Store: {name}").format(name=store.name))
        self.store_label.setToolTip(store.location)
        self.lock_label.setText(self.tr("Connected") if team else self.tr("Unlocked"))
        for action in self.file_only_actions:
            action.setVisible(not team)
        self.controller.run(list_directorates, self._directorates_loaded)

    def _directorates_loaded(self, directorates) -> None:
        # Rebuild the regions and restore the last place without each step loading data; then
        # show that one section once (the others load when first chosen).
        self.navigator.blockSignals(True)
        self.navigator.set_regions(directorates)
        # At the first opening the navigator may already have a current row (Qt gives a view
        # one when it takes the focus): the place remembered goes first.
        if not self._place_restored or self.navigator.current() is None:
            self._place_restored = True
            settings = QSettings()
            self.navigator.go_to(
                str(settings.value("main/section", "trendlog")),
                settings.value("main/region") or None,
            )
        if self.navigator.current() is None:
            self.navigator.go_to("trendlog")
        self.navigator.blockSignals(False)
        self._section_chosen(*self.navigator.current())
        self.refresh_counts()
        self.refresh_contact_points()

    def refresh_contact_points(self) -> None:
        self.controller.run(contact_points_by_region, self.navigator.set_contact_points)

    def tables_changed(self, tables: set[str]) -> None:
        """Someone changed these tables of the team database: the section on screen reads
        again what it shows of them (the others read when they are next shown)."""
        current = self.stack.currentWidget()
        if isinstance(current, Section) and self._shown is not None:
            current.tables_changed(tables)
        if tables & {"signal", EVERYTHING}:
            self.refresh_counts()
        if tables & {"contact_point", "country_assignment", "country", EVERYTHING}:
            self.refresh_contact_points()

    def refresh_counts(self) -> None:
        self.controller.run(
            signal_counts_by_region, self.navigator.set_counts, background=True, key="navigator"
        )

    def refresh_all(self) -> None:
        # Sections not built yet read fresh when they are.
        for widget in self.sections.built.values():
            widget.refresh()
        self.refresh_counts()

    def show_failure(self, text: str) -> None:
        """A failed piece of database work, said once in a box that does not block the app
        (the same failure repeated while the box is open is not shown again)."""
        box = self.failure_box
        if box is not None and box.isVisible() and box.text() == text:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Desk"), text, parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda *_, b=box: self._failure_closed(b))
        self.failure_box = box
        box.open()
        self.statusBar().showMessage(text.splitlines()[0], 15000)

    def _failure_closed(self, box: QMessageBox) -> None:
        if self.failure_box is box:
            self.failure_box = None

    def _remember_place(self, settings: QSettings) -> None:
        current = self.navigator.current()
        if current is not None:
            settings.setValue("main/section", current[0])
            settings.setValue("main/region", current[1] or "")

    def _on_locked(self) -> None:
        self._remember_place(QSettings())
        self.lock_label.setText(self.tr("Locked"))
        self._shown = None
        for widget in self.sections.built.values():
            widget.clear()

    # -- documents --------------------------------------------------------------------------------
    def prepare_briefing(self) -> None:
        """The briefing of the meeting on screen; elsewhere, a briefing for a period."""
        meetings = self.sections.built.get("meetings")  # (not built: not on screen)
        if (
            meetings is not None
            and meetings is self.stack.currentWidget()
            and self.meetings.page is not None
        ):
            self.meetings.prepare_briefing()
        else:
            self.prepare_period_briefing()

    def prepare_period_briefing(self) -> None:
        """The state of the region (or contact point) chosen in the navigator, for a period."""
        from desk.ui.documents.period_dialog import prepare_period_briefing

        current, point = self.navigator.current(), self.navigator.contact_point()
        region = current[1] if current else None
        prepare_period_briefing(self, self.controller, region, point.id if point else None)

    def show_issued(self) -> None:
        from desk.ui.documents.issued_dialog import IssuedDocumentsDialog

        def shown(records) -> None:
            dialog = IssuedDocumentsDialog(records, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        self.controller.run(lambda store: issued_documents(store, limit=1000), shown)

    # -- file actions -----------------------------------------------------------------------------
    def new_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Desk store"), "desk.db", self.tr("Desk store (*.db)")
        )
        self._switch_to(path)

    def open_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Desk store"), "", self.tr("Desk store (*.db)")
        )
        self._switch_to(path)

    def _switch_to(self, path: str) -> None:
        """Another store (none chosen: nothing changes); this one stays open meanwhile."""
        if path and not self.controller.switch_store(path) and self.controller.dialog is None:
            self.statusBar().showMessage(self.tr("That store is already open."), 6000)

    def backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the store"), "desk-backup.db", self.tr("Desk store (*.db)")
        )
        if not path:
            return
        self.controller.run(
            lambda store: backup_store(store, path),
            lambda target: self.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=target), 8000
            ),
            lambda exc: QMessageBox.warning(self, self.tr("Backup failed"), str(exc)),
        )

    def change_key(self) -> None:
        store = self.controller.store
        if store is None:
            return
        dialog = ChangeKeyDialog(store.info.mode, self)
        if dialog.exec() != ChangeKeyDialog.DialogCode.Accepted:
            return
        mode, passphrase = dialog.mode, dialog.passphrase.text() or None
        self.controller.run(
            lambda s: s.change_unlock(mode, passphrase),
            lambda _: self.statusBar().showMessage(
                self.tr("The store now unlocks with the new key; the old one no longer works."),
                10000,
            ),
            lambda exc: QMessageBox.warning(self, self.tr("The key was not changed"), str(exc)),
        )

    def preferences(self) -> None:
        team = self.controller.is_team

        def loaded(current: Preferences) -> None:
            dialog = PreferencesDialog(current, parent=self, name_is_login=team)
            if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
                return
            chosen = dialog.preferences()
            self.controller.run(
                lambda store: save_preferences(store, chosen),
                lambda saved: self.controller.set_idle_minutes(saved.idle_minutes),
            )

        self.controller.run(load_preferences, loaded)

    # -- help ------------------------------------------------------------------------------------
    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.menuBar(), self)
        dialog.open()
        return dialog

    # -- layout memory (geometry and splitters only: never data) ---------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        width = settings.value("main/navigator_width")
        if width is not None:
            self.set_navigator_width(max(int(width), self.navigator.minimumWidth()))
        self._layout_restored = True
        for widget in self.sections.built.values():
            widget.restore_layout(settings)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/navigator_width", self.navigator_width)
        self._remember_place(settings)  # where the next start opens
        # (a section never built keeps what it remembered)
        for widget in self.sections.built.values():
            widget.save_layout(settings)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._keep_navigator_width()  # a narrower window may have squeezed it

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        event.accept()
        QApplication.instance().quit()  # the app does not quit on its own (see desk.ui.app)
