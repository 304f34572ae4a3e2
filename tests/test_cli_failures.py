"""Every command ends in a one-line reason and a non-zero exit, never a traceback (issue 11,
items 11 and 12): bad places to write, full disks, damaged side files, concurrent writers."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desk.cli import main
from desk.services.demo import load_demo_meetings
from desk.store import create_store, open_store
from desk.store.engine import begin_write
from desk.store.layout import unlock_file
from tests.conftest import PASSPHRASE
from tests.helpers import signal_values, write_csv

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A passphrase store with the DEU meeting series, made once per module."""
    db = tmp_path_factory.mktemp("tpl") / "s.db"
    with create_store(db, "passphrase", PASSPHRASE) as s:
        load_demo_meetings(s)
        with s.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


@pytest.fixture
def db(demo_template: Path, tmp_path: Path, monkeypatch) -> Path:
    target = tmp_path / "s.db"
    target.write_bytes(demo_template.read_bytes())
    unlock_file(target).write_bytes(unlock_file(demo_template).read_bytes())
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    return target


def one_line_failure(capsys, argv: list[str]) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    lines = err.strip().splitlines()
    assert code != 0, (out, err)
    assert len(lines) == 1 and lines[0].startswith("desk: error: "), err
    assert "Traceback" not in err
    return lines[0]


def _disk_full(monkeypatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("desk.fileio.os.fsync", full)


# (name, setup(tmp_path, db, monkeypatch) -> argv after --db, words expected in the line)
Setup = Callable[[Path, Path, pytest.MonkeyPatch], list[str]]
CASES: list[tuple[str, Setup, str]] = [
    (
        "export into a missing folder",
        lambda t, db, mp: ["signals", "export", str(t / "missing" / "x.csv")],
        "no such file or folder",
    ),
    (
        "export onto a folder",
        lambda t, db, mp: (t / "dir.csv").mkdir() or ["signals", "export", str(t / "dir.csv")],
        "is a folder",
    ),
    (
        "export on a full disk",
        lambda t, db, mp: _disk_full(mp) or ["signals", "export", str(t / "x.csv")],
        "disk is full",
    ),
    (
        "ics into a missing folder",
        lambda t, db, mp: ["meetings", "ics", "--region", "DEU", "--out", str(t / "no" / "a.ics")],
        "no such file or folder",
    ),
    (
        "ics on a full disk",
        lambda t, db, mp: (
            _disk_full(mp) or ["meetings", "ics", "--region", "DEU", "--out", str(t / "a.ics")]
        ),
        "disk is full",
    ),
    (
        "backup onto the store through a symlink",
        lambda t, db, mp: (t / "l.db").symlink_to(db) or ["backup", str(t / "l.db")],
        "symbolic link",
    ),
    (
        "backup into a path under a file",
        lambda t, db, mp: (t / "f").write_text("x") and ["backup", str(t / "f" / "b.db")],
        "is a file, not a folder",
    ),
    (
        "init under a path that is a file",
        lambda t, db, mp: (t / "f").write_text("x") and ["init"],
        "is a file, not a folder",
    ),
    (
        "an unlock file that is a folder",
        lambda t, db, mp: unlock_file(db).unlink() or unlock_file(db).mkdir() or ["check"],
        "is a folder",
    ),
]


@pytest.mark.parametrize(("setup", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_line_reason(capsys, monkeypatch, tmp_path, db, setup: Setup, expected: str) -> None:
    argv = setup(tmp_path, db, monkeypatch)
    target = tmp_path / "f" / "desk.db" if argv == ["init"] else db
    line = one_line_failure(capsys, ["--db", str(target), *argv])
    assert expected in line
    assert not [p for p in tmp_path.rglob(".*.tmp")]  # no temporary file left behind


def test_an_unexpected_error_is_one_line_too(capsys, monkeypatch, db: Path) -> None:
    def boom(*_a, **_k):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr("desk.cli.signals_cmds.search_signals", boom)
    line = one_line_failure(capsys, ["--db", str(db), "signals", "list"])
    assert "unexpected error (RuntimeError: something nobody expected)" in line


def test_control_characters_never_reach_the_terminal(capsys, db: Path) -> None:
    line = one_line_failure(capsys, ["--db", str(db), "signals", "import", "/no/such\x1b[31m.csv"])
    assert "\x1b" not in line and "\\x1b[31m" in line


# -- full disks, for real: a file-size limit makes every write past it fail like a full disk ----
def run_limited(db: Path, *argv: str, limit: int, env: dict | None = None):
    def limit_writes() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "desk", "--db", str(db), *argv],
        capture_output=True,
        text=True,
        preexec_fn=limit_writes,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DESK_PASSPHRASE": PASSPHRASE, **(env or {})},
        timeout=120,
    )


@pytest.mark.slow
def test_backup_on_a_full_disk(db: Path, tmp_path: Path) -> None:
    proc = run_limited(db, "backup", str(tmp_path / "b.db"), limit=db.stat().st_size // 3)
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "full" in proc.stderr or "input/output" in proc.stderr
    assert not (tmp_path / "b.db").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".b.db")]


