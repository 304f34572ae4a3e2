"""The signal dialog keeps what the user did not touch, HS codes to the last digit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate

from desk.models.hs import HsCode
from desk.services.reference import load_reference
from desk.services.signals import create_signal, get_signal, update_signal
from desk.ui.trendlog.edit_dialog import SignalEditDialog
from tests.helpers import draft

CODES = "8542.31.10; 85423900; 8471 50; 9013.80.20.00; 8542"

EDITS: dict[str, Callable[[SignalEditDialog], None]] = {
    "title": lambda d: d.title_edit.setText("Another title"),
    "summary": lambda d: d.summary.setPlainText("Another summary"),
    "observed_on": lambda d: d.observed.setDate(QDate(2026, 1, 2)),
    "country_code": lambda d: d.country.setCurrentIndex(d.country.findData("AM")),
    "category": lambda d: d.category.setCurrentIndex(d.category.findData("finance")),
    "source": lambda d: d.source.setText("Another source"),
    "source_kind": lambda d: d.source_kind.setCurrentIndex(d.source_kind.findData("customs")),
    "tlp": lambda d: d.tlp.setCurrentIndex(d.tlp.findData("RED")),
    "chr": lambda d: d.chr.setChecked(True),
    "tags": lambda d: d.tags.setText("other"),
}


@pytest.mark.parametrize("field", list(EDITS))
def test_editing_another_field_leaves_hs_codes_identical(qtbot, store, field: str) -> None:
    sid = create_signal(store, draft(store, hs_codes=CODES, source_kind="post"), actor="anna")
    before = get_signal(store, sid)
    assert [h.code.digits for h in before.hs_codes] == [
        "8471" + "50",
        "8542",
        "85423110",
        "85423900",
        "9013802000",
    ]
    dialog = SignalEditDialog(load_reference(store), before)
    qtbot.addWidget(dialog)
    assert dialog.hs_codes.text() == "8471.50; 8542; 8542.31.10; 8542.39.00; 9013.80.20.00"
    assert dialog.source_kind.currentText() == "Post reporting"

    EDITS[field](dialog)
    edited = dialog.draft()
    assert edited is not None
    assert edited.hs_codes == [h.code for h in before.hs_codes]
    assert update_signal(store, sid, edited, actor="anna") == [field]
    assert get_signal(store, sid).hs_codes == before.hs_codes


def test_hs_hint_shows_the_code_as_typed_with_its_tier(qtbot, store) -> None:
    dialog = SignalEditDialog(load_reference(store))
    qtbot.addWidget(dialog)
    dialog.hs_codes.setText("85423110; 9403.60")
    assert dialog.hs_hint.text().splitlines()[0].startswith("8542.31.10: CHPI tier 1")
    assert "9403.60: not on the CHPI list" in dialog.hs_hint.text()
    assert dialog.draft() is None or dialog.draft().hs_codes == [
        HsCode("85423110"),
        HsCode("940360"),
    ]
