"""A ``Document`` as an XLSX workbook: the twin of its PDF for officers who retype or add
up the figures (the province's spreadsheets).

The same title rows (issuing unit, national name and motto, date line, title), then each
table under its heading with the same Vietnamese headers and the same figures, numbers as
numbers: a count is an integer cell shown 4.392 or 4,392 as the reader's Excel groups it, a
percentage is the proportion (0.222) with a percent format, so a sum or a chart in Excel
works on the figures without retyping them. Text is always a string cell, never a formula
(a name starting with "=" stays a name). Written in openpyxl's streaming mode, so a
3,000-row register costs little memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from . import words
from .document import Cell, Column, Document, Ratio, Share, Table
from .numbers import date_line, nfc

FONT_NAME = "Times New Roman"  # what an office's Excel shows (Liberation's metric twin)
THIN = Side(style="thin")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
SHEET_WIDTH = {False: 100, True: 140}  # characters across the columns, portrait/landscape


def write_xlsx(document: Document, target: Path) -> None:
    """Write ``document`` to ``target`` (the caller's temporary file)."""
    workbook = Workbook(write_only=True)
    sheet = _Sheet(workbook.create_sheet(_sheet_name(document)))
    widths = _widths(document)
    for index, width in enumerate(widths, start=1):
        sheet.ws.column_dimensions[get_column_letter(index)].width = width
    for row in _rows(sheet, document, len(widths)):
        sheet.ws.append(row)
    workbook.save(target)


class _Sheet:
    """The sheet being written, and the styles its cells share: a style is made once per
    combination and copied after (setting a font, a border and an alignment on each of
    20,000 cells costs a second of hashing). Styles are the workbook's own ids, so they
    are kept per sheet, never across workbooks."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.styles: dict[tuple, Any] = {}

    def cell(self, value: Any, key: tuple) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        made = self.styles.get(key)
        if made is not None:
            cell._style = copy(made)
            return cell
        bold, italic, size, boxed, align, number_format = key
        cell.font = Font(name=FONT_NAME, bold=bold, italic=italic, size=size)
        if boxed:
            cell.border = GRID
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal=align)
        cell.number_format = number_format
        self.styles[key] = copy(cell._style)  # openpyxl's ids of this cell's style parts
        return cell


def _sheet_name(document: Document) -> str:
    name = document.sheet or document.name
    return "".join(c for c in name if c not in "[]:*?/\\")[:31] or "report"


def _widths(document: Document) -> list[float]:
    """Each column's width in characters: the widest table's share of the sheet."""
    widths: list[float] = []
    for table in document.tables:
        total = sum(column.weight for column in table.columns)
        for index, column in enumerate(table.columns):
            width = max(SHEET_WIDTH[document.landscape] * column.weight / total, 5)
            if index < len(widths):
                widths[index] = max(widths[index], width)
            else:
                widths.append(width)
    return widths or [40.0]


def _rows(sheet: _Sheet, document: Document, columns: int) -> Iterable[list[Any]]:
    yield from _title_rows(sheet, document, columns)
    for table in document.tables:
        yield []
        if table.heading:
            yield [_text(sheet, table.heading, bold=True)]
        yield from _table_rows(sheet, table)
    if document.notes:
        yield []
    for note in document.notes:
        yield [_text(sheet, note, italic=True)]
    yield from _signature_rows(sheet, document, columns)


def _title_rows(sheet: _Sheet, document: Document, columns: int) -> Iterable[list[Any]]:
    """Unit on the left, nation and motto on the right; the date line; the title."""
    issuer = document.issuer
    left = [_text(sheet, issuer.superior.upper())] if issuer.superior else []
    left.append(_text(sheet, issuer.unit.upper(), bold=True))
    right = [_text(sheet, words.NATION, bold=True), _text(sheet, words.MOTTO, bold=True),
             _text(sheet, date_line(issuer.place, document.day), italic=True)]
    middle = max(columns // 2, 2)
    for index in range(max(len(left), len(right))):
        row: list[Any] = [None] * (middle + 1)
        row[0] = left[index] if index < len(left) else None
        row[middle] = right[index] if index < len(right) else None
        yield row
    yield []
    yield [_text(sheet, document.title, bold=True, size=14)]
    if document.subtitle:
        yield [_text(sheet, document.subtitle, bold=True)]
    for label, value in document.facts:
        yield [_text(sheet, f"{label}: {value}")]
    for sentence in document.lead:
        yield [_text(sheet, sentence)]


def _table_rows(sheet: _Sheet, table: Table) -> Iterable[list[Any]]:
    yield [_text(sheet, column.header, bold=True, boxed=True, centred=True)
           for column in table.columns]
    if table.is_empty:
        yield [_text(sheet, table.empty, italic=True)]
        return
    for source, bold in ((table.rows, False), (table.totals, True)):
        for row in source:
            yield [_cell(sheet, value, column, bold)
                   for value, column in zip(row, table.columns, strict=True)]


def _signature_rows(sheet: _Sheet, document: Document, columns: int) -> Iterable[list[Any]]:
    """Who signs, side by side: titles, hints, room to sign, printed names."""
    blocks = document.signatures
    if not blocks:
        return
    step = max(columns // len(blocks), 1)

    def spread(cells: list[WriteOnlyCell | None]) -> list[Any]:
        row: list[Any] = [None] * (step * (len(cells) - 1) + 1)
        for index, cell in enumerate(cells):
            row[index * step] = cell
        return row

    yield []
    for line in range(max(len(block.title) for block in blocks)):
        yield spread([_text(sheet, block.title[line], bold=True)
                      if line < len(block.title) else None for block in blocks])
    yield spread([_text(sheet, block.hint, italic=True) if block.hint else None
                  for block in blocks])
    yield from ([] for _ in range(4))
    yield spread([_text(sheet, block.name, bold=True) if block.name else None
                  for block in blocks])


def _text(sheet: _Sheet, value: str, *, bold: bool = False, italic: bool = False,
          size: float = 12, boxed: bool = False, centred: bool = False) -> WriteOnlyCell:
    """A string cell."""
    align = ("center" if centred else "general") if boxed else ""
    return sheet.cell(ILLEGAL_CHARACTERS_RE.sub("", nfc(value)),
                      (bold, italic, size, boxed, align, "General"))


def _cell(sheet: _Sheet, value: Cell, column: Column, bold: bool) -> WriteOnlyCell:
    """A table cell: numbers as numbers with a format, text as text."""
    align = column.align if column.align != "left" else "general"
    if isinstance(value, str):
        return sheet.cell(ILLEGAL_CHARACTERS_RE.sub("", nfc(value)),
                          (bold, False, 12, True, align, "General"))
    return sheet.cell(_number(value), (bold, False, 12, True, align, _format(value, column)))


def _number(value: Cell) -> float | int | None:
    if isinstance(value, (Share, Ratio)):
        return value.value
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _format(value: Cell, column: Column) -> str:
    if isinstance(value, Share):
        return "0.0%"
    if isinstance(value, Ratio):
        return "0." + "0" * value.places if value.places else "0"
    return "#,##0" if column.grouped else "0"
