"""The detail pane: one signal in full, where it came from, what its contact point said of it,
and its history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desk.models.text import join_distinct
from desk.services.audit import HistoryEntry
from desk.services.exchange.feedback import Feedback, feedback_on
from desk.services.signals import SignalDetail, get_signal, signal_history
from desk.services.work import reading
from desk.store import Store
from desk.ui.language import country_label, long_date, short_date, translate
from desk.ui.trendlog.delegates import TLP_COLOURS
from desk.ui.trendlog.table_model import category_label, source_kind_label, status_label


def tr(text: str) -> str:
    return translate("SignalDetailPane", text)


def load_detail(
    store: Store, signal_id: int
) -> tuple[SignalDetail, list[HistoryEntry], Feedback | None]:
    """The signal, its history and any feedback on it, from one snapshot."""
    with reading(store) as w:
        detail = get_signal(w, signal_id)
        feedback = feedback_on(w, detail.uuid) if detail.uuid else None
        return detail, signal_history(w, signal_id), feedback


def _day(d: date | datetime) -> str:
    return short_date(d)  # 27 Nov 2026


def _long_day(d: date) -> str:
    return long_date(d)  # 1 December 2026


def provenance_text(s: SignalDetail) -> str:
    """Where a received signal came from and who first logged it; "" for this store's own."""
    if not s.received_from:
        return ""
    text = (
        tr("Received from {sender} on {date}").format(
            sender=s.received_from, date=_day(s.received_at)
        )
        if s.received_at
        else tr("Received from {sender}").format(sender=s.received_from)
    )
    if s.author or s.post:
        who = join_distinct([s.author, s.post])
        text += tr("; logged by {who}").format(who=who)
    return text


def feedback_text(f: Feedback) -> str:
    """What the contact point said: the status there, and each meeting with its decisions."""
    try:
        status = status_label(f.status).lower()  # mid-sentence
    except ValueError:
        status = f.status  # a status a newer Desk knows
    parts = [tr("Feedback from {contact}: {status}").format(contact=f.from_contact, status=status)]
    for m in f.meetings:
        line = tr("at the {region} meeting of {date}").format(
            region=m.region, date=_long_day(m.date)
        )
        if m.decisions:
            line += tr("; decisions: {decisions}").format(decisions="; ".join(m.decisions))
        parts.append(line)
    return " — ".join(parts)


def _exchange_html(s: SignalDetail, feedback: Feedback | None) -> str:
    parts = []
    if s.received_from:
        parts.append(f"<p style='color:#555'>{escape(provenance_text(s))}</p>")
    if feedback is not None:
        parts.append(
            "<p style='background:#eef4fb;padding:4px'>" + escape(feedback_text(feedback)) + "</p>"
        )
    return "".join(parts)


def _row(label: str, value: str) -> str:
    return f"<tr><th align='left' valign='top' style='padding-right:10px;color:#555'>{escape(label)}</th><td>{value}</td></tr>"


