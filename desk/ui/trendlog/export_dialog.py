"""Before signals are exported: the highest TLP to include and the marking, with a plain
warning that the file will not be encrypted."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desk.models.enums import Tlp
from desk.services.exporter import DEFAULT_MAX_TLP, ExportReport
from desk.ui.fields import dialog_buttons
from desk.ui.language import translate


@dataclass(frozen=True)
class ExportOptions:
    max_tlp: Tlp
    marking: str


class ExportOptionsDialog(QDialog):
    """Starts at TLP:AMBER every time: TLP:RED goes into a file only when chosen for it."""

    def __init__(self, markings: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportOptionsDialog")
        self.setWindowTitle(self.tr("Export signals"))

        intro = QLabel(
            self.tr(
                "The file will not be encrypted: anyone who has a copy can read it. Signals "
                "above the TLP you choose are left out; the file is marked with its marking and "
                "the highest TLP it holds."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.max_tlp = QComboBox(self)
        for tlp in Tlp:
            self.max_tlp.addItem(self.tr("up to {label}").format(label=tlp.label), tlp.value)
        self.max_tlp.setCurrentIndex(self.max_tlp.findData(DEFAULT_MAX_TLP.value))
        self.max_tlp.setAccessibleName(self.tr("Highest TLP to include"))

        self.marking = QComboBox(self)
        for m in markings:
            self.marking.addItem(m, m)
        self.marking.setAccessibleName(self.tr("Marking"))
        self.marking.setToolTip(self.tr("The list is set in Preferences."))

        self.red_warning = QLabel(
            self.tr(
                "TLP:RED is for its named recipients only, with no further disclosure: export "
                "it only for such a person, and keep the file somewhere encrypted."
            ),
            self,
        )
        self.red_warning.setWordWrap(True)
        self.red_warning.setStyleSheet("color:#a40000")
        self.max_tlp.currentIndexChanged.connect(self._tlp_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Include signals"), self.max_tlp)
        form.addRow(self.tr("&Marking"), self.marking)

        self.buttons = dialog_buttons(self, ok_text=self.tr("&Choose file…"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.red_warning)
        layout.addWidget(self.buttons)
        self._tlp_changed()

    def _tlp_changed(self) -> None:
        self.red_warning.setVisible(self.options().max_tlp is Tlp.RED)

    def options(self) -> ExportOptions:
        return ExportOptions(Tlp(self.max_tlp.currentData()), self.marking.currentData())


def export_summary(report: ExportReport) -> str:
    """The status line after an export: how many, where, at which TLP and marking, what was
    left out or withheld — and that the file is not encrypted."""

    def tr(text: str, n: int = -1) -> str:
        return translate("TrendLogView", text, None, n)

    text = tr("Exported {n} signal(s) to {path} ({tlp}, {marking}).").format(
        n=report.rows, path=report.path, tlp=report.tlp.label, marking=report.marking
    )
    if report.left_out:
        text += " " + tr("Left out above {max}: {what}.").format(
            max=report.max_tlp.label, what=report.left_out_text()
        )
    if report.sources_withheld:
        text += " " + tr("Source withheld for %n Chatham House signal(s).", report.sources_withheld)
    return text + " " + tr("The file is not encrypted.")
