"""Which records a compaction looks at, asked of the database (``compaction.py`` says what
a record keeps).

A run after every import must cost nothing when nothing can be compacted: after a laptop's
first push the province holds thousands of new records, each with its one entry, and
reading their histories to find nothing took a fifth of the import. So the database is
asked which records have something to give, set-wise, one query per partition over the
entries above the partition's last limit (the partition index, then one probe per entry
into the journal's (record, stamp) index): a record made and never changed since is not
read at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, exists, func, or_, select

from .compaction import Limits
from .journal import JournalEntry


def candidates(connection: Connection, since: Mapping[str, int], default: int,
               limits: Limits | None = None, *, first: bool = False) -> set[tuple[str, str]]:
    """The records compaction could change: with an entry above the partition's last limit
    (a newer entry arrived, or the limit moved past one), more than one entry (a record's
    only entry is its creation and its stamp) and, given ``limits``, one of them allowed.
    Told by the database, one query per partition, so that a record made and never changed
    since is not read at all (an import of thousands of new records leaves nothing to look
    at); with ``first``, only whether there is one (at most one record)."""
    journal = JournalEntry.__table__
    found: set[tuple[str, str]] = set()
    for (partition,) in connection.execute(select(journal.c.partition).distinct()):
        query = select(journal.c.table_name, journal.c.row_id).where(
            journal.c.partition == partition, journal.c.seq > since.get(partition, default),
            _sibling(journal, partition, limits)).distinct()
        found.update(tuple(row) for row in connection.execute(
            query.limit(1) if first else query))
        if first and found:
            break
    return found


def _sibling(journal: Any, partition: str, limits: Limits | None) -> Any:
    """An entry's record has another entry (and, given ``limits``, one of them allowed)."""
    other = journal.alias("other")
    where = [other.c.row_id == journal.c.row_id, other.c.table_name == journal.c.table_name,
             other.c.seq != journal.c.seq]
    if limits is not None:
        where.append(or_(limits.allowed_sql(partition, other),
                         limits.allowed_sql(partition, journal)))
    return exists().where(*where)


def newest_seq(connection: Connection) -> int:
    journal = JournalEntry.__table__
    return connection.scalar(select(func.max(journal.c.seq))) or 0
