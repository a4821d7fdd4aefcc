"""Asset labels: A4 sheets of self-adhesive labels, each with the tag as a QR code and in
words, the item and the commune (the annual stock-take, DESIGN.md).

Why a writer of its own rather than the official frame of ``pdf.py``: a label sheet has no
title, table or signature; every label must sit exactly on the die-cut paper, so the page
is drawn with reportlab's canvas at fixed millimetres. The QR code is drawn as vector
squares (one rectangle per run of dark modules) from ``segno``'s matrix: sharp at any
printer's resolution, read by a phone and by ``zbarimg`` alike, and no image to embed.
The grids are the label papers sold in Vietnamese stationery shops (Tomy/Decal A4).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from app.messages import message
from app.models.disk import disk_problem

from .document import Document
from .errors import ReportError
from .fonts import FACE_NAMES

MM = 72 / 25.4  # points in a millimetre
A4 = (210 * MM, 297 * MM)
PADDING = 3.5 * MM  # kept clear inside each label: the cut and the printer's edge
QR_QUIET = 2  # white modules kept round the code inside its square
QR_MASK = 2  # one fixed mask pattern (see ``qr_runs``)


@dataclass(frozen=True, slots=True)
class LabelGrid:
    """A label paper: columns × rows of labels of ``width`` × ``height`` mm, the first
    one ``left`` and ``top`` mm from the sheet's corner, ``gap`` mm between columns."""

    name: str
    columns: int
    rows: int
    width: float
    height: float
    left: float
    top: float
    gap: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[float, float, float, float]:
        """The label ``index`` of a page (row by row) as x, y (bottom left), w, h points."""
        row, column = divmod(index, self.columns)
        x = (self.left + column * (self.width + self.gap)) * MM
        y = A4[1] - (self.top + (row + 1) * self.height) * MM
        return x, y, self.width * MM, self.height * MM


# Tomy/Decal A4 24 (3×8, 70×37 mm, no margin), 21 (3×7, 63.5×38.1 mm) and 14 (2×7,
# 99.1×38.1 mm), the last two as the Avery L7160/L7163 sheets they copy.
GRIDS: dict[str, LabelGrid] = {grid.name: grid for grid in (
    LabelGrid("3x8", 3, 8, 70.0, 37.0, 0.0, 0.5),
    LabelGrid("3x7", 3, 7, 63.5, 38.1, 7.2, 15.15, 2.5),
    LabelGrid("2x7", 2, 7, 99.1, 38.1, 4.65, 15.15, 2.5),
)}
DEFAULT_GRID = "3x8"
SHEET_TITLE = "NHÃN TÀI SẢN"  # the PDF's title: Vietnamese like every paper (words.py)


@dataclass(frozen=True, slots=True)
class Label:
    """What one label says: the asset tag (also the QR code), the item, the commune."""

    tag: str
    item: str
    commune: str


