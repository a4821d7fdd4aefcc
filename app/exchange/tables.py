"""Reading and writing the rows of a .csv or .xlsx file, nothing more.

Both formats become the same thing: a header row and data rows of raw cells, each with
its row number as a spreadsheet shows it (blank rows still count, so "row 7" is row 7 in
Excel). CSV is read whole with the ``csv`` module; XLSX with openpyxl's read-only and
write-only modes, which stream and keep memory flat on large files. Exports are written to
a temporary file beside the target and moved into place, so a failed export never leaves a
half-written file behind.
"""

from __future__ import annotations

import csv
import io
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ExportFileError, ImportFileError
from .values import is_blank

log = logging.getLogger(__name__)

FORMATS = (".csv", ".xlsx")
ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class Table:
    header_row: int
    header: list[Any]
    rows: list[tuple[int, Sequence[Any]]]  # non-blank data rows only


def file_format(path: Path, error: type[Exception] = ImportFileError) -> str:
    suffix = path.suffix.lower()
    if suffix in FORMATS:
        return suffix[1:]
    if suffix == ".xls":
        raise error(f"Tệp «{path.name}» là định dạng Excel cũ (.xls); "
                    "hãy mở bằng Excel và lưu lại dạng .xlsx.")
    raise error(f"Tệp «{path.name}» không phải .csv hoặc .xlsx; chỉ nhận hai định dạng này.")


def read_table(path: Path) -> Table:
    kind = file_format(path)
    if not path.exists():
        raise ImportFileError(f"Không tìm thấy tệp «{path}».")
    if not path.is_file():
        raise ImportFileError(f"«{path}» không phải là một tệp.")
    raw_rows = _read_csv(path) if kind == "csv" else _read_xlsx(path)
    numbered = [(n, row) for n, row in enumerate(raw_rows, start=1)
                if not all(is_blank(cell) for cell in row)]
    if not numbered:
        raise ImportFileError(f"Tệp «{path.name}» trống: không có dòng tiêu đề.")
    (header_row, header), *rows = numbered
    if not rows:
        raise ImportFileError(
            f"Tệp «{path.name}» chỉ có dòng tiêu đề, không có dòng dữ liệu nào để nhập."
        )
    return Table(header_row, list(header), rows)


def _read_csv(path: Path) -> list[list[str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            text = handle.read()
    except UnicodeDecodeError:
        text = "\x00"
    except OSError as exc:
        raise ImportFileError(f"Không đọc được tệp «{path.name}»: {exc.strerror}.") from exc
    if "\x00" in text:
        if path.read_bytes()[:4] == ZIP_MAGIC:
            raise ImportFileError(f"Tệp «{path.name}» thực ra là tệp Excel; "
                                  "hãy đổi đuôi tệp thành .xlsx.")
        raise ImportFileError(
            f"Tệp «{path.name}» không phải văn bản CSV mã UTF-8. Trong Excel, hãy chọn "
            "Lưu thành «CSV UTF-8 (Comma delimited)»."
        )
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportFileError(f"Tệp CSV «{path.name}» bị hỏng: {exc}.") from exc


def _read_xlsx(path: Path) -> list[Sequence[Any]]:
    from .xlsx import read_rows  # openpyxl loads only when a workbook is read or written

    return read_rows(path)


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
        raise ExportFileError(f"Không ghi được tệp «{path}»: thư mục «{path.parent}» không có.")
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        write(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        hint = (" Nếu tệp đang mở trong Excel, hãy đóng lại rồi thử lại."
                if isinstance(exc, PermissionError) else "")
        raise ExportFileError(
            f"Không ghi được tệp «{path}»: {exc.strerror or exc}.{hint}"
        ) from exc
