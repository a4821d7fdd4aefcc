"""The stock-take's rules, each on the caller's session (``app.ops.stocktake`` makes the
units of work): one open round per commune, a scan, a tick, the progress, the closing.

Why "the book" is the items still in the commune's working stock (``ACTIVE_STATUSES``):
an item disposed of or already lost is not expected on the shelf; if it turns up all the
same, its scan finds it, counts it and the closing brings it back into use.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .enums import ACTIVE_STATUSES
from .equipment import Equipment
from .errors import ModelError
from .records import change_status, create
from .stocktake import TAG_KEY, StocktakeCount, StocktakeRound, count_id, tag_key
from .vntext import nfc

MAX_TAG = 40  # the register's asset_tag column
MAX_NAME = 80
MAX_MEMBERS = 11  # their names and roles fit the round's committee column


class StocktakeError(ModelError):
    """A stock-take request refused, told by a code of ``app.messages.stocktake``."""


@dataclass(frozen=True)
class ScanAnswer:
    """What a scan did: ``found`` (an item of the book), ``unknown`` (found, not in the
    book), ``duplicate`` (already counted in this round: counted once)."""

    kind: str
    tag: str
    equipment_id: str | None


@dataclass(frozen=True)
class Progress:
    """Where a round stands: the book (with any item lost or disposed of that turned up),
    items found, marked missing, not answered yet, and items found not in the book."""

    book: int
    found: int
    missing: int
    not_counted: int
    unknown: int


@dataclass(frozen=True)
class Closing:
    """What closing did: items updated, items made lost, items left missing unconfirmed."""

    checked: int
    lost: int
    unconfirmed: int


def open_round_of(session: Session, commune: str) -> StocktakeRound | None:
    return session.scalars(select(StocktakeRound).where(
        StocktakeRound.commune_code == commune, StocktakeRound.state == "open",
        StocktakeRound.deleted.is_(False)).order_by(StocktakeRound.opened_on)).first()


def require_open(session: Session, commune: str) -> StocktakeRound:
    found = open_round_of(session, commune)
    if found is None:
        raise StocktakeError("stocktake.no_open_round")
    return found


def checked_committee(members: Sequence[tuple[str, str]]) -> list[list[str]]:
    """Each member as [name, role], tidied; a member without a name is refused."""
    if len(members) > MAX_MEMBERS:
        raise StocktakeError("stocktake.committee_too_many", count=len(members),
                             most=MAX_MEMBERS)
    out = []
    for name, role in members:
        name, role = nfc(name) or "", nfc(role) or ""
        if not name or len(name) > MAX_NAME or len(role) > MAX_NAME:
            raise StocktakeError("stocktake.member_bad", member=f"{name}:{role}")
        out.append([name, role])
    return out


def open_round(session: Session, commune: str, members: Sequence[tuple[str, str]],
               by: str | None, today: date) -> StocktakeRound:
    """A new round; refused while the commune has one open (two rounds at once would
    split one count in two)."""
    committee = checked_committee(members)
    if (current := open_round_of(session, commune)) is not None:
        raise StocktakeError("stocktake.round_already_open", opened_on=current.opened_on)
    return create(session, StocktakeRound, commune_code=commune, opened_on=today,
                  opened_by=by, state="open",
                  committee_json=json.dumps(committee, ensure_ascii=False))


def find_item(session: Session, commune: str, key: str) -> Equipment | None:
    """The commune's item with that tag: one look-up in ``ix_equipment_tag_key``."""
    return session.scalars(select(Equipment).where(
        key == TAG_KEY, Equipment.commune_code == commune,
        Equipment.deleted.is_(False)).limit(1)).first()


def checked_tag(tag: str) -> str:
    key = tag_key(tag)
    if not key:
        raise StocktakeError("stocktake.tag_empty")
    if len(key) > MAX_TAG:
        raise StocktakeError("stocktake.tag_too_long", tag=key[:MAX_TAG], most=MAX_TAG)
    return key


