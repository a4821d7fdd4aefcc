"""When journal entries may be compacted: what every peer of this copy has acknowledged.

The rules of what a record keeps are in ``app/models/compaction.py``; this module knows the
peers and their acknowledgements (``outbox.watermark``: the last change a peer's receipts
confirmed with nothing missing below it).

- **A laptop** has one peer, the province. Its own changes may be compacted below the
  first one the province has not acknowledged (so never one of a bundle kept to be sent
  again: ``outbox.py`` counts their changes). Changes the province brought it send
  nowhere, so they may go whenever a newer version covers them. Nor does it send one of
  its own changes again once acknowledged (every export starts above the watermark; a copy
  that became a new device reissues only the unacknowledged ones), so of those each record
  keeps only the entry of its own stamp, which the journal guard looks up (``Limits.
  stamps_only``): who needs a record's history gets it from the province, which keeps it.
- **The province** compacts each partition below the first change that an active device
  reading it still lacks: above its watermark, in its scope, neither made nor brought by
  it (what the next export would send it; a laptop that only sends its own changes gets
  no bundles, so its watermark alone would hold everything back). A revoked device no
  longer counts; an enrolment not taken up yet does not either (its device starts from
  nothing and takes the compacted history). A device that took its enrolment but never
  synced holds its partitions back, and so does one that went quiet, until it has been
  silent for ``SILENT_DAYS``: after that it stops holding the
  whole province's journal back. When it comes back, even after a year, it still converges:
  the journal keeps every record's creation and every field's newest version with their
  vectors, which is all its merge needs; what it no longer gets are intermediate values
  that were overwritten by someone who had seen them, which its merge would have
  overwritten the same way.

``compact`` remembers the limits it used (a local setting), so that the next run looks only
at records with entries above them and does nothing at all when no limit moved and nothing
was journalled: it runs after every sync and import. It also folds the outbox's
acknowledged bundles and the inbox's old ones (``folds.py``). ``shrink`` then gives the
freed space back to the file system when much of the file is free or was freed since it
was last rebuilt.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.models import Device, JournalEntry, OutboxBundle, RegisteredDevice
from app.models.compaction import Compacted, Limits, compact_records
from app.models.compaction_search import candidates, newest_seq
from app.models.settings import get_setting, set_setting
from app.models.store import Store

from .bundle import PROVINCE
from .folds import fold_inbox, fold_outbox
from .outbox import watermark
from .peers import Peer, registered_peer

log = logging.getLogger(__name__)

SILENT_DAYS = 180
MARK_KEY = "sync.journal_compacted"
# VACUUM rewrites the whole file: only when at least this share of it, and this many
# pages, are free (a few freed pages are reused by the next changes anyway).
SHRINK_SHARE = 0.25
SHRINK_PAGES = 64


def limits(session: Session) -> Limits:
    """Up to where each partition's entries may be compacted on this copy."""
    device = session.scalars(select(Device)).first()
    if device is None:
        return Limits({})
    newest = newest_seq(session.connection())
    if device.id == PROVINCE:
        return _province_limits(session, newest)
    return Limits({}, _laptop_limit(session, newest), received_free=True, stamps_only=True)


def _laptop_limit(session: Session, newest: int) -> int:
    """Below the first change of ours the province has not acknowledged (those, and any
    bundle kept to be sent again, lie above it)."""
    journal = JournalEntry.__table__
    pending = session.scalar(select(func.min(journal.c.seq)).where(
        journal.c.seq > watermark(session, PROVINCE), journal.c.origin.is_(None)))
    return newest if pending is None else pending - 1


def _province_limits(session: Session, newest: int) -> Limits:
    """Per partition, below the first change any active device reading it still lacks
    (devices silent for ``SILENT_DAYS`` aside); a partition no such device reads: all."""
    quiet_since = datetime.now() - timedelta(days=SILENT_DAYS)
    marks = _acknowledged(session)
    by_partition: dict[str, int] = {}
    for entry in session.scalars(select(RegisteredDevice).where(
            RegisteredDevice.state == "active")):
        seen = entry.last_seen_at or entry.enrolled_at
        if seen is not None and seen < quiet_since:
            continue
        peer = registered_peer(entry)
        limit = _lacking(session, peer, marks.get(peer.id, 0), newest)
        for partition in peer.reads:
            by_partition[partition] = min(by_partition.get(partition, newest), limit)
    return Limits(by_partition, newest)


