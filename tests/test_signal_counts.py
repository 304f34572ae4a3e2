"""The maintained counts (issue 19): equal to a fresh count after every kind of write, on both
backends; what a team member reads of them follows the row-level rules; a damaged count is
repaired; the navigator, the chart and counts read them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from desk.models.enums import SignalStatus
from desk.services.reference import signal_counts_by_region
from desk.services.search import SignalFilter, count_signals, parse_query
from desk.services.signals import archive_signals, create_signal, set_status, update_signal
from desk.services.trends import monthly_counts
from desk.services.work import writing
from desk.store import aggregates, team_counts
from tests.conftest import TEAM_USERS, store_from_template
from tests.helpers import draft, signal_values, write_csv
from tests.pg_server import ADMIN, ADMIN_PASSWORD


def differences(store) -> int:
    """Counts that differ from a fresh count, read past row-level security on a team
    database (as its administrator)."""
    if store.engine.dialect.name == "postgresql":
        url = store.engine.url.set(username=ADMIN, password=ADMIN_PASSWORD)
        engine = sa.create_engine(url)
        try:
            with engine.begin() as conn:  # and each owner's RED counts (team_counts)
                return aggregates.differences(conn) + team_counts.differences(conn)
        finally:
            engine.dispose()
    with store.engine.begin() as conn:
        return aggregates.differences(conn)


def test_counts_follow_every_write(store, tmp_path: Path) -> None:
    from desk.services.importer import import_signals

    a = create_signal(store, draft(store, country="AM", title="Chips via Yerevan"))
    b = create_signal(store, draft(store, country="KZ", category="finance", title="Loans"))
    c = create_signal(store, draft(store, country="TH", tlp="RED", title="Informant"))
    assert differences(store) == 0
    for change in (
        {"country": "GE"},
        {"category": "legal"},
        {"observed_on": "2025-03-04"},
        {"tlp": "RED"},
    ):
        update_signal(store, a, draft(store, **({"title": "Chips via Yerevan"} | change)))
        assert differences(store) == 0, change
    set_status(store, [b], SignalStatus.REVIEWED)
    archive_signals(store, [b, c])
    assert differences(store) == 0
    rows = [signal_values(title=f"Imported {n}", country="AE") for n in range(30)]
    import_signals(store, write_csv(tmp_path / "in.csv", rows))
    assert differences(store) == 0
    with writing(store) as w:
        w.session.execute(sa.text("DELETE FROM signal_hs_code WHERE signal_id = :i"), {"i": a})
        w.session.execute(sa.text("DELETE FROM signal WHERE id = :i"), {"i": a})
    assert differences(store) == 0


def test_a_bulk_load_is_counted(store) -> None:
    from desk.services.demo import generate_signals

    generate_signals(store, 600, seed=3)  # the bulk path: counted in one pass on SQLite
    assert differences(store) == 0
    assert count_signals(store, SignalFilter()) == _direct(store, "status <> 'archived'")


def _direct(store, where: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM signal WHERE {where}")).scalar_one())


def test_exchange_and_team_push_are_counted(
    local_store, team_store, tmp_path: Path, template_store
) -> None:
    from desk.services.team_copy import push_signals
    from tests.test_exchange import introduce, send

    local = local_store
    for n, country in enumerate(("AM", "KZ", "CN")):
        create_signal(local, draft(local, country=country, title=f"Pushed {n}"))
    push_signals(local, team_store)
    assert differences(team_store) == 0
    from desk.services.exchange import identity as ident
    from desk.services.exchange.receive import receive_package

    with store_from_template(tmp_path, template_store) as cp:
        ident.set_identity(local, "Embassy Yerevan", "post", post="Embassy Yerevan")
        ident.set_identity(cp, "DEU contact point", "contact-point", region="DEU")
        introduce(local, cp)
        receive_package(cp, send(local, tmp_path))
        assert differences(cp) == 0
        assert count_signals(cp, SignalFilter()) == 3


@pytest.mark.parametrize(
    "query",
    [
        "",
        "country:AM",
        "region:DAO",
        "category:finance status:new",
        "tlp:red",
        "region:DEU tlp:amber",
    ],
)
def test_counts_from_the_aggregates_equal_a_count_of_the_signals(store, query: str) -> None:
    from desk.services.search import count_in_session, where_clauses
    from desk.services.signal_counts import aggregate_counts
    from desk.services.work import reading

    for n, (country, category, tlp) in enumerate(
        [("AM", "finance", "RED"), ("KZ", "legal", "AMBER"), ("CN", "finance", "GREEN")] * 3
    ):
        create_signal(
            store, draft(store, country=country, category=category, tlp=tlp, title=f"S{n}")
        )
    flt = parse_query(query).filter
    with reading(store) as w:
        assert aggregate_counts(w.session, flt) is not None  # answered by the aggregates
        direct = sa.select(sa.func.count()).select_from(
            sa.select(sa.literal(1)).where(*where_clauses(flt)).subquery()
        )
        assert count_in_session(w.session, flt) == w.session.execute(direct).scalar_one()


def test_navigator_and_chart_read_the_aggregates(store) -> None:
    for country, day in (("AM", "2026-10-03"), ("KZ", "2026-10-20"), ("CN", "2026-11-02")):
        create_signal(store, draft(store, country=country, observed_on=day, title=country))
    assert signal_counts_by_region(store) == {"DEU": 2, "DAO": 1}
    chart = monthly_counts(store, parse_query("region:DEU").filter, today=date(2026, 11, 20))
    assert chart.loc["2026-10"].sum() == 2 and int(chart.values.sum()) == 2
    # the aggregates hold no days: a "since" within a month is counted in the signals
    later = monthly_counts(store, parse_query("since:2026-10-10").filter, today=date(2026, 11, 20))
    assert int(later.values.sum()) == 2


def test_a_damaged_count_is_repaired(local_store, capsys, monkeypatch) -> None:
    from desk.cli import main

    for n in range(3):
        create_signal(local_store, draft(local_store, country="AM", title=f"Chips {n}"))
    with local_store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE signal_count SET n = n + 5 WHERE country_code = 'AM'")
        conn.exec_driver_sql("DELETE FROM signal_count WHERE country_code = ''")
    assert differences(local_store) > 0
    path = local_store.path
    local_store.close()
    assert main(["--db", str(path), "check", "--repair"]) == 0
    assert "counts:" in capsys.readouterr().out
    from desk.store import open_store

    with open_store(path) as again:
        assert differences(again) == 0
        assert count_signals(again, parse_query("country:AM").filter) == 3


def test_team_members_count_only_what_they_may_see(team_store, pg_server) -> None:
    """A post reads its region's counts only; RED counts only where the RED signal is seen."""
    from desk.store.team import open_team_store
    from tests.conftest import team_url

    for country, tlp in (("CN", "AMBER"), ("KZ", "AMBER"), ("CN", "RED"), ("IN", "RED")):
        create_signal(team_store, draft(team_store, country=country, tlp=tlp, title=country + tlp))
    db = team_store.engine.url.database
    expected = {  # who sees what (tests/test_team_rls.py): anna all, piet DAO's non-RED
        "anna": {"DAO": 3, "DEU": 1},
        "piet": {"DAO": 1},
        "rita": {"DAO": 1, "DEU": 1},
    }
    for user, counts in expected.items():
        with open_team_store(team_url(pg_server, db, user)) as member:
            assert signal_counts_by_region(member) == counts, user
            assert count_signals(member, SignalFilter()) == sum(counts.values()), user
    with psycopg.connect(pg_server.admin_dsn(db)) as admin:
        # the table's own rules, without Desk: no one reads RED rows or writes counts
        admin.execute("SET ROLE piet")
        regions = admin.execute("SELECT DISTINCT tlp FROM signal_count").fetchall()
        assert ("RED",) not in regions
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            admin.execute("UPDATE signal_count SET n = 0")
    assert TEAM_USERS["piet"][1] == "DAO"  # the post of the expectations above
