"""WCAG 2.1 AA checks that do not need a window: colours, and text wherever colour speaks."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.models.meetings import ActionStatus
from desk.ui.trendlog.delegates import TLP_BACKGROUND, TLP_COLOURS
from tests.conftest import WAIT_MS


def luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#RRGGBB``."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("label", sorted(TLP_COLOURS))
def test_tlp_badge_text_meets_4_5_to_1(label: str) -> None:
    assert contrast(TLP_COLOURS[label], TLP_BACKGROUND) >= 4.5, label


# -- text colours (WCAG 1.4.3) and never colour alone (1.4.1) ------------------------------------
WHITE, ALTERNATE_ROW = "#FFFFFF", "#F7F7F7"  # Fusion's base and alternate base
UI = Path(__file__).resolve().parent.parent / "desk" / "ui"


def full_hex(colour: str) -> str:
    return "#" + "".join(c * 2 for c in colour[1:]) if len(colour) == 4 else colour


def css_text_colours() -> set[tuple[str, str]]:
    """(file, colour) of every literal ``color:#…`` in the UI's style sheets and HTML."""
    found = set()
    for path in UI.rglob("*.py"):
        for colour in re.findall(
            r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b", path.read_text()
        ):
            found.add((path.relative_to(UI).as_posix(), full_hex(colour)))
    return found


def named_text_colours() -> dict[str, str]:
    from desk.ui.countries.common import RISK_COLOURS
    from desk.ui.meetings.models import OVERDUE, PAST
    from desk.ui.trade.table_model import FLAG_COLOUR
    from desk.ui.trendlog.table_model import ARCHIVED_COLOUR

    named = {"archived row": ARCHIVED_COLOUR, "overdue": OVERDUE, "past": PAST}
    named["flagged flow"] = FLAG_COLOUR
    named |= {f"risk {level.value}": colour for level, colour in RISK_COLOURS.items()}
    return named


def test_ui_text_colours_are_found() -> None:
    assert len(css_text_colours()) > 10 and len(named_text_colours()) > 5


@pytest.mark.parametrize("where, colour", sorted(css_text_colours()))
def test_style_sheet_text_meets_4_5_to_1(where: str, colour: str) -> None:
    assert contrast(colour, WHITE) >= 4.5, where


@pytest.mark.parametrize("what", sorted(named_text_colours()))
def test_table_text_colours_meet_4_5_to_1_on_both_row_colours(what: str) -> None:
    colour = named_text_colours()[what]
    assert min(contrast(colour, WHITE), contrast(colour, ALTERNATE_ROW)) >= 4.5, what


@pytest.fixture
def trend_model(qtbot, local_store):
    from desk.services.demo import load_demo
    from desk.ui.trendlog.table_model import SignalTableModel
    from desk.ui.worker import DbExecutor

    load_demo(local_store)
    executor = DbExecutor()
    model = SignalTableModel(
        lambda task, done=None, failed=None, **kw: executor.submit(
            lambda: task(local_store), done, failed, **kw
        )
    )
    yield model
    executor.shutdown()


def test_tlp_and_status_cells_carry_text_not_only_colour(qtbot, trend_model) -> None:
    from desk.services.search import SignalFilter
    from desk.ui.trendlog.table_model import COL_STATUS, COL_TLP, status_label

    with qtbot.waitSignal(trend_model.loaded, timeout=WAIT_MS):
        trend_model.set_query(flt=SignalFilter())
    display, spoken = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
    statuses = set()
    for r in range(trend_model.rowCount()):
        row = trend_model.row_at(r)
        tlp, status = trend_model.index(r, COL_TLP), trend_model.index(r, COL_STATUS)
        assert tlp.data(display) == tlp.data(spoken) == f"TLP:{row.tlp}"
        assert status.data(display) == status.data(spoken) == status_label(row.status) != ""
        statuses.add(row.status)
    assert len(statuses) >= 3


def test_overdue_actions_and_item_signals_say_it_in_words(qtbot) -> None:
    from desk.services.meetings.actions import ActionInfo
    from desk.services.search import SignalRow
    from desk.ui.meetings.models import TLP_COLUMN, actions_model, item_signals_model

    today = date(2026, 3, 2)
    late = ActionInfo(
        1,
        "Ask customs",
        ["Anna"],
        date(2026, 2, 1),
        ActionStatus.OPEN,
        1,
        date(2026, 1, 15),
        "DEU",
        None,
        None,
        None,
        datetime(2026, 1, 15, tzinfo=UTC),
    )
    model = actions_model(lambda: today)
    model.set_rows([late])
    status = model.index(0, model.columnCount() - 1)
    assert (
        status.data() == "overdue" and status.data(Qt.ItemDataRole.AccessibleTextRole) == "overdue"
    )
    row = SignalRow(
        1,
        today,
        "CN",
        "China",
        "DAO",
        "Oscilloscopes",
        "re-export",
        "B",
        2,
        "RED",
        "new",
        None,
        False,
    )
    signals = item_signals_model()
    signals.set_rows([row])
    assert signals.index(0, TLP_COLUMN).data() == "TLP:RED"
