"""The province's connection pool (app/models/server_engine.py) on a real PostgreSQL: a
connection that rested is tested and replaced when the database dropped it, so no request
sees the error; one returned a moment ago is used as it is, without a round trip."""

from __future__ import annotations

import psycopg
from sqlalchemy import create_engine, text

from app.models import server_engine as module
from app.models.server_engine import server_engine, single_reads
from tests.pg import postgres_cluster, postgres_url  # noqa: F401  (fixtures, found by import)


def _counting_pings(engine) -> list[int]:
    pings: list[int] = []
    real = engine.dialect.do_ping

    def ping(dbapi_connection):
        pings.append(1)
        return real(dbapi_connection)

    engine.dialect.do_ping = ping
    return pings


def _backend(engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(text("SELECT pg_backend_pid()"))


def test_a_connection_returned_a_moment_ago_is_used_without_a_test(postgres_url) -> None:  # noqa: F811
    engine = server_engine(postgres_url)
    try:
        pings = _counting_pings(engine)
        first = _backend(engine)
        assert [_backend(engine) for _ in range(5)] == [first] * 5  # the same connection
        assert pings == []
    finally:
        engine.dispose()


def test_a_rested_connection_the_database_dropped_is_replaced_unseen(
        postgres_url, monkeypatch) -> None:  # noqa: F811
    engine = server_engine(postgres_url)
    try:
        pings = _counting_pings(engine)
        dropped = _backend(engine)
        with psycopg.connect(postgres_url.replace("postgresql+psycopg", "postgresql"),
                             autocommit=True) as admin:  # as a restart would
            admin.execute("SELECT pg_terminate_backend(%s)", (dropped,))
        monkeypatch.setattr(module, "IDLE_BEFORE_PING", 0.0)  # it has rested long enough
        assert _backend(engine) != dropped  # no error: the pool connected anew
        assert len(pings) == 2  # the dropped one, then (resting counted as 0) its replacement
    finally:
        engine.dispose()


def test_single_reads_open_no_transaction_and_leave_the_pool_as_it_was(
        postgres_url, tmp_path) -> None:  # noqa: F811
    """A console page's account check and 'what changed' read: no transaction is open on
    the database while they run (no BEGIN, no ROLLBACK), on the same pooled connection;
    the next ordinary session has its transaction again. A SQLite store reads as before."""
    engine = server_engine(postgres_url)
    try:
        with single_reads(engine).connect() as connection:
            backend = connection.scalar(text("SELECT pg_backend_pid()"))
            status = connection.connection.dbapi_connection.info.transaction_status
            assert status == psycopg.pq.TransactionStatus.IDLE
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT pg_backend_pid()")) == backend
            status = connection.connection.dbapi_connection.info.transaction_status
            assert status == psycopg.pq.TransactionStatus.INTRANS
        assert single_reads(engine) is single_reads(engine)  # made once per engine
    finally:
        engine.dispose()
    sqlite = create_engine(f"sqlite:///{tmp_path / 'store.sqlite3'}")
    assert single_reads(sqlite) is sqlite
    sqlite.dispose()
