"""New / edit signal, validated as you type by the importer's own validator."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.errors import ChangedElsewhere
from desk.models.enums import Category, Tlp
from desk.models.hs import HsCode, HsCodeError, split_codes
from desk.models.text import shortened
from desk.services.reference import ReferenceIndex
from desk.services.signals import SignalDetail
from desk.services.validation import SignalDraft, SignalValidator
from desk.ui.conflict_dialog import ConflictDialog, show_conflict
from desk.ui.language import name_of
from desk.ui.trendlog.table_model import SOURCE_KIND_LABELS, category_label, source_kind_label

RELIABILITY_MEANINGS = [
    ("A", QT_TRANSLATE_NOOP("Grades", "completely reliable")),
    ("B", QT_TRANSLATE_NOOP("Grades", "usually reliable")),
    ("C", QT_TRANSLATE_NOOP("Grades", "fairly reliable")),
    ("D", QT_TRANSLATE_NOOP("Grades", "not usually reliable")),
    ("E", QT_TRANSLATE_NOOP("Grades", "unreliable")),
    ("F", QT_TRANSLATE_NOOP("Grades", "reliability cannot be judged")),
]
CREDIBILITY_MEANINGS = [
    ("1", QT_TRANSLATE_NOOP("Grades", "confirmed by other sources")),
    ("2", QT_TRANSLATE_NOOP("Grades", "probably true")),
    ("3", QT_TRANSLATE_NOOP("Grades", "possibly true")),
    ("4", QT_TRANSLATE_NOOP("Grades", "doubtful")),
    ("5", QT_TRANSLATE_NOOP("Grades", "improbable")),
    ("6", QT_TRANSLATE_NOOP("Grades", "truth cannot be judged")),
]
TLP_MEANINGS = {
    Tlp.CLEAR: QT_TRANSLATE_NOOP("Grades", "anyone"),
    Tlp.GREEN: QT_TRANSLATE_NOOP("Grades", "the recipient's community, not public channels"),
    Tlp.AMBER: QT_TRANSLATE_NOOP(
        "Grades", "the recipient's organisation and its clients, need to know"
    ),
    Tlp.AMBER_STRICT: QT_TRANSLATE_NOOP("Grades", "the recipient's own organisation only"),
    Tlp.RED: QT_TRANSLATE_NOOP("Grades", "only the named recipients"),
}


def _grades(text: str) -> str:
    return QCoreApplication.translate("Grades", text)


class SignalEditDialog(QDialog):
    """A new signal: returns a ``SignalDraft`` through ``draft()`` once accepted. An edit:
    Save emits ``save_requested(draft)`` and the dialog stays open until the caller says
    ``saved()`` — or shows a conflict (``show_conflict``), keeping what the user typed."""

    save_requested = Signal(object)  # SignalDraft, to be saved with expected_version=version

    def __init__(
        self,
        reference: ReferenceIndex,
        detail: SignalDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        # what the form was loaded from: the version a save names, the "before" of its undo
        self.detail = detail
        self.version = detail.version if detail is not None else None
        self.conflict: ConflictDialog | None = None
        self._saving = False
        self.validator = SignalValidator(reference)
        self.setWindowTitle(self.tr("Edit signal") if detail else self.tr("New signal"))
        self.setMinimumWidth(620)
        self._errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._make_fields(reference)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addWidget(self.buttons)

        if detail is not None:
            self._fill(detail)
            self._touched = set(self.fields)
        for name, widget in self.fields.items():
            self._watch(name, widget)
        self._revalidate()
        self._pristine = self.values()  # what Escape may drop without asking
        self.discard_box: QMessageBox | None = None
        self.title_edit.setFocus()

    def _make_fields(self, reference: ReferenceIndex) -> None:
        self.observed = QDateEdit(self)
        self.observed.setCalendarPopup(True)
        self.observed.setDisplayFormat("yyyy-MM-dd")
        self.observed.setDate(QDate.currentDate())
        self.country = self._country_box(reference)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(400)  # longer than allowed, so the validator can say why
        self.summary = QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(90)
        self.category = QComboBox(self)
        for cat in Category:
            self.category.addItem(category_label(cat), cat.value)
        # what documents for external readers print instead of the source (it may name a person)
        self.source_kind = QComboBox(self)
        for kind in SOURCE_KIND_LABELS:
            self.source_kind.addItem(source_kind_label(kind), kind.value)
        self.source_kind.setToolTip(
            self.tr(
                "Documents for external readers show only the kind of source, never the source "
                "itself or its URL."
            )
        )
        self.source = QLineEdit(self)
        self.source_url = QLineEdit(self)
        self.source_url.setPlaceholderText("https://…")
        self.reliability = QComboBox(self)
        for code, meaning in RELIABILITY_MEANINGS:
            self.reliability.addItem(f"{code} — {_grades(meaning)}", code)
        self.credibility = QComboBox(self)
        for code, meaning in CREDIBILITY_MEANINGS:
            self.credibility.addItem(f"{code} — {_grades(meaning)}", code)
        self.reliability.setCurrentIndex(5)  # F6 until someone rates it
        self.credibility.setCurrentIndex(5)
        self.hs_codes = QLineEdit(self)
        self.hs_codes.setPlaceholderText(self.tr("e.g. 8542.31; 8457.10"))
        self.hs_hint = QLabel(self)
        self.hs_hint.setWordWrap(True)
        self.hs_hint.setStyleSheet("color:#555")
        self.tlp = QComboBox(self)
        for t in Tlp:
            self.tlp.addItem(f"{t.label} — {_grades(TLP_MEANINGS[t])}", t.value)
        self.tlp.setCurrentIndex(list(Tlp).index(Tlp.AMBER))
        self.chr = QCheckBox(
            self.tr("Chatham House Rule: use the content, never disclose the source"), self
        )
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("separated by ;"))
        self.fields: dict[str, QWidget] = {
            "observed_on": self.observed,
            "country": self.country,
            "title": self.title_edit,
            "summary": self.summary,
            "category": self.category,
            "source_kind": self.source_kind,
            "source": self.source,
            "source_url": self.source_url,
            "reliability": self.reliability,
            "credibility": self.credibility,
            "hs_codes": self.hs_codes,
            "tlp": self.tlp,
            "chr": self.chr,
            "tags": self.tags,
        }

    def _country_box(self, reference: ReferenceIndex) -> QComboBox:
        box = QComboBox(self)
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for c in sorted(reference.countries.values(), key=name_of):
            box.addItem(f"{name_of(c)} ({c.code})", c.code)
        completer = QCompleter(box.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        box.setCompleter(completer)
        box.setCurrentIndex(-1)
        return box

    def _form(self) -> QFormLayout:
        """Each field with its label (the label's buddy) and a line for its error below it."""
        labels = {
            "observed_on": self.tr("&Observed on"),
            "country": self.tr("C&ountry"),
            "title": self.tr("&Title"),
            "summary": self.tr("&Summary"),
            "category": self.tr("C&ategory"),
            "source_kind": self.tr("&Kind of source"),
            "source": self.tr("Sou&rce"),
            "source_url": self.tr("Source &URL"),
            "reliability": self.tr("&Reliability"),
            "credibility": self.tr("Cre&dibility"),
            "hs_codes": self.tr("&HS codes"),
            "tlp": self.tr("T&LP"),
            "chr": "",
            "tags": self.tr("Ta&gs"),
        }
        form = QFormLayout()
        self.labels: dict[str, str] = {}  # by draft attribute, as a conflict names the fields
        for name, widget in self.fields.items():
            plain = labels[name].replace("&", "") or self.tr("Chatham House Rule")
            self.labels["country_code" if name == "country" else name] = plain
            widget.setAccessibleName(plain)
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            if name == "hs_codes":
                box.addWidget(self.hs_hint)
            error = QLabel(holder)
            error.setStyleSheet("color:#b00020")
            error.setWordWrap(True)
            error.setAccessibleDescription(self.tr("{field}: error").format(field=plain))
            error.hide()
            box.addWidget(error)
            self._errors[name] = error
            label = QLabel(labels[name], self)
            label.setBuddy(widget)
            form.addRow(label, holder)
        return form

    # -- values -------------------------------------------------------------------------------
    def _fill(self, d: SignalDetail) -> None:
        self._fill_draft(d.draft())

    def prefill(self, d: SignalDraft) -> None:
        """A new signal proposed from elsewhere (a trade flow): the form shows ``d`` for the
        user to review; nothing is saved until they press Save."""
        self._fill_draft(d)
        self._touched = set(self.fields)
        self._revalidate()
        self._pristine = self.values()

    def _fill_draft(self, d: SignalDraft) -> None:
        self.observed.setDate(QDate(d.observed_on.year, d.observed_on.month, d.observed_on.day))
        self.country.setCurrentIndex(self.country.findData(d.country_code))
        self.title_edit.setText(d.title)
        self.summary.setPlainText(d.summary)
        self.category.setCurrentIndex(self.category.findData(d.category.value))
        self.source_kind.setCurrentIndex(self.source_kind.findData(d.source_kind.value))
        self.source.setText(d.source)
        self.source_url.setText(d.source_url)
        self.reliability.setCurrentIndex(self.reliability.findData(d.reliability))
        self.credibility.setCurrentIndex(self.credibility.findData(str(d.credibility)))
        self.hs_codes.setText("; ".join(h.display for h in d.hs_codes))
        self.tlp.setCurrentIndex(self.tlp.findData(d.tlp.value))
        self.chr.setChecked(d.chr)
        self.tags.setText("; ".join(d.tags))

    def _country_value(self) -> str:
        text = self.country.currentText().strip()
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.country.itemData(index) if index >= 0 else text

    def values(self) -> dict[str, object]:
        """The form as the validator (and the importer) sees a row."""
        qd = self.observed.date()
        return {
            "observed_on": date(qd.year(), qd.month(), qd.day()).isoformat(),
            "country": self._country_value(),
            "title": self.title_edit.text(),
            "summary": self.summary.toPlainText(),
            "category": self.category.currentData(),
            "source_kind": self.source_kind.currentData(),
            "source": self.source.text(),
            "source_url": self.source_url.text(),
            "reliability": self.reliability.currentData(),
            "credibility": self.credibility.currentData(),
            "hs_codes": self.hs_codes.text(),
            "tlp": self.tlp.currentData(),
            "chr": "true" if self.chr.isChecked() else "false",
            "tags": self.tags.text(),
        }

    def draft(self) -> SignalDraft | None:
        draft, _errors = self.validator.validate(self.values())
        return draft

    # -- validation ---------------------------------------------------------------------------
    def _watch(self, name: str, widget: QWidget) -> None:
        def changed(*_: object) -> None:
            self._touched.add(name)
            self._revalidate()

        for signal_name in (
            "textChanged",
            "currentIndexChanged",
            "dateChanged",
            "toggled",
            "editTextChanged",
        ):
            signal = getattr(widget, signal_name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(changed)

    def _revalidate(self) -> bool:
        values = self.values()
        ok = True
        for name, label in self._errors.items():
            message = self.validator.check(name, values[name])
            if message is None and name in ("title", "country") and not str(values[name]).strip():
                message = self.tr("required")
            ok = ok and message is None
            shown = message is not None and name in self._touched
            label.setText(message or "")
            label.setVisible(shown)
            self.fields[name].setProperty("invalid", shown)
            # said with the field when it has focus, not only shown in red below it
            self.fields[name].setAccessibleDescription(message if shown and message else "")
        self._update_hs_hint(values["hs_codes"])
        self._save_button().setEnabled(ok and not self._saving)
        return ok

    def _update_hs_hint(self, text: object) -> None:
        hints = []
        for part in split_codes(str(text or "")):
            try:
                code = HsCode.parse(part)
            except HsCodeError:
                continue
            item = self.reference.chpi_for(code)
            shown = code.display
            hints.append(
                self.tr("{code}: CHPI tier {tier} — {what}").format(
                    code=shown, tier=item.tier, what=shortened(item.description, 70)
                )
                if item
                else self.tr("{code}: not on the CHPI list").format(code=shown)
            )
        self.hs_hint.setText("\n".join(hints))
        self.hs_hint.setVisible(bool(hints))

    def _accept(self) -> None:
        self._touched = set(self.fields)
        if not self._revalidate():
            return
        draft = self.draft()
        if self.detail is None or draft is None or draft == self.detail.draft():
            self.accept()  # a new signal (the caller creates it), or nothing to save
            return
        self._saving = True  # until saved or stopped: one save at a time
        self._save_button().setEnabled(False)
        self.save_requested.emit(draft)

    # -- closing without saving -----------------------------------------------------------------
    def has_changes(self) -> bool:
        return self.values() != self._pristine

    def reject(self) -> None:
        """Escape, Cancel or the close button: with something typed, ask first."""
        if not self.has_changes():
            super().reject()
            return
        if self.discard_box is not None:
            self.discard_box.raise_()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard changes?"),
            self.tr("Discard what you typed in this signal?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        keep = box.button(QMessageBox.StandardButton.Cancel)
        keep.setText(self.tr("&Keep editing"))
        keep.setIcon(QIcon())  # not Cancel's cross: keeping is the safe choice
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: (
                self.discard()
                if box.standardButton(button) == QMessageBox.StandardButton.Discard
                else None
            )
        )
        box.finished.connect(lambda _code: setattr(self, "discard_box", None))
        self.discard_box = box
        box.open()

    def discard(self) -> None:
        """Close without saving and without asking (the user said so, or the app locks)."""
        QDialog.reject(self)

    def _save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    # -- saving an edit ---------------------------------------------------------------------------
    def saved(self) -> None:
        self.accept()

    def save_failed(self) -> None:
        """The save did not happen (the caller reported why): the edit stays open."""
        self._saving = False
        self._revalidate()

    def load(self, detail: SignalDetail) -> None:
        """Show ``detail`` (what is stored now) in place of the user's edit."""
        self.detail, self.version = detail, detail.version
        self._fill(detail)
        self._revalidate()
        self._pristine = self.values()

    def show_conflict(self, error: ChangedElsewhere, theirs: SignalDetail) -> ConflictDialog:
        """The save stopped: someone else saved ``theirs`` meanwhile. The user's values stay in
        the form; the conflict dialog offers to reload theirs or keep editing (then a second
        Save names their version, and so overwrites it deliberately)."""

        def keep() -> None:
            self.detail, self.version = theirs, error.version

        self.save_failed()
        self.conflict = show_conflict(
            self, error, reload=lambda: self.load(theirs), keep=keep, labels=self.labels
        )
        return self.conflict
