"""Importing trade statistics from the app: files chosen → read and stored on the database
thread with progress (cancellable: nothing is written then) → what each file brought."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desk.failures import explain
from desk.ui.worker import Cancelled, CancelToken, ProgressRelay

if TYPE_CHECKING:  # pandas loads with the first import, not with the window
    from desk.services.trade_import import TradeImportReport

FILE_FILTER = "Trade statistics (*.csv *.dat *.gz *.zip *.7z);;All files (*)"


class TradeImportJob(QObject):
    """``finished(bool)``: the job ended; True when flows were written. The dialogs are
    attributes so tests can drive them."""

    finished = Signal(bool)

    def __init__(self, controller, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self.parent_widget = parent
        self.progress: QProgressDialog | None = None
        self.token: CancelToken | None = None
        self.reports: list[TradeImportReport] = []
        self.error: str | None = None
        self.message: QMessageBox | None = None  # the last word, for tests

    def ask(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            self.tr("Import trade statistics"),
            "",
            self.tr(FILE_FILTER),
        )
        if paths:
            self.start([Path(p) for p in paths])
        else:
            self.finished.emit(False)

    def start(self, paths: list[Path]) -> None:
        token = self.token = CancelToken()
        relay = ProgressRelay(self)
        progress = QProgressDialog(
            self.tr("Reading the files…"), self.tr("Cancel"), 0, 0, self.parent_widget
        )
        progress.setWindowTitle(self.tr("Import trade statistics"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(token.cancel)
        self.progress = progress
        relay.progress.connect(self._progress)

        from desk.services.trade_import import import_trade_files

        def report(done: int, total: int, phase: str) -> None:
            token.check()  # cancelling stops at the next chunk; the transaction rolls back
            relay.progress.emit(done, total, phase)

        if (
            self.controller.run(
                lambda store: import_trade_files(store, paths, progress=report),
                self._done,
                self._failed,
            )
            is None
        ):
            self._close()
            self.finished.emit(False)

    def _progress(self, done: int, total: int, phase: str) -> None:
        if self.progress is None:
            return
        if phase == "read":
            self.progress.setLabelText(
                self.tr("{read} rows read, {kept} under a CHPI code…").format(
                    read=f"{done:,}", kept=f"{total:,}"
                )
            )
            self.progress.setMaximum(0)  # a file's length in rows is not known ahead
        else:
            self.progress.setLabelText(self.tr("Storing the flows…"))
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, reports: list[TradeImportReport]) -> None:
        self._close()
        self.reports = reports
        self._tell(
            QMessageBox.Icon.Information,
            self.tr("Trade statistics imported"),
            "\n".join(r.summary() for r in reports),
        )
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            self.error = self.tr("Cancelled: nothing was imported.")
        else:
            self.error = explain(exc)
        self._tell(QMessageBox.Icon.Warning, self.tr("Trade statistics not imported"), self.error)
        self.finished.emit(False)

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        # open(), not exec(): the window stays responsive (and tests are not held up)
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()
