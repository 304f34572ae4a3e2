"""Demo data and the trend-log command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli import main
from desk.services.demo import generate_signals, load_demo
from desk.services.reference import signal_counts_by_region
from desk.services.search import SignalFilter, count_signals, parse_query, search_signals
from tests.conftest import PASSPHRASE
from tests.helpers import signal_values, write_csv


def test_demo_has_signals_in_every_directorate(store) -> None:
    load_demo(store)
    counts = signal_counts_by_region(store)
    assert set(counts) == {"DEU", "DAM", "DAO", "DAF", "DWH"} and all(counts.values())
    everything = SignalFilter(statuses=frozenset({"new", "reviewed", "discussed", "archived"}))
    total = count_signals(store, everything)
    assert count_signals(store, everything.merged(parse_query("tag:demo").filter)) == total
    # the public facts keep their real dates, countries and categories
    (garantex,) = search_signals(store, parse_query("garantex seized").filter)
    assert (garantex.observed_on.isoformat(), garantex.country_code, garantex.category) == (
        "2025-03-06",
        "RU",
        "enforcement",
    )


def test_synthetic_signals(store) -> None:
    assert generate_signals(store, 500, seed=3) == 500
    all_statuses = SignalFilter(statuses=frozenset({"new", "reviewed", "discussed", "archived"}))
    assert count_signals(store, all_statuses) == 500
    assert 0 < count_signals(store, parse_query("tier:1").filter) < 500


@pytest.fixture
def db(tmp_path: Path, monkeypatch, capsys) -> Path:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.db"
    assert main(["--db", str(path), "init"]) == 0
    capsys.readouterr()
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_list_export(capsys, db: Path, tmp_path: Path) -> None:
    rows = [
        signal_values(),
        signal_values(country="AM", title="Armenian lathes", hs_codes="8458.11"),
    ]
    src = write_csv(tmp_path / "in.csv", rows)
    code, out, _ = run(capsys, "--db", str(db), "signals", "import", str(src), "--dry-run")
    assert code == 0 and "would import 2" in out
    code, out, _ = run(capsys, "--db", str(db), "signals", "import", str(src))
    assert code == 0 and "imported 2" in out
    code, out, _ = run(capsys, "--db", str(db), "signals", "import", str(src))
    assert code == 0 and "imported 0" in out and out.count("duplicate of signal") == 2
    code, out, _ = run(capsys, "--db", str(db), "signals", "list", "--region", "DEU", "--json")
    (item,) = json.loads(out)
    assert item["country_code"] == "AM" and item["grade"] == "B2" and item["chpi_tier"] == "4.B"
    assert item["observed_on"] == "2026-10-15"
    code, out, _ = run(
        capsys, "--db", str(db), "signals", "list", "--search", "lathes tier:4.B", "--json"
    )
    assert [i["title"] for i in json.loads(out)] == ["Armenian lathes"]
    code, out, _ = run(
        capsys, "--db", str(db), "signals", "export", str(tmp_path / "o.csv"), "--region", "DAO"
    )
    assert code == 0 and "exported 1" in out


def test_cli_import_bad_file_names_lines(capsys, db: Path, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "bad.csv", [signal_values(), signal_values(country="Atlantis")])
    code, _out, err = run(capsys, "--db", str(db), "signals", "import", str(src))
    assert code != 0
    assert "bad.csv: line 3, country: unknown country “Atlantis”" in err
    assert "nothing imported" in err.splitlines()[-1]


def test_cli_countries(capsys, db: Path) -> None:
    code, out, _ = run(
        capsys, "--db", str(db), "countries", "list", "--region", "DAM", "--all", "--json"
    )
    codes = {c["code"] for c in json.loads(out)}
    assert {"AE", "QA", "IR", "EG"} <= codes and "TH" not in codes
    code, out, _ = run(capsys, "--db", str(db), "countries", "show", "Kirgizië", "--json")
    assert json.loads(out)["code"] == "KG"
    code, _, err = run(capsys, "--db", str(db), "countries", "show", "XX")
    assert code != 0 and err.strip() == "desk: error: unknown country: XX"


def test_cli_demo_init(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "--db", str(tmp_path / "demo.db"), "init", "--demo")
    assert code == 0 and "DAF" in out and "DWH" in out


def test_demo_meetings_have_history_that_carries_forward(store) -> None:
    from datetime import date

    from desk.models.meetings import MeetingStatus
    from desk.services import meetings as mt
    from desk.services.demo import load_demo_meetings

    load_demo(store)
    load_demo_meetings(store, today=date(2026, 11, 22))
    m1, m2, m3, *_ = mt.list_meetings(store, "DEU")
    assert (m1.status, m2.status, m3.status) == (
        MeetingStatus.FINALISED,
        MeetingStatus.FINALISED,
        MeetingStatus.DRAFT,
    )
    carried = mt.actions_at(store, m3.id)
    assert len(carried.carried) == 2 and len(carried.overdue) == 2
    assert "Hackathon in Yerevan: preparation" in [
        i.title for i in mt.get_agenda(store, m3.id).items
    ]
    assert mt.decisions(store, m1.id) and mt.participants(store, m2.id)


def test_cli_meetings(capsys, db: Path, tmp_path: Path) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "meetings",
        "plan",
        "--region",
        "DAO",
        "--start",
        "2026-12-01",
        "--time",
        "14:00",
        "--count",
        "3",
    )
    assert code == 0 and out.count("planned DAO") == 3
    code, out, _ = run(capsys, "--db", str(db), "meetings", "list", "--region", "DAO", "--json")
    listed = json.loads(out)
    assert [(m["date"], m["time"]) for m in listed] == [
        ("2026-12-01", "14:00"),
        ("2026-12-29", "14:00"),
        ("2027-01-26", "14:00"),
    ]
    code, out, _ = run(
        capsys, "--db", str(db), "meetings", "show", "2026-12-29", "--region", "DAO", "--json"
    )
    shown = json.loads(out)
    assert shown["date"] == "2026-12-29" and [i["number"] for i in shown["agenda"]] == [1, 2, 3, 4]
    code, _, err = run(capsys, "--db", str(db), "meetings", "show", "2026-12-30", "--region", "DAO")
    assert code != 0 and "no meeting on 2026-12-30" in err
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "meetings",
        "ics",
        "--region",
        "DAO",
        "--out",
        str(tmp_path / "dao.ics"),
    )
    assert code == 0 and (tmp_path / "dao.ics").read_bytes().count(b"BEGIN:VEVENT") == 3
    code, _, err = run(
        capsys, "--db", str(db), "meetings", "plan", "--region", "XYZ", "--start", "2026-12-01"
    )
    assert code != 0 and "unknown region XYZ" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["meetings", "list", "--region", "XYZ"],
        ["meetings", "show", "2026-12-01", "--region", "XYZ"],
        ["meetings", "ics", "--region", "XYZ", "--out", "x.ics"],
        ["briefing", "--region", "XYZ", "--out", "x.pdf"],
        ["minutes", "--region", "XYZ", "--meeting", "2026-12-01", "--out", "x.pdf"],
        ["signals", "list", "--region", "XYZ"],
        ["countries", "list", "--region", "XYZ"],
    ],
)
def test_cli_unknown_region_is_one_line_naming_the_regions(
    capsys, db: Path, tmp_path: Path, monkeypatch, argv: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert code != 0 and out == ""
    assert err.strip().splitlines() == [
        "desk: error: unknown region XYZ; regions are DAF, DAM, DAO, DEU, DWH"
    ]
    assert not list(tmp_path.glob("x.*"))


def test_cli_region_in_any_case(capsys, db: Path) -> None:
    code, out, _ = run(capsys, "--db", str(db), "meetings", "list", "--region", "dao", "--json")
    assert code == 0 and json.loads(out) == []


def test_cli_never_prints_raw_control_characters(capsys, db: Path, tmp_path: Path) -> None:
    """A title stored before import refused control characters (#11.9) is listed escaped."""
    import dataclasses

    from desk.services.signals import create_signal
    from desk.store import open_store
    from tests.helpers import draft

    with open_store(db, PASSPHRASE) as store:
        create_signal(
            store,
            dataclasses.replace(draft(store), title="Red \x1b[31malert\x9b2J\x7f"),
        )
    code, out, _ = run(capsys, "--db", str(db), "signals", "list")
    assert code == 0 and "Red \\x1b[31malert\\x9b2J\\x7f" in out
    code, out, _ = run(capsys, "--db", str(db), "signals", "list", "--json")
    assert code == 0 and json.loads(out)[0]["title"] == "Red \x1b[31malert\x9b2J\x7f"  # lossless
    assert "\x9b" not in out and "\x7f" not in out and "\x1b" not in out

    bad = write_csv(tmp_path / "in\x1b[2J.csv", [signal_values(title="Bell\x07")])
    code, out, err = run(capsys, "--db", str(db), "signals", "import", str(bad))
    assert code != 0
    assert "in\\x1b[2J.csv: line 2, title: contains a control character (U+0007" in err
    for text in (out, err):
        assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in text)