def signal_html(
    s: SignalDetail, history: list[HistoryEntry], feedback: Feedback | None = None
) -> str:
    """All user text is escaped: a title may contain anything."""
    colour = TLP_COLOURS.get(s.tlp.value, "#fff")
    tlp = f"<span style='background:#000;color:{colour};padding:1px 4px;font-weight:bold'>&nbsp;TLP:{escape(s.tlp.value)}&nbsp;</span>"
    chr_note = (
        " <b>" + escape(tr("Chatham House: the source is never exported")) + "</b>" if s.chr else ""
    )
    tier_word, not_listed = tr("tier"), tr("not on the CHPI list")
    hs = (
        "<br>".join(
            escape(h.display)
            + (
                f" — {escape(tier_word)} {escape(h.tier)}: {escape(h.description or '')}"
                if h.tier
                else f" — {escape(not_listed)}"
            )
            for h in s.hs_codes
        )
        or "—"
    )
    url = (
        f"<a href='{escape(s.source_url, quote=True)}'>{escape(s.source_url)}</a>"
        if s.source_url
        else ""
    )
    parts = [
        f"<h3 style='margin-bottom:2px'>{escape(s.title)}</h3>",
        f"<p style='margin-top:0'>{tlp} &nbsp; <b>{escape(s.grade)}</b> &nbsp; {escape(category_label(s.category))} &nbsp; {escape(status_label(s.status))}{chr_note}</p>",
        "<table cellspacing='2'>",
        _row(tr("Observed"), escape(s.observed_on.isoformat())),
        _row(
            tr("Country"),
            f"{escape(country_label(s.country_code, s.country_name))} ({escape(s.country_code)}) — {escape(s.region)}",
        ),
        _row(tr("Source"), escape(s.source) + (f"<br>{url}" if url else "") or "—"),
        _row(tr("Kind of source"), escape(source_kind_label(s.source_kind))),
        _row(tr("HS codes"), hs),
        _row(tr("Tags"), escape(", ".join(s.tags)) or "—"),
        _row(
            tr("Logged"),
            escape(
                f"{s.logged_at:%Y-%m-%d %H:%M} UTC — {join_distinct([s.author or '?', s.post])}"
            ),
        ),
        "</table>",
        "<p>" + escape(s.summary).replace("\n", "<br>") + "</p>" if s.summary else "",
        _exchange_html(s, feedback),
        "<h4>" + escape(tr("History")) + "</h4>",
        _history_html(history),
    ]
    return "".join(parts)


def field_label(field: str) -> str:
    """A signal's field as the signal dialog names it (the audit trail stores column names)."""
    labels = {
        "observed_on": tr("Observed"),
        "country_code": tr("Country"),
        "title": tr("Title"),
        "summary": tr("Summary"),
        "category": tr("Category"),
        "source": tr("Source"),
        "source_url": tr("Source link"),
        "reliability": tr("Reliability"),
        "credibility": tr("Credibility"),
        "hs_codes": tr("HS codes"),
        "tlp": "TLP",
        "chr": tr("Chatham House"),
        "tags": tr("Tags"),
        "source_kind": tr("Kind of source"),
        "status": tr("Status"),
    }
    return labels.get(field) or field.replace("_", " ").capitalize()


def value_text(field: str, value: str | None) -> str:
    """A stored value as the trend log shows it; nothing as "(none)"."""
    if not value:
        return tr("(none)")
    shown: dict[str, Callable[[str], str]] = {
        "status": status_label,
        "category": category_label,
        "source_kind": source_kind_label,
        "chr": lambda v: tr("yes") if v.lower() in ("true", "1", "yes") else tr("no"),
    }
    try:
        return shown[field](value) if field in shown else value
    except (KeyError, ValueError):  # a value this version does not know
        return value


def _history_html(history: list[HistoryEntry]) -> str:
    if not history:
        return "<p>" + escape(tr("No changes recorded.")) + "</p>"
    items = []
    for e in reversed(history):
        when = f"{e.at:%Y-%m-%d %H:%M}"
        if e.field:
            old, new = value_text(e.field, e.old_value), value_text(e.field, e.new_value)
            what = f"{escape(field_label(e.field))}: {escape(old)} → {escape(new)}"
        else:
            what = escape(e.action + (f" ({e.new_value})" if e.new_value else ""))
        items.append(
            f"<li><span style='color:#555'>{escape(when)} {escape(e.actor)}</span> — {what}</li>"
        )
    return "<ul style='margin-left:-20px'>" + "".join(items) + "</ul>"


class SignalDetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignalDetail")
        self.setAccessibleName(self.tr("Signal details"))
        self.setOpenExternalLinks(False)  # a click must not leak the URL to a browser unasked
        self.setOpenLinks(False)
        self.show_empty()

    def show_empty(self) -> None:
        empty = self.tr("Select a signal to see it in full.")
        self.setHtml("<p style='color:#666'>" + escape(empty) + "</p>")

    def show_signal(
        self,
        detail: SignalDetail,
        history: list[HistoryEntry],
        feedback: Feedback | None = None,
    ) -> None:
        self.setHtml(signal_html(detail, history, feedback))
