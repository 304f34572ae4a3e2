"""A country's history as people read it: the fields named as the profile dialog names them,
and stored values (roles, kinds, risk levels) as their labels."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from desk.models.countries import CircumventionRole, EventKind, RiskLevel
from desk.services.audit import HistoryEntry
from desk.ui.countries.common import KIND_LABELS, RISK_LABELS, ROLE_LABELS, tr
from desk.ui.countries.profile_dialog import profile_labels


def _enum_labels(
    kind: type[CircumventionRole] | type[EventKind] | type[RiskLevel], labels: dict
) -> Callable[[str], str]:
    """Stored values ("transit-neighbour;finance-hub") as their labels, joined; a value this
    version does not know stays as it is."""

    def shown(stored: str) -> str:
        values = [v for v in stored.split(";") if v]
        return ", ".join(tr(labels[kind(v)]) if v in {m.value for m in kind} else v for v in values)

    return shown


_VALUES: dict[str, Callable[[str], str]] = {
    "roles": _enum_labels(CircumventionRole, ROLE_LABELS),
    "preferred_exchange": _enum_labels(EventKind, KIND_LABELS),
    "risk_level": _enum_labels(RiskLevel, RISK_LABELS),
}


def field_label(field: str) -> str:
    """A field as the profile dialog names it; one it does not show, in words."""
    labels = {**profile_labels(), "directorate": tr("Directorate")}
    return labels.get(field) or field.replace("_", " ").capitalize()


def value_text(field: str | None, value: str | None) -> str:
    """A stored value as the profile shows it; nothing as "(none)"."""
    if not value:
        return tr("(none)")
    shown = _VALUES.get(field or "")
    return (shown(value) if shown else value) or tr("(none)")


def history_text(e: HistoryEntry) -> str:
    """What one entry changed, in words: "Role in circumvention: (none) → neighbour / transit"."""
    if not e.field:
        return e.action + (f" ({e.new_value})" if e.new_value else "")
    return (
        f"{field_label(e.field)}: "
        f"{value_text(e.field, e.old_value)} → {value_text(e.field, e.new_value)}"
    )


def history_html(history: list[HistoryEntry]) -> str:
    """The entries, newest first."""
    if not history:
        return "<p style='color:#666'>" + escape(tr("No changes recorded.")) + "</p>"
    items = [
        f"<li><span style='color:#555'>{e.at:%Y-%m-%d %H:%M} {escape(e.actor)}</span> — "
        f"{escape(history_text(e))}</li>"
        for e in reversed(history)
    ]
    return "<ul>" + "".join(items) + "</ul>"