def test_cli_export_leaves_red_out_unless_named_and_says_so(
    capsys, db: Path, tmp_path: Path
) -> None:
    """#11.5: a plain export holds at most TLP:AMBER, is marked, and says it is not encrypted."""
    rows = [
        signal_values(title="Amber one"),
        signal_values(title="Red one", tlp="RED"),
        signal_values(title="Red two", tlp="RED"),
    ]
    code, _, err = run(
        capsys, "--db", str(db), "signals", "import", str(write_csv(tmp_path / "in.csv", rows))
    )
    assert code == 0, err
    out_file = tmp_path / "x.xlsx"
    code, out, err = run(capsys, "--db", str(db), "signals", "export", str(out_file))
    assert code == 0, err
    assert out.strip() == (
        f"exported 1 signal(s) to {out_file} (TLP:AMBER, Dep. VERTROUWELIJK); "
        "left out 2 TLP:RED signal(s); the file is not encrypted"
    )
    code, out, _ = run(
        capsys,
        "--db",
        str(db),
        "signals",
        "export",
        str(tmp_path / "x.csv"),
        "--max-tlp",
        "RED",
        "--marking",
        "intern",
    )
    assert code == 0
    assert out.strip() == (
        f"exported 3 signal(s) to {tmp_path / 'x.csv'} (TLP:RED, Intern); the file is not encrypted"
    )
    first = (tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.startswith("# Intern — TLP:RED — exported by Desk on ")

    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "signals",
        "export",
        str(tmp_path / "y.csv"),
        "--marking",
        "Stg. GEHEIM",
    )
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "state secret" in err and not (tmp_path / "y.csv").exists()
    with pytest.raises(SystemExit):
        main(["--db", str(db), "signals", "export", str(tmp_path / "z.csv"), "--max-tlp", "PURPLE"])
    assert "unknown TLP label" in capsys.readouterr().err
