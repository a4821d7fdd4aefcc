"""The engine of a store on a database server (the province's PostgreSQL).

The provincial server answers many laptops and staff at once, each request on a worker
thread with a session of its own. SQLAlchemy's default pool keeps five connections and
closes any made beyond them as soon as it is returned: under load every request then
opened a connection of its own, and PostgreSQL starts a process for each. So the pool
keeps ``POOL_SIZE`` open and makes at most ``POOL_OVERFLOW`` more, 30 in all, well under
PostgreSQL's default limit of 100 connections. Each is tested before use
(``pool_pre_ping``): a database restarted overnight costs no request an error. The values
of a statement never go into an error message (``hide_parameters``): a log would
otherwise hold officials' names and phone numbers.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine

POOL_SIZE = 20
POOL_OVERFLOW = 10


def server_engine(url: str) -> Engine:
    return create_engine(url, pool_pre_ping=True, hide_parameters=True,
                         pool_size=POOL_SIZE, max_overflow=POOL_OVERFLOW)
