"""Errors of the import/export layer, and the collector of per-row problems.

An import is all or nothing, so validation never stops at the first bad cell: it collects
every problem (row as the user sees it in the file, column, a Vietnamese sentence) and the
import raises once, before anything is written. The list shown is capped so that a file of
the wrong kind does not produce ten thousand lines, but the count stays exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.models.errors import ModelError

MAX_PROBLEMS = 200


class ExchangeError(ModelError):
    """An expected failure of import or export, with a message fit for the user."""


class ExportFileError(ExchangeError):
    """The export file cannot be written (unknown format, folder missing, no permission)."""


@dataclass(frozen=True)
class RowProblem:
    """One bad cell or row. ``row`` counts the header as row 1, as a spreadsheet does."""

    row: int | None
    column: str | None
    message: str
    label: str | None = None  # the column's header as written in the file, if any

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"Dòng {self.row}")
        if self.column:
            shown = self.label if self.label and self.label != self.column else None
            where.append(f"cột «{shown}» ({self.column})" if shown else f"cột {self.column}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


class ImportFileError(ExchangeError):
    """The file was refused as a whole; nothing was written.

    ``str()`` is a one-line summary; ``problems`` holds the first ``MAX_PROBLEMS`` problems
    and ``more`` how many were left out; ``report()`` gives everything as lines of text.
    """

    def __init__(self, message: str, problems: list[RowProblem] | None = None,
                 more: int = 0) -> None:
        super().__init__(message)
        self.problems = list(problems or [])
        self.more = more

    def lines(self) -> list[str]:
        lines = [str(p) for p in self.problems]
        if self.more:
            lines.append(f"… và {self.more} lỗi khác.")
        return lines

    def report(self) -> str:
        return "\n".join([str(self), *self.lines()])


class Problems:
    """Collects problems while a file is checked; the user sees them in row order.

    Cell errors are found in one pass and cross-row errors (unknown ids, repeats) in a
    second, so the list is sorted by row before it is cut to ``limit``.
    """

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        self.items: list[RowProblem] = []
        self.limit = limit

    def add(self, row: int | None, column: str | None, message: str,
            label: str | None = None) -> None:
        self.items.append(RowProblem(row, column, message, label))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self, summary: str | None = None) -> None:
        if not self.items:
            return
        items = sorted(self.items, key=lambda p: -1 if p.row is None else p.row)
        bad_rows = len({p.row for p in items if p.row is not None})
        if summary is None:
            summary = (f"Tệp có {bad_rows} dòng lỗi; không có dữ liệu nào được ghi." if bad_rows
                       else f"{items[0].message} Không có dữ liệu nào được ghi.")
        raise ImportFileError(summary, items[:self.limit], max(0, len(items) - self.limit))


class ImportQuestion(ImportFileError):
    """Not a fault of the file: the import stopped to ask the officer first, nothing written.

    The command line refuses with exit 2 and names the flag that answers yes; the window
    asks the question and runs the import again with the answer. Each subclass carries the
    values the question needs, so either side words it in its own language.
    """


class AlreadyImported(ImportQuestion):
    """This very file (same SHA-256) was imported here before."""

    def __init__(self, message: str, imported_at: datetime, file_name: str) -> None:
        super().__init__(message)
        self.imported_at = imported_at
        self.file_name = file_name


@dataclass(frozen=True)
class Match:
    """A new row whose name and birth date are those of an official already recorded."""

    row: int
    full_name: str
    birth_date: date | None
    existing_id: str
    existing_name: str


class MatchesExisting(ImportQuestion):
    """Rows without an id would add officials who look like ones already in the register."""

    def __init__(self, message: str, matches: list[Match], problems: list[RowProblem],
                 more: int) -> None:
        super().__init__(message, problems, more)
        self.matches = matches


class SheetChoice(ImportQuestion):
    """A workbook with several sheets of data, none of them plainly the one to read."""

    def __init__(self, message: str, sheets: list[str]) -> None:
        super().__init__(message)
        self.sheets = sheets
