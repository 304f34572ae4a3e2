"""Country profiles and events as units of work: typed patches, one transaction per gesture, one
snapshot per page, and the not-found errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from desk.errors import InvalidInput, NotFound
from desk.models.countries import CircumventionRole, EventKind, EventStatus, RiskLevel
from desk.services import countries as ct
from desk.services import events as ev
from desk.services import meetings as mt
from desk.services.country_page import country_page
from desk.services.patch import UNCHANGED
from desk.services.work import reading, writing
from tests.helpers import expected_actor


@contextlib.contextmanager
def connections(store) -> Iterator[list[int]]:
    """Counts the connections taken from the pool while the block runs."""
    taken: list[int] = []

    def checkout(*_args: object) -> None:
        taken.append(1)

    sa.event.listen(store.engine, "checkout", checkout)
    try:
        yield taken
    finally:
        sa.event.remove(store.engine, "checkout", checkout)


def panel(**changes: object) -> ev.EventDraft:
    values: dict = dict(
        kind=EventKind.EXPERT_PANEL,
        country_code="AE",
        title="Panel on trade finance",
        starts_on=date.today() + timedelta(days=30),
        status=EventStatus.PLANNED,
        co_hosts=["NL", "DE", "FR"],
    )
    return ev.EventDraft(**(values | changes))


def test_a_whole_profile_is_saved_in_one_transaction_with_the_same_history(store) -> None:
    patch = ct.ProfilePatch(
        relation_eu="Close partner",
        roles=[CircumventionRole.TRANSIT, CircumventionRole.TRADE_HUB],
        risk_level=RiskLevel.HIGH,
        risk_assessed_on=date(2026, 1, 5),
        contacts=[ct.Contact("Economic officer", "", "Embassy Yerevan"), ct.Contact("  ")],
        figures=[ct.Figure("Trade with Russia", "up", 2025), ct.Figure("no value", " ")],
    )
    ct.profile_history(store, "AM")  # the reference data and pool are warm
    with connections(store) as taken:
        changed = ct.update_profile(store, "AM", patch, actor="anna")
    assert len(taken) == 1  # fields, contacts and figures: one connection, one transaction
    assert changed == [
        "relation_eu",
        "roles",
        "risk_level",
        "risk_assessed_on",
        "contacts",
        "figures",
    ]
    history = ct.profile_history(store, "AM")
    # three entries as three separate calls made them: the fields, the contacts, the figures
    assert [(e.field, e.old_value, e.new_value, e.actor) for e in history] == [
        ("relation_eu", None, "Close partner", "anna"),
        ("roles", None, "transit-neighbour;trade-hub", "anna"),
        ("risk_level", None, "high", "anna"),
        ("risk_assessed_on", None, "2026-01-05", "anna"),
        ("contacts", "", "Economic officer", "anna"),
        ("figures", "", "Trade with Russia: up (2025)", "anna"),
    ]
    assert len({e.change_id for e in history}) == 3
    p = ct.get_profile(store, "AM")
    assert [c.name for c in p.contacts] == ["Economic officer"]
    assert [(f.label, f.year) for f in p.figures] == [("Trade with Russia", 2025)]
    # the same again changes nothing and records nothing
    assert ct.update_profile(store, "AM", patch) == []
    assert len(ct.profile_history(store, "AM")) == len(history)


def test_fields_left_unchanged_keep_their_values_and_none_clears(store) -> None:
    ct.update_profile(
        store,
        "AM",
        ct.ProfilePatch(risk_level=RiskLevel.LOW, preferred_exchange=EventKind.ACADEMIC),
    )
    assert ct.ProfilePatch().risk_level is UNCHANGED
    ct.update_profile(store, "AM", ct.ProfilePatch(notes="Kept the risk"))
    p = ct.get_profile(store, "AM")
    assert (p.risk_level, p.preferred_exchange, p.notes) == (
        RiskLevel.LOW,
        EventKind.ACADEMIC,
        "Kept the risk",
    )
    ct.update_profile(store, "AM", ct.ProfilePatch(preferred_exchange=None))
    p = ct.get_profile(store, "AM")
    assert (p.risk_level, p.preferred_exchange) == (RiskLevel.LOW, None)


def test_an_invalid_profile_change_writes_nothing(store) -> None:
    bad = ct.ProfilePatch(
        contacts=[ct.Contact("Someone")], risk_assessed_on=date.today() + timedelta(days=2)
    )
    with pytest.raises(ct.CountryError, match="future"):
        ct.update_profile(store, "AM", bad)
    assert ct.get_profile(store, "AM").contacts == []
    assert ct.profile_history(store, "AM") == []


def test_profile_changes_join_the_callers_unit(store) -> None:
    with writing(store, actor="bert") as w:
        ct.update_profile(w, "AM", ct.ProfilePatch(posts="Embassy Yerevan"))
        ct.set_directorate(w, "AM", "DAM")
        assert ct.get_profile(w, "AM").posts == "Embassy Yerevan"  # its own writes
        assert ct.get_profile(store, "AM").posts == ""  # not committed yet
    assert [(e.field, e.actor) for e in ct.profile_history(store, "AM")] == [
        ("posts", expected_actor(store, "bert")),
        ("directorate", expected_actor(store, "bert")),
    ]


def test_missing_countries_and_events_are_not_found(store) -> None:
    for call in (
        lambda: ct.get_profile(store, "XX"),
        lambda: ct.resolve_code(store, "Narnia"),
        lambda: ct.set_directorate(store, "XX", "DAM"),
        lambda: country_page(store, "Narnia"),
        lambda: ev.list_events(store, country="Narnia"),
    ):
        with pytest.raises(ct.CountryNotFound) as raised:
            call()
        assert isinstance(raised.value, NotFound) and raised.value.exit_code == 1
    for call in (
        lambda: ev.get_event(store, 999),
        lambda: ev.update_event(store, 999, ev.EventPatch(title="x")),
        lambda: ev.set_event_status(store, 999, EventStatus.HELD),
        lambda: ev.event_history(store, 999),
        lambda: ev.add_event_action(store, 999, "x", []),
    ):
        with pytest.raises(ev.EventNotFound, match="no event with id 999") as raised:
            call()
        assert isinstance(raised.value, NotFound) and isinstance(raised.value, ev.EventError)
    with pytest.raises(ct.CountryError, match="unknown directorate") as wrong:
        ct.set_directorate(store, "AM", "XYZ")
    assert isinstance(wrong.value, InvalidInput) and not isinstance(wrong.value, NotFound)


def test_the_country_page_reads_one_snapshot(store) -> None:
    ev.create_event(store, panel())
    ct.update_profile(store, "AE", ct.ProfilePatch(notes="Hub"))
    country_page(store, "AE")  # warm
    with connections(store) as taken:
        page = country_page(store, "Verenigde Arabische Emiraten")
    assert len(taken) == 1
    assert (page.profile.code, page.profile.notes, [e.title for e in page.events]) == (
        "AE",
        "Hub",
        ["Panel on trade finance"],
    )
    assert [e.field for e in page.history] == ["notes"]
    with reading(store) as w:
        assert country_page(w, "AE").profile.notes == "Hub"
        ct.update_profile(store, "AE", ct.ProfilePatch(notes="Changed meanwhile"))
        assert country_page(w, "AE").profile.notes == "Hub"  # still the unit's snapshot


def test_an_event_patch_changes_only_what_it_names(store) -> None:
    event_id = ev.create_event(store, panel(themes="finance; shipping"), actor="anna")
    before = ev.get_event(store, event_id)
    assert (before.themes, before.host, before.chatham_house) == (
        ["finance", "shipping"],
        "NL",
        True,
    )
    with pytest.raises(ev.EventError, match="a planned event needs a date"):
        ev.update_event(store, event_id, ev.EventPatch(title="Panel 1", starts_on=None))
    assert ev.get_event(store, event_id).title == before.title  # nothing of it was stored
    changed = ev.update_event(
        store,
        event_id,
        ev.EventPatch(title="  Panel 1  ", co_hosts=["NL", "Duitsland"]),
        actor="bert",
    )
    assert changed == ["title", "co_hosts"]
    after = ev.get_event(store, event_id)
    assert (after.title, after.co_hosts, after.themes, after.starts_on) == (
        "Panel 1",
        ["NL", "DE"],
        ["finance", "shipping"],
        before.starts_on,
    )
    history = [
        (e.actor, e.action, e.field, e.old_value, e.new_value)
        for e in ev.event_history(store, event_id)
    ]
    assert history == [
        ("anna", "create", None, None, None),
        (expected_actor(store, "bert"), "update", "title", "Panel on trade finance", "Panel 1"),
        (expected_actor(store, "bert"), "update", "co_hosts", "NL;DE;FR", "NL;DE"),
    ]
    with pytest.raises(ev.EventError, match="unknown member state “Atlantis”"):
        ev.update_event(store, event_id, ev.EventPatch(co_hosts=["NL", "Atlantis"]))


def test_patch_from_a_draft_leaves_kind_status_and_other_kinds_alone() -> None:
    draft = ev.EventDraft(
        kind=EventKind.HACKATHON,
        country_code="AM",
        title="Hackathon",
        status=EventStatus.HELD,
        cases="Trade flows",
        participant_mix=["students"],
        co_hosts=["NL", "DE"],  # not a hackathon's: not in the patch
    )
    patch = ev.patch_from(draft)
    assert (patch.title, patch.cases, patch.participant_mix) == (
        "Hackathon",
        "Trade flows",
        ["students"],
    )
    assert patch.co_hosts is UNCHANGED and patch.universities is UNCHANGED
    assert not hasattr(patch, "kind") and not hasattr(patch, "status")


def test_events_ahead_and_lessons_join_a_meeting_pages_snapshot(store) -> None:
    ev.create_event(store, panel(title="Soon", starts_on=date.today() + timedelta(days=10)))
    with reading(store) as w:
        first = ev.events_ahead(w, "DAM", date.today())
        ev.create_event(store, panel(title="Added meanwhile"))
        ahead = ev.events_ahead(w, "DAM", date.today())
        lessons = ev.lessons_since(w, "DAM", date.today() - timedelta(days=60), date.today())
    assert ([e.title for e in first], [e.title for e in ahead], lessons) == (["Soon"], ["Soon"], [])


def test_follow_ups_are_taken_into_a_meeting_together(store) -> None:
    mt.plan_series(store, "DAM", date.today() + timedelta(days=1), count=1)
    meeting = mt.list_meetings(store, "DAM")[0]
    event_id = ev.create_event(store, panel())
    first = ev.add_event_action(store, event_id, "Share the list", ["Daan Bakker"])
    second = ev.add_event_action(store, event_id, "Invite the bank", [])
    taken = ev.take_into_meeting(store, [first, second], meeting.id, actor="anna")
    agreed = mt.actions_at(store, meeting.id).agreed
    assert [a.id for a in agreed] == taken
    assert [(a.text, a.owners) for a in agreed] == [
        ("Share the list", ["Daan Bakker"]),
        ("Invite the bank", ["anna"]),  # no owner given: whoever takes it in
    ]
    assert [a.meeting_action_id for a in ev.get_event(store, event_id).actions] == taken
    third = ev.add_event_action(store, event_id, "Report back", ["Anna"])
    with pytest.raises(ev.EventError, match="already a meeting action"):
        ev.take_into_meeting(store, [third, first], meeting.id)
    assert len(mt.actions_at(store, meeting.id).agreed) == 2  # checked first: none added
    assert ev.get_event(store, event_id).actions[2].meeting_action_id is None
