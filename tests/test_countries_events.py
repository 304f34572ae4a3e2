"""Country profiles and knowledge-exchange events."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from desk.cli import main
from desk.models.countries import CircumventionRole, EventKind, EventStatus, RiskLevel
from desk.services import countries as ct
from desk.services import events as ev
from desk.services import meetings as mt
from desk.services.demo import generate_signals, load_demo, load_demo_countries
from desk.services.meeting_page import meeting_page
from desk.services.reference import signal_counts_by_region
from desk.services.search import SignalFilter, count_signals, parse_query
from desk.services.signals import create_signal
from tests.conftest import PASSPHRASE
from tests.helpers import draft, expected_actor


def test_profile_edits_are_stored_and_audited_per_field(store) -> None:
    changed = ct.update_profile(
        store,
        "am",
        ct.ProfilePatch(
            relation_eu="Close partner",
            roles=[CircumventionRole.TRANSIT],
            risk_level=RiskLevel.HIGH,
            risk_assessed_on=date(2026, 10, 1),
            preferred_exchange=EventKind.HACKATHON,
        ),
        actor="anna",
    )
    assert sorted(changed) == [
        "preferred_exchange",
        "relation_eu",
        "risk_assessed_on",
        "risk_level",
        "roles",
    ]
    ct.update_profile(
        store,
        "AM",
        ct.ProfilePatch(risk_level=RiskLevel.VERY_HIGH, relation_eu="Close partner"),
        actor="bert",
    )
    p = ct.get_profile(store, "AM")
    assert (p.relation_eu, p.roles, p.risk_level, p.preferred_exchange) == (
        "Close partner",
        [CircumventionRole.TRANSIT],
        RiskLevel.VERY_HIGH,
        EventKind.HACKATHON,
    )
    risk = [
        (e.actor, e.old_value, e.new_value)
        for e in ct.profile_history(store, "AM")
        if e.field == "risk_level"
    ]
    assert risk == [
        (expected_actor(store, "anna"), None, "high"),
        (expected_actor(store, "bert"), "high", "very-high"),
    ]
    ct.set_figures(
        store, "AE", [ct.Figure("Russia–UAE trade", "≈ USD 11.5 bn", 2024, "Trade statistics")]
    )
    ct.set_contacts(store, "AE", [ct.Contact("Economic officer", "", "Embassy Abu Dhabi")])
    ae = ct.get_profile(store, "AE")
    assert (
        ae.figures[0].value == "≈ USD 11.5 bn"
        and ae.contacts[0].organisation == "Embassy Abu Dhabi"
    )
    assert {e.field for e in ct.profile_history(store, "AE")} == {"figures", "contacts"}
    with pytest.raises(ct.CountryError, match="in the future"):
        ct.update_profile(
            store, "AM", ct.ProfilePatch(risk_assessed_on=date.today() + timedelta(days=3))
        )
    with pytest.raises(ct.CountryError, match="not a valid RiskLevel"):
        ct.update_profile(store, "AM", ct.ProfilePatch(risk_level="purple"))  # type: ignore[arg-type]
    with pytest.raises(ct.CountryNotFound, match="unknown country: XX"):
        ct.update_profile(store, "XX", ct.ProfilePatch(notes="nowhere"))


def test_changing_the_directorate_moves_signals_everywhere(store) -> None:
    ids = [
        create_signal(store, draft(store, country="AM", title=f"Armenian {i}")) for i in range(3)
    ]
    create_signal(store, draft(store, country="TH", title="Thai"))
    in_region = lambda region: count_signals(store, parse_query(f"region:{region}").filter)  # noqa: E731
    assert (in_region("DEU"), in_region("DAM")) == (3, 0)
    mt.plan_series(store, "DAM", date.today() + timedelta(days=2), count=1)
    ct.set_directorate(store, "AM", "DAM", actor="anna")
    assert (in_region("DEU"), in_region("DAM")) == (0, 3)
    assert signal_counts_by_region(store).get("DAM") == 3 and "DEU" not in signal_counts_by_region(
        store
    )
    meeting = mt.list_meetings(store, "DAM")[0]
    assert {r.id for r in mt.agenda_signals(store, meeting.id)} == set(ids)
    assert [o.code for o in ct.country_overview(store, "DAM")] == ["AM"]
    (entry,) = [e for e in ct.profile_history(store, "AM") if e.field == "directorate"]
    assert (entry.old_value, entry.new_value, entry.actor) == ("DEU", "DAM", "anna")
    assert ct.get_profile(store, "AM").directorate_source == "user"


def test_derived_counts_equal_the_signals_in_the_store(store) -> None:
    generate_signals(store, 400, seed=9)
    for code in ("AM", "CN", "AE"):
        a = ct.country_activity(store, code)
        assert a.total == count_signals(store, SignalFilter(countries=frozenset({code})))
        for category, n in a.by_category.items():
            assert n == count_signals(
                store, SignalFilter(countries=frozenset({code}), categories=frozenset({category}))
            )
        for tier in a.tiers_seen:
            assert (
                count_signals(
                    store, SignalFilter(countries=frozenset({code}), tiers=frozenset({tier}))
                )
                > 0
            )
        assert [r.observed_on for r in a.latest] == sorted(
            (r.observed_on for r in a.latest), reverse=True
        )
    overview = {o.code: o for o in ct.country_overview(store)}
    assert overview["AM"].signals == ct.country_activity(store, "AM").total
    many = ct.live_signal_counts(store, ["am", "CN", "AE", "AQ"])
    assert many == {
        code: count_signals(store, SignalFilter(countries=frozenset({code})))
        for code in ("AE", "AM", "AQ", "CN")
    }
    assert many["AM"] > 0 and many["AQ"] == 0


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        (dict(kind=EventKind.EXPERT_PANEL, co_hosts=["NL"], host="NL"), "at least two co-hosting"),
        (
            dict(kind=EventKind.EXPERT_PANEL, co_hosts=["NL", "DE"], host="FR"),
            "host must be one of the co-hosts",
        ),
        (dict(kind=EventKind.HACKATHON, cases="", participant_mix=["students"]), "needs the cases"),
        (dict(kind=EventKind.HACKATHON, cases="Trade flows", participant_mix=[]), "who takes part"),
        (
            dict(kind=EventKind.HACKATHON, cases="Trade flows", participant_mix=["journalists"]),
            "unknown participant group",
        ),
        (dict(kind=EventKind.ACADEMIC, universities=[]), "partner university"),
        (
            dict(kind=EventKind.ACADEMIC, universities=["Chulalongkorn"], co_hosts=["NL", "DE"]),
            "belongs to a expert-panel",
        ),
        (
            dict(
                kind=EventKind.HACKATHON,
                cases="x",
                participant_mix=["students"],
                universities=["X"],
            ),
            "belongs to a academic",
        ),
        (dict(kind=EventKind.OTHER, title=""), "needs a title"),
        (dict(kind=EventKind.OTHER, starts_on=None), "needs a date"),
        (dict(kind=EventKind.OTHER, ends_on=date(2026, 1, 1)), "ends before it starts"),
    ],
)
def test_kind_specific_fields_are_validated(store, values: dict, problem: str) -> None:
    base = dict(
        country_code="AE", title="An event", starts_on=date(2027, 3, 1), status=EventStatus.PLANNED
    )
    with pytest.raises(ev.EventError, match=problem):
        ev.create_event(store, ev.EventDraft(**(base | values)))
    assert ev.list_events(store) == []


def planned_panel(
    title: str, starts_on: date, country: str = "AE", co_hosts: tuple[str, ...] = ("NL", "DE", "FR")
) -> ev.EventDraft:
    return ev.EventDraft(
        kind=EventKind.EXPERT_PANEL,
        country_code=country,
        title=title,
        starts_on=starts_on,
        status=EventStatus.PLANNED,
        co_hosts=co_hosts,
    )


def test_panel_host_rotation_advances_when_held(store) -> None:
    first = ev.create_event(
        store,
        planned_panel(
            "Panel 1",
            date(2026, 6, 1),
            "Verenigde Arabische Emiraten",
            co_hosts=("NL", "Germany", "FR"),
        ),
    )
    panel = ev.get_event(store, first)
    assert (panel.country_code, panel.co_hosts, panel.host, panel.chatham_house) == (
        "AE",
        ["NL", "DE", "FR"],
        "NL",
        True,
    )
    assert ev.set_event_status(store, first, EventStatus.HELD).next_host == "DE"
    assert ev.next_panel_host(store, "AE") == "DE"
    second = ev.create_event(store, planned_panel("Panel 2", date(2026, 9, 1)))
    assert ev.get_event(store, second).host == "DE"
    ev.set_event_status(store, second, EventStatus.HELD)
    third = ev.create_event(store, planned_panel("Panel 3", date(2026, 11, 1)))
    assert ev.get_event(store, third).host == "FR"
    ev.set_event_status(store, third, EventStatus.HELD)
    assert ev.next_panel_host(store, "AE") == "NL"  # round again
    assert [e.field for e in ev.event_history(store, first) if e.field] == ["status", "next_host"]


def test_events_feed_the_agenda_and_follow_ups_become_meeting_actions(store) -> None:
    today = date.today()
    mt.plan_series(store, "DEU", today + timedelta(days=1), count=2)
    meeting = mt.list_meetings(store, "DEU")[0]
    soon = ev.create_event(
        store,
        ev.EventDraft(
            kind=EventKind.HACKATHON,
            country_code="AM",
            title="Hackathon Yerevan",
            starts_on=today + timedelta(days=20),
            status=EventStatus.PLANNED,
            cases="Trade flows",
            participant_mix=["students", "policymakers"],
        ),
    )
    ev.create_event(
        store,
        ev.EventDraft(
            kind=EventKind.HACKATHON,
            country_code="AM",
            title="Too far ahead",
            starts_on=today + timedelta(days=80),
            status=EventStatus.PLANNED,
            cases="x",
            participant_mix=["students"],
        ),
    )
    ev.create_event(
        store,
        ev.EventDraft(
            kind=EventKind.ACADEMIC,
            country_code="TH",
            title="Other region",
            starts_on=today + timedelta(days=20),
            status=EventStatus.PLANNED,
            universities=["Chulalongkorn University"],
        ),
    )
    held = ev.create_event(
        store,
        ev.EventDraft(
            kind=EventKind.HACKATHON,
            country_code="KG",
            title="Held last week",
            starts_on=today - timedelta(days=7),
            status=EventStatus.HELD,
            cases="x",
            participant_mix=["students"],
            lessons="Start with real data.",
        ),
    )
    page = meeting_page(store, meeting.id)
    assert [e.id for e in page.events] == [soon]
    assert [e.id for e in page.lessons] == [held]
    follow = ev.add_event_action(
        store, held, "Share the datasets", ["Daan Bakker"], today + timedelta(days=14)
    )
    (action_id,) = ev.take_into_meeting(store, [follow], meeting.id)
    assert [a.id for a in mt.actions_at(store, meeting.id).agreed] == [action_id]
    assert ev.get_event(store, held).actions[0].meeting_action_id == action_id
    with pytest.raises(ev.EventError):
        ev.take_into_meeting(store, [follow], meeting.id)


def test_demo_has_profiles_and_the_three_kinds_of_events(store) -> None:
    load_demo(store)
    load_demo_countries(store)
    kinds = {e.kind: e for e in ev.list_events(store)}
    assert set(kinds) == {EventKind.EXPERT_PANEL, EventKind.HACKATHON, EventKind.ACADEMIC}
    assert (
        kinds[EventKind.EXPERT_PANEL].country_code,
        kinds[EventKind.HACKATHON].country_code,
        kinds[EventKind.ACADEMIC].country_code,
    ) == ("AE", "AM", "TH")
    assert len({e.status for e in kinds.values()}) == 3  # at different stages
    assert kinds[EventKind.EXPERT_PANEL].next_host == "DE"
    assert kinds[EventKind.ACADEMIC].signal_ids
    for code in ("AM", "AE", "TH", "KG", "TR", "KZ", "CN", "RS"):
        assert ct.get_profile(store, code).has_profile, code


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "init", "--demo"]) == 0
    return path


def test_cli_countries_and_events(capsys, demo_db: Path) -> None:
    capsys.readouterr()
    assert main(["--db", str(demo_db), "countries", "show", "Armenië", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["code"] == "AM" and shown["preferred_exchange"] == "hackathon"
    assert shown["signals"]["total"] > 0 and "1" in shown["signals"]["chpi_tiers_seen"]
    assert [e["kind"] for e in shown["events"]] == ["hackathon"]
    assert main(["--db", str(demo_db), "countries", "show", "Narnia"]) != 0
    assert capsys.readouterr().err.strip() == "desk: error: unknown country: Narnia"
    assert main(["--db", str(demo_db), "events", "list", "--country", "AE", "--json"]) == 0
    (panel,) = json.loads(capsys.readouterr().out)
    assert panel["co_hosts"] == ["NL", "DE", "FR", "IT"] and panel["next_host"] == "DE"
    assert main(["--db", str(demo_db), "events", "show", str(panel["id"])]) == 0
    assert "next host: DE" in capsys.readouterr().out
    assert main(["--db", str(demo_db), "events", "show", "999"]) != 0
    assert main(["--db", str(demo_db), "countries", "list", "--region", "DAO", "--json"]) == 0
    listed = {c["code"]: c for c in json.loads(capsys.readouterr().out)}
    assert listed["TH"]["has_profile"] and listed["TH"]["risk_level"] == "high"
