"""What the Exchange screens share: labels, the contacts table, and the texts that turn the
services' reports into sentences for the user."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QWidget

from desk.models.enums import Tlp
from desk.services.exchange import identity as ident
from desk.services.exchange.identity import ContactInfo, IdentityInfo
from desk.services.exchange.receive import OnConflict, ReceiveReport
from desk.services.exchange.send import SendReport, Unsent, unsent_counts
from desk.services.work import reading
from desk.store import Store
from desk.ui.language import translate
from desk.ui.table import Column, ListTableModel

ROLE_LABELS = {
    "post": QT_TRANSLATE_NOOP("Exchange", "post"),
    "contact-point": QT_TRANSLATE_NOOP("Exchange", "contact point"),
}
PACKAGE_FILTER = QT_TRANSLATE_NOOP("Exchange", "Desk exchange package (*.deskx)")
CARD_FILTER = QT_TRANSLATE_NOOP("Exchange", "Desk contact card (*.card)")


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return translate("Exchange", text, disambiguation, n)


def role_label(role: str) -> str:
    return tr(ROLE_LABELS[role]) if role in ROLE_LABELS else role


def monospace(size_delta: int = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if size_delta:
        font.setPointSize(font.pointSize() + size_delta)
    return font


@dataclass(frozen=True)
class ExchangeState:
    """Everything the section shows, read in one snapshot."""

    identity: IdentityInfo | None
    contacts: list[ContactInfo]
    unsent: list[Unsent]


def load_state(store: Store) -> ExchangeState:
    with reading(store) as w:
        return ExchangeState(ident.get_identity(w), ident.list_contacts(w), unsent_counts(w))


def contacts_model(parent: QWidget | None = None) -> ListTableModel[ContactInfo]:
    return ListTableModel(
        [
            Column(tr("Name"), lambda c: c.name),
            Column(tr("Role"), lambda c: role_label(c.role)),
            Column(tr("Post or region"), lambda c: c.where),
            Column(tr("Fingerprint"), lambda c: c.fingerprint),
            Column(
                tr("State"),
                lambda c: (
                    tr("revoked {date}").format(date=f"{c.revoked_at:%Y-%m-%d}")
                    if c.revoked_at
                    else tr("trusted {date}").format(date=f"{c.trusted_at:%Y-%m-%d}")
                ),
                colour=lambda c: "#a40000" if c.revoked_at else "#1b7f2a",
            ),
        ],
        parent,
    )


def unsent_lines(unsent: Sequence[Unsent]) -> list[str]:
    """One line per contact point: what this store still has to send it."""
    lines = []
    for u in unsent:
        # "the DEU contact point" reads well; another name is added so no two lines look alike
        who = tr("the {region} contact point").format(region=u.region)
        if u.contact.casefold() != f"{u.region} contact point".casefold():
            who += f" ({u.contact})"
        if u.signals == 0:
            lines.append(tr("{who} has everything").format(who=who[:1].upper() + who[1:]))
        elif u.signals == 1:
            lines.append(tr("1 signal not yet sent to {who}").format(who=who))
        else:
            lines.append(tr("{n} signals not yet sent to {who}").format(n=u.signals, who=who))
    return lines


def _left_out_reason(why: str, n: int) -> str:
    if why.startswith("TLP:RED (not asked for"):
        return tr("%n TLP:RED signal(s) (not asked for)", "", n)
    if why.startswith("TLP:RED (its author named"):
        return tr("%n TLP:RED signal(s) whose author named other recipients", "", n)
    if why.startswith("above "):
        return tr("%n signal(s) above {tlp}", "", n).format(tlp=why.removeprefix("above "))
    return f"{n} {why}"


def send_text(report: SendReport) -> str:
    """What was sent, to whom, and what was left out and why."""
    lines = [
        tr("%n signal(s) for {who} saved to {path}.", "", report.sent).format(
            who=", ".join(report.recipients), path=report.path
        )
    ]
    if report.left_out:
        parts = [_left_out_reason(why, n) for why, n in sorted(report.left_out.items())]
        lines.append(tr("Left out: {what}.").format(what="; ".join(parts)))
    else:
        lines.append(tr("Nothing was left out."))
    if report.sources_withheld:
        lines.append(
            tr(
                "Source withheld for %n Chatham House signal(s): only contact points of their "
                "region receive it.",
                "",
                report.sources_withheld,
            )
        )
    return " ".join(lines)


def receive_text(report: ReceiveReport) -> str:
    """What receiving did (or, for a preview, would do)."""
    name = report.path.name
    if report.already_received:
        return tr("{file} was already received from {sender}; nothing changed.").format(
            file=name, sender=report.sender
        )
    if report.kind == "feedback":
        return tr("Recorded feedback from {sender} on %n signal(s).", "", report.feedback).format(
            sender=report.sender
        )
    text = tr(
        "Received {file} from {sender}: {new} new, {updated} updated, {unchanged} unchanged"
    ).format(
        file=name,
        sender=report.sender,
        new=report.new,
        updated=report.updated,
        unchanged=report.unchanged,
    )
    if report.conflicts:
        decided = (
            tr("kept mine") if report.on_conflict == OnConflict.KEEP_MINE else tr("took theirs")
        )
        text += tr(", %n conflict(s) ({decided})", "", len(report.conflicts)).format(
            decided=decided
        )
    return text + "."


def tlp_choices() -> list[Tlp]:
    """What a package may carry without the TLP:RED rule (asked for separately)."""
    return [t for t in Tlp if t is not Tlp.RED]
