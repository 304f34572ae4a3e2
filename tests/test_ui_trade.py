"""The Trade radar section: its table model alone, then the section in the running app (#16)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desk.services.demo import load_demo
from desk.services.trade_import import import_trade_files
from desk.services.trade_radar import RadarRow
from desk.ui.trade.table_model import RadarTableModel
from tests.conftest import WAIT_MS
from tests.trade_fixtures import write_comext, write_comtrade


def radar_row(country: str, product: str, growth: float | None, excess: float) -> RadarRow:
    return RadarRow(
        country=country,
        product=product,
        flow="export",
        reporter="EU",
        partner=country,
        currency="EUR",
        baseline=1_000_000.0,
        current=1_000_000.0 + excess,
        current_label="2022",
        growth_pct=growth,
        excess=excess,
        spike_z=None,
        flagged=growth is not None and growth >= 100,
    )


def test_the_table_model_shows_sorts_and_flags() -> None:
    model = RadarTableModel({"AM": "Armenia", "KZ": "Kazakhstan"})
    model.set_rows(
        [radar_row("AM", "854231", 212.0, 2_120_000.0), radar_row("KZ", "854232", 10.0, 100_000.0)]
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    growth, flag, current = headers.index("Growth"), headers.index("Flag"), headers.index("Current")
    text = lambda r, c: model.data(model.index(r, c))  # noqa: E731
    assert text(0, 0) == "Armenia" and text(0, 1) == "8542.31" and text(0, growth) == "+212 %"
    assert text(0, current) == "3,120,000" and text(0, headers.index("Currency")) == "EUR"
    assert text(0, flag) == "flagged" and text(1, flag) == ""
    align = model.data(model.index(0, current), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    model.sort(growth, Qt.SortOrder.AscendingOrder)
    assert text(0, 0) == "Kazakhstan"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [r.country for r in model.rows] == ["AM", "KZ"]
    model.sort(growth, Qt.SortOrder.DescendingOrder)
    model.set_rows(list(reversed(model.rows)))  # a reload keeps the user's order
    assert text(0, 0) == "Armenia"


@pytest.fixture
def app(open_app, tmp_path: Path):
    files = [write_comext(tmp_path / "comext.csv"), write_comtrade(tmp_path / "comtrade.csv")]
    return open_app(load_demo, lambda store: import_trade_files(store, files))


def test_the_radar_for_deu_and_a_draft_signal(qtbot, app) -> None:
    window = app.window
    view = window.sections["trade"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        window.navigator.go_to("trade", "DEU")
    view.base_from.setValue(2021)
    view.base_to.setValue(2021)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.current.setCurrentIndex(view.current.findData(2022))
    assert view.pages.currentWidget() is view.splitter
    rows = view.model.rows
    assert rows and all(r.flagged for r in rows)
    chips = next(r for r in rows if r.country == "AM" and r.product == "854231")
    assert chips.growth_pct == pytest.approx(212.0)
    row = rows.index(chips)
    assert view.model.data(view.model.index(row, 0)) == "Armenia"
    view.table.selectRow(row)  # (the first row may be chosen, and its chart shown, already)
    qtbot.waitUntil(
        lambda: "8542.31" in view.chart.chart().title(),
        timeout=WAIT_MS,
    )
    assert view.chart.series is not None and len(view.chart.series.values) == 24

    view.draft_signal()
    qtbot.waitUntil(lambda: view.editor is not None and view.editor.isVisible(), timeout=WAIT_MS)
    dialog = view.editor
    values = dialog.values()
    assert values["country"] == "AM" and "Armenia" in dialog.country.currentText()
    assert values["hs_codes"] == "8542.31" and values["category"] == "re-export"
    assert "+212 %" in values["summary"] and values["reliability"] == "B"
    dialog.reject()


def test_no_statistics_says_how_to_import(qtbot, open_app) -> None:
    app = open_app(load_demo)
    view = app.window.sections["trade"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        app.window.navigator.go_to("trade", "DEU")
    assert view.pages.currentWidget() is view.empty
    assert "desk trade import" in view.empty.text()


def test_importing_from_the_app_fills_the_radar(qtbot, open_app, tmp_path: Path) -> None:
    from desk.ui.trade.import_job import TradeImportJob

    app = open_app(load_demo)
    view = app.window.sections["trade"]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        app.window.navigator.go_to("trade", "DEU")
    assert view.pages.currentWidget() is view.empty
    bad = tmp_path / "bad.csv"
    bad.write_text("DECLARANT_ISO,PARTNER_ISO\nDE,AM\n")
    job = TradeImportJob(app, view)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as ended:
        job.start([bad])
    assert ended.args == [False] and "PRODUCT_NC" in job.error  # the missing columns named
    assert job.message is not None and job.message.isVisible()
    job.message.close()

    view.base_from.setValue(2021)
    view.base_to.setValue(2021)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.current.setCurrentIndex(view.current.findData(2022))
    job = TradeImportJob(app, view)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS) as ended:
        job.start([write_comext(tmp_path / "comext.csv")])
    assert ended.args == [True] and job.reports[0].rows_kept == 72
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.refresh()
    assert view.pages.currentWidget() is view.splitter
    assert any(r.country == "AM" and r.flagged for r in view.model.rows)
    job.message.close()
