"""The province's equipment paper: each commune's live items by state (in use, in
storage, under repair, broken, disposed, lost) with quantities and original values, the
province's totals, and the same summed by category."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.models import enums
from app.models.province_report_queries import StockCounts, UnitRow
from app.models.stocktake_queries import ClosedRound

from .. import words
from ..document import Column, Document, Table
from ..numbers import day_month_year, grouped
from .common import ProvinceFrame, per_unit_table, unit_columns
from .inventory_count import stocktake_table

STATES = tuple(enums.EQUIPMENT_STATUS)
FIGURE_COLUMNS = (*(Column(enums.EQUIPMENT_STATUS[state], 9, "right") for state in STATES),
                  Column(words.TOTAL, 9, "right"), Column(words.VALUE, 16, "right"))
CATEGORY_COLUMNS = (Column(words.NUMBER, 4, "center", grouped=False),
                    Column(words.CATEGORY, 18), *FIGURE_COLUMNS)
NOTHING = StockCounts({state: 0 for state in STATES}, 0)


@dataclass(frozen=True)
class ProvinceInventoryFigures:
    frame: ProvinceFrame
    by_unit: Mapping[str, StockCounts]  # commune code → its items
    by_category: Mapping[str, StockCounts]  # category → the province's items, in rank order
    # commune code → its last closed stock-take round (issue 16), for those that have one
    stocktakes: Mapping[str, ClosedRound] = field(default_factory=dict)


def build(figures: ProvinceInventoryFigures) -> Document:
    frame = figures.frame
    total = _sum(figures.by_unit.get(unit.code, NOTHING) for unit in frame.reporting_units)
    return Document(
        name="inventory", issuer=frame.issuer, day=frame.today,
        title=words.PROVINCE_INVENTORY_TITLE,
        subtitle=words.INVENTORY_SUBTITLE.format(day=day_month_year(frame.today)),
        lead=_lead(total) if frame.reporting else (),
        tables=(_by_unit(figures, total), _by_category(figures, total),
                stocktake_table(frame, figures.stocktakes)),
        notes=frame.notes(), signatures=frame.signatures(), landscape=True,
        sheet="Thiết bị các xã",
    )


def _cells(counts: StockCounts) -> list[int]:
    return [*(counts.by_state[state] for state in STATES), counts.items, counts.value]


def _sum(parts) -> StockCounts:
    states = dict.fromkeys(STATES, 0)
    value = 0
    for part in parts:
        for state in STATES:
            states[state] += part.by_state[state]
        value += part.value
    return StockCounts(states, value)


def _lead(total: StockCounts) -> tuple[str, ...]:
    return (words.PROVINCE_INVENTORY_LEAD.format(
        count=grouped(total.items), value=grouped(total.value),
        in_use=grouped(total.by_state["in_use"]), broken=grouped(total.by_state["broken"]),
        repair=grouped(total.by_state["under_repair"])),)


def _by_unit(figures: ProvinceInventoryFigures, total: StockCounts) -> Table:
    def cells(unit: UnitRow) -> list[int]:
        return _cells(figures.by_unit.get(unit.code, NOTHING))

    return per_unit_table(figures.frame, unit_columns(*FIGURE_COLUMNS), cells, _cells(total),
                          words.PROVINCE_BY_UNIT_HEADING)


def _by_category(figures: ProvinceInventoryFigures, total: StockCounts) -> Table:
    rows = [(number, enums.EQUIPMENT_CATEGORY.get(category, category), *_cells(counts))
            for number, (category, counts) in enumerate(figures.by_category.items(), start=1)]
    return Table(CATEGORY_COLUMNS, rows, words.NO_EQUIPMENT,
                 heading=words.PROVINCE_BY_CATEGORY_HEADING,
                 totals=(("", words.TOTAL, *_cells(total)),) if rows else (), font_size=10)
