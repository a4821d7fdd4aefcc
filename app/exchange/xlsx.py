"""The .xlsx side of ``tables``: openpyxl's read-only reader and write-only writer.

Apart so that openpyxl (a sixth of a second to import) loads when a workbook is first read
or written, not when the window starts. Reading streams one row at a time, after the zip
directory was checked (``limits``); which sheet is read is said, or asked, never guessed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from app.messages import message
from app.models.vntext import search_key

from .errors import ImportFileError, SheetChoice, quoted
from .limits import MAX_ROW_NUMBER, READ_COLUMNS, check_zip_directory
from .values import is_blank

log = logging.getLogger(__name__)
HeaderTest = Callable[[Sequence[Any]], bool]  # whether a header row fits the kind of file
DATE_FORMAT = "DD/MM/YYYY"
MONEY_FORMAT = "#,##0"


@contextmanager
def open_sheet(path: Path, wanted: str | None, fits: HeaderTest) -> Iterator[Sheet]:
    """The sheet to import from, open for streaming, read with the limits of ``limits``.

    ``wanted`` names it (the command line's ``--sheet``, the window's question). Else it
    is the only sheet holding data — an empty first sheet does not hide the second — or,
    when several hold data, the only one whose header row ``fits`` the kind of file;
    otherwise ``SheetChoice`` asks which.
    """
    check_zip_directory(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises a grab-bag of errors on a damaged file
        log.info("unreadable xlsx %s: %r", path, exc)
        raise ImportFileError("import.excel_unreadable", name=path.name) from exc
    try:
        sheets = list(workbook.worksheets)
        chosen, others = _choose(path, sheets, wanted, fits)
        named = chosen.title if len(sheets) > 1 else None
        yield Sheet(named, others, _rows(path, chosen))
    finally:
        workbook.close()


@dataclass
class Sheet:
    name: str | None  # the sheet read, when the workbook has more than one
    others: list[str]  # other sheets that hold data, left unread
    rows: Iterator[Sequence[Any]]


def _choose(path: Path, sheets: list[Any], wanted: str | None, fits: HeaderTest
            ) -> tuple[Any, list[str]]:
    if not sheets:
        raise ImportFileError("import.excel_no_sheets", name=path.name)
    if wanted is not None:
        found = [s for s in sheets if s.title == wanted] or [
            s for s in sheets if search_key(s.title) == search_key(wanted)]
        if not found:
            raise ImportFileError("import.sheet_missing", name=path.name, sheet=wanted,
                                  sheets=quoted(sheet.title for sheet in sheets))
        return found[0], []
    headers = {sheet.title: _first_row(path, sheet) for sheet in sheets}
    full = [sheet for sheet in sheets if headers[sheet.title] is not None]
    if not full:
        raise ImportFileError("import.file_empty", name=path.name)
    if len(full) > 1:
        fitting = [sheet for sheet in full if fits(headers[sheet.title])]
        if len(fitting) != 1:
            titles = [sheet.title for sheet in full]
            raise SheetChoice(message("import.sheet_unclear", name=path.name, count=len(full),
                                      sheets=quoted(titles)), titles)
        full = fitting + [sheet for sheet in full if sheet is not fitting[0]]
    return full[0], [sheet.title for sheet in full[1:]]


def _first_row(path: Path, sheet: Any) -> Sequence[Any] | None:
    """The sheet's first row that holds anything (its header), None for an empty sheet."""
    for row in _rows(path, sheet):
        if not _blank(row):
            return row
    return None


def _rows(path: Path, sheet: Any) -> Iterator[Sequence[Any]]:
    """Every row of a sheet, blank ones included (row numbers stay those Excel shows).

    ``READ_COLUMNS`` are read, so that ``tables`` can refuse a file wider than
    ``MAX_COLUMNS``; the recorded size of the sheet is not trusted. Rows are parsed as they
    are asked for.
    """
    sheet.reset_dimensions()
    try:
        yield from sheet.iter_rows(max_row=MAX_ROW_NUMBER, max_col=READ_COLUMNS,
                                   values_only=True)
    except Exception as exc:
        log.info("unreadable xlsx sheet %s: %r", path, exc)
        raise ImportFileError("import.excel_content_unreadable", name=path.name) from exc


def _blank(row: Sequence[Any]) -> bool:
    return row.count(None) == len(row) or all(is_blank(cell) for cell in row)


def write_sheet(target: Path, title: str, header: list[str], rows: Iterable[list[Any]],
                widths: list[int]) -> None:
    """Stream the rows into ``target`` (the caller's temporary file).

    The zip archive is opened and closed here rather than by ``Workbook.save``, and a write
    that fails (a full disk) closes openpyxl's own streams here too: left to the garbage
    collector, each would fail a second time on the same disk and print an "Exception
    ignored … OSError" traceback under the command's one line."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    try:
        sheet.append([_bold(sheet, text) for text in header])
        for row in rows:
            sheet.append([_cell(sheet, value) for value in row])
        with ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True) as archive:
            ExcelWriter(workbook, archive).save()
    except BaseException:
        _abandon(sheet)
        raise


def _abandon(sheet: Any) -> None:
    """Close the streams of a write-only sheet whose workbook could not be written, and
    remove the temporary file openpyxl keeps its rows in. They fail again as they close
    (the disk is still full): that is expected, and the first failure is the one raised."""
    writer = getattr(sheet, "_writer", None)
    for stream in (getattr(sheet, "_rows", None), getattr(writer, "xf", None)):
        if stream is not None:
            with suppress(OSError, ValueError):
                stream.close()
    if writer is not None:
        with suppress(OSError, ValueError):
            writer.cleanup()


def _bold(sheet: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


def _cell(sheet: Any, value: Any) -> Any:
    """Dates as real date cells shown DD/MM/YYYY, sums of money with thousands separators.

    Text is always a string cell: openpyxl would otherwise make a value starting with "="
    a formula (which Excel would run, and which reads back empty) and "#N/A" an error;
    control characters XLSX cannot hold are dropped.
    """
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        cell.data_type = "s"
        return cell
    if isinstance(value, date) and not isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if isinstance(value, int) and not isinstance(value, bool):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = MONEY_FORMAT
        return cell
    return value
