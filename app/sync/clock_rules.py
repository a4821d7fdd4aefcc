"""Stamps from the future, on both sides of a sync.

A change's clock stamp decides every later conflict on its fields, so a stamp from the
future would beat every real edit until that date. Each copy therefore refuses stamps more
than a day (``MAX_DRIFT_MS``) ahead of "now" — but whose now?

**The province's clock is checked too, before it judges anyone else's.** Its own wall clock
alone is not enough: while it ran three years ahead during one import, a laptop's stamp
three years ahead passed, went out in every later answer to the other laptops (which each
refused the whole answer) and beat every real edit after it. So the province keeps a
*trusted bound* ``T`` (a local setting of its store): the latest moment on which its own
clock and a laptop's clock agreed — the newest stamp or bundle time it accepted from a
laptop whose bundle was made (the signed ``created_at``, the laptop's wall clock) within a
day of the province's clock, while that clock was itself trusted. Two clocks that agree
are hard to get wrong together; one clock alone is not evidence.

- Its clock ``P`` is **trusted** while it lies between a day before ``T`` and ``QUIET_MS``
  (30 days) after it: the province hears from some of its ~50 devices every week, so
  a longer silence is rarer than a wrong clock. Then the rule is the laptops' own:
  nothing more than a day ahead of ``P``. A new province (no ``T`` yet) trusts its clock.
- Otherwise the clock **jumped** (forward, or back before a moment it had trusted). The
  province then takes ``T + QUIET_MS`` as now — real time cannot be much later unless it
  has heard from no one for a month — and refuses a bundle with a stamp more than a day
  beyond that, saying that its own clock may be wrong. It warns loudly (a log line and a
  note in the import's output) and learns nothing from that import: one laptop agreeing
  with a jumped clock does not move ``T``. A long silence with a right clock ends with
  ``commune-it server repair-clock``, which confirms the clock (``T`` becomes ``P``).

So a stamp accepted at the province is at most a day ahead of a time two clocks agreed
on, plus at most ``QUIET_MS`` of silence; a clock years off on both sides is refused. What
got in before this rule (or within its margin) is put right by ``server repair-clock``
(``clock_repair.py``) once the clock is right.

**A laptop never refuses a whole answer for such a value.** It applies the rest and holds
the future-stamped changes back (with the changes that depend on them: later edits of a
record whose creation is held back, records pointing at it), and says so in the import's
notes. The bundle counts as received, so the held changes are kept (a local setting) and
offered again at each import: applied once this laptop's clock has caught up with them (a
laptop whose own clock is a day or two slow gets them a little late, not never), dropped
when the same change arrives stamped anew (the province's ``repair-clock``), so an old
future stamp never comes back after the repair.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models.device import Setting
from app.models.hlc import Stamp
from app.models.journal import JournalEntry

from .bundle import Header
from .merge import MAX_DRIFT_MS, ClockDriftError
from .ops import TABLES, chunks

log = logging.getLogger(__name__)
TRUSTED_KEY = "sync.trusted_clock_ms"
HELD_KEY = "sync.held_back_changes"
DAY_MS = 86_400_000
QUIET_MS = 30 * DAY_MS


def _wall(op: Any) -> int | None:
    """The wall-clock part of an op's stamp; None for a malformed op (the merge refuses it)."""
    try:
        return Stamp.decode(op["h"]).wall_ms
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def when(ms: int) -> str:
    """A moment as both languages write it (``dd/mm/yyyy hh:mm UTC``), or its milliseconds
    when it lies beyond any calendar."""
    try:
        return datetime.fromtimestamp(ms / 1000, UTC).strftime("%d/%m/%Y %H:%M UTC")
    except (OverflowError, OSError, ValueError):
        return f"{ms} ms"


# ----------------------------------------------------------------- the province


@dataclass(frozen=True)
class ProvinceClock:
    """The province's wall clock now, and what it can trust of it."""

    wall_ms: int
    trusted_ms: int | None  # T: None on a new province

    @property
    def trusted(self) -> bool:
        bound = self.trusted_ms
        return bound is None or bound - MAX_DRIFT_MS <= self.wall_ms <= bound + QUIET_MS

    @property
    def now_ms(self) -> int:
        """The "now" the drift rule measures from."""
        if self.trusted or self.trusted_ms is None:
            return self.wall_ms
        return self.trusted_ms + QUIET_MS

    def jump_note(self) -> Message:
        assert self.trusted_ms is not None
        side = "sync.side_after" if self.wall_ms > self.trusted_ms else "sync.side_before"
        return message("sync.province_clock_jumped", now=when(self.wall_ms),
                       side=message(side), trusted=when(self.trusted_ms),
                       days=abs(self.wall_ms - self.trusted_ms) // DAY_MS,
                       limit=when(self.now_ms + MAX_DRIFT_MS))


def province_clock(session: Session, wall_ms: int) -> ProvinceClock:
    stored = session.get(Setting, TRUSTED_KEY)
    try:
        trusted = int(stored.value) if stored is not None else None
    except ValueError:
        trusted = None
    return ProvinceClock(wall_ms, trusted)


def trust(session: Session, moment_ms: int) -> None:
    """Remember ``moment_ms`` as the trusted bound (it never goes back, but by a repair)."""
    session.merge(Setting(key=TRUSTED_KEY, value=str(moment_ms)))


