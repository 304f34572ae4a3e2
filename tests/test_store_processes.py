"""Crash safety and concurrent backup, with real processes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from desk.store import backup_store, check_store, open_store
from tests.conftest import PASSPHRASE

WRITER = Path(__file__).with_name("writer_process.py")
ROOT = Path(__file__).resolve().parent.parent
ROWS = 6000

pytestmark = pytest.mark.slow


@pytest.fixture
def store(passphrase_store):
    """These tests are about passphrase-protected stores."""
    return passphrase_store


def spawn(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WRITER), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@contextlib.contextmanager
def reaped(proc: subprocess.Popen[str]) -> Iterator[subprocess.Popen[str]]:
    """A child that never outlives its test, whatever fails (an orphaned writer would load the
    machine for every later test)."""
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for pipe in (proc.stdin, proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def wait_for(proc: subprocess.Popen[str], line: str) -> None:
    assert proc.stdout is not None
    for got in proc.stdout:
        if got.strip() == line:
            return
    raise AssertionError(
        f"writer ended before {line!r}: {proc.stderr.read() if proc.stderr else ''}"
    )


def count(store, tag: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(
            sa.text("SELECT count(*) FROM setting WHERE key LIKE :p"), {"p": f"{tag}-%"}
        ).scalar_one()


@pytest.mark.parametrize("kill_after", ["row 500", "row 1000", "row 2500", "row 5500", "committed"])
def test_sigkill_mid_transaction_is_all_or_nothing(
    store, store_path: Path, kill_after: str
) -> None:
    store.close()
    tag = f"crash{abs(hash(kill_after)) % 10_000}"
    proc = spawn(str(store_path), PASSPHRASE, "txn", tag, str(ROWS))
    with reaped(proc):
        wait_for(proc, kill_after)
        assert Path(f"{store_path}-wal").exists()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    with open_store(store_path, PASSPHRASE) as reopened:
        assert check_store(reopened).ok
        n = count(reopened, tag)
    assert n == (ROWS if kill_after == "committed" else 0)


def test_backup_while_another_process_writes(store, store_path: Path, tmp_path: Path) -> None:
    stop = tmp_path / "stop"
    proc = spawn(str(store_path), PASSPHRASE, "stream", str(stop))
    with reaped(proc):
        try:
            wait_for(proc, "started")  # its first transaction is committed
            copies = [backup_store(store, tmp_path / f"b{i}.db") for i in range(4)]
        finally:
            stop.touch()  # the writer writes until the backups are done, however long they take
        _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    sizes = []
    for copy in copies:
        with open_store(copy, PASSPHRASE) as b:
            assert check_store(b).ok
            sizes.append(count(b, "stream"))
    assert sizes == sorted(sizes) and sizes[-1] > 0  # snapshots taken as the writer went on
    assert all(n % 50 == 0 for n in sizes)  # whole transactions only
