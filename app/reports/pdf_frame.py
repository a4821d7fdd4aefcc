"""The official frame of every paper: the issuing unit and the national title block at
the top, the place-and-date line, the title, page numbers from the second page, and the
signature blocks at the end.

Layout follows Nghị định 30/2020/NĐ-CP: top left the issuing unit in bold capitals (its
superior above it in regular capitals, where it has one) over a short rule; top right the
national name in bold capitals over the motto in bold over a rule as long as the motto;
the italic date line under them; then the title, centred. Text from the register (a
commune's name, a trainer's) is escaped for reportlab's markup and drawn in NFC.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from . import words
from .document import Document, Issuer, Signature
from .numbers import date_line, nfc
from .pdf_styles import PAGE_NUMBER_FROM_TOP, face, style

UNIT_SIZE, NATION_SIZE, MOTTO_SIZE, TITLE_SIZE, BODY_SIZE = 12, 12, 13, 14, 13
SIGNATURE_ROOM = 62  # points left blank to sign by hand (about 22 mm)


def _font_command() -> tuple:
    """Layout tables name the papers' font too: a table left without one sets reportlab's
    Helvetica for its cells, which is not embedded."""
    return ("FONT", (0, 0), (-1, -1), face("regular"), BODY_SIZE)


def text(value: str) -> str:
    """User text made safe for a Paragraph: NFC, and &, < and > escaped."""
    return escape(nfc(value))


class Rule(Flowable):
    """A short horizontal rule centred in its cell: under the issuing unit and the motto."""

    def __init__(self, length: float, space: float = 2) -> None:
        super().__init__()
        self.length, self.space = length, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.space + 1

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        start = (self.width - self.length) / 2
        self.canv.line(start, 0.5, start + self.length, 0.5)


def _text_width(value: str, kind: str, size: float) -> float:
    return stringWidth(nfc(value), face(kind), size)


def _issuer_cell(issuer: Issuer, width: float) -> list[Flowable]:
    cell: list[Flowable] = []
    if issuer.superior:
        cell.append(Paragraph(text(issuer.superior.upper()), style("regular", UNIT_SIZE,
                                                                   "center")))
    unit = issuer.unit.upper()
    cell.append(Paragraph(text(unit), style("bold", UNIT_SIZE, "center")))
    longest = min(_text_width(unit, "bold", UNIT_SIZE), width)
    cell.append(Rule(max(longest / 3, 40)))
    return cell


def _nation_cell(document: Document) -> list[Flowable]:
    return [
        Paragraph(words.NATION, style("bold", NATION_SIZE, "center")),
        Paragraph(words.MOTTO, style("bold", MOTTO_SIZE, "center")),
        Rule(_text_width(words.MOTTO, "bold", MOTTO_SIZE)),
        Spacer(1, 8),
        Paragraph(text(date_line(document.issuer.place, document.day)),
                  style("italic", BODY_SIZE, "center")),
    ]


def title_block(document: Document, width: float) -> list[Flowable]:
    """The top of the first page: unit and nation side by side, then the title."""
    left = width * 0.40
    head = Table([[_issuer_cell(document.issuer, left), _nation_cell(document)]],
                 colWidths=[left, width - left])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), _font_command(),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    flowables: list[Flowable] = [head, Spacer(1, 16),
                                 Paragraph(text(document.title), style("bold", TITLE_SIZE,
                                                                       "center"))]
    if document.subtitle:
        flowables.append(Paragraph(text(document.subtitle), style("bold", BODY_SIZE, "center")))
    flowables.append(Spacer(1, 10))
    for label, value in document.facts:
        flowables.append(Paragraph(f"{text(label)}: <b>{text(value)}</b>",
                                   style("regular", BODY_SIZE)))
    flowables += [Paragraph(text(sentence), style("regular", BODY_SIZE, "justify"))
                  for sentence in document.lead]
    return flowables


def notes(document: Document) -> list[Flowable]:
    return [Paragraph(f"<i>{text(note)}</i>", style("regular", 11, "justify"))
            for note in document.notes]


def signatures(blocks: Sequence[Signature], width: float) -> list[Flowable]:
    """The signature blocks side by side (three to a row at most, four as two pairs),
    after some room."""
    if not blocks:
        return []
    per = 2 if len(blocks) == 4 else 3
    rows = [list(blocks[i:i + per]) for i in range(0, len(blocks), per)]
    per_row = max(len(row) for row in rows)
    tables: list[Flowable] = [Spacer(1, 12)]
    for row in rows:
        cells = [_signature_cell(block) for block in row]
        cells += [""] * (per_row - len(cells))
        table = Table([cells], colWidths=[width / per_row] * per_row)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), _font_command()]))
        tables.append(table)
    return tables


def _signature_cell(block: Signature) -> list[Flowable]:
    cell: list[Flowable] = [Paragraph(text(line), style("bold", 12, "center"))
                            for line in block.title]
    if block.hint:
        cell.append(Paragraph(text(block.hint), style("italic", 12, "center")))
    cell.append(Spacer(1, SIGNATURE_ROOM))
    if block.name:
        cell.append(Paragraph(text(block.name), style("bold", 12, "center")))
    return cell


def number_page(canvas: Canvas, doc: object) -> None:
    """From the second page on: the page number at the top, centred (Nghị định 30)."""
    canvas.saveState()
    canvas.setFont(face("regular"), 12)
    width, height = canvas._pagesize
    canvas.drawCentredString(width / 2, height - PAGE_NUMBER_FROM_TOP, str(canvas.getPageNumber()))
    canvas.restoreState()
