"""The journal's entries become visible in the order of their sequence numbers.

A peer is sent the journal entries after the last one it acknowledged (``seq >`` its
watermark). That is only right if no entry with a smaller number can still appear after a
larger one was read. On SQLite it cannot: one transaction writes at a time. On PostgreSQL
the province imports several bundles at once (app/server/locks.py), and a sequence hands
out numbers at insert, not at commit: an import that took 100–150 and is still writing
would commit after one that took 151–200 and already committed, and a pull in between
would send 151–200, be acknowledged up to 200, and never send 100–150.

So every transaction that writes journal entries on PostgreSQL first takes one
transaction-scoped advisory lock, held until it commits or rolls back: from its first
journal entry to its commit, writers go one at a time, and numbers are committed in
order. What comes before the writing (reading and checking a bundle, merging it in
memory) still runs side by side. The lock is the database's, so a ``server import`` run
beside ``server serve`` keeps the order too.
"""

from __future__ import annotations

from sqlalchemy import Connection

# An advisory lock key of the app's own (the bytes of "CITJRNL1" as a signed 64-bit number).
JOURNAL_KEY = int.from_bytes(b"CITJRNL1", "big", signed=True)


def hold_journal_order(connection: Connection) -> None:
    """Wait for, then hold until the end of the transaction, the right to write journal
    entries (PostgreSQL); nothing on SQLite, where one transaction writes at a time."""
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (JOURNAL_KEY,))
