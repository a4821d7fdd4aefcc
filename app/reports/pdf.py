"""A ``Document`` as a PDF: the official frame around the report's tables.

The story is the title block, then each table under its heading (a heading never ends a
page: ``CondPageBreak``), and the last table bound to the notes and the signature blocks
(``TableEnd``). Page numbers are drawn from the second page on. The fonts are the checked
family of ``fonts.report_fonts``; reportlab embeds the subset each paper uses.
"""

from __future__ import annotations

from pathlib import Path

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

from .document import Document
from .fonts import report_fonts
from .pdf_frame import notes, number_page, signatures, text, title_block
from .pdf_styles import BOTTOM, LEFT, RIGHT, TOP, face, page, style
from .pdf_tables import TableEnd, flowable_table

HEADING_ROOM = 45 * mm  # a heading needs this much room under it, else it starts a page
# Page streams compressed but not also ASCII85-encoded: a third smaller, and its pure-Python
# encoder was a tenth of a 3,000-row inventory's time. Binary streams are plain PDF.
rl_config.useA85 = 0


def write_pdf(document: Document, target: Path) -> int:
    """Write ``document`` to ``target``; the number of pages."""
    report_fonts()
    sheet = page(document.landscape)
    # The frame has no padding of its own: the text box is exactly the page inside the
    # decree's margins (SimpleDocTemplate's frame would add 6 points on every side).
    frame = Frame(LEFT, BOTTOM, sheet.text_width, sheet.text_height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = BaseDocTemplate(
        str(target), pagesize=(sheet.width, sheet.height), leftMargin=LEFT,
        rightMargin=RIGHT, topMargin=TOP, bottomMargin=BOTTOM, title=document.title,
        author=document.issuer.unit, creator="commune-it", subject=document.name,
        initialFontName=face("regular"),  # else the canvas names Helvetica, not embedded
        pageTemplates=[PageTemplate("first", [frame], autoNextPageTemplate="later"),
                       PageTemplate("later", [frame], onPage=number_page)],
    )
    template.build(story(document))
    return template.page


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
