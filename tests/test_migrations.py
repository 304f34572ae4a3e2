"""Upgrades from every earlier schema, built fresh and from committed fixture stores."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.store import check_store, open_store
from desk.store.backup import list_auto_backups
from desk.store.migrate import all_revisions, head_revision
from tests.old_stores import FIXTURE_PASSPHRASE, FIXTURES, SEED, make_store_at


def seeded_values_survive(store, built_at: str) -> None:
    """The data seeded at ``built_at`` and every earlier revision is still there."""
    revisions = all_revisions()
    with store.engine.connect() as conn:
        for rev in revisions[: revisions.index(built_at) + 1]:
            if rev in SEED:
                _stmts, query, expected = SEED[rev]
                assert conn.execute(sa.text(query)).scalar_one() == expected, rev


def test_script_names_match_alembics_revision_graph() -> None:
    """Opening a store reads revisions from the script names (no Alembic import): they must be
    the revisions Alembic runs, in order, ending at its head."""
    from desk.store.migrate import script_directory

    scripts = script_directory()
    assert all_revisions() == [r.revision for r in reversed(list(scripts.walk_revisions()))]
    assert head_revision() == scripts.get_current_head()


@pytest.mark.parametrize("revision", all_revisions())
def test_upgrade_from_every_revision(tmp_path: Path, revision: str) -> None:
    path = make_store_at(tmp_path / "old.db", revision)
    with open_store(path, FIXTURE_PASSPHRASE) as store:
        assert store.schema_revision() == head_revision()
        assert check_store(store).ok
        seeded_values_survive(store, revision)
    backups = list_auto_backups(path)
    if revision != head_revision():
        assert len(backups) == 1  # an automatic backup was taken before migrating
        with open_store(backups[0], FIXTURE_PASSPHRASE, upgrade=False) as old:
            assert old.schema_revision() == revision
    else:
        assert backups == []


FIXTURE_FILES = sorted(FIXTURES.glob("desk-*.db"))


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_committed_fixture_stores_upgrade(tmp_path: Path, fixture: Path) -> None:
    """Stores written by earlier versions of Desk (files kept in the repository)."""
    copy = tmp_path / fixture.name
    shutil.copy2(fixture, copy)
    shutil.copy2(fixture.with_name(fixture.name + ".unlock.json"), tmp_path)
    with open_store(copy, FIXTURE_PASSPHRASE) as store:
        assert store.schema_revision() == head_revision()
        assert check_store(store).ok
        seeded_values_survive(store, fixture.stem.removeprefix("desk-"))


def test_there_is_a_fixture_for_every_earlier_revision() -> None:
    """When a migration is added, commit a fixture of the schema it replaces
    (``python -m tests.old_stores REVISION``)."""
    have = {p.stem.removeprefix("desk-") for p in FIXTURE_FILES}
    earlier = set(all_revisions()) - {head_revision()}
    assert earlier <= have


def test_0007_derives_the_kind_of_source_and_shares_no_agenda_title(tmp_path: Path) -> None:
    """Signals of a 0006 store: open-source when they give a web address, else unspecified;
    no agenda item is shareable until someone says so."""
    fixture = FIXTURES / "desk-0006.db"
    copy = tmp_path / fixture.name
    shutil.copy2(fixture, copy)
    shutil.copy2(fixture.with_name(fixture.name + ".unlock.json"), tmp_path)
    with open_store(copy, FIXTURE_PASSPHRASE) as store, store.engine.connect() as conn:
        kinds = dict(conn.execute(sa.text("SELECT title, source_kind FROM signal")).all())
        shareable = conn.execute(sa.text("SELECT shareable FROM agenda_item")).scalars().all()
    assert kinds == {
        "Chips via Yerevan": "unspecified",  # source "Customs", no web address
        "Bangkok resellers list CNC parts": "open-source",
    }
    assert [bool(x) for x in shareable] == [False]


def test_0011_gives_each_region_one_default_contact_point_with_its_series(tmp_path: Path) -> None:
    """A 0010 store: every directorate gets one default contact point named after it; DEU's
    series and its meeting become that contact point's, and no country needs an assignment."""
    fixture = FIXTURES / "desk-0010.db"
    copy = tmp_path / fixture.name
    shutil.copy2(fixture, copy)
    shutil.copy2(fixture.with_name(fixture.name + ".unlock.json"), tmp_path)
    with open_store(copy, FIXTURE_PASSPHRASE) as store, store.engine.connect() as conn:
        points = conn.execute(
            sa.text("SELECT region, name, is_default, active FROM contact_point")
        ).all()
        directorates = conn.execute(sa.text("SELECT count(*) FROM directorate")).scalar_one()
        linked = (
            conn.execute(
                sa.text(
                    "SELECT cp.region || ':' || cp.name FROM meeting_series s JOIN contact_point cp"
                    " ON cp.id = s.contact_point_id UNION ALL SELECT cp.region || ':' || cp.name"
                    " FROM meeting m JOIN contact_point cp ON cp.id = m.contact_point_id"
                )
            )
            .scalars()
            .all()
        )
        assignments = conn.execute(sa.text("SELECT count(*) FROM country_assignment")).scalar_one()
        # a second active series for another contact point of DEU is now allowed
        conn.execute(
            sa.text(
                "INSERT INTO contact_point (id, region, name, is_default, active, created_at)"
                " VALUES (50, 'DEU', 'DEU South', 0, 1, '2026-12-05 09:00:00')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO meeting_series (region, contact_point_id, title, tz,"
                " duration_minutes, location, video_link, chair, active, created_at) VALUES"
                " ('DEU', 50, 'South', 'Europe/Amsterdam', 120, '', '', '', 1,"
                " '2026-12-05 09:00:00')"
            )
        )
    assert len(points) == directorates > 1
    assert all(
        name == region and is_default and active for region, name, is_default, active in points
    )
    assert linked == ["DEU:DEU", "DEU:DEU"]
    assert assignments == 0
