"""The .xlsx side of ``tables``: openpyxl's read-only reader and write-only writer.

Apart so that openpyxl (a sixth of a second to import) loads when a workbook is first read
or written, not when the window starts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .errors import ImportFileError

log = logging.getLogger(__name__)
DATE_FORMAT = "DD/MM/YYYY"
MONEY_FORMAT = "#,##0"


def read_rows(path: Path) -> list[Sequence[Any]]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises a grab-bag of errors on a damaged file
        log.info("unreadable xlsx %s: %r", path, exc)
        raise ImportFileError(
            f"Không đọc được tệp Excel «{path.name}»: tệp hỏng hoặc không phải .xlsx."
        ) from exc
    try:
        if not workbook.worksheets:
            raise ImportFileError(f"Tệp Excel «{path.name}» không có trang tính nào.")
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # do not trust the size recorded by whoever wrote the file
        return list(sheet.iter_rows(values_only=True))
    except ImportFileError:
        raise
    except Exception as exc:
        log.info("unreadable xlsx sheet %s: %r", path, exc)
        raise ImportFileError(f"Không đọc được nội dung tệp Excel «{path.name}».") from exc
    finally:
        workbook.close()


def write_sheet(target: Path, title: str, header: list[str], rows: Iterable[list[Any]],
                widths: list[int]) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append([_bold(sheet, text) for text in header])
    for row in rows:
        sheet.append([_cell(sheet, value) for value in row])
    workbook.save(target)


def _bold(sheet: Any, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.font = Font(bold=True)
    return cell


def _cell(sheet: Any, value: Any) -> Any:
    """Dates as real date cells shown DD/MM/YYYY, sums of money with thousands separators.

    Text is always text: a value starting with "=" would otherwise become a formula, which
    Excel would run and which reads back empty; control characters XLSX cannot hold are
    dropped.
    """
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not value.startswith("="):
            return value
        cell = WriteOnlyCell(sheet, value=value)
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