@pytest.mark.slow
def test_rekey_on_a_full_disk_keeps_the_old_key(db: Path) -> None:
    proc = run_limited(
        db, "rekey", "--passphrase", limit=db.stat().st_size // 3,
        env={"DESK_NEW_PASSPHRASE": "a brand new one"},
    )  # fmt: skip
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    open_store(db, PASSPHRASE).close()  # nothing lost: the old passphrase still opens it


@pytest.mark.slow
def test_import_on_a_full_disk_imports_nothing(db: Path, tmp_path: Path) -> None:
    rows = [signal_values(title=f"Signal number {i}", summary="x" * 2000) for i in range(400)]
    csv = write_csv(tmp_path / "in.csv", rows)
    proc = run_limited(db, "signals", "import", str(csv), limit=db.stat().st_size + 64 * 1024)
    assert proc.returncode != 0
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    with open_store(db, PASSPHRASE) as s, s.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM signal").scalar_one() == 0


# -- item 12: a second writer waits its turn, and says so ------------------------------------
def spawn_cli(db: Path, *argv: str, env: dict | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "desk", "--db", str(db), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "DESK_PASSPHRASE": PASSPHRASE, **(env or {})},
    )


def finished(proc: subprocess.Popen[str]) -> tuple[str, str]:
    """Its output once it ends; killed if it has not ended within the hang guard."""
    try:
        return proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def wait_until_it_waits(proc: subprocess.Popen[str]) -> None:
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert "waiting for another Desk process" in line, line + proc.stderr.read()


@pytest.mark.slow
def test_a_second_import_waits_for_the_first_to_commit(db: Path, tmp_path: Path) -> None:
    csv = write_csv(tmp_path / "in.csv", [signal_values(title="Waited for its turn")])
    with open_store(db, PASSPHRASE) as holder:
        conn = holder.raw_connection()
        begin_write(conn)  # "the first import", holding the write lock
        proc = spawn_cli(db, "signals", "import", str(csv))
        try:
            wait_until_it_waits(proc)
        finally:
            conn.execute("COMMIT")
            conn.close()
        out, err = finished(proc)
    assert proc.returncode == 0, err
    assert "imported 1 signal" in out


@pytest.mark.slow
def test_rekey_waits_for_a_writer_instead_of_breaking_it(db: Path) -> None:
    with open_store(db, PASSPHRASE) as writer:
        with writer.transaction() as s:
            s.connection().exec_driver_sql(
                "INSERT INTO setting (key, value, updated_at) VALUES ('k', '\"v\"', '2026-01-01')"
            )
            proc = spawn_cli(db, "rekey", "--passphrase", env={"DESK_NEW_PASSPHRASE": "next one"})
            try:
                wait_until_it_waits(proc)
            except BaseException:
                finished(proc)
                raise
            # still inside the writer's transaction: the rekey has not touched a page yet
            s.connection().exec_driver_sql(
                "INSERT INTO setting (key, value, updated_at) VALUES ('k2', '\"v\"', '2026-01-01')"
            )
        _out, err = finished(proc)
    assert proc.returncode == 0, err
    with open_store(db, "next one") as s, s.engine.connect() as conn:
        keys = {r[0] for r in conn.exec_driver_sql("SELECT key FROM setting")}
    assert {"k", "k2"} <= keys  # the writer's transaction committed whole, before the rekey
