"""The engine of a store on a database server (the province's PostgreSQL).

The provincial server answers many laptops and staff at once, each request on a worker
thread with a session of its own. SQLAlchemy's default pool keeps five connections and
closes any made beyond them as soon as it is returned: under load every request then
opened a connection of its own, and PostgreSQL starts a process for each. So the pool
keeps ``POOL_SIZE`` open and makes at most ``POOL_OVERFLOW`` more, 30 in all, well under
PostgreSQL's default limit of 100 connections.

A connection that lay unused in the pool for more than ``IDLE_BEFORE_PING`` seconds is
tested before use, and replaced if the database no longer answers on it: a database
restarted overnight costs no request an error. One returned a moment ago is not tested:
under load every request opens a few short sessions, and testing each one (SQLAlchemy's
``pool_pre_ping``) cost a round trip to the database per session, about a fifth of them
for a console page. The values of a statement never go into an error message
(``hide_parameters``): a log would otherwise hold officials' names and phone numbers.
"""

from __future__ import annotations

import time
import weakref
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc

POOL_SIZE = 20
POOL_OVERFLOW = 10
IDLE_BEFORE_PING = 5.0  # seconds a pooled connection may rest before it is tested
_RESTED_FROM = "commune_it_rested_from"  # in each pooled connection's info


def server_engine(url: str) -> Engine:
    engine = create_engine(url, hide_parameters=True, pool_size=POOL_SIZE,
                           max_overflow=POOL_OVERFLOW)
    dialect = engine.dialect

    def rests(_dbapi_connection: Any, record: Any, *_more: Any) -> None:
        record.info[_RESTED_FROM] = time.monotonic()

    def taken(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        rested = time.monotonic() - record.info.get(_RESTED_FROM, 0.0)
        if rested < IDLE_BEFORE_PING:
            return
        try:
            dialect.do_ping(dbapi_connection)
        except dialect.loaded_dbapi.Error as error:
            if dialect.is_disconnect(error, dbapi_connection, None):
                raise exc.DisconnectionError() from error  # the pool connects anew
            raise

    event.listen(engine, "connect", rests)  # a new connection has just answered
    event.listen(engine, "checkin", rests)
    event.listen(engine, "checkout", taken)
    return engine


_SINGLE_READS: weakref.WeakKeyDictionary[Engine, Engine] = weakref.WeakKeyDictionary()


def single_reads(engine: Engine) -> Engine:
    """The engine for reads that need no transaction around them (one statement, or a few
    whose each stands alone: a console page's account check, what changed since its last
    look): on PostgreSQL without a transaction, so without the BEGIN and ROLLBACK that
    would each cost a round trip (0.13 ms of PostgreSQL's time a read against 0.04 ms, and
    a fifth of the server's); a SQLite store's own engine, unchanged. Same pool."""
    if engine.dialect.name != "postgresql":
        return engine
    found = _SINGLE_READS.get(engine)
    if found is None:
        found = _SINGLE_READS[engine] = engine.execution_options(isolation_level="AUTOCOMMIT")
    return found
