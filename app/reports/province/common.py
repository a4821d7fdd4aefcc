"""What the province's papers share: the communes in code order, which of them have sent
their records, and how a commune without records is printed.

A commune whose records have not reached the province is still listed (the department
sees at once who is missing), its figures a dash rather than zeros that would read as "no
officials, no computers"; the totals are over the communes that sent, and a note says how
many did not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from app.models.province_report_queries import UnitRow

from .. import words
from ..document import Cell, Column, Issuer, Signature, Table


@dataclass(frozen=True)
class ProvinceFrame:
    """Who issues the paper, when, and the communes it is about."""

    issuer: Issuer
    head: tuple[str, ...]
    units: Sequence[UnitRow]  # every commune and ward of the province, in code order
    reporting: frozenset[str]  # the codes whose records reached the province
    today: date

    @property
    def reporting_units(self) -> list[UnitRow]:
        return [unit for unit in self.units if unit.code in self.reporting]

    def signatures(self) -> tuple[Signature, ...]:
        return (Signature(words.MAKER, words.SIGN_HINT),
                Signature(self.head, words.SIGN_SEAL_HINT))

    def notes(self) -> tuple[str, ...]:
        """The note on communes that have not sent (none when all have, or none has:
        then the table itself says so)."""
        missing = len(self.units) - len(self.reporting_units)
        if not missing or not self.reporting:
            return ()
        return (words.MISSING_NOTE.format(missing=missing, units=len(self.units),
                                          reporting=len(self.reporting_units)),)


def unit_columns(*figures: Column) -> tuple[Column, ...]:
    """The number and the commune's name, then ``figures``."""
    return (Column(words.NUMBER, 4, "center", grouped=False), Column(words.UNIT_COLUMN, 18),
            *figures)


def per_unit_table(frame: ProvinceFrame, columns: tuple[Column, ...],
                   cells: Callable[[UnitRow], Sequence[Cell]], total: Sequence[Cell],
                   heading: str, font_size: float = 10) -> Table:
    """One row per commune (``cells`` gives its figures; a commune that has not sent gets
    dashes), then the province's total row."""
    if not frame.reporting:
        return Table(columns, [], words.NO_UNIT_DATA, heading=heading, font_size=font_size)
    figures = len(columns) - 2
    rows = [(number, unit.name, *(cells(unit) if unit.code in frame.reporting
                                  else [words.NO_DATA] * figures))
            for number, unit in enumerate(frame.units, start=1)]
    return Table(columns, rows, words.NO_UNIT_DATA, heading=heading,
                 totals=(("", words.PROVINCE_TOTAL, *total),), font_size=font_size)
