"""A table of the paper as a reportlab table: its header repeated on every page, no row
split across two pages, long names wrapped inside their cell, and the last table kept
together with what follows it (notes and signatures).

Why cells are wrapped here, into plain lines, rather than made Paragraphs: a 3,000-row
register has some 25,000 cells; a Paragraph per cell is measured again at every page the
table is split over, which made a big inventory take many seconds. Text is broken into
lines once (at spaces, and inside a word only when one word is wider than its column), and
each row's height is computed once and handed to the table, so splitting a page is a
matter of adding heights. Headers stay Paragraphs (a handful per table).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, TableStyle

from .document import Table
from .numbers import cell_text, nfc
from .pdf_styles import face, style

PADDING, TOP_PADDING, BOTTOM_PADDING = 3, 2, 3
WIDEST = 1.0  # no letter of a Times-metric serif is wider than its size: a short text fits


def flowable_table(table: Table, width: float) -> LongTable:
    """``table`` laid out ``width`` wide (the text width of the page)."""
    total = sum(column.weight for column in table.columns)
    widths = [width * column.weight / total for column in table.columns]
    size = table.font_size
    header = [Paragraph(escape(nfc(column.header)), style("bold", size, "center"))
              for column in table.columns]
    header_height = max(cell.wrap(width - 2 * PADDING, 1000)[1]
                        for cell, width in zip(header, widths, strict=True))
    body, heights = _body(table, widths)
    result = LongTable([header, *body], colWidths=widths,
                       rowHeights=[header_height + TOP_PADDING + BOTTOM_PADDING, *heights],
                       repeatRows=1, splitByRow=1, splitInRow=0)
    result.setStyle(_style(table, len(body)))
    return result


def _body(table: Table, widths: Sequence[float]) -> tuple[list[list[object]], list[float]]:
    """The rows as cells of wrapped lines, and each row's height."""
    size = table.font_size
    leading = size * 1.2
    if table.is_empty:
        return ([[Paragraph(escape(nfc(table.empty)), style("italic", size, "center"))]
                 + [""] * (len(widths) - 1)], [_height(2, leading, table.row_height)])
    rows, heights = [], []
    for font, source in ((face("regular"), table.rows), (face("bold"), table.totals)):
        for row in source:
            cells = [wrap(cell_text(value, column.grouped), font, size, width - 2 * PADDING)
                     for value, width, column in zip(row, widths, table.columns, strict=True)]
            rows.append(cells)
            heights.append(_height(max(cell.count("\n") + 1 for cell in cells), leading,
                                   table.row_height))
    return rows, heights


def _height(lines: int, leading: float, at_least: float | None) -> float:
    return max(lines * leading + TOP_PADDING + BOTTOM_PADDING, at_least or 0)


def wrap(text: str, font: str, size: float, width: float) -> str:
    """``text`` broken into lines no wider than ``width`` (joined by newlines): at spaces,
    and inside a word only where the word alone is wider than the column."""
    if not text or ("\n" not in text and (len(text) * size * WIDEST <= width
                                          or stringWidth(text, font, size) <= width)):
        return text
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while stringWidth(line, font, size) > width and len(line) > 1:
                cut = _longest_fit(line, font, size, width)
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return "\n".join(lines)


def _longest_fit(word: str, font: str, size: float, width: float) -> int:
    """Where to break a word wider than its column: after the last hyphen or slash that
    fits ("MP-CAM-" / "2019-01"), else after the last letter that fits."""
    cut = len(word) - 1
    while cut > 1 and stringWidth(word[:cut], font, size) > width:
        cut -= 1
    marks = [i + 1 for i in range(cut) if word[i] in "-/._"]
    return marks[-1] if marks and marks[-1] > 1 else cut


def _style(table: Table, body_rows: int) -> TableStyle:
    size = table.font_size
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), face("regular"), size, size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
    ]
    for index, column in enumerate(table.columns):
        commands.append(("ALIGN", (index, 1), (index, -1), column.align.upper()))
    if table.is_empty:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    elif table.totals:
        first_total = body_rows - len(table.totals) + 1
        commands.append(("FONT", (0, first_total), (-1, -1), face("bold"), size, size * 1.2))
    return TableStyle(commands)


class TableEnd(Flowable):
    """The last table with what follows it (notes, signature blocks), never parted: when
    the end does not fit under the table's last rows, those rows go over to the next page
    with it (under a repeated header), so no signature stands alone on a page."""

    TAIL_ROWS = 2  # data rows that go over with the end, at least

    def __init__(self, table: LongTable, end: Sequence[Flowable], moved: bool = False) -> None:
        super().__init__()
        self.table, self.end = table, list(end)
        self.moved = moved  # the rows that went over with the end: they start a page
        self._table_height = 0.0
        self._end_heights: list[float] = []
        self._wrapped: tuple[float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped == (available_width, available_height):
            return self.width, self.height  # a frame asks twice: measure once
        self._wrapped = (available_width, available_height)
        _, self._table_height = self.table.wrap(available_width, available_height)
        self._end_heights = [item.wrap(available_width, available_height)[1]
                             for item in self.end]
        self.width = available_width
        self.height = self._table_height + sum(self._end_heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
        if self.moved and at_top:  # even a fresh page cannot hold them together
            return [self.table, *self.end]
        if self.moved:
            return []  # to the next page, whole
        if self._table_height > available_height:
            pieces = self.table.split(available_width, available_height)
            if len(pieces) < 2:
                return []
            return [pieces[0], TableEnd(pieces[1], self.end)]
        return self._move_tail(available_width)

    def _move_tail(self, available_width: float) -> list[Flowable]:
        """The table fits here but its end does not: split it so that its last rows and
        the end fill the top of the next page."""
        heights = list(self.table._rowHeights)
        header = self.table.repeatRows
        split_at = len(heights) - min(self.TAIL_ROWS, len(heights) - header)
        if split_at <= header:
            return []  # too short to part: all of it goes over to the next page
        pieces = self.table.split(available_width, sum(heights[:split_at]) + 0.01)
        if len(pieces) < 2:
            return []
        return [pieces[0], TableEnd(pieces[1], self.end, moved=True)]

    def draw(self) -> None:
        top = self.height
        self.table.drawOn(self.canv, 0, top - self._table_height)
        top -= self._table_height
        for item, height in zip(self.end, self._end_heights, strict=True):
            item.drawOn(self.canv, 0, top - height)
            top -= height
