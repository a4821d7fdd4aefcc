"""The commune's ICT indicators on paper: the overview's figures (``app.models.indicators``,
defined once there) with their units and shares, and the working stock by age.

Shares are of what each one counts among: connected computers among computers in use,
certified and trained officials among officials in service, old and broken equipment among
the working stock. A share of nothing is a dash, not 0%.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.models import enums
from app.models.indicators import WARRANTY_NOTICE_DAYS, Indicators
from app.models.report_queries import AGE_BANDS

from .. import words
from ..document import Column, Document, Issuer, Ratio, Share, Signature, Table
from ..numbers import day_month_year

COLUMNS = (
    Column(words.NUMBER, 6, "center", grouped=False),
    Column(words.INDICATOR, 52),
    Column(words.UNIT, 13, "center"),
    Column(words.VALUE_PLAIN, 13, "right"),
    Column(words.RATE, 12, "right"),
)
AGE_COLUMNS = (
    Column(words.NUMBER, 6, "center", grouped=False),
    Column(words.AGE_BAND, 54),
    Column(words.COUNT, 16, "right"),
    Column(words.RATE, 16, "right"),
)


@dataclass(frozen=True)
class IndicatorFigures:
    issuer: Issuer
    indicators: Indicators
    ages: Mapping[str, int]  # band → items of the working stock
    today: date
    over_age_years: int
    head: tuple[str, ...] = words.COMMUNE_HEAD


def share(part: int, whole: int) -> Share:
    return Share(part / whole if whole else None)


def build(figures: IndicatorFigures) -> Document:
    return Document(
        name="ict-indicators", issuer=figures.issuer, day=figures.today,
        title=words.INDICATORS_TITLE,
        subtitle=words.INDICATORS_SUBTITLE.format(day=day_month_year(figures.today)),
        tables=(indicators_table(figures), ages_table(figures)),
        notes=(words.INDICATORS_NOTE,),
        signatures=(Signature(words.MAKER, words.SIGN_HINT),
                    Signature(figures.head, words.SIGN_SEAL_HINT)),
        sheet="Chỉ tiêu CNTT",
    )


def working_stock(indicators: Indicators) -> int:
    return sum(count for status, count in indicators.equipment_by_status.items()
               if status in enums.ACTIVE_STATUSES)


def indicators_table(figures: IndicatorFigures, heading: str = words.INDICATORS_HEADING
                     ) -> Table:
    """The indicators, one per row, with units and shares (the province's paper prints
    its totals the same way)."""
    i = figures.indicators
    stock = working_stock(i)
    lines = [
        (words.OFFICIALS, words.PERSON, i.officials, None),
        (words.COMPUTERS, words.MACHINE, i.computers, None),
        (words.COMPUTERS_PER_OFFICIAL, words.MACHINES_PER_PERSON,
         Ratio(i.computers / i.officials if i.officials else None), None),
        (words.COMPUTERS_LAN, words.MACHINE, i.computers_lan, share(i.computers_lan,
                                                                    i.computers)),
        (words.COMPUTERS_INTERNET, words.MACHINE, i.computers_internet,
         share(i.computers_internet, i.computers)),
        (words.CERTIFIED, words.PERSON, i.certified, share(i.certified, i.officials)),
        (words.TRAINED.format(year=figures.today.year), words.PERSON, i.trained_this_year,
         share(i.trained_this_year, i.officials)),
        (words.EQUIPMENT_TOTAL, words.DEVICE, stock, None),
        (words.OVER_AGE.format(years=figures.over_age_years), words.DEVICE, i.over_age,
         share(i.over_age, stock)),
        (words.BROKEN, words.DEVICE, i.broken, share(i.broken, stock)),
        (words.WARRANTY.format(days=WARRANTY_NOTICE_DAYS), words.DEVICE, i.warranty_ending,
         None),
        # Last, so the rows the province has long quoted by number keep their numbers.
        (words.DIGITAL_SKILLS_ROW, words.PERSON, i.digital_skills,
         share(i.digital_skills, i.officials)),
    ]
    rows = [(number, *line) for number, line in enumerate(lines, start=1)]
    return Table(COLUMNS, rows, words.NO_EQUIPMENT, heading=heading)


def ages_table(figures: IndicatorFigures, heading: str = words.AGE_HEADING) -> Table:
    """The working stock by age band, with shares and a total."""
    stock = sum(figures.ages.values())
    if not stock:
        return Table(AGE_COLUMNS, [], words.NO_EQUIPMENT, heading=heading)
    rows = [(number, label, figures.ages[band], share(figures.ages[band], stock))
            for number, (band, label) in enumerate(zip(AGE_BANDS, words.AGE_BANDS,
                                                       strict=True), start=1)]
    return Table(AGE_COLUMNS, rows, words.NO_EQUIPMENT, heading=heading,
                 totals=(("", words.TOTAL, stock, Share(1.0)),))
