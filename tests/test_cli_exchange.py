"""`desk exchange …` end to end: identities, cards compared by fingerprint, a package out and
in, conflicts on the terminal, refusals in one line, feedback (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli import main
from desk.store import create_store
from tests.conftest import PASSPHRASE
from tests.helpers import signal_values, write_csv


def run(capsys, db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stores(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    post, cp = tmp_path / "post.db", tmp_path / "cp.db"
    for db in (post, cp):
        create_store(db, "passphrase", PASSPHRASE).close()
    return post, cp


def fingerprint(capsys, db: Path) -> str:
    code, out, _ = run(capsys, db, "exchange", "identity", "--json")
    assert code == 0
    return json.loads(out)["fingerprint"]


def set_up(capsys, tmp_path: Path, post: Path, cp: Path) -> None:
    assert run(capsys, post, "exchange", "identity", "--name", "Embassy Yerevan", "--role",
               "post", "--post", "Embassy Yerevan")[0] == 0  # fmt: skip
    assert run(capsys, cp, "exchange", "identity", "--name", "DEU contact point", "--role",
               "contact-point", "--region", "deu")[0] == 0  # fmt: skip
    for db, card in ((post, "post.card"), (cp, "cp.card")):
        assert run(capsys, db, "exchange", "card", "--out", str(tmp_path / card))[0] == 0
    code, out, _ = run(capsys, cp, "exchange", "trust", str(tmp_path / "post.card"),
                       "--fingerprint", fingerprint(capsys, post))  # fmt: skip
    assert code == 0 and "trusted Embassy Yerevan" in out
    assert run(capsys, post, "exchange", "trust", str(tmp_path / "cp.card"),
               "--fingerprint", fingerprint(capsys, cp))[0] == 0  # fmt: skip


def test_without_an_identity_the_reason_is_one_line(capsys, stores) -> None:
    post, _ = stores
    code, _, err = run(capsys, post, "exchange", "identity")
    assert code != 0 and err.count("\n") == 1 and "no exchange identity yet" in err


def test_a_wrong_fingerprint_is_refused(capsys, stores, tmp_path: Path) -> None:
    post, cp = stores
    run(capsys, post, "exchange", "identity", "--name", "Embassy Yerevan", "--role", "post",
        "--post", "Embassy Yerevan")  # fmt: skip
    run(capsys, post, "exchange", "card", "--out", str(tmp_path / "post.card"))
    code, _, err = run(capsys, cp, "exchange", "trust", str(tmp_path / "post.card"),
                       "--fingerprint", "AAAA-AAAA")  # fmt: skip
    assert code != 0 and "do not trust it" in err
    assert json.loads(run(capsys, cp, "exchange", "contacts", "--json")[1]) == []


def test_a_post_and_a_contact_point_exchange(capsys, stores, tmp_path: Path) -> None:
    post, cp = stores
    set_up(capsys, tmp_path, post, cp)
    rows = [signal_values(country="AM", title=f"Yerevan signal {i}") for i in range(3)]
    assert run(capsys, post, "signals", "import", str(write_csv(tmp_path / "in.csv", rows)))[0] == 0
    code, out, _ = run(capsys, post, "exchange", "status")
    assert out.strip() == "3 signal(s) of DEU not yet sent to DEU contact point"
    package = tmp_path / "p.deskx"
    code, out, _ = run(capsys, post, "exchange", "send", "--to", "DEU contact point",
                       "--unsent", "--out", str(package))  # fmt: skip
    assert code == 0 and out.strip() == "p.deskx: 3 signal(s) for DEU contact point"
    code, out, _ = run(capsys, cp, "exchange", "receive", str(package), "--dry-run")
    assert "3 new, 0 updated, 0 unchanged, 0 conflict(s); would be written" in out
    assert "Yerevan signal" not in run(capsys, cp, "signals", "list")[1]
    code, out, _ = run(capsys, cp, "exchange", "receive", str(package))
    assert code == 0 and "3 new" in out and "received" in out
    assert run(capsys, cp, "signals", "list")[1].count("Yerevan signal") == 3
    code, out, _ = run(capsys, cp, "exchange", "receive", str(package))
    assert code == 0 and "already received" in out
    assert run(capsys, post, "exchange", "status")[1].strip() == (
        "DEU contact point (DEU) has everything"
    )
    code, out, _ = run(capsys, cp, "exchange", "feedback", "--to", "Embassy Yerevan",
                       "--out", str(tmp_path / "fb.deskx"))  # fmt: skip
    assert code == 0 and "feedback on 3 signal(s)" in out
    code, out, _ = run(capsys, post, "exchange", "receive", str(tmp_path / "fb.deskx"))
    assert code == 0 and "recorded feedback from DEU contact point on 3 signal(s)" in out


def test_conflicts_are_listed_and_nothing_is_written(capsys, stores, tmp_path: Path) -> None:
    post, cp = stores
    set_up(capsys, tmp_path, post, cp)
    first = write_csv(tmp_path / "a.csv", [signal_values(country="AM", title="Disputed")])
    run(capsys, post, "signals", "import", str(first))
    run(
        capsys,
        post,
        "exchange",
        "send",
        "--to",
        "DEU contact point",
        "--out",
        str(tmp_path / "1.deskx"),
    )
    run(capsys, cp, "exchange", "receive", str(tmp_path / "1.deskx"))
    for db, summary in ((post, "post says"), (cp, "cp says")):
        (sid,) = [r["id"] for r in json.loads(run(capsys, db, "signals", "list", "--json")[1])]
        assert run(capsys, db, "signals", "edit", str(sid), "--summary", summary)[0] == 0
    run(
        capsys,
        post,
        "exchange",
        "send",
        "--to",
        "DEU contact point",
        "--out",
        str(tmp_path / "2.deskx"),
    )
    code, out, err = run(capsys, cp, "exchange", "receive", str(tmp_path / "2.deskx"))
    assert code != 0 and out == ""
    assert "conflict: “Disputed”" in err and "summary: mine “cp says”, theirs “post says”" in err
    assert "nothing was written" in err.splitlines()[-1]
    code, out, _ = run(capsys, cp, "exchange", "receive", str(tmp_path / "2.deskx"),
                       "--on-conflict", "take-theirs")  # fmt: skip
    assert code == 0 and "took theirs" in out


@pytest.mark.parametrize("damage", ["flip", "truncate", "not a package"])
def test_a_bad_package_is_one_line_and_changes_nothing(
    capsys, stores, tmp_path: Path, damage
) -> None:
    post, cp = stores
    set_up(capsys, tmp_path, post, cp)
    run(capsys, post, "signals", "import",
        str(write_csv(tmp_path / "in.csv", [signal_values(country="AM")])))  # fmt: skip
    package = tmp_path / "p.deskx"
    run(capsys, post, "exchange", "send", "--to", "DEU contact point", "--out", str(package))
    data = package.read_bytes()
    package.write_bytes(
        {
            "flip": data[:200] + bytes([data[200] ^ 1]) + data[201:],
            "truncate": data[:-40],
            "not a package": b"observed_on,country\n",
        }[damage]
    )
    before = run(capsys, cp, "signals", "list", "--json")[1]
    code, _, err = run(capsys, cp, "exchange", "receive", str(package))
    assert code != 0 and err.count("\n") == 1 and err.startswith("desk: error: this")
    assert "Traceback" not in err
    assert run(capsys, cp, "signals", "list", "--json")[1] == before
