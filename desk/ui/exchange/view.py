"""The Exchange section: this store's identity and fingerprint, its contacts (trusted by
comparing fingerprints, or revoked), what each contact point has not yet had, and packages:
signals sent, packages received (after a preview), feedback for posts."""

from __future__ import annotations

import re
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.failures import explain
from desk.fileio import atomic_write_bytes
from desk.services.exchange import identity as ident
from desk.services.exchange.feedback import send_feedback
from desk.services.exchange.identity import ContactInfo, IdentityInfo
from desk.services.exchange.receive import ConflictsFound, OnConflict, ReceiveReport
from desk.services.exchange.receive import receive_package as receive
from desk.services.exchange.send import SendReport, send_signals
from desk.services.reference_index import DirectorateRef
from desk.store import Store
from desk.ui.countries.common import table_view
from desk.ui.exchange.common import (
    CARD_FILTER,
    PACKAGE_FILTER,
    ExchangeState,
    contacts_model,
    load_state,
    receive_text,
    send_text,
    tr,
    unsent_lines,
)
from desk.ui.exchange.identity_box import IdentityBox
from desk.ui.exchange.identity_dialogs import IdentityDialog, TrustDialog
from desk.ui.exchange.receive_dialog import PreviewDialog
from desk.ui.exchange.send_dialog import FeedbackDialog, SendDialog, SendOptions
from desk.ui.section import Section
from desk.ui.worker import ProgressRelay


