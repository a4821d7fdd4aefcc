"""The equipment inventory: the register summed by category and state (in use, in storage,
under repair, broken, disposed, lost) with quantities and original values, then every item
on its own row, signed by the inventory committee and the head of the commune.

Values are the original cost (nguyên giá) in đồng, as the register holds it; an item with
no value recorded counts in the quantities and adds nothing to the sums.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.models import enums
from app.models.report_queries import InventoryItem

from .. import words
from ..document import Column, Document, Issuer, Signature, Table
from ..numbers import day_month_year, grouped

STATES = tuple(enums.EQUIPMENT_STATUS)  # in the register's order: in use … lost

SUMMARY_COLUMNS = (
    Column(words.NUMBER, 6, "center", grouped=False),
    Column(words.CATEGORY, 19),
    *(Column(enums.EQUIPMENT_STATUS[state], 8, "right") for state in STATES),
    Column(words.TOTAL, 8, "right"),
    Column(words.VALUE, 15, "right"),
)
LIST_COLUMNS = (
    Column(words.NUMBER, 6, "center", grouped=False),
    Column(words.ITEM, 20),
    Column(words.ITEM_CODE, 18),
    Column(words.ACQUIRED, 7, "center", grouped=False),
    Column(words.HOLDER, 19),
    Column(words.STATE, 14),
    Column(words.VALUE, 16, "right"),
)


@dataclass(frozen=True)
class InventoryFigures:
    issuer: Issuer
    items: Sequence[InventoryItem]
    today: date
    head: tuple[str, ...] = words.COMMUNE_HEAD


def build(figures: InventoryFigures) -> Document:
    items = figures.items
    states = Counter(item.status for item in items)
    value = sum(item.value_vnd or 0 for item in items)
    lead = () if not items else (words.INVENTORY_LEAD.format(
        count=grouped(len(items)), value=grouped(value), in_use=grouped(states["in_use"]),
        broken=grouped(states["broken"]), repair=grouped(states["under_repair"])),)
    return Document(
        name="inventory", issuer=figures.issuer, day=figures.today,
        title=words.INVENTORY_TITLE,
        subtitle=words.INVENTORY_SUBTITLE.format(day=day_month_year(figures.today)),
        lead=lead, tables=(_summary(items), _listing(items)),
        signatures=(Signature(words.MAKER, words.SIGN_HINT),
                    Signature(words.COMMITTEE_MEMBER, words.SIGN_HINT),
                    Signature(words.COMMITTEE_HEAD, words.SIGN_HINT),
                    Signature(figures.head, words.SIGN_SEAL_HINT)),
        sheet="Kiểm kê thiết bị",
    )


def _summary(items: Sequence[InventoryItem]) -> Table:
    counts: dict[str, Counter[str]] = {}
    values: Counter[str] = Counter()
    for item in items:
        counts.setdefault(item.category, Counter())[item.status] += 1
        values[item.category] += item.value_vnd or 0
    rows = []
    for number, category in enumerate(counts, start=1):  # in the items' (register's) order
        by_state = counts[category]
        rows.append((number, enums.EQUIPMENT_CATEGORY.get(category, category),
                     *(by_state[state] for state in STATES), sum(by_state.values()),
                     values[category]))
    total = ("", words.TOTAL, *(sum(row[2 + i] for row in rows) for i in range(len(STATES))),
             len(items), sum(values.values()))
    return Table(SUMMARY_COLUMNS, rows, words.NO_EQUIPMENT,
                 heading=words.INVENTORY_SUMMARY_HEADING, totals=(total,) if rows else (),
                 font_size=10)


def _listing(items: Sequence[InventoryItem]) -> Table:
    rows = [(number, _item_name(item), _item_code(item),
             item.acquired_date.year if item.acquired_date else None,
             _holder(item), enums.EQUIPMENT_STATUS.get(item.status, item.status),
             item.value_vnd)
            for number, item in enumerate(items, start=1)]
    total = ("", words.TOTAL, "", None, "", "", sum(item.value_vnd or 0 for item in items))
    return Table(LIST_COLUMNS, rows, words.NO_EQUIPMENT, heading=words.INVENTORY_LIST_HEADING,
                 totals=(total,) if rows else (), font_size=10)


def _item_name(item: InventoryItem) -> str:
    """"Máy tính để bàn Dell OptiPlex 3080": the category, then brand and model."""
    parts = [enums.EQUIPMENT_CATEGORY.get(item.category, item.category), item.brand,
             item.model]
    return " ".join(part for part in parts if part)


def _item_code(item: InventoryItem) -> str:
    return "\n".join(part for part in (item.asset_tag, item.serial) if part)


def _holder(item: InventoryItem) -> str:
    return ", ".join(part for part in (item.holder, item.location) if part)
