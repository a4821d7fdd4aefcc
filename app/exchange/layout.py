"""Matching a file's header row to the columns of its kind.

A header cell may be the column key ("birth_date") or its Vietnamese header (as an XLSX
export writes it), in any case, with or without diacritics or surrounding spaces, and the
two may be mixed in one file. A header that matches nothing, or two headers naming the
same column, make the file ambiguous, so they are refused before any row is read. A blank
header is allowed over an empty column; data under it is refused as the rows are read
(``rows``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.messages import message
from app.models.vntext import search_key

from .columns import Column
from .errors import Problems, counted
from .tables import Table
from .values import is_blank


@dataclass
class Layout:
    """Where each known column is in the file, and how the file spells its header."""

    positions: list[tuple[int, Column]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    unnamed: list[int] = field(default_factory=list)  # columns with a blank header

    def has(self, key: str) -> bool:
        return key in self.labels

    def label(self, key: str) -> str:
        return self.labels.get(key, key)


def header_key(text: Any) -> str:
    return search_key(str(text).replace("_", " "))


def column_lookup(columns: Sequence[Column]) -> dict[str, Column]:
    lookup: dict[str, Column] = {}
    for column in columns:
        for spelling in (column.key, column.header):
            key = header_key(spelling)
            if lookup.setdefault(key, column) is not column:
                raise AssertionError(f"header {spelling!r} names two columns")
    return lookup


def match_header(table: Table, columns: Sequence[Column]) -> Layout:
    lookup = column_lookup(columns)
    layout = Layout()
    seen: dict[str, int] = {}
    problems = Problems()
    row = table.header_row
    for index, cell in enumerate(table.header):
        if is_blank(cell):
            layout.unnamed.append(index)
            continue
        text = " ".join(str(cell).split())
        column = lookup.get(header_key(cell))
        if column is None:
            problems.add(row, text, message("import.unknown_column", text=text,
                                            columns=[c.key for c in columns]))
        elif column.key in seen:
            problems.add(row, column.key, message(
                "import.duplicate_column", text=text, number=seen[column.key] + 1,
                column=column.key), text)
        else:
            seen[column.key] = index
            layout.positions.append((index, column))
            layout.labels[column.key] = text
    problems.raise_if_any(counted("import.header_unusable", len(problems)))
    return layout


def header_fits(columns: Sequence[Column]) -> Callable[[Sequence[Any]], bool]:
    """Whether a row could be the header of a file of these columns: every cell in it names
    one (how a workbook's sheet of data is told from its notes)."""
    lookup = column_lookup(columns)

    def fits(header: Sequence[Any]) -> bool:
        cells = [cell for cell in header if not is_blank(cell)]
        return bool(cells) and all(header_key(cell) in lookup for cell in cells)

    return fits


def require_columns(layout: Layout, table: Table, columns: Sequence[Column]) -> None:
    """Refuse a file that lacks a column every row needs (one message, not one per row)."""
    problems = Problems()
    for column in columns:
        if column.required and not layout.has(column.key):
            problems.add(table.header_row, column.key, message(
                "import.required_column_missing", header=column.name, column=column.key),
                column.name)
    problems.raise_if_any(counted("import.required_columns_missing", len(problems)))
