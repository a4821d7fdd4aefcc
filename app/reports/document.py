"""A report as plain data: the description both writers draw, the PDF and its XLSX twin.

Why a description rather than drawing straight away: the PDF and the XLSX must carry the
same figures under the same headers, and a later report (the province's, a preview page)
must reuse the official frame without knowing reportlab. A builder says *what* the paper
holds (the issuing unit, the title, the tables with typed cells, the notes, who signs); the
writers decide *how* it looks. Cells keep their type (an int, a ``Share``, a ``Ratio``), so
the PDF writes "22,2%" while the XLSX stores 0.222 as a number with a percent format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Share:
    """A proportion between 0 and 1, printed as a percentage; None: nothing to count."""

    value: float | None


@dataclass(frozen=True, slots=True)
class Ratio:
    """A plain quotient printed with ``places`` decimals (computers per official)."""

    value: float | None
    places: int = 2


Cell = str | int | Share | Ratio | None
Row = Sequence[Cell]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its header, its share of the table's width (weights are relative),
    where its cells sit ("left", "center", "right"; numbers sit right), and whether its
    whole numbers group their thousands (a count, an amount: 4.392) or not (an ordinal, a
    year: 2026)."""

    header: str
    weight: float
    align: str = "left"
    grouped: bool = True


@dataclass(frozen=True)
class Table:
    """A table of the paper. ``totals`` are bold rows after the data; ``empty`` is what the
    paper says when there are no rows (never an empty grid); ``row_height`` leaves room to
    sign by hand; ``font_size`` lets a wide grid use a smaller type."""

    columns: tuple[Column, ...]
    rows: Sequence[Row]
    empty: str
    heading: str = ""
    totals: tuple[Row, ...] = ()
    row_height: float | None = None
    font_size: float = 11

    @property
    def is_empty(self) -> bool:
        return not self.rows and not self.totals


@dataclass(frozen=True, slots=True)
class Signature:
    """A signature block: who signs (lines in capitals, e.g. "TM. ỦY BAN NHÂN DÂN",
    "CHỦ TỊCH"), the hint under it, and the name printed under the space, if known."""

    title: tuple[str, ...]
    hint: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who issues the paper (top left) and where (the date line's place): ``superior``, in
    regular capitals above, only where the unit has one (the province's People's Committee
    above its department); ``unit`` in bold capitals over a short rule."""

    unit: str
    place: str
    superior: str = ""


@dataclass(frozen=True)
class Document:
    """One report, ready for either writer."""

    name: str
    issuer: Issuer
    day: date
    title: str
    tables: tuple[Table, ...]
    subtitle: str = ""
    facts: tuple[tuple[str, str], ...] = ()  # "label: value" lines under the title
    lead: tuple[str, ...] = ()  # sentences before the tables (the figures in words)
    notes: tuple[str, ...] = ()  # after the last table, kept with the signatures
    signatures: tuple[Signature, ...] = ()
    landscape: bool = False
    sheet: str = field(default="")  # the XLSX sheet's name (at most 31 characters)
