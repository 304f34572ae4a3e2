"""Preparing a document from the app: options → rendered on the database thread with progress
(cancellable) → preview → save. The same flow serves every kind in ``desk.documents.REPORTS``;
a caller names the kind and what the document is about."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desk import documents as docs
from desk.errors import DeskError
from desk.services.markings import markings
from desk.ui.documents.options_dialog import DocumentOptions, DocumentOptionsDialog
from desk.ui.documents.preview_dialog import DocumentPreviewDialog
from desk.ui.worker import Cancelled, CancelToken, ProgressRelay


class DocumentJob(QObject):
    """One document from options to preview. ``finished`` is emitted when the flow ends (saved
    or not); the dialogs are attributes so tests can drive them."""

    finished = Signal()

    def __init__(
        self,
        controller,
        parent: QWidget,
        *,
        kind: str,
        subject: object,
        title: str,
        what: str,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.parent_widget = parent
        self.report = docs.report_for(kind)
        self.subject = subject  # what the document is about: a meeting's id, a country's code
        self.title = title
        self.what = what
        self.options_dialog: DocumentOptionsDialog | None = None
        self.progress: QProgressDialog | None = None
        self.preview: DocumentPreviewDialog | None = None
        self.token: CancelToken | None = None
        self.error: str | None = None

    def start(self) -> None:
        self.controller.run(markings, self._ask, self._failed)

    # -- 1. options -------------------------------------------------------------------------------
    def _ask(self, allowed: list[str]) -> None:
        dialog = DocumentOptionsDialog(
            self.title,
            self.what,
            allowed,
            kind=self.report.name,
            default_audience=self.report.default_audience,
            parent=self.parent_widget,
        )
        self.options_dialog = dialog
        dialog.accepted.connect(lambda: self._prepare(dialog.options()))
        dialog.rejected.connect(self._end)
        dialog.open()

    # -- 2. rendering with progress ---------------------------------------------------------------
    def _prepare(self, options: DocumentOptions) -> None:
        self.options_dialog = None
        token = self.token = CancelToken()
        relay = ProgressRelay(self)
        progress = QProgressDialog(
            self.tr("Collecting the content…"), self.tr("Cancel"), 0, 100, self.parent_widget
        )
        progress.setWindowTitle(self.title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)  # quick documents never flash a dialog
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(token.cancel)
        self.progress = progress
        relay.progress.connect(self._progress)

        def report(done: int, total: int, phase: str) -> None:
            token.check()  # cancelling stops the layout at the next flowable
            relay.progress.emit(done, total, phase)

        chosen, subject = self.report, self.subject
        submitted = self.controller.run(
            lambda store: docs.render(
                store,
                chosen,
                subject,
                options.audience,
                options.lang,
                options.marking,
                progress=report,
            ),
            lambda rendered: self._show(rendered, options),
            self._failed,
        )
        if submitted is None:  # locked meanwhile
            self._end()

    def _progress(self, done: int, total: int, phase: str) -> None:
        dialog = self.progress
        if dialog is None:
            return
        dialog.setLabelText(
            self.tr("Laying out the pages…")
            if phase == "layout"
            else self.tr("Collecting the content…")
        )
        dialog.setMaximum(total)
        # last: a modal progress dialog processes events in setValue, which may finish the job
        dialog.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    # -- 3. preview ---------------------------------------------------------------------------------
    def _show(self, rendered: docs.Rendered, options: DocumentOptions) -> None:
        self._close_progress()
        preview = DocumentPreviewDialog(
            self.controller, rendered, options.password, self.parent_widget
        )
        self.preview = preview
        preview.finished.connect(lambda _r: self._end())
        preview.open()

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            self.error = None
        else:
            known = (DeskError, ValueError, OSError)
            self.error = str(exc) if isinstance(exc, known) else f"{type(exc).__name__}: {exc}"
            QMessageBox.warning(
                self.parent_widget,
                self.title,
                self.tr("Not prepared: {why}").format(why=self.error),
            )
        self._end()

    def _end(self) -> None:
        self.options_dialog = None
        self.preview = None
        self.finished.emit()


def launch(owner: QWidget, controller, **job: object) -> DocumentJob | None:
    """Start a document job for ``owner`` (a section view) unless one is running: the view
    keeps it in ``owner.document_job`` until the flow ends."""
    if getattr(owner, "document_job", None) is not None:
        return None
    started = DocumentJob(controller, owner, **job)  # type: ignore[arg-type]
    owner.document_job = started  # type: ignore[attr-defined]
    started.finished.connect(lambda: setattr(owner, "document_job", None))
    started.start()
    return started
