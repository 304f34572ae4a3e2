"""The prepared document as it will be issued, and "Save…" to write and record it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk import documents as docs
from desk.errors import DeskError

ZOOM_STEP = 1.25


class DocumentPreviewDialog(QDialog):
    """Shows ``rendered`` with QtPdf. The bytes live only in memory until the user saves; the
    controller rejects this dialog when the store locks, and closing drops the document."""

    def __init__(
        self,
        controller,
        rendered: docs.Rendered,
        password: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DocumentPreviewDialog")
        self.controller = controller
        self.rendered = rendered
        self.password = password
        self.issued: docs.Issued | None = None
        self.setWindowTitle(self.tr("Preview — {name}").format(name=rendered.suggested_name))

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(rendered.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.summary = QLabel(self)
        self.summary.setText(
            self.tr("{tlp} · {audience} · {lang} · {marking} · {pages} pages{protected}").format(
                tlp=rendered.tlp.label,
                audience=rendered.audience.value,
                lang=rendered.lang,
                marking=rendered.marking,
                pages=self.document.pageCount(),
                protected=self.tr(" · password on saving") if password else "",
            )
        )
        self.page_label = QLabel(self)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._lay_out()

        self._page_changed(0)
        settings = QSettings()
        geometry = settings.value("documents/preview_geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # a page's width and as much height as the screen gives
            screen = self.screen().availableGeometry()
            self.resize(min(860, screen.width() - 40), min(1000, screen.height() - 60))

    def _lay_out(self) -> None:
        """Zoom buttons and the page above the view, "Save…" and "Close" below; shortcuts."""
        zoom_out = QPushButton(self.tr("Zoom out"), self)
        zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        zoom_in = QPushButton(self.tr("Zoom in"), self)
        zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        fit = QPushButton(self.tr("Fit width"), self)
        fit.clicked.connect(self.fit_width)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(ZOOM_STEP)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / ZOOM_STEP)),
            ("Ctrl+0", self.fit_width),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.page_label)
        top.addWidget(zoom_out)
        top.addWidget(zoom_in)
        top.addWidget(fit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    # -- viewing ----------------------------------------------------------------------------------
    def _page_changed(self, page: int) -> None:
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=page + 1, pages=self.document.pageCount())
        )

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 5.0)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- saving -----------------------------------------------------------------------------------
    def default_path(self) -> Path:
        settings = QSettings()
        folder = settings.value("documents/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(folder or Path.home()) / self.rendered.suggested_name

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(self.default_path()), self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write and record on the database thread; the dialog stays open to save a copy."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.save_button.setEnabled(False)
        self.saved.setText(self.tr("Saving…"))
        rendered, password = self.rendered, self.password
        self.controller.run(
            lambda store: docs.issue(store, rendered, path, password),
            self._saved,
            self._save_failed,
        )

    def _saved(self, issued: docs.Issued) -> None:
        self.issued = issued
        QSettings().setValue("documents/folder", str(issued.path.parent))
        self.save_button.setEnabled(True)
        self.saved.setText(
            self.tr("Saved to {path} and recorded (SHA-256 {digest}…).").format(
                path=issued.path, digest=issued.sha256[:16]
            )
        )

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.saved.setText("")
        reason = str(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
        if isinstance(exc, OSError):
            reason = self.tr("The file could not be written: {why}. Nothing was saved.").format(
                why=exc.strerror or exc
            )
        QMessageBox.warning(self, self.tr("Not saved"), reason)

    def done(self, result: int) -> None:
        QSettings().setValue("documents/preview_geometry", self.saveGeometry())
        self.document.close()  # the decrypted content leaves memory with the dialog
        self._buffer.close()
        super().done(result)
