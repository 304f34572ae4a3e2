"""Import wizard: choose a file → preview with per-row errors → import with progress → summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk.services.importer import (
    ImportCancelled,
    ImportFailed,
    ImportReport,
    RowError,
    import_signals,
)
from desk.ui.worker import CancelToken, ProgressRelay


class ErrorsModel(QAbstractTableModel):
    """Errors of a refused file: line, column, reason."""

    HEADERS = ("Line", "Column", "Reason")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.errors: list[RowError] = []

    def set_errors(self, errors: list[RowError]) -> None:
        self.beginResetModel()
        self.errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.errors)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        e = self.errors[index.row()]
        return (str(e.line), e.column, e.message)[index.column()]


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A .csv or .xlsx file with a header row in Desk's import format. The whole "
                "file is checked first; if any row is wrong, nothing is imported."
            )
        )
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File to import"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.path.textChanged.connect(self.completeChanged)
        self.registerField("path*", self.path)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import signals"), "", self.tr("Signal files (*.csv *.xlsx)")
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        p = Path(self.path.text().strip())
        return p.is_file() and p.suffix.lower() in (".csv", ".xlsx", ".xlsm")


class PreviewPage(QWizardPage):
    checked = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check"))
        self.report: ImportReport | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("Check result"))
        self.errors = ErrorsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.errors)
        self.table.setAccessibleName(self.tr("Errors by line"))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.bar = QProgressBar(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        self.report = None
        self.errors.set_errors([])
        self.table.hide()
        self.bar.show()
        self.bar.setRange(0, 0)
        path = Path(self.field("path").strip())
        self.summary.setText(self.tr("Checking {name}…").format(name=path.name))
        relay = ProgressRelay(self)
        relay.progress.connect(self._progress)
        self.wiz.run(
            lambda store: import_signals(store, path, dry_run=True, progress=relay.progress.emit),
            self._checked,
            self._failed,
        )

    def _progress(self, done: int, total: int, _phase: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        self.bar.hide()
        if report.errors:
            self.summary.setText(
                self.tr(
                    "The file was refused: {n} error(s) in {rows} row(s). Nothing will be "
                    "imported. Correct these lines and try again."
                ).format(n=len(report.errors), rows=report.rows)
            )
            self.summary.setStyleSheet("color:#b00020")
            self.errors.set_errors(report.errors)
            self.table.show()
        else:
            self.summary.setStyleSheet("")
            self.summary.setText(
                self.tr(
                    "{n} signal(s) ready to import; {d} duplicate(s) of stored signals will be skipped."
                ).format(n=report.to_import, d=len(report.duplicates))
            )
        self.completeChanged.emit()
        self.checked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.bar.hide()
        self.summary.setText(self.tr("Could not check the file: {error}").format(error=exc))
        self.checked.emit()

    def isComplete(self) -> bool:
        return self.report is not None and self.report.ok and self.report.to_import > 0


class RunPage(QWizardPage):
    finished_import = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.setCommitPage(True)
        self.report: ImportReport | None = None
        self.token: CancelToken | None = None
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel(self)
        self.cancel = QPushButton(self.tr("&Cancel import"), self)
        self.cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        self.report = None
        self.token = CancelToken()
        token = self.token
        path = Path(self.field("path").strip())
        self.status.setText(self.tr("Importing {name}…").format(name=path.name))
        self.cancel.setEnabled(True)
        relay = ProgressRelay(self)
        relay.progress.connect(self._progress)
        self.wiz.run(
            lambda store: import_signals(
                store, path, progress=relay.progress.emit, should_cancel=lambda: token.cancelled
            ),
            self._done,
            self._failed,
        )

    def _progress(self, done: int, total: int, phase: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(
            {"check": self.tr("Checking rows…"), "write": self.tr("Writing signals…")}.get(
                phase, self.status.text()
            )
        )

    def _cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.cancel.setEnabled(False)
        self.bar.setValue(self.bar.maximum())
        self.status.setText(self.tr("Done."))
        self.completeChanged.emit()
        self.finished_import.emit()
        self.wiz.next()

    def _failed(self, exc: BaseException) -> None:
        self.cancel.setEnabled(False)
        if isinstance(exc, ImportCancelled):
            self.status.setText(self.tr("Cancelled: nothing was imported."))
        elif isinstance(exc, ImportFailed):
            self.status.setText(self.tr("The import failed: {reason}").format(reason=exc))
        else:
            self.status.setText(
                self.tr("The import failed, nothing was imported: {reason}").format(reason=exc)
            )
        self.finished_import.emit()

    def isComplete(self) -> bool:
        return self.report is not None


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        report = self.wiz.run_page.report
        if report is None:
            return
        lines = [self.tr("{n} signal(s) imported.").format(n=report.imported)]
        if report.duplicates:
            lines.append(self.tr("{n} duplicate(s) skipped:").format(n=len(report.duplicates)))
            for d in report.duplicates[:20]:
                lines.append(self.tr("  line {line}: {title}").format(line=d.line, title=d.title))
            if len(report.duplicates) > 20:
                lines.append("  …")
        self.text.setText("\n".join(lines))


class ImportWizard(QWizard):
    """``run`` is the controller's (task, done, failed) runner; ``imported`` fires after a
    successful import so views can refresh."""

    imported = Signal(object)

    def __init__(self, run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.setWindowTitle(self.tr("Import signals"))
        self.setMinimumSize(720, 480)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.preview_page, self.run_page, self.summary_page):
            self.addPage(page)
        self.run_page.finished_import.connect(self._maybe_imported)

    def _maybe_imported(self) -> None:
        if self.run_page.report is not None:
            self.imported.emit(self.run_page.report)

    def reject(self) -> None:
        if self.run_page.token is not None and self.run_page.report is None:
            self.run_page.token.cancel()
        super().reject()
