"""Build stores at an earlier schema revision, with a little data of that era.

Each revision that adds tables adds a SEED entry here, so tests/test_migrations.py checks that
data written by every earlier schema survives the upgrade to the current one.

    python -m tests.old_stores REVISION     writes tests/fixtures/stores/desk-REVISION.db
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import sqlalchemy as sa

from desk.fileio import create_private_file, ensure_private_dir
from desk.store import keys, migrate
from desk.store.cipher import HMAC_SHA512
from desk.store.engine import CipherStore
from desk.store.meta import write_meta
from desk.store.unlockfile import UnlockInfo, write_unlock_info

FIXTURE_PASSPHRASE = "fixture passphrase"
FIXTURES = Path(__file__).parent / "fixtures" / "stores"

# revision -> (SQL to seed at that revision, SQL returning one value, expected value)
SEED: dict[str, tuple[list[str], str, object]] = {
    "0001": (
        [
            "INSERT INTO setting (key, value, updated_at) "
            "VALUES ('user.name', '\"Anna de Vries\"', '2026-11-01 09:00:00')",
            "INSERT INTO audit_log (change_id, at, actor, entity, entity_id, action) "
            "VALUES ('c1', '2026-11-01 09:00:00', 'anna', 'store', '-', 'create')",
        ],
        "SELECT value FROM setting WHERE key = 'user.name'",
        '"Anna de Vries"',
    ),
    "0002": (
        [
            "INSERT INTO signal (id, observed_on, logged_at, updated_at, country_code, title, title_key,"
            " summary, category, source, reliability, credibility, tlp, tlp_rank, chr, status, author,"
            " origin, chpi_tier, tier_rank) VALUES (1, '2026-10-01', '2026-10-02 08:00:00.000000',"
            " '2026-10-02 08:00:00.000000', 'AM', 'Chips via Yerevan', 'chips via yerevan', 'Seen.',"
            " 're-export', 'Customs', 'B', 2, 'AMBER', 2, 0, 'new', 'anna', 'create', '1', 0)",
            "INSERT INTO signal_hs_code (signal_id, code, chpi_hs6, tier) VALUES (1, '854231', '854231', '1')",
            "INSERT INTO signal_fts(signal_fts) VALUES ('rebuild')",
        ],
        "SELECT title FROM signal WHERE id IN (SELECT rowid FROM signal_fts WHERE signal_fts MATCH 'yerevan')",
        "Chips via Yerevan",
    ),
    "0003": (
        [
            "INSERT INTO meeting_series (id, region, title, tz, duration_minutes, location, active, created_at)"
            " VALUES (1, 'DEU', 'Four-weekly meeting DEU', 'Europe/Amsterdam', 120, 'The Hague', 1,"
            " '2026-09-01 08:00:00.000000')",
            "INSERT INTO series_rule (series_id, starts_local, interval_weeks, valid_from)"
            " VALUES (1, '2026-09-01 10:00:00.000000', 4, '2026-09-01')",
            "INSERT INTO meeting (id, series_id, region, occurrence_date, starts_local, tz, duration_minutes,"
            " location, status, created_at, updated_at) VALUES (1, 1, 'DEU', '2026-09-01',"
            " '2026-09-01 10:00:00.000000', 'Europe/Amsterdam', 120, 'The Hague', 'finalised',"
            " '2026-09-01 08:00:00.000000', '2026-09-01 12:00:00.000000')",
            "INSERT INTO action_item (id, series_id, meeting_id, text, due_on, status, created_at)"
            " VALUES (1, 1, 1, 'Send the CHPI list', '2026-09-15', 'open', '2026-09-01 11:00:00.000000')",
            "INSERT INTO action_owner (action_id, owner, owner_key) VALUES (1, 'Carla Smit', 'carla smit')",
        ],
        "SELECT owner FROM action_owner JOIN action_item ON action_item.id = action_id WHERE text = 'Send the CHPI list'",
        "Carla Smit",
    ),
    "0004": (
        [
            "INSERT INTO country_profile (country_code, relation_eu, relation_russia, roles, risk_level,"
            " updated_at) VALUES ('AE', 'Strategic partner', 'BRICS member', 'trade-hub;finance-hub',"
            " 'very-high', '2026-10-01 08:00:00.000000')",
            "INSERT INTO exchange_event (id, kind, country_code, title, starts_on, status, co_hosts, host,"
            " next_host, chatham_house, created_at, updated_at) VALUES (1, 'expert-panel', 'AE',"
            " 'Panel Abu Dhabi', '2026-10-08', 'held', 'NL;DE;FR', 'NL', 'DE', 1,"
            " '2026-09-01 08:00:00.000000', '2026-10-09 08:00:00.000000')",
        ],
        "SELECT next_host FROM exchange_event WHERE title = 'Panel Abu Dhabi'",
        "DE",
    ),
    "0005": (
        [
            "INSERT INTO briefing (id, kind, region, meeting_id, audience, lang, marking, tlp, issued_at,"
            " issued_by, sha256, pages, file_name, protected) VALUES (1, 'meeting-briefing', 'DEU', 1,"
            " 'directorate', 'nl', 'Dep. VERTROUWELIJK', 'AMBER', '2026-11-20 09:00:00.000000', 'anna',"
            " 'ab12', 4, 'briefing-deu.pdf', 0)",
        ],
        "SELECT file_name FROM briefing WHERE sha256 = 'ab12'",
        "briefing-deu.pdf",
    ),
    "0006": (
        [
            # one signal with a web address, one without: 0007 derives their source kinds
            "INSERT INTO signal (id, observed_on, logged_at, updated_at, country_code, title, title_key,"
            " summary, category, source, source_url, reliability, credibility, tlp, tlp_rank, chr,"
            " status, author, origin, chpi_tier, tier_rank) VALUES (2, '2026-10-05',"
            " '2026-10-06 08:00:00.000000', '2026-10-06 08:00:00.000000', 'TH',"
            " 'Bangkok resellers list CNC parts', 'bangkok resellers list cnc parts', '', 're-export',"
            " 'Jan de Vries, Embassy Bangkok', 'https://example.org/listing', 'C', 3, 'GREEN', 1, 0,"
            " 'new', 'anna', 'create', NULL, 99)",
            "INSERT INTO agenda_item (id, meeting_id, position, kind, title, duration_minutes,"
            " presenter, minutes) VALUES (1, 1, 5, 'free', 'Call with Jan about the Bangkok case',"
            " 10, '', '')",
        ],
        "SELECT title FROM agenda_item WHERE id = 1",
        "Call with Jan about the Bangkok case",
    ),
    "0007": (
        [
            # a third signal, with a kind of source: 0008 gives every signal its own UUID
            "INSERT INTO signal (id, observed_on, logged_at, updated_at, country_code, title, title_key,"
            " summary, category, source, source_url, source_kind, reliability, credibility, tlp,"
            " tlp_rank, chr, status, author, origin, chpi_tier, tier_rank) VALUES (3, '2026-10-09',"
            " '2026-10-10 08:00:00.000000', '2026-10-10 08:00:00.000000', 'KG',"
            " 'A7A5 sold over the counter', 'a7a5 sold over the counter', '', 'finance',"
            " 'Post Bishkek', '', 'post', 'B', 2, 'AMBER', 2, 0, 'new', 'anna', 'create', NULL, 99)",
        ],
        "SELECT count(DISTINCT uuid) FROM signal WHERE length(uuid) = 36 AND version = 1",
        3,
    ),
    "0008": (
        [
            # 0009 versions profiles, events, meetings and agenda items: all start at 1
            "UPDATE exchange_event SET outcomes = 'Two cases shared' WHERE id = 1",
        ],
        "SELECT sum(version) || ':' || count(changed_by) FROM (SELECT version, changed_by FROM"
        " country_profile UNION ALL SELECT version, changed_by FROM exchange_event UNION ALL"
        " SELECT version, changed_by FROM meeting UNION ALL SELECT version, changed_by FROM"
        " agenda_item)",
        "4:0",
    ),
    "0010": (
        [
            "INSERT INTO trade_source_file (id, source, file_name, sha256, first_period,"
            " last_period, periods, reporters, rows_read, rows_kept, rows_skipped, flows_stored,"
            " flows_replaced, imported_at, imported_by) VALUES (1, 'comext', 'full202201.dat',"
            " 'cd34', '2022-01', '2022-01', 1, 'NL', 10, 1, 9, 1, 0, '2026-12-02 09:00:00', 'anna')",
            "INSERT INTO trade_flow (source_file_id, source, reporter, partner, product, hs6,"
            " tier, flow, period, value, currency, quantity_kg) VALUES (1, 'comext', 'NL', 'AM',"
            " '85423190', '854231', '1', 'export', '2022-01', 1250000.0, 'EUR', 12.5)",
        ],
        "SELECT partner || ':' || hs6 || ':' || period FROM trade_flow WHERE source_file_id = 1",
        "AM:854231:2022-01",
    ),
    "0011": (
        [
            # DEU's second contact point, with Armenia from March 2026
            "INSERT INTO contact_point (id, region, name, is_default, active, created_at)"
            " VALUES (100, 'DEU', 'DEU Caucasus', 0, 1, '2026-12-05 09:00:00')",
            "INSERT INTO country_assignment (country_code, contact_point_id, valid_from,"
            " created_at, changed_by) VALUES ('AM', 100, '2026-03-01', '2026-12-05 09:00:00',"
            " 'anna')",
        ],
        "SELECT cp.name || ':' || a.valid_from FROM country_assignment a JOIN contact_point cp"
        " ON cp.id = a.contact_point_id WHERE a.country_code = 'AM'",
        "DEU Caucasus:2026-03-01",
    ),
}


def make_store_at(path: Path, revision: str, passphrase: str = FIXTURE_PASSPHRASE) -> Path:
    ensure_private_dir(path.parent)
    create_private_file(path)
    store_id = uuid.uuid4().hex
    # Stores of these revisions were all made with SQLCipher's default page HMAC.
    info = UnlockInfo(store_id, "passphrase", HMAC_SHA512)
    store = CipherStore(path, keys.passphrase_key(passphrase), info)
    try:
        # Each revision's data is written at that revision, as a Desk of its time would have,
        # and then carried forward by the later migrations.
        for rev in migrate.all_revisions():
            migrate.upgrade(store, rev)
            if rev == migrate.all_revisions()[0]:
                write_meta(store, {"store_id": store_id, "created_with": f"fixture-{revision}"})
            with store.engine.begin() as conn:
                for stmt in SEED.get(rev, ([], "", None))[0]:
                    conn.execute(sa.text(stmt))
            if rev == revision:
                break
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    write_unlock_info(path, info)
    return path


if __name__ == "__main__":
    rev = sys.argv[1]
    target = FIXTURES / f"desk-{rev}.db"
    for p in (target, target.with_name(target.name + ".unlock.json")):
        p.unlink(missing_ok=True)
    print(make_store_at(target, rev))
