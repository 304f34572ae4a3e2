"""Units of work: one snapshot for reading, one transaction for writing, joined when nested."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desk.models import Setting
from desk.services.settings import USER_NAME, current_actor, get_setting, set_setting, set_settings
from desk.services.work import reading, writing
from tests.helpers import expected_actor


def test_reading_sees_one_snapshot(store) -> None:
    set_setting(store, "k", "before")
    with reading(store) as w:
        assert get_setting(w, "k") == "before"
        set_setting(store, "k", "after")  # another connection commits meanwhile
        assert get_setting(w, "k") == "before"  # the unit keeps its snapshot
    assert get_setting(store, "k") == "after"


def test_nested_calls_join_the_callers_unit(store) -> None:
    with writing(store, actor="anna") as w:
        set_setting(w, "k", "v")
        assert current_actor(w) == "anna"
        with reading(w) as inner:
            assert inner is w and get_setting(inner, "k") == "v"  # sees its own write
        # not committed yet: another connection does not see it
        with reading(store) as other:
            assert get_setting(other, "k") is None
    assert get_setting(store, "k") == "v"


def test_a_failing_unit_writes_nothing(store) -> None:
    with pytest.raises(ZeroDivisionError), writing(store) as w:
        set_settings(w, {"a": 1, "b": 2})
        1 / 0  # noqa: B018
    assert get_setting(store, "a") is None and get_setting(store, "b") is None


def test_writing_inside_a_read_only_unit_is_refused(store) -> None:
    with reading(store) as w, pytest.raises(RuntimeError, match="read-only"):
        set_setting(w, "k", "v")


def test_the_actor_is_read_in_the_same_session(store) -> None:
    set_setting(store, USER_NAME, "Floor de Wit")
    with writing(store) as w:
        assert w.actor == expected_actor(store, "Floor de Wit")
        w.session.execute(sa.delete(Setting.__table__))
        assert w.actor == expected_actor(store, "Floor de Wit")  # resolved once per unit


def test_save_preferences_is_one_transaction(store) -> None:
    with pytest.raises(TypeError):
        set_settings(store, {"x": 1, "unencodable": {1, 2}})
    assert get_setting(store, "x") is None  # all or nothing
    set_settings(store, {"x": 1, "y": [1, 2], "z": {"a": "b"}})
    assert [get_setting(store, k) for k in "xyz"] == [1, [1, 2], {"a": "b"}]


def test_preferences_load_and_save_in_one_go(store) -> None:
    from desk.services.markings import MarkingRefused
    from desk.services.preferences import Preferences, load_preferences, save_preferences

    before = load_preferences(store)
    with pytest.raises(MarkingRefused):  # one bad part: nothing is saved
        save_preferences(store, Preferences("Anna", "ESB", 15, ("Intern", "Stg. GEHEIM")))
    assert load_preferences(store) == before
    saved = save_preferences(store, Preferences(" Anna  de Wit ", "ESB", 15, ("Intern", "intern")))
    post = "ESB" if store.user is None else ""  # a team's settings are not one person's
    assert saved == Preferences(expected_actor(store, "Anna de Wit"), post, 15, ("Intern",))
    assert load_preferences(store) == saved
