"""A briefing for a period, without a meeting (service, document, command line), and the
contact-point commands."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desk import documents as docs
from desk.errors import InvalidInput
from desk.services import briefings as br
from desk.services import contact_points as cps
from desk.services import meetings as mt
from desk.services.issued import issued_documents
from desk.services.period_briefing import Period, period_briefing_data
from tests.conftest import PASSPHRASE
from tests.helpers import db_arg, sha256
from tests.test_briefings import logged, run, text

NOV = datetime(2026, 11, 10, 9, tzinfo=UTC)


@pytest.fixture
def deu(store):
    """DEU with two contact points (AM moved to "DEU East" from 1 Nov 2026) and no meeting."""
    east = cps.add_contact_point(store, "DEU", "DEU East")
    cps.assign_country(store, "AM", east.id, date(2026, 11, 1))
    logged(store, NOV, country="AM", title="Chips via Yerevan", tlp="AMBER")
    logged(store, NOV, country="GE", title="Drones via Tbilisi", tlp="GREEN")
    logged(store, NOV, country="KG", title="Red Bishkek bank", tlp="RED")
    logged(store, datetime(2026, 10, 5, 9, tzinfo=UTC), country="GE", title="October signal")
    logged(store, NOV, country="TH", title="Thai signal of another region", tlp="GREEN")
    return store, east


def test_a_period_briefing_needs_no_meeting_and_holds_the_periods_signals(deu) -> None:
    store, _east = deu
    assert mt.list_meetings(store, "DEU") == []
    period = Period("deu", date(2026, 11, 1), date(2026, 11, 30))
    data = period_briefing_data(store, period, br.Audience.DIRECTORATE)
    titles = {s.title for _, signals in data.signals_by_country for s in signals}
    assert titles == {"Chips via Yerevan", "Drones via Tbilisi"}  # no RED, no October, no TH
    assert data.withheld_signals == 1
    assert data.contact_point is None and data.region == "DEU"
    # the previous period (as many days before) is counted: Georgia's October signal
    assert ("Georgia", "re-export", 1, 1) in [
        (r.country, r.category, r.previous, r.current) for r in data.counts
    ]

    rendered = docs.render(store, "period-briefing", period, "directorate", "en")
    content = text(rendered.pdf)
    assert "Briefing on the region for a period" in content
    assert "Chips via Yerevan" in content and "Red Bishkek bank" not in content
    assert "from 1 November 2026 to 30 November 2026 (both days included)" in content
    for absent in ("Agenda", "Actions", "Decisions", "Participants invited"):
        assert absent not in content
    assert rendered.kind == "period-briefing" and rendered.meeting_id is None
    assert rendered.suggested_name == "period-briefing-deu-2026-11-01-2026-11-30-directorate-en.pdf"
    nl = text(docs.render(store, "period-briefing", period, "directorate", "nl").pdf)
    assert "Briefing over de regio voor een periode" in nl and "In deze periode" in nl


def test_a_contact_points_period_briefing_covers_its_countries(deu) -> None:
    store, east = deu
    data = period_briefing_data(
        store, Period("DEU", date(2026, 11, 1), date(2026, 11, 30), "deu east")
    )
    assert data.contact_point == "DEU East"
    assert [c for c, _ in data.signals_by_country] == ["Armenia"]
    # before the move AM was the default's: a period ending then covers none of it for East
    october = period_briefing_data(
        store, Period("DEU", date(2026, 10, 1), date(2026, 10, 31), east.id)
    )
    assert october.signals_by_country == [] and october.counts == []
    default = period_briefing_data(
        store, Period("DEU", date(2026, 11, 1), date(2026, 11, 30), "DEU")
    )
    assert [c for c, _ in default.signals_by_country] == ["Georgia", "Kyrgyzstan"]


def test_a_period_must_make_sense(store) -> None:
    with pytest.raises(InvalidInput, match="before it starts"):
        period_briefing_data(store, Period("DEU", date(2026, 11, 30), date(2026, 11, 1)))
    with pytest.raises(InvalidInput, match="unknown region"):
        period_briefing_data(store, Period("XYZ", date(2026, 11, 1), date(2026, 11, 2)))


def test_cli_briefing_for_a_period_and_contact_points(
    capsys, deu, tmp_path: Path, monkeypatch
) -> None:
    store, east = deu
    db = db_arg(store)
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    # without a meeting the old way still says so; a period needs none
    code, _, err = run(
        capsys, "--db", db, "briefing", "--region", "DEU", "--out", str(tmp_path / "n.pdf")
    )
    assert code != 0 and "no upcoming meeting" in err
    out_file = tmp_path / "p.pdf"
    code, out, err = run(
        capsys, "--db", db, "briefing", "--region", "deu", "--contact-point", "DEU East",
        "--from", "2026-11-01", "--to", "2026-11-30", "--lang", "nl", "--out", str(out_file),
    )  # fmt: skip
    assert code == 0, err
    assert f"sha256 {sha256(out_file)}" in out
    content = text(out_file.read_bytes())
    assert "DEU East" in content and "Chips via Yerevan" in content
    assert "Drones via Tbilisi" not in content
    (record,) = issued_documents(store)
    assert (record.kind, record.region, record.meeting_id) == ("period-briefing", "DEU", None)
    for argv, message in (
        (["--from", "2026-11-01"], "both --from and --to"),
        (["--from", "2026-11-30", "--to", "2026-11-01"], "before it starts"),
        (["--meeting", "2026-11-03", "--from", "2026-11-01", "--to", "2026-11-30"], "either"),
        (
            ["--from", "2026-11-01", "--to", "2026-11-30", "--contact-point", "nobody"],
            "no contact point",
        ),
    ):
        code, _, err = run(
            capsys,
            "--db",
            db,
            "briefing",
            "--region",
            "DEU",
            *argv,
            "--out",
            str(tmp_path / "x.pdf"),
        )
        assert code != 0 and message in err and len(err.strip().splitlines()) == 1, err

    code, out, err = run(
        capsys, "--db", db, "contact-points", "add", "--region", "DEU", "--name", "DEU North"
    )
    assert code == 0 and "DEU North" in out, err
    code, out, err = run(
        capsys,
        "--db",
        db,
        "countries",
        "move",
        "Belarus",
        "--contact-point",
        "deu north",
        "--from",
        "2026-12-01",
    )
    assert code == 0 and "BY belongs to DEU North (DEU) from 2026-12-01" in out, err
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "contact-points",
        "list",
        "--region",
        "DEU",
        "--on",
        "2026-12-01",
        "--json",
    )
    listed = {p["name"]: p["countries"] for p in json.loads(out)}
    assert listed["DEU North"] == ["BY"] and listed["DEU East"] == ["AM"]
    assert "BY" not in listed["DEU"] and "GE" in listed["DEU"]
    code, _, err = run(
        capsys,
        "--db",
        db,
        "countries",
        "move",
        "TH",
        "--contact-point",
        "DEU North",
        "--from",
        "2026-12-01",
    )
    assert code != 0 and "DEU North" in err

    code, out, err = run(
        capsys, "--db", db, "meetings", "plan", "--region", "DEU", "--contact-point", str(east.id),
        "--start", "2026-12-02", "--count", "2",
    )  # fmt: skip
    assert code == 0 and out.count("planned DEU") == 2, err
    code, out, err = run(
        capsys,
        "--db",
        db,
        "meetings",
        "plan",
        "--region",
        "DEU",
        "--start",
        "2026-12-01",
        "--count",
        "1",
    )
    assert code == 0, err
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "meetings",
        "list",
        "--region",
        "DEU",
        "--contact-point",
        "DEU East",
        "--json",
    )
    assert [m["date"] for m in json.loads(out)] == ["2026-12-02", "2026-12-30"]
    code, out, err = run(
        capsys, "--db", db, "briefing", "--region", "DEU", "--contact-point", "DEU East",
        "--meeting", "2026-12-02", "--out", str(tmp_path / "m.pdf"),
    )  # fmt: skip
    assert code == 0, err
    east_briefing = text((tmp_path / "m.pdf").read_bytes())
    assert "Briefing for the four-weekly meeting" in east_briefing
