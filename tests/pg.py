"""A throwaway PostgreSQL cluster for the tests, and fixtures to run one test on both backends.

The province server runs on SQLite by default and on PostgreSQL in production, and the same
tests must prove both. A real cluster is started once per test session (``initdb`` into a
temporary folder, trust authentication, listening only on 127.0.0.1 on a free port, fsync
off) and each test gets a database of its own, copied from a template in about 20 ms. A
missing PostgreSQL is a failure, never a skip: a green run must mean PostgreSQL was tested.

Fixtures (test modules import the ones they use; pytest finds fixtures imported into a
module, and a fixture's own dependencies must be imported too)::

    from tests.pg import (  # noqa: F401
        db_url, migrated_db_url, migrated_postgres_url, postgres_cluster, postgres_template,
        postgres_url,
    )

- ``db_url``: each test runs twice, on a fresh empty SQLite file, then on a fresh empty
  PostgreSQL database (``postgresql+psycopg://``).
- ``migrated_db_url``: the same, at head with reference data loaded and no device set up
  (SQLite: a copy of tests/helpers' template file; PostgreSQL: a copy of a template database
  built once per session, about 0.1 s instead of a second of loading).
- ``postgres_url`` / ``migrated_postgres_url``: PostgreSQL only; ``postgres_cluster`` is the
  session's ``PostgresCluster`` (``url(name)``, ``create_database(template=…)``,
  ``drop_database(url)``).
- ``open_engine(url)`` opens either backend the way the app does (SQLite with its pragmas);
  ``upgrade(engine)`` / ``downgrade(engine)`` run the Alembic migrations on it.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, make_url
from sqlalchemy.orm import Session

from app.models.reference_data import ensure_reference
from app.models.store import alembic_config, make_engine
from tests.helpers import DB_NAME, fresh_store

SUPERUSER = "postgres"
SYSTEM_USER = "postgres"
DEBIAN_PACKAGES = "postgresql-15 (or the distribution's 'postgresql' package)"
BACKENDS = ("sqlite", "postgresql")
SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
    "-c full_page_writes=off -c max_connections=50"
)


class PostgresUnavailable(RuntimeError):
    """PostgreSQL cannot be started here; the message says what to install or fix."""


def find_binary(name: str) -> str:
    """``name`` from PATH, else from the newest /usr/lib/postgresql/N/bin (Debian's layout)."""
    found = shutil.which(name)
    if found:
        return found
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    if not candidates:
        raise PostgresUnavailable(
            f"PostgreSQL is not installed: no '{name}' on PATH or in /usr/lib/postgresql/*/bin. "
            f"Install the Debian package {DEBIAN_PACKAGES}."
        )
    return max(candidates, key=lambda path: int(Path(path).parts[-3]))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_as() -> pwd.struct_passwd | None:
    """The account to run the server as: ``postgres`` under root (initdb refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        raise PostgresUnavailable(
            f"Tests run as root but there is no '{SYSTEM_USER}' system user to run PostgreSQL "
            f"as (initdb refuses root). Install the Debian package {DEBIAN_PACKAGES}, which "
            "creates it."
        ) from None


class PostgresCluster:
    """One private cluster in a temporary folder: start, create databases, stop."""

    def __init__(self, account: pwd.struct_passwd | None) -> None:
        self.account = account
        self.folder = Path(tempfile.mkdtemp(prefix="commune-it-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = 0
        self.version = 0  # server_version_num, e.g. 150018
        self._names = itertools.count(1)
        if account is not None:
            os.chown(self.folder, account.pw_uid, account.pw_gid)

    def _command(self, *args: str) -> None:
        argv = list(args)
        if self.account is not None:
            argv = ["runuser", "-u", self.account.pw_name, "--", *argv]
        done = subprocess.run(argv, cwd=self.folder, capture_output=True, text=True,
                              env={**os.environ, "LC_ALL": "C"}, timeout=120)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise PostgresUnavailable(
                f"{Path(args[0]).name} {args[1]} failed ({done.returncode}):\n"
                f"{done.stdout}{done.stderr}\n{log[-2000:]}"
            )

    def start(self) -> None:
        atexit.register(self.stop)  # also when pytest dies before its session teardown
        self._command(find_binary("initdb"), "-D", str(self.data), "-U", SUPERUSER,
                      "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync")
        for attempt in range(3):  # another process may take the free port before we do
            self.port = free_port()
            options = f"{SERVER_OPTIONS} -p {self.port} -k {self.folder}"
            try:
                self._command(find_binary("pg_ctl"), "start", "-D", str(self.data), "-w",
                              "-t", "60", "-l", str(self.log), "-o", options)
                break
            except PostgresUnavailable:
                if attempt == 2:
                    raise
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres") as connection:
            self.version = connection.info.server_version

    def stop(self) -> None:
        """Stop the server (fast: disconnect clients) and remove its folder; idempotent."""
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(PostgresUnavailable, subprocess.TimeoutExpired):
                self._command(find_binary("pg_ctl"), "stop", "-D", str(self.data),
                              "-m", "fast", "-w")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self, statement: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(statement)

    def create_database(self, template: str = "template0", name: str | None = None) -> str:
        """A new empty (or ``template``-copied) database; returns its SQLAlchemy URL."""
        name = name or f"test_{next(self._names)}"
        # With fsync off, copying files (PostgreSQL 15+) is about 3x faster than WAL-logging.
        strategy = " STRATEGY FILE_COPY" if self.version >= 150000 else ""
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{strategy}')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop a test's database, disconnecting whatever the test left open."""
        self._admin(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def make_template(self, url: str) -> str:
        """Freeze ``url``'s database as a template for ``create_database``; returns its name."""
        name = make_url(url).database
        self._admin(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false')
        return name


def start_cluster() -> PostgresCluster:
    """A running cluster, or PostgresUnavailable saying what is missing (nothing left behind)."""
    cluster = PostgresCluster(_run_as())
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    return cluster


def open_engine(url: str) -> Engine:
    """An engine as the app opens one: SQLite with its pragmas (foreign keys on, WAL)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return make_engine(Path(parsed.database))
    return create_engine(url)


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def build_reference_database(url: str) -> None:
    """Migrate ``url``'s database to head and load the reference data, as the app does."""
    engine = open_engine(url)
    try:
        upgrade(engine)
        with Session(engine) as session, session.begin():
            ensure_reference(session)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    """The session's cluster; stopped at the end even when tests fail (and atexit too)."""
    problem = None
    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        problem = str(exc)
    if problem is not None:  # failed outside the except block: no chained traceback
        pytest.fail(problem, pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster: PostgresCluster) -> Iterator[str]:
    """A fresh, empty database for one test (dropped afterwards)."""
    url = postgres_cluster.create_database()
    yield url
    postgres_cluster.drop_database(url)


@pytest.fixture(scope="session")
def postgres_template(postgres_cluster: PostgresCluster) -> str:
    """Name of a template database migrated to head with reference data, built once."""
    url = postgres_cluster.create_database(name="commune_it_template")
    build_reference_database(url)
    return postgres_cluster.make_template(url)


@pytest.fixture
def migrated_postgres_url(postgres_cluster: PostgresCluster, postgres_template: str
                          ) -> Iterator[str]:
    """A fresh database at head with reference data and no device, for one test."""
    url = postgres_cluster.create_database(template=postgres_template)
    yield url
    postgres_cluster.drop_database(url)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh empty database on each backend in turn: a new SQLite file, then PostgreSQL.

    The cluster is started only when a PostgreSQL case runs, so ``-k sqlite`` needs none.
    """
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite3'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture(params=BACKENDS)
def migrated_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Like ``db_url`` but at head with reference data loaded (no device set up yet)."""
    if request.param == "sqlite":
        fresh_store(tmp_path).close()
        return f"sqlite:///{tmp_path / DB_NAME}"
    return request.getfixturevalue("migrated_postgres_url")
