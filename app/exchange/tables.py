"""Reading and writing the rows of a .csv or .xlsx file, nothing more.

Both formats become the same thing: a header row and data rows of raw cells, each with
its row number as a spreadsheet shows it (blank rows still count, so "row 7" is row 7 in
Excel). Rows are streamed, never the whole file held: CSV line by line through the ``csv``
module, XLSX with openpyxl's read-only mode, and every row passes the bounds of
``limits`` as it is read (rows, columns, characters a cell), so a hostile file is refused
within seconds instead of filling the memory. Exports are written to a temporary file
beside the target and moved into place, so a failed export never leaves a half-written
file behind.
"""

from __future__ import annotations

import csv
import itertools
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.messages import grouped
from app.models.disk import disk_problem

from .errors import ExchangeError, ExportFileError, ImportFileError
from .limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_LINE_CHARS,
    MAX_ROWS,
    check_file,
)
from .values import is_blank

log = logging.getLogger(__name__)

FORMATS = (".csv", ".xlsx")
ZIP_MAGIC = b"PK\x03\x04"
HeaderTest = Callable[[Sequence[Any]], bool]


@dataclass
class Table:
    """An open file: its header, and its non-blank data rows, read once, as they come."""

    header_row: int
    header: list[Any]
    rows: Iterator[tuple[int, Sequence[Any]]]
    sheet: str | None = None  # the sheet read, when a workbook has several
    other_sheets: list[str] = field(default_factory=list)  # sheets with data, left unread


def file_format(path: Path, error: type[ExchangeError] = ImportFileError) -> str:
    suffix = path.suffix.lower()
    if suffix in FORMATS:
        return suffix[1:]
    if suffix == ".xls":
        raise error("import.old_excel", name=path.name)
    raise error("import.format_unknown", name=path.name)


@contextmanager
def open_table(path: Path, sheet: str | None = None,
               fits: HeaderTest = lambda _header: True) -> Iterator[Table]:
    """Open ``path`` for reading; ``sheet`` and ``fits`` choose a workbook's sheet (xlsx)."""
    kind = file_format(path)
    check_file(path)
    if kind == "csv":
        with _csv_rows(path) as raw:
            yield _table(path, raw, None, [])
        return
    from .xlsx import open_sheet  # openpyxl loads only when a workbook is read or written

    with open_sheet(path, sheet, fits) as chosen:
        yield _table(path, chosen.rows, chosen.name, chosen.others)


def _table(path: Path, raw: Iterator[Sequence[Any]], sheet: str | None,
           others: list[str]) -> Table:
    numbered = _bounded(raw, path.name)
    first = next(numbered, None)
    if first is None:
        raise ImportFileError("import.file_empty", name=path.name)
    second = next(numbered, None)
    if second is None:
        raise ImportFileError("import.header_only", name=path.name)
    header_row, header = first
    return Table(header_row, list(header), itertools.chain([second], numbered), sheet, others)


def _bounded(raw: Iterator[Sequence[Any]], name: str) -> Iterator[tuple[int, Sequence[Any]]]:
    """The non-blank rows, numbered, each checked against the limits as it is read."""
    count = 0
    for number, row in enumerate(raw, start=1):
        if row.count(None) == len(row) or all(is_blank(cell) for cell in row):
            continue
        count += 1
        if count > MAX_ROWS + 1:  # the header is not a data row
            raise ImportFileError("import.too_many_rows", name=name, limit=grouped(MAX_ROWS))
        yield number, _checked(row, number, name)


def _checked(row: Sequence[Any], number: int, name: str) -> Sequence[Any]:
    """The row without the blank cells at its end; refused if wider or longer than allowed."""
    beyond = row[MAX_COLUMNS:]
    if beyond.count(None) == len(beyond):  # the usual case, at C speed: nothing out there
        row = row[:MAX_COLUMNS]
    width = len(row)
    while width and is_blank(row[width - 1]):
        width -= 1
    if width > MAX_COLUMNS:
        raise ImportFileError("import.row_too_wide", row=number, name=name, column=width,
                              limit=MAX_COLUMNS)
    for index in range(width):
        cell = row[index]
        if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
            raise ImportFileError("import.cell_too_long", row=number, column=index + 1,
                                  name=name, length=grouped(len(cell)),
                                  limit=grouped(MAX_CELL_CHARS))
    return row[:width] if width < len(row) else row


@contextmanager
def _csv_rows(path: Path) -> Iterator[Iterator[list[str]]]:
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise cannot_read(path, exc) from exc
    with handle:
        yield _csv_records(path, handle)


def _csv_records(path: Path, handle: TextIO) -> Iterator[list[str]]:
    lines = _lines(path, handle)
    first = next(lines, "")
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        yield from csv.reader(itertools.chain([first], lines), delimiter=delimiter)
    except csv.Error as exc:
        raise ImportFileError("import.csv_damaged", name=path.name, reason=str(exc)) from exc


def _lines(path: Path, handle: TextIO) -> Iterator[str]:
    """The file's lines, each at most ``MAX_LINE_CHARS`` long: a file that is one endless
    line is refused at its first megabyte, not read whole."""
    number = 0
    while True:
        try:
            line = handle.readline(MAX_LINE_CHARS + 1)
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
        except OSError as exc:
            raise cannot_read(path, exc) from exc
        if not line:
            return
        number += 1
        if "\x00" in line:
            raise _not_utf8(path)
        if len(line) > MAX_LINE_CHARS:
            raise ImportFileError("import.line_too_long", row=number, name=path.name,
                                  limit=grouped(MAX_LINE_CHARS))
        yield line


def cannot_read(path: Path, exc: OSError) -> ImportFileError:
    return ImportFileError("import.cannot_read", name=path.name, reason=exc.strerror or str(exc))


def _not_utf8(path: Path) -> ImportFileError:
    with path.open("rb") as raw:
        if raw.read(4) == ZIP_MAGIC:
            return ImportFileError("import.csv_is_excel", name=path.name)
    return ImportFileError("import.csv_not_utf8", name=path.name)


def write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> None:
    def write(target: Path) -> None:
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)

    _replace(path, write)


def write_xlsx(path: Path, title: str, header: list[str], rows: Iterable[list[Any]],
               widths: list[int]) -> None:
    from .xlsx import write_sheet

    _replace(path, lambda target: write_sheet(target, title, header, rows, widths))


def _replace(path: Path, write: Any) -> None:
    if not path.parent.is_dir():
        raise ExportFileError("export.folder_missing", path=str(path), folder=str(path.parent))
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        code = ("export.cannot_write_open" if isinstance(exc, PermissionError)
                else "export.cannot_write")
        problem = disk_problem(exc)  # a full disk is said in our words, not the system's
        raise ExportFileError(code, path=str(path),
                              reason=problem.reason if problem else exc.strerror or str(exc)
                              ) from exc
