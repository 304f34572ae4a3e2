"""Labels people read: names without repeated parts, and a country's history in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from desk.models.text import join_distinct, labelled
from desk.services import countries as ct
from desk.services.audit import HistoryEntry
from desk.services.demo import load_demo, load_demo_countries, load_demo_meetings
from desk.services.search import SignalFilter, search_signals
from desk.services.signals import get_signal


def test_names_are_composed_without_repeating_parts() -> None:
    assert join_distinct(["Officer, Abu Dhabi", "Abu Dhabi"]) == "Officer, Abu Dhabi"
    assert join_distinct(["Officer,  abu dhabi", "", "Dubai"]) == "Officer, abu dhabi, Dubai"
    assert labelled("Floor de Wit", "IMH", "IMH, export control") == (
        "Floor de Wit (IMH, export control)"
    )
    assert labelled("IMH", "IMH", "IMH, export control") == "IMH (export control)"
    assert labelled("Anna de Vries", "contact point", "ESB, contact point DEU") == (
        "Anna de Vries (ESB, contact point DEU)"
    )
    assert labelled("", "IMH", "") == "IMH"
    assert labelled("Daan Bakker", "", "") == "Daan Bakker"


def test_the_signal_pane_names_the_post_once(qtbot, local_store) -> None:
    from desk.ui.trendlog.detail import provenance_text, signal_html

    load_demo(local_store)
    row = search_signals(local_store, SignalFilter(), limit=1)[0]
    detail = replace(
        get_signal(local_store, row.id),
        author="Officer, Abu Dhabi",
        post="Abu Dhabi",
        received_from="Anna",
    )
    html = signal_html(detail, [])
    assert "Officer, Abu Dhabi" in html and "Abu Dhabi, Abu Dhabi" not in html
    assert provenance_text(detail).endswith("logged by Officer, Abu Dhabi")


def test_the_briefing_names_each_participant_once(local_store) -> None:
    from desk import documents as docs
    from desk.services import meetings as mt

    load_demo_meetings(local_store, today=date(2026, 11, 20))
    meetings = mt.list_meetings(local_store)
    meeting = next(m for m in meetings if mt.participants(local_store, m.id))
    pdf_text = _pdf_text(docs.render(local_store, "meeting-briefing", meeting.id).pdf)
    assert "Floor de Wit (IMH, export control)" in pdf_text
    assert "IMH, IMH" not in pdf_text


def _pdf_text(pdf: bytes) -> str:
    import io

    import pypdf

    return " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def entry(field: str | None, old: str | None, new: str | None) -> HistoryEntry:
    return HistoryEntry(datetime(2026, 11, 27, 9, 12), "Desk demo", "update", field, old, new, "c")


def test_the_country_history_names_fields_and_values_as_the_profile_does(qtbot) -> None:
    from desk.ui.countries.history import history_html, history_text

    assert history_text(entry("roles", None, "transit-neighbour;finance-hub")) == (
        "Role in circumvention: (none) → neighbour / transit, finance hub"
    )
    assert history_text(entry("risk_assessed_on", None, "2026-11-02")) == (
        "Assessed on: (none) → 2026-11-02"
    )
    assert history_text(entry("exchange_rationale", "Old", "")) == "Why: Old → (none)"
    assert history_text(entry("preferred_exchange", "hackathon", "expert-panel")) == (
        "Preferred exchange: hackathon → expert panel"
    )
    assert history_text(entry("risk_level", "very-high", "high")) == (
        "Risk level: very high → high"
    )
    assert history_text(entry("directorate", "DEU", "DAM")) == "Directorate: DEU → DAM"
    assert history_text(entry("contact_point", "", "DEU-2")) == "Contact point: (none) → DEU-2"
    html = history_html([entry("roles", None, "transit-neighbour"), entry("notes", "", "x")])
    assert html.index("Notes") < html.index("Role in circumvention")  # newest first
    assert "∅" not in html and "_" not in html
    assert html.count("<ul>") == 1  # one list, not one per entry


def test_the_signal_history_names_fields_and_values_as_the_trend_log_does(qtbot) -> None:
    from desk.ui.trendlog.detail import _history_html

    html = _history_html(
        [
            entry("status", "new", "reviewed"),
            entry("source_kind", None, "open-source"),
            entry("observed_on", "2026-11-01", "2026-11-02"),
        ]
    )
    assert "Status: New → Reviewed" in html
    assert "Kind of source: (none) → " in html and "open-source" not in html
    assert "Observed: 2026-11-01 → 2026-11-02" in html
    assert "∅" not in html and "_" not in html
    assert html.count("<ul") == 1 and html.count("<li>") == 3


def test_a_demo_country_history_has_no_raw_field_names(qtbot, local_store) -> None:
    from desk.ui.countries.history import history_html

    load_demo_countries(local_store)
    html = history_html(ct.profile_history(local_store, "AM"))
    for raw in ("risk_assessed_on", "exchange_rationale", "transit-neighbour", "∅"):
        assert raw not in html
    assert "Role in circumvention: (none) → neighbour / transit" in html


def test_an_hs_error_names_the_part_without_its_spaces() -> None:
    import pytest

    from desk.models.hs import HsCode, HsCodeError
    from desk.services.validation import Invalid, parse_hs_codes

    for typed in ("8542.31, abc", "8542.31;  abc ", "8542.31 ;abc"):
        with pytest.raises(Invalid) as caught:
            parse_hs_codes(typed)
        assert str(caught.value) == "“abc” is not an HS code (digits, optionally with dots)"
    with pytest.raises(HsCodeError, match=r"^“abc” is not"):
        HsCode(" abc")
    assert HsCode.parse_list(" 8542.31 ,8542 31; ") == [HsCode("854231")]


def test_the_hs_hint_ends_at_a_word(qtbot, local_store) -> None:
    from desk.services.reference import load_reference
    from desk.ui.trendlog.edit_dialog import SignalEditDialog

    dialog = SignalEditDialog(load_reference(local_store), None)
    qtbot.addWidget(dialog)
    dialog.hs_codes.setText("8542.31; 8457.10, abc")
    first, second = dialog.hs_hint.text().split("\n")
    assert (
        first
        == "8542.31: CHPI tier 1 — Electronic integrated circuits: processors and controllers…"
    )
    assert second.startswith("8457.10: CHPI tier 4.B — Machining centres")


def test_month_labels_turn_on_their_side_when_they_would_be_cut(qtbot) -> None:
    import pandas as pd
    from PySide6.QtCore import Qt

    from desk.ui.trendlog.chart import TrendChart

    months = [f"2026-{m:02d}" for m in range(1, 13)]
    counts = pd.DataFrame({"finance": [1] * 12, "legal": [2] * 12}, index=months)
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(1200, 300)
    chart.show()  # resize events reach a shown widget at once
    chart.show_counts(counts, "wide")
    (axis,) = chart.chart().axes(Qt.Orientation.Horizontal)
    assert axis.labelsAngle() == 0
    chart.resize(560, 300)  # a country's trend tab at 1280×720
    assert axis.labelsAngle() == -90
    chart.resize(1200, 300)
    assert axis.labelsAngle() == 0


@pytest.mark.parametrize("top", [1, 3, 5, 7, 140])
def test_the_count_axis_labels_whole_numbers_once_each(qtbot, top: int) -> None:
    """A month of one signal labelled its axis "0, 0, 1": half-way ticks printed as "%d"."""
    import pandas as pd
    from PySide6.QtCore import Qt

    from desk.ui.trendlog.chart import TrendChart

    counts = pd.DataFrame({"finance": [0, top]}, index=["2026-10", "2026-11"])
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.show_counts(counts, "one")
    (axis,) = chart.chart().axes(Qt.Orientation.Vertical)
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    ticks = [axis.min() + n * step for n in range(axis.tickCount())]
    assert all(t == int(t) for t in ticks), ticks
    assert axis.max() >= top


def test_the_chart_legend_stays_in_the_frame_each_swatch_before_its_label() -> None:
    from reportlab.graphics.shapes import Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desk.reports.charts import LEGEND_FONT, LEGEND_SIZE, SWATCH, stacked_months
    from desk.reports.fonts import register_fonts

    register_fonts()
    names = ["wederuitvoer", "financieel", "juridisch", "handhaving", "diplomatiek", "overig"]
    series = [(name, [1, 0, 2]) for name in names] + [("never drawn", [0, 0, 0])]
    for width in (480.0, 200.0):
        drawing = stacked_months(["Jan", "Feb", "Mar"], series, width, title="t")
        labels = [e for e in drawing.contents if isinstance(e, String) and e.text in names]
        swatches = [e for e in drawing.contents if isinstance(e, Rect)]
        assert [e.text for e in labels] == names  # not the category without signals
        for label, swatch in zip(labels, swatches, strict=True):
            assert label.x == swatch.x + SWATCH + 3 and swatch.y <= label.y < swatch.y + SWATCH
            assert label.x + stringWidth(label.text, LEGEND_FONT, LEGEND_SIZE) <= width
        lines = {round(s.y) for s in swatches}
        assert len(lines) == (1 if width == 480.0 else 3)  # wrapped to lines, not past the edge