def _file_name(text: str) -> str:
    """A name for a suggested file: letters, digits and dashes."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "desk"


def _with_suffix(path: str, suffix: str) -> str:
    return path if path.lower().endswith(suffix) else path + suffix


class ExchangeView(Section):
    key = "exchange"
    tables = frozenset(
        {"contact", "identity", "exchange_package", "exchange_sent", "signal_feedback", "signal"}
    )
    title = QT_TRANSLATE_NOOP("Sections", "Exchange")
    with_regions = False

    loaded = Signal()  # what the section shows was read again

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("ExchangeView")
        self.state: ExchangeState | None = None
        self.dialog: QDialog | None = None  # identity, trust, feedback, revoke
        self.send_dialog: SendDialog | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.box: QMessageBox | None = None  # the last result or refusal said in a box
        heading = QLabel(tr("Exchange"), self)
        heading.setStyleSheet("font-size:15px;font-weight:bold")
        top = QHBoxLayout()
        self.identity_box = IdentityBox(self)
        self.identity_box.setup_button.clicked.connect(self.set_up_identity)
        self.identity_box.rename_button.clicked.connect(self.set_up_identity)
        self.identity_box.card_button.clicked.connect(self.save_card)
        top.addWidget(self.identity_box, 3)
        top.addWidget(self._build_packages(), 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self._build_contacts(), 1)
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------------
    def _build_packages(self) -> QGroupBox:
        box = QGroupBox(tr("Packages"), self)
        self.unsent_label = QLabel(box)
        self.unsent_label.setObjectName("UnsentBadge")
        self.unsent_label.setWordWrap(True)
        self.unsent_label.setTextFormat(Qt.TextFormat.RichText)  # entities even in one line
        self.unsent_label.setAccessibleDescription(tr("What is not yet sent"))
        self.send_button = QPushButton(tr("Se&nd signals…"), box)
        self.send_button.clicked.connect(self.send_signals)
        self.receive_button = QPushButton(tr("&Receive package…"), box)
        self.receive_button.clicked.connect(self.receive_package)
        self.feedback_button = QPushButton(tr("Send &feedback…"), box)
        self.feedback_button.clicked.connect(self.send_feedback)
        layout = QVBoxLayout(box)
        layout.addWidget(self.unsent_label)
        layout.addStretch(1)
        for button in (self.send_button, self.receive_button, self.feedback_button):
            layout.addWidget(button)
        return box

    def _build_contacts(self) -> QGroupBox:
        box = QGroupBox(tr("Contacts"), self)
        self.contacts = contacts_model(box)
        self.table = table_view(box, self.contacts, tr("Contacts"), 0, rows=True)
        self.table.setWordWrap(False)  # a fingerprint is read whole, never broken
        header = self.table.horizontalHeader()
        for column in range(1, self.contacts.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.trust_button = QPushButton(tr("&Trust a contact card…"), box)
        self.trust_button.clicked.connect(self.trust_card)
        self.revoke_button = QPushButton(tr("Re&voke…"), box)
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return box

    # -- section interface ------------------------------------------------------------------------
    def set_region(self, region: str | None) -> None:
        self.refresh()  # one identity per store: regions do not apply

    def refresh(self) -> None:
        if self.controller.store is not None:
            self.controller.run(load_state, self._show, lambda exc: self._warn(exc))

    def clear(self) -> None:
        self.state = None
        self.identity_box.show_identity(None, loaded=False)
        self.unsent_label.clear()
        self.contacts.clear()
        self.box = None
        self._update_buttons()

    def _show(self, state: ExchangeState) -> None:
        self.state = state
        self.identity_box.show_identity(state.identity, loaded=True)
        self.contacts.set_rows(state.contacts)
        self._show_unsent(state)
        self._update_buttons()
        self.loaded.emit()

    def _show_unsent(self, state: ExchangeState) -> None:
        if not state.unsent:
            self.unsent_label.setText(
                escape(tr("No contact points to send to: trust a contact point's card first."))
            )
            return
        items = []
        for u, line in zip(state.unsent, unsent_lines(state.unsent), strict=True):
            style = (
                "background:#fff3cd;color:#6b4a00;font-weight:bold"
                if u.signals
                else "color:#1b7f2a"
            )
            items.append(f"<p style='{style};padding:3px'>{escape(line)}</p>")
        self.unsent_label.setText("".join(items))

    def _active(self, role: str | None = None) -> list[ContactInfo]:
        contacts = self.state.contacts if self.state else []
        return [c for c in contacts if c.active and (role is None or c.role == role)]

    def _update_buttons(self) -> None:
        me = self.state.identity if self.state else None
        loaded = self.state is not None
        chosen = self.selected_contact()
        self.trust_button.setEnabled(loaded)
        self.revoke_button.setEnabled(chosen is not None and chosen.active)
        self.receive_button.setEnabled(me is not None)
        self.send_button.setEnabled(me is not None and bool(self._active()))
        self.feedback_button.setEnabled(me is not None and bool(self._active("post")))
        why = tr("Set up this store's identity first") if loaded and me is None else ""
        for button, extra in (
            (self.receive_button, ""),
            (self.send_button, tr("Trust a contact's card first")),
            (self.feedback_button, tr("Feedback goes to posts: trust a post's card first")),
        ):
            button.setToolTip(why or ("" if button.isEnabled() else extra))

    def selected_contact(self) -> ContactInfo | None:
        index = self.table.currentIndex()
        return self.contacts.row_object(index.row()) if index.isValid() else None

    # -- telling the user -------------------------------------------------------------------------
    def _say(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """A box that does not block the app (it can lock meanwhile), and the status bar."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda *_: setattr(self, "box", None) if self.box is box else None)
        self.box = box
        box.open()
        self.message.emit(text)

    def _inform(self, title: str, text: str) -> None:
        self._say(QMessageBox.Icon.Information, title, text)

    def _warn(self, exc: BaseException, title: str = "", consequence: str = "") -> None:
        text = explain(exc, self.controller.path)
        if consequence:
            text = f"{text[:1].upper()}{text[1:].rstrip('.')}.\n{consequence}"
        self._say(QMessageBox.Icon.Warning, title or tr("Exchange"), text)

    def _keep(self, attribute: str, dialog: QDialog) -> None:
        """Expose the open dialog as ``self.<attribute>`` until it closes; open it."""
        setattr(self, attribute, dialog)
        dialog.finished.connect(
            lambda _c: (
                setattr(self, attribute, None) if getattr(self, attribute) is dialog else None
            )
        )
        dialog.open()

    def _directorates(self) -> list[DirectorateRef]:
        reference = self.controller.reference
        return sorted(reference.directorates.values(), key=lambda d: d.code) if reference else []

    # -- identity and contacts --------------------------------------------------------------------
    def set_up_identity(self) -> None:
        current = self.state.identity if self.state else None
        dialog = IdentityDialog(self._directorates(), current, self)

        def accepted() -> None:
            c = dialog.choice()
            self.controller.run(
                lambda store: ident.set_identity(
                    store, c.name, c.role, post=c.post, region=c.region
                ),
                self._identity_saved,
                lambda exc: self._warn(exc, tr("The identity was not saved")),
            )

        dialog.accepted.connect(accepted)
        self._keep("dialog", dialog)

    def _identity_saved(self, info: IdentityInfo) -> None:
        self.message.emit(
            tr("This store is {name}; its fingerprint is {fingerprint}").format(
                name=info.name, fingerprint=info.fingerprint
            )
        )
        self.refresh()

    def save_card(self) -> None:
        me = self.state.identity if self.state else None
        if me is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save this store's contact card"),
            f"{_file_name(me.name)}.card",
            tr(CARD_FILTER),
        )
        if not path:
            return
        target = Path(path if Path(path).suffix else path + ".card")

        def write(store: Store) -> Path:
            atomic_write_bytes(target, ident.make_card(store))
            return target

        self.controller.run(
            write,
            lambda saved: self._inform(
                tr("Contact card saved"),
                tr(
                    "Saved this store's contact card to {path}. Send it to your contact, then "
                    "read them its fingerprint: {fingerprint}"
                ).format(path=saved, fingerprint=me.fingerprint),
            ),
            lambda exc: self._warn(exc, tr("The card was not saved")),
        )

    def trust_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Trust a contact card"), "", tr(CARD_FILTER) + ";;" + tr("All files (*)")
        )
        if not path:
            return

        def read(_store: Store) -> tuple[bytes, ident.Card]:
            data = Path(path).read_bytes()
            return data, ident.read_card(data)

        self.controller.run(
            read,
            lambda result: self._ask_trust(*result),
            lambda exc: self._warn(exc, tr("This card cannot be trusted")),
        )

    def _ask_trust(self, data: bytes, card: ident.Card) -> None:
        dialog = TrustDialog(card, self)

        def accepted() -> None:
            compared = dialog.compared_fingerprint()
            self.controller.run(
                lambda store: ident.trust(store, data, compared),
                lambda contact: (
                    self.message.emit(
                        tr("{name} is now a trusted contact").format(name=contact.name)
                    ),
                    self.refresh(),
                ),
                lambda exc: self._warn(exc, tr("This card was not trusted")),
            )

        dialog.accepted.connect(accepted)
        self._keep("dialog", dialog)

    def revoke_selected(self) -> None:
        contact = self.selected_contact()
        if contact is None or not contact.active:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Revoke a contact"),
            tr(
                "Stop trusting {name}? Its packages will be refused and nothing more is sent to "
                "it. To trust it again you need a new card and to compare its fingerprint."
            ).format(name=contact.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(tr("&Revoke"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name = contact.name

        def answered(code: int) -> None:
            if code != QMessageBox.StandardButton.Yes:
                return
            self.controller.run(
                lambda store: ident.revoke(store, name),
                lambda _c: (
                    self.message.emit(tr("{name} revoked").format(name=name)),
                    self.refresh(),
                ),
                lambda exc: self._warn(exc, tr("The contact was not revoked")),
            )

        box.finished.connect(answered)
        self._keep("dialog", box)

    # -- sending ----------------------------------------------------------------------------------
    def send_signals(self) -> None:
        if not self._active():
            return
        dialog = SendDialog(self._active(), self._directorates(), self)
        dialog.accepted.connect(lambda: self._send_to_file(dialog.options()))
        self._keep("send_dialog", dialog)

    def _ask_package_path(self, title: str, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, tr(PACKAGE_FILTER))
        return _with_suffix(path, ".deskx") if path else ""

    def _send_to_file(self, o: SendOptions) -> None:
        suggested = f"to-{_file_name('-'.join(o.to))}-{date.today().isoformat()}.deskx"
        path = self._ask_package_path(tr("Save the package"), suggested)
        if not path:
            return
        self.controller.run(
            lambda store: send_signals(
                store,
                o.to,
                path,
                region=o.region,
                unsent=o.unsent,
                max_tlp=o.max_tlp,
                include_red=o.include_red,
            ),
            self._sent,
            lambda exc: self._warn(exc, tr("Nothing was sent"), tr("No package was saved.")),
        )

    def _sent(self, report: SendReport) -> None:
        self._inform(tr("Package saved"), send_text(report))
        self.refresh()  # the unsent counts went down

    def send_feedback(self) -> None:
        posts = self._active("post")
        if not posts:
            return
        dialog = FeedbackDialog(posts, self)
        dialog.accepted.connect(lambda: self._feedback_to_file(dialog.chosen()))
        self._keep("dialog", dialog)

    def _feedback_to_file(self, post: str) -> None:
        suggested = f"feedback-{_file_name(post)}-{date.today().isoformat()}.deskx"
        path = self._ask_package_path(tr("Save the feedback"), suggested)
        if not path:
            return
        self.controller.run(
            lambda store: send_feedback(store, post, path),
            lambda n: self._inform(
                tr("Feedback saved"),
                tr("Feedback on %n signal(s) for {post} saved to {path}.", "", n).format(
                    post=post, path=path
                ),
            ),
            lambda exc: self._warn(exc, tr("No feedback was sent"), tr("No package was saved.")),
        )

    # -- receiving --------------------------------------------------------------------------------
    def receive_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Receive a package"), "", tr(PACKAGE_FILTER) + ";;" + tr("All files (*)")
        )
        if not path:
            return
        self.controller.run(
            lambda store: receive(store, path, dry_run=True),
            lambda report: self._preview(path, report),
            self._refused,
        )

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictsFound):  # its own text speaks of command-line options
            text = tr(
                "New conflicts appeared since the preview: nothing was changed. Receive the "
                "package again to decide them."
            )
            self._say(QMessageBox.Icon.Warning, tr("The package was not received"), text)
        else:
            self._warn(exc, tr("The package was not received"), tr("Nothing was changed."))

    def _preview(self, path: str, report: ReceiveReport) -> None:
        dialog = PreviewDialog(report, self)
        dialog.apply_requested.connect(lambda choice: self._apply(dialog, path, choice))
        self._keep("preview_dialog", dialog)

    def _apply(self, dialog: PreviewDialog, path: str, choice: OnConflict) -> None:
        relay = ProgressRelay(dialog)  # worker → UI thread
        relay.progress.connect(lambda done, total, _phase: dialog.show_progress(done, total))

        def progress(done: int, total: int) -> None:  # runs on the worker thread
            relay.progress.emit(done, total, "")

        def failed(exc: BaseException) -> None:
            dialog.reject()
            self._refused(exc)

        self.controller.run(
            lambda store: receive(store, path, on_conflict=choice, progress=progress),
            lambda report: self._received(dialog, report),
            failed,
        )

    def _received(self, dialog: PreviewDialog, report: ReceiveReport) -> None:
        dialog.finish()
        self._inform(tr("Package received"), receive_text(report))
        self.data_changed.emit()  # the trend log's counts, the navigator's
        self.refresh()
        self.controller.fold_soon()

    # -- layout memory ----------------------------------------------------------------------------
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("exchange/contacts", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("exchange/contacts")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
