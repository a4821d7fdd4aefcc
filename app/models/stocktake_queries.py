"""What the papers read of a closed stock-take round: the commune's biên bản kiểm kê and
the province's summary of each commune's last round.

A closed round holds a count for every item of the book (found or missing, see
``stocktake_ops.close``) and one for each item found that is not in the book, so these
figures come from the round alone and stay the same whatever the register says later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from .equipment import Equipment
from .reference import EquipmentCategory
from .stocktake import StocktakeCount, StocktakeRound


@dataclass(frozen=True, slots=True)
class CountLine:
    """One count of a closed round; ``category`` is None for an item not in the book."""

    category: str | None
    brand: str | None
    model: str | None
    tag: str | None
    value_vnd: int | None
    found: bool
    condition: str | None


@dataclass(frozen=True)
class ClosedRound:
    commune: str
    opened_on: date
    closed_on: date
    committee: list[tuple[str, str]]
    lines: list[CountLine]

    @property
    def book(self) -> list[CountLine]:
        return [line for line in self.lines if line.category is not None]

    @property
    def surplus(self) -> list[CountLine]:
        return [line for line in self.lines if line.category is None and line.found]

    @property
    def missing(self) -> list[CountLine]:
        return [line for line in self.book if not line.found]


def last_closed(session: Session, commune: str) -> StocktakeRound | None:
    return session.scalars(select(StocktakeRound).where(
        StocktakeRound.commune_code == commune, StocktakeRound.state == "closed",
        StocktakeRound.deleted.is_(False))
        .order_by(StocktakeRound.closed_on.desc(), StocktakeRound.hlc.desc())).first()


def closed_round(session: Session, commune: str) -> ClosedRound | None:
    """The commune's last closed round with its counts (the book's in the register's
    category order, then the items not in the book), or None."""
    rnd = last_closed(session, commune)
    if rnd is None:
        return None
    query = (
        select(Equipment.category, Equipment.brand, Equipment.model, StocktakeCount.tag,
               Equipment.value_vnd, StocktakeCount.found, StocktakeCount.condition)
        .select_from(StocktakeCount)
        .outerjoin(Equipment, Equipment.id == StocktakeCount.equipment_id)
        .outerjoin(EquipmentCategory, EquipmentCategory.code == Equipment.category)
        .where(StocktakeCount.round_id == rnd.id, StocktakeCount.deleted.is_(False))
        .order_by(Equipment.id.is_(None), EquipmentCategory.rank, StocktakeCount.tag,
                  StocktakeCount.id))
    lines = [CountLine(*row) for row in session.execute(query)]
    return ClosedRound(rnd.commune_code, rnd.opened_on, rnd.closed_on or rnd.opened_on,
                       rnd.committee, lines)


def closed_rounds(session: Session, communes: Sequence[str]) -> dict[str, ClosedRound]:
    """Each commune's last closed round, for those that have one."""
    found = {}
    for code in communes:
        if (rnd := closed_round(session, code)) is not None:
            found[code] = rnd
    return found


@dataclass(frozen=True, slots=True)
class RoundRow:
    """One row of the Stock-take page: an item of the book (or, with no ``equipment_id``,
    a tag found that is not in the book) and its answer so far: ``found`` True/False, or
    None while not counted."""

    equipment_id: str | None
    tag: str | None
    category: str | None
    brand: str | None
    model: str | None
    location: str | None
    found: bool | None
    condition: str | None
    place: str | None


def round_rows(session: Session, rnd: StocktakeRound, book: set[str]) -> list[RoundRow]:
    """The book (``book``: ids of the items expected) and everything counted in the round,
    in the register's order, then the tags not in the book."""
    counts = {c.equipment_id or f"tag:{c.tag}": c for c in session.scalars(
        select(StocktakeCount).where(StocktakeCount.round_id == rnd.id,
                                     StocktakeCount.deleted.is_(False)))}
    ids = book | {key for key in counts if not key.startswith("tag:")}
    items = session.scalars(select(Equipment).join(
        EquipmentCategory, EquipmentCategory.code == Equipment.category).where(
        Equipment.id.in_(sorted(ids))).order_by(EquipmentCategory.rank, Equipment.asset_tag))
    rows = []
    for item in items:
        count = counts.get(item.id)
        rows.append(RoundRow(item.id, item.asset_tag, item.category, item.brand, item.model,
                             item.location, None if count is None else count.found,
                             count.condition if count else None, count.place if count else None))
    rows += [RoundRow(None, c.tag, None, None, None, None, c.found, None, c.place)
             for key, c in sorted(counts.items()) if key.startswith("tag:")]
    return rows
