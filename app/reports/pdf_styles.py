"""The measures of the official format (Nghị định 30/2020/NĐ-CP, Phụ lục I) as reportlab
styles: the A4 page, its margins, and the type sizes of each part of a paper.

Why these figures: the decree sets top and bottom margins of 20–25 mm, left 30–35 mm
(the binding), right 15–20 mm; the issuing unit and the national name in 12–13 pt
capitals, the motto in 13–14 pt bold, the date line in italic, the title in 14 pt bold,
body text 13–14 pt. We take the smallest margins (the most room for a wide table) and the
decree's sizes; tables use 11 pt, which the decree allows for tables, and a wide grid less.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import FACE_NAMES, report_fonts

TOP, BOTTOM, LEFT, RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
PAGE_NUMBER_FROM_TOP = 12 * mm  # the page number sits in the top margin, centred
ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


@dataclass(frozen=True)
class Page:
    """A sheet of paper and the box inside its margins."""

    width: float
    height: float

    @property
    def text_width(self) -> float:
        return self.width - LEFT - RIGHT

    @property
    def text_height(self) -> float:
        return self.height - TOP - BOTTOM


def page(is_landscape: bool) -> Page:
    width, height = landscape(A4) if is_landscape else A4
    return Page(width, height)


def face(style: str) -> str:
    """A registered face's name ("regular", "bold", "italic", "bold_italic"), after the
    family was chosen and checked (``fonts.report_fonts``)."""
    report_fonts()
    return FACE_NAMES[style]


@lru_cache(maxsize=64)
def style(kind: str, size: float = 13, align: str = "left") -> ParagraphStyle:
    """A paragraph style: ``kind`` is the face ("regular", "bold", "italic",
    "bold_italic"); the leading is 1.2 of the size, as a word processor's single spacing."""
    return ParagraphStyle(
        f"{kind}-{size}-{align}", fontName=face(kind), fontSize=size, leading=size * 1.2,
        alignment=ALIGNMENTS.get(align, TA_JUSTIFY if align == "justify" else TA_LEFT),
    )
