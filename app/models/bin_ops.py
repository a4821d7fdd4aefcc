"""The bin: what was deleted (officials, equipment, courses) and bringing it back.

Nothing that travels is ever erased (a delete is a tombstone, ``deleted`` set), so the
delete message can promise the record is kept, and the bin keeps that promise: it lists
the tombstones this device can read and sets ``deleted`` back to false. A restore is an
ordinary journalled change of that one field, stamped later than the delete and made by a
copy that had seen it, so every copy's merge lets it win and the record lives again at the
province and on every device (``app/sync/merge.py``: "a winning undelete forgets" the
delete).

What a restore must not bring back half: an item whose holder is still deleted comes back
without a holder (the caller is told whom it lost), never pointing at a tombstone; a course
comes back with the lessons deleted together with it (in the same unit of work, so within
a moment of the course), not with lessons deleted on their own before. Each function takes
the caller's session: ``with store.sessions.begin()`` around one call is one unit of work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import message

from . import records
from .base import Synced, commune_partition
from .clock import RecordClock
from .equipment import Equipment
from .errors import ValidationError
from .hlc import Stamp
from .scope import ScopeError
from .setup import require_device
from .staff import Staff
from .staff_ops import home_commune
from .training import Course, CourseSession
from .training_queries import training_scope
from .vntext import search_key

KINDS = ("staff", "equipment", "course")
TOGETHER_MS = 2000  # lessons deleted this close to their course went in its unit of work


@dataclass(frozen=True, slots=True)
class BinRow:
    """One deleted record as the bin lists it (enumerations stay keys)."""

    kind: str  # "staff", "equipment" or "course"
    id: str
    name: str  # the official's name, the item's brand and model, the course's title
    code: str | None  # the item's asset tag (or serial)
    category: str | None  # the item's category
    day: date | None  # the official's birth date, the course's start
    deleted_at: datetime | None
    restorable: bool  # this device may write it back
    search_key: str


@dataclass
class RestoreOutcome:
    """What a restore did: records brought back, records some other copy had already
    brought back, and items that came back without their deleted holder."""

    restored: int = 0
    already_live: int = 0
    holders_cleared: list[tuple[str, str]] = field(default_factory=list)  # (item, official)


def deleted_at(record: Synced) -> datetime | None:
    """When the record was deleted: the version of its ``deleted`` field (local time)."""
    clock = RecordClock.from_json(record.clock)
    stamp = clock.version("deleted")[0] if clock is not None else record.hlc
    try:
        return datetime.fromtimestamp(Stamp.decode(stamp).wall_ms / 1000)
    except (ValueError, OverflowError, OSError):
        return None


def item_name(item: Equipment) -> str:
    """How the bin and its notes name an item: brand and model, else its tag or serial."""
    return " ".join(p for p in (item.brand, item.model) if p) or item.asset_tag or \
        item.serial or ""


def bin_rows(session: Session) -> list[BinRow]:
    """Every deleted official, item and course this device reads, newest deletion first."""
    device = require_device(session)
    office = device.role == "office"
    partitions = [commune_partition(c) for c in device.communes]
    rows = [_staff_row(p, office) for p in _deleted(session, Staff, partitions)]
    rows += [_item_row(i, office) for i in _deleted(session, Equipment, partitions)]
    scope = training_scope(session)
    rows += [_course_row(c, c.partition in scope.writes)
             for c in _deleted(session, Course, sorted(scope.reads))]
    rows.sort(key=lambda r: (r.deleted_at or datetime.min, r.id), reverse=True)
    return rows


def _deleted(session: Session, model: type, partitions: Sequence[str]) -> Iterable:
    return session.scalars(select(model).where(model.deleted.is_(True),
                                               model.partition.in_(partitions)))


def _staff_row(person: Staff, restorable: bool) -> BinRow:
    return BinRow("staff", person.id, person.full_name, None, None, person.birth_date,
                  deleted_at(person), restorable,
                  search_key(f"{person.full_name} {person.position or ''}"))


def _item_row(item: Equipment, restorable: bool) -> BinRow:
    code = item.asset_tag or item.serial
    return BinRow("equipment", item.id, item_name(item), code, item.category, None,
                  deleted_at(item), restorable,
                  search_key(" ".join(p for p in (item_name(item), item.asset_tag,
                                                  item.serial) if p)))


def _course_row(course: Course, restorable: bool) -> BinRow:
    return BinRow("course", course.id, course.title, None, None, course.start_date,
                  deleted_at(course), restorable,
                  search_key(f"{course.title} {course.organiser or ''}"))


def restore(session: Session, picks: Sequence[tuple[str, str]]) -> RestoreOutcome:
    """Bring back the (kind, id) records: officials first, so an item restored with its
    holder keeps them; then items, then courses with their lessons."""
    outcome = RestoreOutcome()
    for kind in KINDS:
        for pick_kind, record_id in picks:
            if pick_kind == kind:
                _RESTORERS[kind](session, record_id, outcome)
        session.flush()
    return outcome


def _tombstone(session: Session, model: type, record_id: str, what: str,
               outcome: RestoreOutcome) -> Synced | None:
    record = session.get(model, record_id)
    if record is None:
        raise ValidationError("record.not_found", what=message(f"record.what_{what}"))
    if not record.deleted:
        outcome.already_live += 1  # another copy brought it back first: nothing to do
        return None
    return record


def _restore_staff(session: Session, record_id: str, outcome: RestoreOutcome) -> None:
    commune = home_commune(session)
    person = _tombstone(session, Staff, record_id, "official", outcome)
    if person is None:
        return
    if person.commune_code != commune:
        raise ScopeError("scope.outside_partition", partition=person.partition)
    person.deleted = False
    outcome.restored += 1


def _restore_item(session: Session, record_id: str, outcome: RestoreOutcome) -> None:
    commune = home_commune(session)
    item = _tombstone(session, Equipment, record_id, "item", outcome)
    if item is None:
        return
    if item.commune_code != commune:
        raise ScopeError("scope.outside_partition", partition=item.partition)
    if item.holder_id is not None and records.get_live(session, Staff, item.holder_id) is None:
        holder = session.get(Staff, item.holder_id)
        outcome.holders_cleared.append((item_name(item), holder.full_name if holder else ""))
        item.holder_id = None
    item.deleted = False
    outcome.restored += 1


def _restore_course(session: Session, record_id: str, outcome: RestoreOutcome) -> None:
    course = _tombstone(session, Course, record_id, "course", outcome)
    if course is None:
        return
    if course.partition not in training_scope(session).writes:
        raise ScopeError("scope.outside_partition", partition=course.partition)
    when = _deleted_stamp(course)
    for lesson in session.scalars(select(CourseSession).where(
            CourseSession.course_id == course.id, CourseSession.deleted.is_(True))):
        if _deleted_together(_deleted_stamp(lesson), when):
            lesson.deleted = False
    course.deleted = False
    outcome.restored += 1


def _deleted_stamp(record: Synced) -> tuple[Stamp, str] | None:
    clock = RecordClock.from_json(record.clock)
    if clock is None:
        return None
    stamp, device = clock.version("deleted")
    return Stamp.decode(stamp), device


def _deleted_together(lesson: tuple[Stamp, str] | None,
                      course: tuple[Stamp, str] | None) -> bool:
    """A lesson deleted by the course's delete: same device, within a moment of it."""
    if lesson is None or course is None or lesson[1] != course[1]:
        return False
    return abs(lesson[0].wall_ms - course[0].wall_ms) <= TOGETHER_MS


_RESTORERS = {"staff": _restore_staff, "equipment": _restore_item, "course": _restore_course}
