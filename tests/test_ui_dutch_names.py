"""Countries and directorates by their Dutch names when the app speaks Dutch."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk.services.demo import load_demo
from desk.ui import language
from desk.ui.trendlog.table_model import COLUMNS


def test_names_follow_the_apps_language(monkeypatch) -> None:
    class Armenia:
        code, name_en, name_nl = "AM", "Armenia", "Armenië"

    language.remember_country_names([Armenia()])
    monkeypatch.setattr(language, "_speaks_dutch", False)
    assert language.name_of(Armenia()) == "Armenia"
    assert language.country_label("AM", "Armenia") == "Armenia"
    monkeypatch.setattr(language, "_speaks_dutch", True)
    assert language.name_of(Armenia()) == "Armenië"
    assert language.country_label("AM", "Armenia") == "Armenië"
    assert language.country_label("XX", "Nowhere") == "Nowhere"  # unknown: as given


def test_the_trend_log_shows_dutch_country_names(qtbot, open_app, monkeypatch) -> None:
    monkeypatch.setattr(language, "_speaks_dutch", True)
    controller = open_app(load_demo)
    model = controller.window.trendlog.model
    column = [key for key, _ in COLUMNS].index("country")
    shown = {
        model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
    }
    assert any(name.startswith("Turkije") or name.startswith("Armenië") for name in shown), shown
    assert not any(name.startswith(("Turkey", "Armenia ")) for name in shown)


def test_dates_follow_the_apps_locale(qapp) -> None:
    from datetime import date, datetime

    from PySide6.QtCore import QLocale

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert language.weekday_date(date(2026, 12, 1)) == "dinsdag 1 december 2026"
        assert language.weekday_date_time(datetime(2026, 12, 3, 14, 30)) == (
            "donderdag 3 december 2026, 14:30"
        )
        assert language.short_date(date(2026, 11, 27)) == "27 nov 2026"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert language.weekday_date(date(2026, 12, 1)) == "Tuesday 1 December 2026"
    finally:
        QLocale.setDefault(previous)


def test_every_section_shows_dutch_names(qtbot, open_app, monkeypatch) -> None:
    """Every section renders with Dutch names on (a row type without a Dutch name would raise
    inside the model, which pytest-qt turns into a failure)."""
    from PySide6.QtWidgets import QApplication

    from desk.services.demo import load_demo_countries, load_demo_meetings
    from tests.conftest import WAIT_MS

    monkeypatch.setattr(language, "_speaks_dutch", True)
    controller = open_app(load_demo, load_demo_meetings, load_demo_countries)
    window = controller.window
    for key, section in window.sections.items():
        for region in (None, "DEU") if section.with_regions else (None,):
            window.navigator.go_to(key, region)
            qtbot.waitUntil(lambda: controller.executor.pending == 0, timeout=WAIT_MS)
            QApplication.processEvents()
    window.navigator.go_to("countries", "DEU")
    qtbot.waitUntil(lambda: controller.executor.pending == 0, timeout=WAIT_MS)
    listing = window.sections["countries"].list.model()
    names = {listing.index(r, 0).data() for r in range(listing.rowCount())}
    assert "Armenië" in names and "Armenia" not in names, names
