"""Errors of the import/export layer, and the collector of per-row problems.

An import is all or nothing, so validation never stops at the first bad cell: it collects
every problem (row as the user sees it in the file, column, what is wrong as a ``Message``)
and the import raises once, before anything is written. The list shown is capped so that a
file of the wrong kind does not produce ten thousand lines, but the count stays exact.
Nothing here is a sentence: the catalogue (app/messages) words each problem, and where it
is, in the language of whoever reads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.messages import Message, message, render
from app.models.errors import ModelError

MAX_PROBLEMS = 200


def counted(code: str, count: int, **values: Any) -> Message:
    """``code`` with ``count``; English needs the singular of a count of one (``code_one``)."""
    return message(f"{code}_one" if count == 1 else code, count=count, **values)


def quoted(texts: Iterable[str]) -> list[Message]:
    """Names (of sheets) each in the quotes of the sentence's language, for a list value."""
    return [message("import.quoted", text=text) for text in texts]


class ExchangeError(ModelError):
    """An expected failure of import or export, with a message fit for the user."""


class ExportFileError(ExchangeError):
    """The export file cannot be written (unknown format, folder missing, no permission)."""


@dataclass(frozen=True)
class RowProblem:
    """One bad cell or row. ``row`` counts the header as row 1, as a spreadsheet does.

    ``column`` is the column's key, or (for a column without a header) a message naming its
    place; ``label`` is its header as written in the file, or our own name for a column the
    file lacks."""

    row: int | None
    column: str | Message | None
    message: Message
    label: str | Message | None = None

    def located(self) -> Message:
        """The problem with where it is: its row, and its column as the file names it."""
        values: dict[str, Any] = {"problem": self.message}
        where = "import.at_row" if self.row is not None else "import.at"
        if self.row is not None:
            values["row"] = self.row
        if isinstance(self.column, Message):
            where += "_numbered_column"
            values["column"] = self.column
        elif self.column:
            where += "_column"
            values["column"] = self.column
            if self.label and self.label != self.column:
                where += "_label"
                values["label"] = self.label
        return self.message if where == "import.at" else message(where, **values)

    def text(self, language: str | None = None) -> str:
        return render(self.located(), language)

    def __str__(self) -> str:
        return self.text()


class ImportFileError(ExchangeError):
    """The file was refused as a whole; nothing was written.

    ``str()`` is a one-line summary; ``problems`` holds the first ``MAX_PROBLEMS`` problems
    and ``more`` how many were left out; ``report()`` gives everything as lines of text, in
    this process's language unless one is named.
    """

    def __init__(self, code: str | Message, /, *, problems: list[RowProblem] | None = None,
                 more: int = 0, **values: Any) -> None:
        super().__init__(code, **values)
        self.problems = list(problems or [])
        self.more = more

    def lines(self, language: str | None = None) -> list[str]:
        lines = [p.text(language) for p in self.problems]
        if self.more:
            lines.append(render(counted("import.more_problems", self.more), language))
        return lines

    def report(self, language: str | None = None) -> str:
        return "\n".join([self.text(language), *self.lines(language)])


class Problems:
    """Collects problems while a file is checked; the user sees them in row order.

    Cell errors are found in one pass and cross-row errors (unknown ids, repeats) in a
    second, so the list is sorted by row before it is cut to ``limit``.
    """

    def __init__(self, limit: int = MAX_PROBLEMS) -> None:
        self.items: list[RowProblem] = []
        self.limit = limit

    def add(self, row: int | None, column: str | Message | None, what: Message,
            label: str | Message | None = None) -> None:
        self.items.append(RowProblem(row, column, what, label))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def raise_if_any(self, summary: Message | None = None) -> None:
        if not self.items:
            return
        items = sorted(self.items, key=lambda p: -1 if p.row is None else p.row)
        bad_rows = len({p.row for p in items if p.row is not None})
        if summary is None:
            summary = (counted("import.bad_rows", bad_rows) if bad_rows
                       else message("import.refused_for", problem=items[0].message))
        raise ImportFileError(summary, problems=items[:self.limit],
                              more=max(0, len(items) - self.limit))


class ImportQuestion(ImportFileError):
    """Not a fault of the file: the import stopped to ask the officer first, nothing written.

    The command line refuses with exit 2 and names the flag that answers yes; the window
    asks the question and runs the import again with the answer. Each subclass carries the
    values the question needs, so either side words it in its own language.
    """


class AlreadyImported(ImportQuestion):
    """This very file (same SHA-256) was imported here before."""

    def __init__(self, why: Message, imported_at: datetime, file_name: str) -> None:
        super().__init__(why)
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

    def __init__(self, why: Message, matches: list[Match], problems: list[RowProblem],
                 more: int) -> None:
        super().__init__(why, problems=problems, more=more)
        self.matches = matches


class SheetChoice(ImportQuestion):
    """A workbook with several sheets of data, none of them plainly the one to read."""

    def __init__(self, why: Message, sheets: list[str]) -> None:
        super().__init__(why)
        self.sheets = sheets
