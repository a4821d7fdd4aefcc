"""What the window's Stock-take page reads around ``app.ops.stocktake``: its table with each
item's holder, the last closed round when none is open, and a scan's answer with what the
page shows of it.

Why a scan returns the item's row: the page updates that one row of its table (a register
may hold 50,000 items), so the answer carries everything the row and the big answer text
need — one small read after the count, never the whole round again. Why a duplicate
carries a time: the committee is told "already counted at 09:42", and the count's stamp
(``hlc``, the time of its last change on whichever laptop made it) says when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import stocktake_ops as rules
from app.models.equipment import Equipment
from app.models.hlc import Stamp
from app.models.staff import Staff
from app.models.stocktake import StocktakeCount, count_id, tag_key
from app.models.stocktake_queries import RoundRow, closed_round
from app.models.store import Store
from app.ops import stocktake
from app.ops.stocktake import RoundInfo


@dataclass(frozen=True, slots=True)
class PageRow:
    """One row of the page: an item of the book (``equipment_id``) or a tag found that is
    not in the book; ``found`` True/False, or None while not counted."""

    equipment_id: str | None
    tag: str | None
    category: str | None
    item: str
    holder: str | None
    place: str | None
    found: bool | None
    condition: str | None


@dataclass(frozen=True)
class LastRound:
    """What the commune's last closed round found, for the page while none is open."""

    opened_on: date
    closed_on: date
    book: int
    counted: int
    missing: int
    surplus: int


@dataclass(frozen=True)
class PageData:
    round: RoundInfo | None
    rows: list[PageRow]
    last: LastRound | None
    closes: bool = True  # this device may close the round (the commune office's laptop)


@dataclass(frozen=True)
class ScanResult:
    """A scan's answer (``kind`` as ``ScanAnswer``'s), the row it touched, and for a
    duplicate the time it was counted before."""

    kind: str
    tag: str
    row: PageRow
    counted_at: datetime | None


def _item_text(brand: str | None, model: str | None) -> str:
    return " ".join(part for part in (brand, model) if part)


def _page_row(row: RoundRow, holder: str | None) -> PageRow:
    return PageRow(row.equipment_id, row.tag, row.category, _item_text(row.brand, row.model),
                   holder, row.place or row.location, row.found, row.condition)


def _holders(session: Session, commune: str) -> dict[str, str]:
    return dict(session.execute(
        select(Equipment.id, Staff.full_name).join(Staff, Staff.id == Equipment.holder_id)
        .where(Equipment.commune_code == commune, Equipment.deleted.is_(False))).all())


def _last_round(session: Session, commune: str) -> LastRound | None:
    closed = closed_round(session, commune)
    if closed is None:
        return None
    book, missing = closed.book, closed.missing
    return LastRound(closed.opened_on, closed.closed_on, len(book), len(book) - len(missing),
                     len(missing), len(closed.surplus))


def page_data(store: Store, commune: str) -> PageData:
    """The open round and its table, or (no round open) the last closed round's figures."""
    current = stocktake.current_round(store, commune)
    if current is None:
        with store.sessions() as session:
            return PageData(None, [], _last_round(session, commune))
    rows = stocktake.round_rows(store, commune)
    with store.sessions() as session:
        holders = _holders(session, commune)
        closes = stocktake.closes_here(session)
    return PageData(current, [_page_row(r, holders.get(r.equipment_id or "")) for r in rows],
                    None, closes)


def scan(store: Store, tag: str, commune: str) -> ScanResult:
    """Count one scanned or typed tag, and read back what the page shows of it."""
    answer = stocktake.scan_tag(store, tag, commune)
    with store.sessions() as session:
        rnd = rules.require_open(session, commune)
        count = session.get(StocktakeCount, count_id(rnd.id, answer.equipment_id, answer.tag))
        at = None
        if answer.kind == "duplicate" and count is not None:
            at = datetime.fromtimestamp(Stamp.decode(count.hlc).wall_ms / 1000)
        return ScanResult(answer.kind, answer.tag,
                          _row_of(session, answer.equipment_id, answer.tag, count), at)


def item_row(store: Store, equipment_id: str, commune: str) -> PageRow:
    """An item's row as it stands now (after a tick of the page)."""
    with store.sessions() as session:
        rnd = rules.require_open(session, commune)
        count = session.get(StocktakeCount, count_id(rnd.id, equipment_id, None))
        return _row_of(session, equipment_id, None, count)


def _row_of(session: Session, equipment_id: str | None, tag: str | None,
            count: StocktakeCount | None) -> PageRow:
    found = None if count is None or count.deleted else count.found
    condition = count.condition if count is not None else None
    place = count.place if count is not None else None
    item = session.get(Equipment, equipment_id) if equipment_id else None
    if item is None:
        return PageRow(None, tag_key(tag), None, "", None, place, found, condition)
    holder = item.holder.full_name if item.holder is not None else None
    return PageRow(item.id, item.asset_tag, item.category,
                   _item_text(item.brand, item.model), holder, place or item.location, found,
                   condition)