def qr_runs(tag: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The QR code of ``tag`` as its size in modules and the dark runs (row, first
    column, length): a few dozen rectangles instead of hundreds of squares.

    The mask is fixed rather than chosen by scoring all eight: any mask reads the same,
    and scoring is four fifths of the work (3,000 labels in seconds, not tens)."""
    import segno

    matrix = segno.make_qr(tag, error="m", boost_error=False, mask=QR_MASK).matrix
    runs: list[tuple[int, int, int]] = []
    for y, line in enumerate(matrix):
        x, size = 0, len(line)
        while x < size:
            if line[x]:
                start = x
                while x < size and line[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return len(matrix), runs


def qr_operators(tag: str) -> tuple[int, str]:
    """The code's size in modules and its dark runs as PDF path operators, in modules
    (the label's transform scales them): whole numbers, so the page stays small."""
    size, runs = qr_runs(tag)
    return size, " ".join(f"{column} {size - row - 1} {length} 1 re"
                          for row, column, length in runs) + " f"


def write_labels(labels: Sequence[Label], grid: LabelGrid, target: str | BinaryIO, *,
                 title: str = "", pages: int | None = None,
                 on_page: Callable[[int], None] | None = None) -> int:
    """Draw ``labels`` on sheets of ``grid`` into ``target``; the pages written (only the
    first ``pages`` if given: a preview). ``on_page(n)`` as each sheet is finished."""
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    # Binary deflated streams, not ASCII85 as well: a fifth less work and a smaller file
    # for a paper of a hundred pages; set only while these pages are made.
    plain, rl_config.useA85 = rl_config.useA85, 0
    try:
        return _write_sheets(Canvas(target, pagesize=A4, pageCompression=1), labels, grid,
                             title, pages, on_page)
    finally:
        rl_config.useA85 = plain


def _write_sheets(canvas, labels: Sequence[Label], grid: LabelGrid, title: str,
                  pages: int | None, on_page: Callable[[int], None] | None) -> int:
    canvas.setTitle(title)
    written = 0
    for start in range(0, len(labels), grid.per_page):
        if pages is not None and written >= pages:
            break
        for index, label in enumerate(labels[start:start + grid.per_page]):
            _draw_label(canvas, label, grid.cell(index))
        canvas.showPage()
        written += 1
        if on_page is not None:
            on_page(written)
    if written == 0:
        canvas.showPage()  # an empty sheet still makes a readable file
        written = 1
    canvas.save()
    return written


def _draw_label(canvas, label: Label, cell: tuple[float, float, float, float]) -> None:
    x, y, width, height = cell
    side = min(height - 2 * PADDING, width * 0.42)
    _draw_qr(canvas, label.tag, x + PADDING, y + (height - side) / 2, side)
    left = x + PADDING + side + 1.5 * MM
    _draw_words(canvas, label, left, y + PADDING, x + width - PADDING - left,
                height - 2 * PADDING)


def _draw_qr(canvas, tag: str, x: float, y: float, side: float) -> None:
    size, operators = qr_operators(tag)
    module = side / (size + 2 * QR_QUIET)
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.transform(module, 0, 0, module, x + QR_QUIET * module, y + QR_QUIET * module)
    canvas.addLiteral(operators)
    canvas.restoreState()


def _draw_words(canvas, label: Label, x: float, bottom: float, width: float,
                height: float) -> None:
    """The tag in bold, the item under it (up to three lines), the commune at the foot."""
    tag_size = _fitting(label.tag, FACE_NAMES["bold"], 11, width)
    top = bottom + height
    canvas.setFont(FACE_NAMES["bold"], tag_size)
    canvas.drawString(x, top - tag_size, label.tag)
    item_size = 9
    lines = _lines(label.item, FACE_NAMES["regular"], item_size, width, 3)
    canvas.setFont(FACE_NAMES["regular"], item_size)
    line_y = top - tag_size - 3 - item_size
    for line in lines:
        canvas.drawString(x, line_y, line)
        line_y -= item_size * 1.15
    commune_size = _fitting(label.commune, FACE_NAMES["italic"], 7.5, width)
    canvas.setFont(FACE_NAMES["italic"], commune_size)
    canvas.drawString(x, bottom + 1, label.commune)


@lru_cache(maxsize=4096)
def _fitting(text: str, face: str, size: float, width: float) -> float:
    """``size``, or smaller (not under 5 pt) so that ``text`` fits on one line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    wide = stringWidth(text, face, size)
    return size if wide <= width else max(5.0, size * width / wide)


@lru_cache(maxsize=4096)
def _lines(text: str, face: str, size: float, width: float, most: int) -> tuple[str, ...]:
    """``text`` wrapped to ``width``, at most ``most`` lines, the last cut with "…"."""
    from reportlab.lib.utils import simpleSplit

    lines = simpleSplit(text, face, size, width)
    kept = [*lines[:most - 1], " ".join(lines[most - 1:])] if len(lines) > most else lines
    return tuple(_cut(line, face, size, width) for line in kept)


def _cut(line: str, face: str, size: float, width: float) -> str:
    """``line``, or as much of it as fits with "…" (a long model name without a space)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(line, face, size) <= width:
        return line
    while line and stringWidth(line + "…", face, size) > width:
        line = line[:-1]
    return line.rstrip() + "…"


@dataclass(frozen=True)
class LabelSheet(Document):
    """A sheet of labels as a paper the Reports page can preview, print and save (PDF
    only: a label has no spreadsheet twin)."""

    labels: tuple[Label, ...] = ()
    grid: LabelGrid = GRIDS[DEFAULT_GRID]


def save_labels(sheet: LabelSheet, path: Path) -> int:
    """Write ``sheet`` to ``path`` whole or not at all (a temporary file renamed over it,
    as ``output.write_document`` does for the other papers); the pages written."""
    path = Path(path)
    check_target(path)
    temporary: Path | None = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        pages = write_labels(sheet.labels, sheet.grid, str(temporary), title=sheet.title)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        problem = disk_problem(exc)
        reason = problem.reason if problem else message("report.system_said",
                                                        error=exc.strerror or str(exc))
        raise ReportError("report.cannot_write", path=str(path), reason=reason) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
    return pages


def check_target(path: Path) -> None:
    """Refuse a target that is not a PDF file in a folder that is there, before any work
    (tags are assigned only when the sheet can then be written)."""
    if Path(path).suffix.lower() != ".pdf":
        raise ReportError("report.labels_pdf_only", name=Path(path).name)
    if path.is_dir():
        raise ReportError("report.out_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise ReportError("report.folder_missing", path=str(path), folder=str(path.parent))