def _lacking(session: Session, peer: Peer, mark: int, newest: int) -> int:
    """Below the first change the province would still send ``peer`` (what
    ``transfer._pending`` selects: its read scope, neither made nor brought by it)."""
    journal = JournalEntry.__table__
    first = session.scalar(select(func.min(journal.c.seq)).where(
        journal.c.seq > mark, journal.c.partition.in_(peer.reads),
        journal.c.device_id != peer.id,
        journal.c.origin.is_(None) | (journal.c.origin != peer.id)))
    return newest if first is None else first - 1


def _acknowledged(session: Session) -> dict[str, int]:
    """Every receiver's watermark in one read of the outbox (``outbox.watermark`` each)."""
    marks: dict[str, int] = {}
    rows = session.execute(select(OutboxBundle.receiver, OutboxBundle.first_seq,
                                  OutboxBundle.last_seq)
                           .where(OutboxBundle.acked_at.is_not(None))
                           .order_by(OutboxBundle.receiver, OutboxBundle.first_seq))
    for receiver, first, last in rows:
        mark = marks.get(receiver, 0)
        if first <= mark + 1:
            marks[receiver] = max(mark, last)
    return marks


def compact(session: Session) -> Compacted:
    """Compact what every peer has acknowledged, in the caller's transaction.

    First, without the limits, whether any record with an entry above the last limits has
    more than one entry: if none has, nothing can be compacted now nor until a newer
    entry comes (a record's only entry stays), so everything journalled so far counts as
    looked at, and the peers' acknowledgements are not even read (after an import of
    thousands of new records, which a province's limits would read whole)."""
    connection = session.connection()
    fold_outbox(session)
    fold_inbox(session)
    newest = newest_seq(connection)
    stored = json.loads(get_setting(session, MARK_KEY) or "{}")
    since, default = stored.get("by", {}), stored.get("default", 0)
    if not candidates(connection, since, default, first=True):
        _remember(session, stored, {"newest": newest, "default": newest, "by": {}})
        return Compacted()
    now = limits(session)
    mark = {"newest": newest, "default": min(now.default, newest),
            "by": {p: min(s, newest) for p, s in now.by_partition.items()}}
    if all(stored.get(key) == value for key, value in mark.items()):
        return Compacted()
    done = compact_records(connection, candidates(connection, since, default, now), now)
    _remember(session, stored, mark, done.freed)
    return done


def _remember(session: Session, stored: dict, mark: dict, freed: int = 0) -> None:
    """Keep the limits used, and the bytes freed since the file was last rebuilt."""
    mark["freed"] = stored.get("freed", 0) + freed
    if mark != stored:
        set_setting(session, MARK_KEY, json.dumps(mark, sort_keys=True))


def shrink(engine: Engine, freed: int = 0) -> bool:
    """Give space back to the file system when much of the file is free (SQLite only:
    PostgreSQL's autovacuum looks after its own). Free pages say only part of it: deleted
    journal entries leave most of their room as holes inside pages the journal never
    writes again (new entries go at its end), so ``freed``, the bytes compaction removed
    since the file was last rebuilt, counts too. True if the file was rebuilt."""
    if engine.dialect.name != "sqlite":
        return False
    busy = engine.dialect.loaded_dbapi.OperationalError
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        # int(): SQLCipher answers the page size as text
        size, free, pages = (int(connection.execute(f"PRAGMA {name}").fetchone()[0])
                             for name in ("page_size", "freelist_count", "page_count"))
        holes = free + freed // size
        if holes < SHRINK_PAGES or holes < SHRINK_SHARE * pages:
            return False
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("VACUUM")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return True
    except busy:  # busy with another writer: the next run rebuilds it
        return False
    finally:
        raw.close()


def compact_store(store: Store) -> Compacted:
    """Compact in a unit of work of its own, then shrink the file if much was freed: what
    a sync or an import runs once it has committed. Another writer holding the database
    (a stick's import beside ``server serve``'s own compaction) puts it off: the next run
    catches up, and the import it follows has committed already."""
    try:
        with store.sessions.begin() as session:
            done = compact(session)
            owed = json.loads(get_setting(session, MARK_KEY) or "{}").get("freed", 0)
    except OperationalError as exc:
        if not _contended(exc):
            raise
        log.warning("journal compaction put off: %s", exc.orig)
        return Compacted()
    if done.freed and shrink(store.engine, owed):
        with store.sessions.begin() as session:
            mark = json.loads(get_setting(session, MARK_KEY) or "{}")
            mark["freed"] = 0
            set_setting(session, MARK_KEY, json.dumps(mark, sort_keys=True))
    return done


def _contended(exc: OperationalError) -> bool:
    """SQLite busy or locked; PostgreSQL's deadlock or serialization failure."""
    said = str(exc.orig).lower()
    return ("locked" in said or "busy" in said
            or getattr(exc.orig, "sqlstate", None) in ("40P01", "40001"))
