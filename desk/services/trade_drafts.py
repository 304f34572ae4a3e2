"""A flow the radar flagged, as a draft signal for the contact point to review."""

from __future__ import annotations

from collections.abc import Mapping

from desk.services.trade_radar import ALL_CHPI, EU, RadarRow

SOURCES = {"EUR": "Eurostat Comext", "USD": "UN Comtrade"}
# What statistics can prove: that the declared trade grew (an official, usually reliable
# source: B); not where the goods went next, nor why — circumvention is possible, not shown (3).
# The contact point reviews it in the signal dialog before anything is saved.
PROPOSED_GRADE = ("B", "3")
GRADE_REASON = (
    "Grade B3 proposed: official statistics are a usually reliable source for what was "
    "declared (revisions and mis-declarations happen), but they cannot show that the goods "
    "went on to Russia or Belarus — possibly true until other sources confirm it."
)


def _money(value: float, currency: str) -> str:
    for size, unit in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{currency} {value / size:,.1f} {unit}"
    return f"{currency} {value:,.0f}"


def draft_values(
    row: RadarRow,
    *,
    observed_on: str,
    baseline_label: str,
    names: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """The signal dialog's fields for a flow (import-format cells: validated like any other
    signal). HS codes only when the row is one HS6 code; ``names``: country names by code."""
    source = SOURCES.get(row.currency, "official trade statistics")
    name = (names or {}).get
    country, reporter = name(row.country, row.country), name(row.reporter, row.reporter)
    partner = name(row.partner, row.partner)
    direction = {
        ("export", True): f"EU exports to {country}",
        ("import", True): f"EU imports from {country}",
        ("export", False): f"{reporter}'s exports to {partner}",
        ("import", False): f"{reporter}'s imports from {partner}",
    }[(row.flow, row.reporter == EU)]
    what = (
        f"HS {row.product[:4]}.{row.product[4:]}"
        if row.product.isdigit()
        else ("CHPI goods" if row.product == ALL_CHPI else f"CHPI tier {row.product} goods")
    )
    growth = f"+{row.growth_pct:,.0f} %" if row.growth_pct is not None else "new flow"
    lines = [
        f"{direction} of {what}: {_money(row.current, row.currency)} in {row.current_label} "
        f"against {_money(row.baseline, row.currency)} a year in {baseline_label} ({growth}; "
        f"{_money(row.excess, row.currency)} above the baseline).",
    ]
    if row.spike_z is not None:
        lines.append(f"Largest monthly spike: {row.spike_z:,.1f} robust standard deviations.")
    if row.mirror is not None:
        lines.append(f"Mirror: the other side reports {_money(row.mirror, '')}".rstrip() + ".")
    lines.append(f"Source: {source}, {row.current_label} against {baseline_label}.")
    lines.append(GRADE_REASON)
    reliability, credibility = PROPOSED_GRADE
    return {
        "observed_on": observed_on,
        "country": row.country,
        "title": f"Trade: {direction} of {what} {growth} ({row.current_label})"[:200],
        "summary": " ".join(lines),
        "category": "re-export",
        "source": source,
        "source_url": "",
        "reliability": reliability,
        "credibility": credibility,
        "hs_codes": row.product if row.product.isdigit() else "",
        "tlp": "AMBER",
        "chr": "false",
        "tags": "trade radar",
        "source_kind": "trade-data",
    }
