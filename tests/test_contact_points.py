"""Several contact points per region: countries assigned from a date, a series each, and the
agenda and briefing of each covering its own countries."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from desk.services import audit
from desk.services import briefings as br
from desk.services import contact_points as cps
from desk.services import meetings as mt
from desk.services.work import reading
from tests.test_meetings import logged_signal

AMS = ZoneInfo("Europe/Amsterdam")
DEU_COUNTRIES = {"AM", "AZ", "GE", "KZ", "KG", "UZ", "TJ", "TM", "TR", "RS", "BY", "RU", "UA", "MD"}


def test_a_region_starts_with_one_default_contact_point_holding_all_its_countries(store) -> None:
    (deu,) = cps.list_contact_points(store, "DEU")
    assert (deu.name, deu.is_default, deu.active) == ("DEU", True, True)
    assert set(deu.countries) >= DEU_COUNTRIES
    assert {p.region for p in cps.list_contact_points(store)} >= {"DEU", "DAO", "DAF"}


def test_reassigning_takes_effect_from_its_date_and_is_audited(store) -> None:
    east = cps.add_contact_point(store, "deu", "DEU East", actor="anna")
    assert (east.region, east.is_default, east.countries) == ("DEU", False, ())
    cps.assign_country(store, "Armenia", "deu east", date(2026, 3, 1), actor="anna")

    before = cps.contact_point_of(store, "AM", date(2026, 2, 28))
    after = cps.contact_point_of(store, "AM", date(2026, 3, 1))
    assert before is not None and before.name == "DEU"
    assert after is not None and after.name == "DEU East"
    on_march = {
        p.name: set(p.countries) for p in cps.list_contact_points(store, "DEU", on=date(2026, 3, 1))
    }
    assert on_march["DEU East"] == {"AM"}
    assert "AM" not in on_march["DEU"] and "GE" in on_march["DEU"]
    # who had AM on a date stays answerable after a later move back
    cps.assign_country(store, "AM", "DEU", date(2027, 1, 1))
    assert cps.contact_point_of(store, "AM", date(2026, 6, 1)).name == "DEU East"
    assert cps.contact_point_of(store, "AM", date(2027, 1, 1)).name == "DEU"
    history = cps.assignment_history(store, "AM")
    assert [(a.contact_point, a.valid_from) for a in history] == [
        ("DEU East", date(2026, 3, 1)),
        ("DEU", date(2027, 1, 1)),
    ]
    with reading(store) as w:
        trail = audit.history(w.session, "country", "AM")
    assigned = [e for e in trail if e.action == "assign"]
    assert len({e.change_id for e in assigned}) == 2
    fields = {(e.field, e.old_value, e.new_value) for e in assigned}
    assert ("contact_point", "DEU", "DEU East") in fields
    assert ("from", None, "2026-03-01") in fields


def test_a_contact_point_takes_only_countries_of_its_directorate(store) -> None:
    cps.add_contact_point(store, "DEU", "DEU East")
    with pytest.raises(cps.ContactPointError):
        cps.assign_country(store, "TH", "DEU East", date(2026, 3, 1))  # TH is DAO's
    with pytest.raises(cps.ContactPointError, match="already has"):
        cps.add_contact_point(store, "DEU", "deu east")
    with pytest.raises(cps.ContactPointNotFound):
        cps.assign_country(store, "AM", "nobody", date(2026, 3, 1))


def test_each_contact_point_has_its_own_series_and_agenda(store) -> None:
    east = cps.add_contact_point(store, "DEU", "DEU East")
    cps.assign_country(store, "AM", east.id, date(2026, 1, 1))
    default = mt.plan_series(store, "DEU", date(2026, 3, 3), time(10), count=2)
    plan = mt.SeriesPlan("DEU", date(2026, 3, 5), time(14), 2, contact_point=east.id)
    own = mt.plan_series(store, plan)
    assert default.series_id != own.series_id  # two active series in one region
    east_meetings = mt.list_meetings(store, "DEU", contact_point=east.id)
    assert [m.date for m in east_meetings] == [date(2026, 3, 5), date(2026, 4, 2)]
    assert all(m.contact_point_id == east.id for m in east_meetings)
    assert len(mt.list_meetings(store, "DEU")) == 4

    logged = datetime(2026, 2, 20, 9, tzinfo=AMS)
    am = logged_signal(store, "AM", logged, "Chips via Yerevan")
    ge = logged_signal(store, "GE", logged, "Drones via Tbilisi")
    first_default = mt.find_meeting(store, "DEU", date(2026, 3, 3))
    first_east = mt.find_meeting(store, "DEU", date(2026, 3, 5), contact_point=east.id)
    assert [r.id for r in mt.agenda_signals(store, first_default.id)] == [ge]
    assert [r.id for r in mt.agenda_signals(store, first_east.id)] == [am]
    # the briefing draws on the same countries
    data = br.meeting_briefing_data(store, first_east.id)
    assert [c for c, _ in data.signals_by_country] == ["Armenia"]
    assert [s.code for s in data.snapshots] == ["AM"]


def test_a_meeting_covers_the_countries_assigned_on_its_date(store) -> None:
    east = cps.add_contact_point(store, "DEU", "DEU East")
    plan = mt.SeriesPlan("DEU", date(2026, 3, 5), time(14), 3, contact_point=east.id)
    mt.plan_series(store, plan)
    cps.assign_country(store, "AM", east.id, date(2026, 4, 1))  # from the second meeting on
    logged_signal(store, "AM", datetime(2026, 3, 20, 9, tzinfo=AMS), "Chips via Yerevan")
    first, second, _ = mt.list_meetings(store, "DEU", contact_point=east.id)
    assert mt.agenda_signals(store, first.id) == []  # no countries yet: nothing, not everything
    assert [r.country_code for r in mt.agenda_signals(store, second.id)] == ["AM"]