def scan(session: Session, rnd: StocktakeRound, tag: str, by: str | None, today: date,
         ) -> ScanAnswer:
    """Count one scanned or typed tag in the round."""
    key = checked_tag(tag)
    item = find_item(session, rnd.commune_code, key)
    item_id = item.id if item is not None else None
    count = session.get(StocktakeCount, count_id(rnd.id, item_id, key))
    if count is not None and count.found and not count.deleted:
        return ScanAnswer("duplicate", key, item_id)
    _answer(session, rnd, count, item_id, key, found=True, by=by, today=today)
    return ScanAnswer("found" if item is not None else "unknown", key, item_id)


def mark(session: Session, rnd: StocktakeRound, item: Equipment, found: bool, by: str | None,
         today: date, condition: str | None = None, place: str | None = None) -> None:
    """A ticked row: the item found (with its condition and place) or missing."""
    count = session.get(StocktakeCount, count_id(rnd.id, item.id, None))
    _answer(session, rnd, count, item.id, item.asset_tag, found=found, by=by, today=today,
            condition=condition if found else None, place=place if found else None)


def _answer(session: Session, rnd: StocktakeRound, count: StocktakeCount | None,
            item_id: str | None, tag: str | None, *, found: bool, by: str | None,
            today: date, condition: str | None = None, place: str | None = None) -> None:
    values = dict(found=found, counted_on=today, counted_by=by, deleted=False)
    if condition is not None:
        values["condition"] = condition
    if place is not None:
        values["place"] = place
    if count is None:
        create(session, StocktakeCount, id=count_id(rnd.id, item_id, tag), round_id=rnd.id,
               equipment_id=item_id, tag=tag, partition=rnd.partition, **values)
        return
    for name, value in values.items():
        if getattr(count, name) != value:
            setattr(count, name, value)


def _live_counts(round_id: str):
    return select(StocktakeCount).where(StocktakeCount.round_id == round_id,
                                        StocktakeCount.deleted.is_(False))


def book_ids(session: Session, commune: str) -> set[str]:
    return set(session.scalars(select(Equipment.id).where(
        Equipment.commune_code == commune, Equipment.deleted.is_(False),
        Equipment.status.in_(sorted(ACTIVE_STATUSES)))))


def progress(session: Session, rnd: StocktakeRound) -> Progress:
    counts = session.scalars(_live_counts(rnd.id)).all()
    book = book_ids(session, rnd.commune_code)
    found = {c.equipment_id for c in counts if c.found and c.equipment_id}
    missing = {c.equipment_id for c in counts if not c.found and c.equipment_id}
    unknown = sum(1 for c in counts if c.equipment_id is None and c.found)
    book |= found  # an item lost or disposed of that turns up is in the book again
    return Progress(len(book), len(found), len(missing & book),
                    len(book - found - missing), unknown)


def close(session: Session, rnd: StocktakeRound, confirm_missing: bool, today: date,
          by: str | None = None) -> Closing:
    """Close the round: each item found gets its check date, condition and place (a status
    change kept as history); items not found become lost only if confirmed. Every item of
    the book is left with a count (found, or missing), so the round alone says what the
    biên bản prints, whatever the register says later."""
    counts = session.scalars(_live_counts(rnd.id).where(
        StocktakeCount.equipment_id.is_not(None))).all()
    found = {c.equipment_id: c for c in counts if c.found}
    for item_id, count in found.items():
        _check_item(session, session.get(Equipment, item_id), count, today)
    not_found = sorted(book_ids(session, rnd.commune_code) - found.keys())
    for item_id in not_found:
        item = session.get(Equipment, item_id)
        count = session.get(StocktakeCount, count_id(rnd.id, item_id, None))
        if count is None or count.found or count.deleted:
            _answer(session, rnd, count, item_id, item.asset_tag, found=False, by=by,
                    today=today)
        if confirm_missing:
            change_status(session, item, "lost", today)
    rnd.state, rnd.closed_on = "closed", today
    return Closing(len(found), len(not_found) if confirm_missing else 0,
                   0 if confirm_missing else len(not_found))


def _check_item(session: Session, item: Equipment | None, count: StocktakeCount,
                today: date) -> None:
    if item is None:
        return
    item.last_inventory_check = today
    status = count.condition or ("in_use" if item.status not in ACTIVE_STATUSES else None)
    if status is not None:
        change_status(session, item, status, today)
    if count.condition is None:
        count.condition = item.status
    if count.place and count.place != item.location:
        item.location = count.place
