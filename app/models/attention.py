"""What needs an officer's attention: broken equipment, warranties about to end, officials
in service without an IT certificate.

Each list is bounded: a commune of 25 officials sees all of it, a register of 50,000 sees
the first ``ATTENTION_LIMIT`` and how many there are in all (the full list is the Staff or
Equipment page with a filter). Only the shown rows are read whole, by columns rather than
as ORM objects, so the overview opens quickly on a large register too.

Order: broken items by the day they broke (longest waiting first), warranties by the day
they end (soonest first), each then by name in Vietnamese order; officials in Vietnamese
name order (given name first).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from . import enums
from .equipment import Equipment, StatusEvent
from .indicators import WARRANTY_NOTICE_DAYS, bound_codes, in_service
from .queries import StaffRow
from .staff import Staff
from .vntext import collation_key, person_sort_key

ATTENTION_LIMIT = 100
ATTENTION_KEYS = ("broken", "warranty_ending", "uncertified")


@dataclass(frozen=True)
class AttentionItem:
    """Something an officer should look at; ``note`` is free text from the register."""

    id: str
    name: str
    note: str | None = None
    category: str | None = None
    on: date | None = None


@dataclass(frozen=True)
class AttentionList:
    """The first items of one list, in order, and how many the list holds in all."""

    items: list[AttentionItem]
    total: int

    @property
    def more(self) -> int:
        """How many are not among ``items``."""
        return self.total - len(self.items)


def attention(session: Session, commune_codes: Sequence[str], today: date | None = None,
              limit: int = ATTENTION_LIMIT, staff: Sequence[StaffRow] | None = None
              ) -> dict[str, AttentionList]:
    """The three lists over the communes (a trainer follows several), keyed as
    ``ATTENTION_KEYS``. ``staff``: the communes' officials in service on ``today`` as
    ``queries.staff_rows`` reads them, when the caller has them already (the console's
    commune page, for its staff list): the uncertified are then taken from them rather
    than read again (``uncertified_in``)."""
    today = today or date.today()
    codes = list(commune_codes)
    return {
        "broken": _broken(session, codes, limit),
        "warranty_ending": _warranty_ending(session, codes, today, limit),
        "uncertified": (_uncertified(session, codes, today, limit) if staff is None
                        else uncertified_in(staff, limit)),
    }


def uncertified_in(staff: Sequence[StaffRow], limit: int = ATTENTION_LIMIT) -> AttentionList:
    """The uncertified list from officials in service already read in Vietnamese name
    order (``staff_rows``: by name, then by id among equal names, the order
    ``_uncertified`` gives): the same list, without its two statements."""
    wanted = [row for row in staff if row.it_certificate not in enums.IT_CERTIFIED]
    return AttentionList([AttentionItem(row.id, row.full_name, row.position)
                          for row in wanted[:limit]], len(wanted))


def equipment_name(brand: str | None, model: str | None, tag: str | None) -> str:
    """How an item is named in a list: "HP ProBook 440 (MP-LT-01)"."""
    label = " ".join(part for part in (brand, model) if part)
    if label and tag:
        return f"{label} ({tag})"
    return label or tag or ""


def _item_columns() -> tuple[Any, ...]:
    return (Equipment.id, Equipment.brand, Equipment.model,
            func.coalesce(Equipment.asset_tag, Equipment.serial), Equipment.location,
            Equipment.category)


# Each list's statement is built once, its communes and days bound at each reading: building
# one costs more than the database takes to answer it for a commune (the province console
# reads a commune's lists on the first look at its page).

def _items_query(conditions: list[Any], on: Any, limit: int) -> Select:
    """Items matching ``conditions``, earliest ``on`` first (none last), cut at ``limit``,
    every row carrying the count of all that match, counted before the cut."""
    on_day = on.label("on_day")  # ordered by its name: a subquery (broken since) runs once
    return (select(*_item_columns(), on_day, func.count().over()).where(*conditions)
            .order_by(on_day.asc().nulls_last(), Equipment.id).limit(max(limit, 1)))


def _first_items(session: Session, query: Select, values: dict[str, Any], limit: int
                 ) -> AttentionList:
    """The items ``query`` reads with ``values``, in order; within a day, by name."""
    # columns only: no ORM state to set up per query
    rows = session.connection().execute(query, values).all()
    total = rows[0][-1] if rows else 0
    items = [AttentionItem(item_id, equipment_name(brand, model, tag), location, category,
                           day)
             for item_id, brand, model, tag, location, category, day, _all in rows[:limit]]
    items.sort(key=lambda i: (i.on is None, i.on or date.min, collation_key(i.name), i.id))
    return AttentionList(items, total)


@cache
def _broken_query(limit: int) -> Select:
    since = (
        select(func.max(StatusEvent.changed_on))
        .where(StatusEvent.equipment_id == Equipment.id, StatusEvent.status == "broken",
               StatusEvent.deleted.is_(False))
        .scalar_subquery()
    )
    conditions = [Equipment.commune_code.in_(bound_codes()), Equipment.deleted.is_(False),
                  Equipment.status == "broken"]
    return _items_query(conditions, since, limit)


def _broken(session: Session, codes: list[str], limit: int) -> AttentionList:
    return _first_items(session, _broken_query(limit), {"codes": codes}, limit)


@cache
def _warranty_query(limit: int) -> Select:
    conditions = [
        Equipment.commune_code.in_(bound_codes()), Equipment.deleted.is_(False),
        Equipment.status.in_(enums.ACTIVE_STATUSES),
        Equipment.warranty_end.between(bindparam("today"), bindparam("until")),
    ]
    return _items_query(conditions, Equipment.warranty_end, limit)


def _warranty_ending(session: Session, codes: list[str], today: date, limit: int
                     ) -> AttentionList:
    until = today + timedelta(days=WARRANTY_NOTICE_DAYS)
    return _first_items(session, _warranty_query(limit),
                        {"codes": codes, "today": today, "until": until}, limit)


def _uncertified_where() -> tuple[Any, ...]:
    return (Staff.commune_code.in_(bound_codes()), in_service(bindparam("today")),
            Staff.it_certificate.not_in(enums.IT_CERTIFIED))


@cache
def _uncertified_names() -> Select:
    return (select(Staff.full_name, func.count()).where(*_uncertified_where())
            .group_by(Staff.full_name))


@cache
def _uncertified_rows() -> Select:
    return select(Staff.id, Staff.full_name, Staff.position).where(
        *_uncertified_where(), Staff.full_name.in_(bindparam("names", expanding=True)))


def _uncertified(session: Session, codes: Sequence[str], today: date, limit: int
                 ) -> AttentionList:
    """The database counts the officials per name; names are ordered here (SQLite has
    no Vietnamese collation), and only the officials of the first names are read. A
    register of 20,000 uncertified officials has a few thousand distinct names."""
    values: dict[str, Any] = {"codes": list(codes), "today": today}
    per_name = session.connection().execute(_uncertified_names(), values).all()
    keys = {name: person_sort_key(name) for name, _count in per_name}
    total, wanted, names = 0, 0, []
    for name, count in sorted(per_name, key=lambda row: keys[row[0]]):
        total += count
        if wanted < limit:
            names.append(name)
            wanted += count
    rows = session.connection().execute(_uncertified_rows(), {**values, "names": names}).all()
    first = heapq.nsmallest(limit, rows, key=lambda row: (keys[row.full_name], row.id))
    return AttentionList([AttentionItem(r.id, r.full_name, r.position) for r in first], total)
