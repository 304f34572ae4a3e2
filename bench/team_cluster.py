"""A PostgreSQL cluster holding the team bench databases, built once and kept in ``bench/out``.

Generating a million signals through Desk on PostgreSQL takes ten minutes or more; the
cluster's data directory is kept under ``bench/out/pg-<digest>`` (the digest of the migration
scripts and of the order a load writes its rows in, as ``bench.fixtures`` keys the SQLCipher
stores) and started again by the next run.
Each size's database is marked ready once generated and analysed; a run brings its schema and
rules up to date (``init_team``: the Alembic revisions and ``team_setup``, both idempotent).

The server is the tests' (``tests.pg_server``: the same binaries, options and log-in), durable
(fsync on, as a real one), run as the ``postgres`` user when the bench runs as root.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg

from bench.fixtures import GENERATE_CHUNK, OUT
from desk.services.demo import generate_signals
from desk.store.bulk import SIGNAL_LOAD_ORDER
from desk.store.migrate import MIGRATIONS_DIR
from desk.store.team import open_team_store
from desk.store.team_admin import add_user, init_team
from tests.pg_server import PgServer, _as_server_user, _free_port, binary, initdb

USER, PASSWORD = "anna", "anna-bench-pw"  # a contact point: row-level security in force


def _digest() -> str:
    # the schema, and the order a load writes its rows in: the table's shape on disk
    digest = hashlib.sha256(repr(SIGNAL_LOAD_ORDER["postgresql"]).encode())
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        digest.update(script.read_bytes())
    return digest.hexdigest()[:12]


def _initdb(folder: Path) -> None:
    folder.mkdir(parents=True)
    initdb(folder, folder / "data")


@contextlib.contextmanager
def cluster() -> Iterator[PgServer]:
    """The cached cluster, started (made first if there is none for this schema)."""
    folder = OUT / f"pg-{_digest()}"
    OUT.mkdir(exist_ok=True)
    for stale in OUT.glob("pg-*"):
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)
    if not (folder / "data" / "PG_VERSION").exists():
        shutil.rmtree(folder, ignore_errors=True)
        _initdb(folder)
    port = _free_port()
    options = [
        "-c listen_addresses=127.0.0.1",
        f"-c port={port}",
        f"-c unix_socket_directories={folder}",
        "-c max_connections=200",
        # sized for a million signals (1.5 GB with indexes) as a team's server would be; the
        # tests' 256 MB made every import evict and write back index pages
        "-c shared_buffers=1GB",
    ]
    data = str(folder / "data")
    subprocess.run(
        _as_server_user(
            [
                *(binary("pg_ctl"), "-D", data, "-l", str(folder / "server.log")),
                *("-o", " ".join(options), "-w", "-t", "300", "start"),
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield PgServer(folder, port)
    finally:
        # a clean stop (a checkpoint): the next run starts without recovery
        subprocess.run(
            _as_server_user([binary("pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )


def database(server: PgServer, size: int) -> str:
    """The name of the team database with ``size`` generated signals, up to date."""
    name = f"desk_bench_{size}"
    ready = server.folder / f"ready-{size}"
    if not ready.exists():
        _build(server, name, size)
        ready.touch()
    with init_team(server.url(db=name)):  # this branch's schema and rules (idempotent)
        pass
    return name


def _build(server: PgServer, name: str, size: int) -> None:
    with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    with init_team(server.url(db=name)) as admin:
        add_user(admin, USER, "contact-point", password=PASSWORD)
    t0 = time.perf_counter()
    with open_team_store(server.url(USER, PASSWORD, name)) as store:
        for n, start in enumerate(range(0, size, GENERATE_CHUNK)):
            generate_signals(store, min(GENERATE_CHUNK, size - start), seed=11 + n)
    with psycopg.connect(server.admin_dsn(name), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # what autovacuum does after a load, done now
    print(f"(built the {size:,}-signal team database in {time.perf_counter() - t0:.1f} s)")


@contextlib.contextmanager
def scratch_copy(server: PgServer, name: str) -> Iterator[str]:
    """A copy of database ``name`` to write into (an import, a briefing's meetings), dropped
    afterwards: the cached database keeps the bench's shape."""
    copy = f"{name}_scratch"
    with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {copy}")
        conn.execute(f"CREATE DATABASE {copy} TEMPLATE {name} STRATEGY FILE_COPY")
        # and its settings (``desk team init``'s), which CREATE DATABASE does not copy
        settings = conn.execute(
            "SELECT unnest(setconfig) FROM pg_db_role_setting s JOIN pg_database d "
            "ON d.oid = s.setdatabase WHERE d.datname = %s AND s.setrole = 0",
            (name,),
        ).fetchall()
        for (setting,) in settings:
            key, value = setting.split("=", 1)
            conn.execute(f"ALTER DATABASE {copy} SET {key} = '{value}'")
    try:
        yield copy  # with the planner's statistics: they are in the copied files
    finally:
        with psycopg.connect(server.admin_dsn(), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {copy} WITH (FORCE)")


def build(sizes: tuple[int, ...]) -> None:
    """Make the databases without measuring anything (``nice`` this)."""
    with cluster() as server:
        for size in sizes:
            database(server, size)
