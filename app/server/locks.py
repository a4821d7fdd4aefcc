"""Who writes at the province when many laptops sync at once.

Two laptops of different communes touch different records, so their imports need not wait
for each other: each import holds the locks of its sender's *write scope* — an office
laptop's commune, a trainer's communes and the province's partition
(``app.models.scope.write_partitions``) — taken in name order, so two imports that share
some partitions never wait for each other in a circle. Two imports of one commune (two
laptops of one office, an office laptop and a trainer's) still go one after the other: the
merge reads a record, decides, then writes it, and two merges of the same record side by
side would lose one of them.

What an import writes beyond its own partitions is safe side by side too:

- the journal's sequence numbers: one short section per transaction, from its first
  journal entry to its commit (``app/models/journal_order.py``), which also covers the
  province's clock (the ``device`` row) and its trusted bound (a setting) that an import
  moves on after writing its entries;
- the device register's ``last_seen_at`` and the inbox: a row of the sender's own, and the
  same sender's imports already go one at a time (same scope);
- the outbox towards other devices: written by a pull, which holds the lock of the device
  that pulls (its spool folder is replaced by each pull of it), not any partition's.

Imports run on ``IMPORT_WORKERS`` threads of their own and pulls on ``PULL_WORKERS``
(``anyio`` limiters), so a queue of imports never holds the threads that answer the
other requests (the nonces, the signatures, the console), nor more database connections
than the pool has. In-process locks keep waiting threads off the database; on PostgreSQL
the same partitions are also taken as the database's advisory locks for the length of the
import's transaction (``hold_sender_partitions``), so a ``server import`` from a stick run
beside ``server serve`` waits the same way.

A province on SQLite keeps one writer: SQLite writes one transaction at a time, so every
import, pull and claim takes the one lock, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.errors import ModelError
from app.models.scope import write_partitions
from app.sync import bundle
from app.sync.peers import Peer, active_device

IMPORT_WORKERS = 4  # imports at once (on PostgreSQL): two cores, half of an import waits on I/O
PULL_WORKERS = 4
CLAIMS = "claims"  # the name of the lock every enrolment claim takes
# The advisory locks' class (first of two 32-bit keys): the bytes of "CITP" as a number.
PARTITION_CLASS = int.from_bytes(b"CITP", "big", signed=True)


class WriteLocks:
    """Named in-process locks, taken in name order; a single lock for all on SQLite."""

    def __init__(self, one_writer: bool) -> None:
        self.one_writer = one_writer
        self.one = threading.Lock()  # SQLite's single writer
        self._guard = threading.Lock()
        self._named: dict[str, threading.Lock] = {}

    @contextmanager
    def holding(self, names: Iterable[str]) -> Iterator[None]:
        """Hold the locks of ``names`` (each once, in name order) for the block."""
        if self.one_writer:
            with self.one:
                yield
            return
        with ExitStack() as stack:
            for name in sorted(set(names)):
                stack.enter_context(self._lock(name))
            yield

    def for_import(self, sender: Peer) -> AbstractContextManager[None]:
        """An import's locks: the partitions its sender may write."""
        return self.holding(sender_partitions(sender))

    def for_pull(self, device_id: str) -> AbstractContextManager[None]:
        return self.holding([f"device:{device_id}"])

    def for_claim(self) -> AbstractContextManager[None]:
        return self.holding([CLAIMS])

    def _lock(self, name: str) -> threading.Lock:
        with self._guard:
            return self._named.setdefault(name, threading.Lock())



def sender_partitions(sender: Peer) -> frozenset[str]:
    """The partitions a device may write: what its import may change."""
    return write_partitions(sender.role, sender.province_code, sender.communes)


def hold_sender_partitions(session: Session, data: bytes) -> None:
    """On PostgreSQL, take the advisory locks of the partitions the bundle's sender may
    write, until the session's transaction ends; nothing on SQLite (one writer). A bundle
    whose header cannot be read or whose sender is not active takes none: its import
    refuses it with its own reason."""
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    try:
        sender = active_device(session, bundle.read_header(data).sender)
    except ModelError:
        return
    if sender is None:
        return
    for name in sorted(sender_partitions(sender)):
        connection.execute(select(func.pg_advisory_xact_lock(PARTITION_CLASS,
                                                             func.hashtext(name))))
