"""A ``Document`` as a PDF: the official frame around the report's tables.

The story is the title block, then each table under its heading (a heading never ends a
page: ``CondPageBreak``), and the last table bound to the notes and the signature blocks
(``TableEnd``). Page numbers are drawn from the second page on. The fonts are the checked
family of ``fonts.report_fonts``; reportlab embeds the subset each paper uses.

A preview needs the first pages at once, not the whole of a 200-page register: with
``pages`` each table is first cut to the rows those pages could ever hold (no row is less
tall than its type and padding), and the layout stops once that many pages are finished;
the file holds them alone. They are the very pages of the whole paper (the same rows laid
out the same way up to there: a page's layout never depends on what comes after it), made
in a fraction of its time — wrapping the text of 3,000 rows was most of a big register's.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from .document import Document, Table
from .fonts import report_fonts
from .pdf_frame import notes, number_page, signatures, text, title_block
from .pdf_styles import BOTTOM, LEFT, RIGHT, TOP, face, page, style
from .pdf_tables import BOTTOM_PADDING, TOP_PADDING, TableEnd, flowable_table

HEADING_ROOM = 45 * mm  # a heading needs this much room under it, else it starts a page
# Page streams compressed but not also ASCII85-encoded: a third smaller, and its pure-Python
# encoder was a tenth of a 3,000-row inventory's time. Binary streams are plain PDF.
rl_config.useA85 = 0


class _Enough(Exception):
    """The pages asked for are laid out: stop the layout there."""


class _Template(BaseDocTemplate):
    """reportlab's page template that may stop after its first ``limit`` pages and tells
    ``on_page`` each page it finishes."""

    def __init__(self, target: str | BinaryIO, limit: int | None,
                 on_page: Callable[[int], None] | None, **options: object) -> None:
        super().__init__(target, **options)
        self.limit, self.on_page = limit, on_page

    def handle_pageEnd(self) -> None:
        super().handle_pageEnd()
        finished = self.canv.getPageNumber() - 1  # the canvas is on the next page now
        if self.on_page is not None:
            self.on_page(finished)
        if self.limit is not None and finished >= self.limit:
            raise _Enough


def write_pdf(document: Document, target: Path | BinaryIO, *, pages: int | None = None,
              on_page: Callable[[int], None] | None = None) -> int:
    """Write ``document`` to ``target`` (a file, or a binary stream: a preview in memory);
    the number of pages written. ``pages``: stop after that many (a preview's first
    pages); ``on_page(n)``: called as page n is finished."""
    report_fonts()
    sheet = page(document.landscape)
    if pages is not None:
        document = dataclasses.replace(document, tables=tuple(
            _first_rows(table, pages, sheet.text_height) for table in document.tables))
    # The frame has no padding of its own: the text box is exactly the page inside the
    # decree's margins (SimpleDocTemplate's frame would add 6 points on every side).
    frame = Frame(LEFT, BOTTOM, sheet.text_width, sheet.text_height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = _Template(
        str(target) if isinstance(target, Path) else target, pages, on_page,
        pagesize=(sheet.width, sheet.height), leftMargin=LEFT, rightMargin=RIGHT,
        topMargin=TOP, bottomMargin=BOTTOM, title=document.title,
        author=document.issuer.unit, creator="commune-it", subject=document.name,
        initialFontName=face("regular"),  # else the canvas names Helvetica, not embedded
        pageTemplates=[PageTemplate("first", [frame], autoNextPageTemplate="later"),
                       PageTemplate("later", [frame], onPage=number_page)],
    )
    try:
        template.build(story(document))
    except _Enough:  # the first pages are finished and shown: write them alone
        template.canv.save()
        return pages or 0
    return template.page


def _first_rows(table: Table, pages: int, height: float) -> Table:
    """``table`` cut to more rows than ``pages`` pages of ``height`` can hold (its totals,
    which come after them, left out)."""
    lowest = max(table.font_size * 1.2 + TOP_PADDING + BOTTOM_PADDING, table.row_height or 0)
    keep = pages * math.ceil(height / lowest) + 1
    if len(table.rows) <= keep:
        return table
    return dataclasses.replace(table, rows=table.rows[:keep], totals=())


def story(document: Document) -> list[Flowable]:
    """Every flowable of the paper, in order."""
    sheet = page(document.landscape)
    width = sheet.text_width
    flowables = title_block(document, width)
    end = [Spacer(1, 6), *notes(document), *signatures(document.signatures, width)]
    for index, table in enumerate(document.tables):
        flowables.append(Spacer(1, 6))
        if table.heading:
            flowables += [CondPageBreak(HEADING_ROOM),
                          Paragraph(text(table.heading), style("bold", 13))]
            flowables.append(Spacer(1, 4))
        laid_out = flowable_table(table, width)
        if index == len(document.tables) - 1:
            flowables.append(TableEnd(laid_out, end))
        else:
            flowables.append(laid_out)
    if not document.tables:
        flowables += end
    return flowables