def judge_at_province(session: Session, header: Header, records: list[dict], wall_ms: int
                      ) -> tuple[ProvinceClock, list[Message]]:
    """The province's clock for this bundle, and the notes to show; refuses the bundle when
    its clock jumped and a stamp lies beyond what it can trust."""
    clock = province_clock(session, wall_ms)
    if clock.trusted:
        return clock, []
    note = clock.jump_note()
    log.warning("the province's clock jumped: %s", note.text("en"))
    walls = [w for w in map(_wall, records) if w is not None]
    newest = max(walls, default=0)
    if newest > clock.now_ms + MAX_DRIFT_MS:
        raise ClockDriftError("sync.province_clock_refused", newest=when(newest),
                              limit=when(clock.now_ms + MAX_DRIFT_MS), now=when(wall_ms),
                              trusted=when(clock.trusted_ms or 0))
    return clock, [note]


def learn_at_province(session: Session, clock: ProvinceClock, header: Header,
                      records: list[dict]) -> None:
    """After a bundle was accepted: move ``T`` on if the sender's clock agreed with ours."""
    if not clock.trusted:
        return
    sent_ms = int(header.created.timestamp() * 1000)
    if abs(sent_ms - clock.wall_ms) > MAX_DRIFT_MS:
        return  # a laptop whose clock disagrees (or an old bundle sent again) vouches nothing
    newest = max((w for w in map(_wall, records) if w is not None), default=0)
    moment = min(max(sent_ms, newest), clock.wall_ms)
    if clock.trusted_ms is None or moment > clock.trusted_ms:
        trust(session, moment)


# ----------------------------------------------------------------- a laptop


@cache
def _links(table_name: str) -> tuple[tuple[str, str], ...]:
    """(column, referenced synced table) of a synced table's foreign keys."""
    return tuple((fk.parent.name, fk.column.table.name)
                 for fk in TABLES[table_name].foreign_keys if fk.column.table.name in TABLES)


def take_held_back(session: Session, records: list[dict], now_ms: int
                   ) -> tuple[list[dict], list[dict]]:
    """The changes to apply now (this answer's and those held back before whose time has
    come) and those still held back, which are kept for the next import."""
    stored = session.get(Setting, HELD_KEY)
    earlier = json.loads(stored.value) if stored is not None else []
    again = {_same_change(op) for op in records}
    earlier = [op for op in earlier if _same_change(op) not in again]  # stamped anew
    fresh = _not_applied(session, records, now_ms + MAX_DRIFT_MS)
    keep, held = hold_back_future(fresh + earlier, now_ms)
    if held or stored is not None:
        session.merge(Setting(key=HELD_KEY, value=json.dumps(held, ensure_ascii=False)))
    return keep, held


def _not_applied(session: Session, records: list[dict], limit: int) -> list[dict]:
    """``records`` less the future-stamped ones this copy applied before (an answer not yet
    acknowledged comes again): the merge would skip them, but only after its own clock
    check, and they are not held back either."""
    future = {op["id"] for op in records if (_wall(op) or 0) > limit}
    if not future:
        return records
    journal = JournalEntry.__table__
    applied: set[tuple[str, str, str, str]] = set()
    for part in chunks(sorted(future)):
        applied.update(tuple(row) for row in session.execute(select(
            journal.c.table_name, journal.c.row_id, journal.c.hlc, journal.c.device_id)
            .where(journal.c.row_id.in_(part))))
    return [op for op in records if (op["t"], op["id"], op["h"], op["d"]) not in applied]


def _same_change(op: dict) -> tuple[str, str, str, str]:
    """A change whatever its stamp: a restamped copy of a held change is the same change."""
    return (op["t"], op["id"], op["d"], json.dumps(op["v"], sort_keys=True))


def hold_back_future(records: list[dict], now_ms: int) -> tuple[list[dict], list[dict]]:
    """Split an answer from the province into what to apply and what to hold back: changes
    stamped more than a day ahead of this laptop's clock, and those that need them (later
    changes of a record whose creation is held back, records pointing at such a record)."""
    limit = now_ms + MAX_DRIFT_MS
    held = [op for op in records if (_wall(op) or 0) > limit]
    if not held:
        return records, []
    held_ids = {id(op) for op in held}
    missing = {(op.get("t"), op.get("id")) for op in held if op.get("o") == "insert"}
    grew = True
    while grew:
        grew = False
        for op in records:
            if id(op) not in held_ids and _needs(op, missing):
                held.append(op)
                held_ids.add(id(op))
                if op.get("o") == "insert":
                    missing.add((op.get("t"), op.get("id")))
                grew = True
    return [op for op in records if id(op) not in held_ids], held


def _needs(op: dict, missing: set[tuple[Any, Any]]) -> bool:
    table = op.get("t")
    if (table, op.get("id")) in missing:
        return True
    if table not in TABLES or not isinstance(op.get("v"), dict):
        return False
    return any((target, op["v"].get(column)) in missing for column, target in _links(table))


def held_back_note(held: list[dict], now_ms: int) -> Message:
    walls = [(w, op) for op in held if (w := _wall(op)) is not None]
    newest = max((w for w, _op in walls), default=now_ms)
    authors = sorted({str(op.get("d")) for w, op in walls if w > now_ms + MAX_DRIFT_MS})
    log.warning("held back %d changes stamped up to %s (devices %s)", len(held),
                when(newest), ", ".join(authors))
    return message("sync.held_back", count=len(held), newest=when(newest),
                   days=(newest - now_ms) // DAY_MS, devices=authors)
