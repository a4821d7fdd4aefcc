"""Turning the data rows of a file into checked values, collecting every bad cell.

Each column's reader is chosen once per file, not once per cell, so a 10,000-row file is
read in a fraction of a second. A blank cell becomes the column's ``empty`` value (None
clears the field) unless the column is required; the row remembers which cells were blank
because an update treats them differently from a creation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.messages import message
from app.models.vntext import load_ethnic_groups

from . import values
from .columns import Column
from .errors import Problems
from .layout import Layout
from .tables import Table
from .values import CellError, Parser, is_blank


@dataclass
class ParsedRow:
    row: int
    values: dict[str, Any] = field(default_factory=dict)  # column key → value
    blanks: set[str] = field(default_factory=set)  # keys whose cell was blank
    bad: set[str] = field(default_factory=set)  # keys already reported: one problem a cell
    ok: bool = True

    def given(self, key: str) -> Any:
        """The value of a present, non-blank cell, else None."""
        return None if key in self.blanks else self.values.get(key)


_PARSERS: dict[str, Parser] = {
    "id": values.parse_id,
    "ref": values.parse_id,
    "text": values.parse_text,
    "info": values.parse_text,
    "date": values.parse_date,
    "bool": values.parse_bool,
    "money": values.parse_money,
    "commune": values.parse_commune,
}


def make_parsers(columns: Sequence[Column]) -> dict[str, Parser]:
    parsers: dict[str, Parser] = {}
    for column in columns:
        if column.kind == "enum":
            assert column.labels is not None
            parsers[column.key] = values.enum_parser(column.labels)
        elif column.kind == "ethnicity":
            parsers[column.key] = values.ethnicity_parser(load_ethnic_groups())
        else:
            parsers[column.key] = _PARSERS[column.kind]
    return parsers


def parse_rows(table: Table, layout: Layout, problems: Problems) -> list[ParsedRow]:
    """Every data row, read once as the file streams; the raw cells are not kept."""
    parsers = make_parsers([column for _, column in layout.positions])
    plan = [(index, column, parsers[column.key], layout.label(column.key))
            for index, column in layout.positions]
    unnamed: set[int] = set()
    parsed = []
    for number, cells in table.rows:
        parsed.append(_parse_row(number, cells, plan, problems))
        if layout.unnamed:
            unnamed.update(i for i in layout.unnamed if i < len(cells) and not is_blank(cells[i]))
    for index in sorted(unnamed):
        problems.add(table.header_row, message("import.column_number", number=index + 1),
                     message("import.unnamed_column_data", number=index + 1))
    return parsed


def _parse_row(number: int, cells: Sequence[Any],
               plan: list[tuple[int, Column, Parser, str]], problems: Problems) -> ParsedRow:
    parsed = ParsedRow(number)
    width = len(cells)
    for index, column, parse, label in plan:
        raw = cells[index] if index < width else None
        if is_blank(raw):
            parsed.blanks.add(column.key)
            parsed.values[column.key] = column.empty
            if column.required:
                parsed.ok = False
                parsed.bad.add(column.key)
                problems.add(number, column.key,
                             message("import.cell_required", header=column.name), label)
            continue
        try:
            parsed.values[column.key] = parse(raw)
        except CellError as exc:
            parsed.ok = False
            parsed.bad.add(column.key)
            problems.add(number, column.key, exc.message, label)
    return parsed
