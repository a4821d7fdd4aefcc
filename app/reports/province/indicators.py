"""The province's ICT indicators: each commune's (officials, computers, computers per
official, LAN and Internet shares, certified and trained shares, broken and old equipment)
with the province's totals, then the province's indicators one per row and its working
stock by age, as the commune's paper prints its own.

Totals are the indicators' (``app.models.indicators.total``): counts summed over the
communes that sent, ratios computed from the sums, never an average of ratios.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.models.indicators import Indicators, total
from app.models.province_report_queries import UnitRow

from .. import words
from ..commune.indicators import (
    IndicatorFigures,
    ages_table,
    indicators_table,
    share,
    working_stock,
)
from ..document import Cell, Column, Document, Ratio
from ..numbers import day_month_year
from .common import ProvinceFrame, per_unit_table, unit_columns


@dataclass(frozen=True)
class ProvinceIndicatorFigures:
    frame: ProvinceFrame
    by_unit: Mapping[str, Indicators]  # commune code → its indicators (the ones that sent)
    ages: Mapping[str, int]  # the province's working stock by age band
    over_age_years: int


def build(figures: ProvinceIndicatorFigures) -> Document:
    frame = figures.frame
    summed = total([figures.by_unit[unit.code] for unit in frame.reporting_units
                    if unit.code in figures.by_unit])
    whole = IndicatorFigures(frame.issuer, summed, figures.ages, frame.today,
                             figures.over_age_years, frame.head)
    tables = [per_unit_table(frame, _columns(figures), lambda unit: _cells(figures, unit),
                             _row(summed), words.PROVINCE_INDICATORS_BY_UNIT, font_size=10)]
    if frame.reporting:
        tables += [indicators_table(whole, words.PROVINCE_INDICATORS_HEADING),
                   ages_table(whole, words.PROVINCE_AGE_HEADING)]
    return Document(
        name="ict-indicators", issuer=frame.issuer, day=frame.today,
        title=words.PROVINCE_INDICATORS_TITLE,
        subtitle=words.INDICATORS_SUBTITLE.format(day=day_month_year(frame.today)),
        tables=tuple(tables),
        notes=(*((words.INDICATORS_NOTE,) if frame.reporting else ()), *frame.notes()),
        signatures=frame.signatures(), landscape=True, sheet="Chỉ tiêu CNTT các xã",
    )


def _columns(figures: ProvinceIndicatorFigures) -> tuple[Column, ...]:
    year = figures.frame.today.year
    return unit_columns(
        Column(words.OFFICIALS_SHORT, 9, "right"), Column(words.SHORT_COMPUTERS, 9, "right"),
        Column(words.SHORT_PER_OFFICIAL, 8, "right"), Column(words.SHORT_LAN, 8, "right"),
        Column(words.SHORT_INTERNET, 8, "right"), Column(words.SHORT_CERTIFIED, 9, "right"),
        Column(words.SHORT_DIGITAL_SKILLS, 9, "right"),
        Column(words.SHORT_TRAINED.format(year=year), 9, "right"),
        Column(words.SHORT_BROKEN, 8, "right"),
        Column(words.SHORT_OVER_AGE.format(years=figures.over_age_years), 8, "right"))


def _cells(figures: ProvinceIndicatorFigures, unit: UnitRow) -> list[Cell]:
    found = figures.by_unit.get(unit.code)
    return _row(found if found is not None else Indicators(unit.code, unit.name))


def _row(i: Indicators) -> list[Cell]:
    """Counts, and the shares of what each counts among (as the commune's paper)."""
    return [i.officials, i.computers,
            Ratio(i.computers / i.officials if i.officials else None),
            share(i.computers_lan, i.computers), share(i.computers_internet, i.computers),
            share(i.certified, i.officials), share(i.digital_skills, i.officials),
            share(i.trained_this_year, i.officials),
            i.broken, share(i.over_age, working_stock(i))]
