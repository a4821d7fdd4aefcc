"""Printed reports: which there are, and making one into a PDF or XLSX file.

Each report is a gatherer here (one read of the store, plain figures out) and a builder in
``app.reports.commune`` (figures in, a ``Document`` out), written by ``app.reports.output``
whole or not at all. The window's Reports page and ``commune-it report`` both come here;
``document`` alone serves a preview. Everything that can be refused without reading the
store (the name, the file's extension, a course option on a paper that has no course, a
font that lacks Vietnamese letters) is refused first, before any work.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.messages import Message
from app.models import report_queries as figures
from app.models.indicators import commune_indicators, total
from app.models.setup import require_device
from app.models.stocktake_queries import closed_round
from app.models.store import Store
from app.reports import catalogue, words
from app.reports.commune import (
    attendance,
    indicators,
    inventory,
    inventory_count,
    qualifications,
    sign_in,
)
from app.reports.document import Document, Issuer
from app.reports.errors import ReportError
from app.reports.issuers import commune_issuer
from app.reports.labels import LabelSheet, save_labels, write_labels
from app.reports.output import Written, output_format, write_document

from . import labels
from .commune import OVER_AGE_YEARS
from .report_courses import course_figures, province_issuer


@dataclass(frozen=True)
class ReportInfo:
    """A report's name (the command line's and the window's) and what it is."""

    name: str
    about: Message
    takes_course: bool


def report_list(*, sheets: bool = False) -> list[ReportInfo]:
    """The commune's reports, in the order the command line lists them; the label sheet
    (``asset-labels``) only with ``sheets``: the window prints it from the Equipment
    page, where the untagged items can be asked about."""
    return [ReportInfo(name, catalogue.about(name), name in catalogue.COURSE_REPORTS)
            for name in catalogue.COMMUNE_REPORTS
            if sheets or name not in catalogue.PDF_ONLY]


def check_request(name: str, out: Path | None = None, *, course: str | None = None,
                  lesson: str | None = None) -> None:
    """Refuse at once what needs no store: an unknown name, a file type not written, a
    course or lesson for a paper that has none."""
    if name not in catalogue.COMMUNE_REPORTS:
        raise ReportError("report.unknown", name=name, names=list(catalogue.COMMUNE_REPORTS))
    if out is not None:
        output_format(Path(out))
        if name in catalogue.PDF_ONLY and Path(out).suffix.lower() != ".pdf":
            raise ReportError("report.labels_pdf_only", name=Path(out).name)
    if (course or lesson) and name not in catalogue.COURSE_REPORTS:
        raise ReportError("report.course_not_taken", name=name,
                          names=sorted(catalogue.COURSE_REPORTS))


def make_report(store: Store, name: str, out: Path, *, course: str | None = None,
                lesson: str | None = None, today: date | None = None) -> Written:
    """Write the report ``name`` to ``out`` (.pdf or .xlsx); where and how many pages."""
    check_request(name, out, course=course, lesson=lesson)
    if name == labels.LABELS:
        printed = labels.print_labels(store, Path(out))
        return Written(printed.path, "pdf", printed.pages)
    if output_format(Path(out)) == "pdf":
        from app.reports.fonts import report_fonts

        report_fonts()  # the letters are checked before the store is read
    return write_document(document(store, name, course=course, lesson=lesson, today=today),
                          Path(out))


def pdf_bytes(paper: Document, *, first_pages: int | None = None,
              on_page: Callable[[int], None] | None = None) -> tuple[bytes, int]:
    """``paper`` as a PDF in memory, and its pages: with ``first_pages`` only those (a
    preview shown at once); ``on_page(n)`` as each page is finished (a progress bar)."""
    from app.reports.pdf import write_pdf

    buffer = io.BytesIO()
    if isinstance(paper, LabelSheet):
        pages = write_labels(paper.labels, paper.grid, buffer, title=paper.title,
                             pages=first_pages, on_page=on_page)
    else:
        pages = write_pdf(paper, buffer, pages=first_pages, on_page=on_page)
    return buffer.getvalue(), pages


def check_fonts() -> None:
    """Choose and check the papers' typeface now, and load the PDF writer (a window
    opening its Reports page), so the first paper waits for neither, and a missing
    Vietnamese letter is said at once."""
    from app.reports import pdf  # noqa: F401  (reportlab's layout engine, loaded once)
    from app.reports.fonts import report_fonts

    report_fonts()


def save_document(paper: Document, out: Path) -> Written:
    """Write a paper already made (the one the window shows) to ``out`` (.pdf or .xlsx),
    whole or not at all."""
    if isinstance(paper, LabelSheet):
        return Written(Path(out), "pdf", save_labels(paper, Path(out)))
    if output_format(Path(out)) == "pdf":
        from app.reports.fonts import report_fonts

        report_fonts()
    return write_document(paper, Path(out))


def document(store: Store, name: str, *, course: str | None = None,
             lesson: str | None = None, today: date | None = None) -> Document:
    """The report ``name`` as a ``Document``, from one read of the store."""
    check_request(name, course=course, lesson=lesson)
    day = today or date.today()
    if name == labels.LABELS:
        return labels.register_sheet(store, day)
    with store.sessions() as session:
        if name in catalogue.COURSE_REPORTS:
            built = course_figures(session, course, lesson, day)
        else:
            built = _GATHER[name](session, day)
    if name in catalogue.COURSE_REPORTS:  # the people of a course, by name: logged
        from .audit import record_event

        record_event(store, "report", what=name, course=course)
    return _BUILD[name](built)


def _place(session: Session) -> tuple[Issuer, tuple[str, ...], list[str]]:
    """Who issues the device's papers (its commune's People's Committee; on a trainer's
    laptop of several communes, the department), who signs for it, and its communes."""
    device = require_device(session)
    codes = list(device.communes)
    names = figures.unit_names(session, codes[0]) if len(codes) == 1 else None
    if names is not None:
        return commune_issuer(names), words.COMMUNE_HEAD, codes
    issuer, head = province_issuer(session, device.province_code)
    return issuer, head, codes


def _inventory(session: Session, today: date
               ) -> inventory.InventoryFigures | inventory_count.CountFigures:
    """After a closed stock-take round of the commune, its biên bản; else the register."""
    issuer, head, codes = _place(session)
    counted = closed_round(session, codes[0]) if len(codes) == 1 else None
    if counted is not None:
        return inventory_count.CountFigures(issuer, counted, today, head)
    return inventory.InventoryFigures(issuer, figures.inventory_items(session, codes), today,
                                      head)


def _qualifications(session: Session, today: date) -> qualifications.QualificationFigures:
    issuer, head, codes = _place(session)
    return qualifications.QualificationFigures(
        issuer, figures.staff_counts(session, codes, today), today, head)


def _indicators(session: Session, today: date) -> indicators.IndicatorFigures:
    issuer, head, codes = _place(session)
    found = commune_indicators(session, codes, today=today, over_age_years=OVER_AGE_YEARS)
    return indicators.IndicatorFigures(
        issuer, found[0] if len(found) == 1 else total(found),
        figures.equipment_ages(session, codes, today), today, OVER_AGE_YEARS, head)


_GATHER: dict[str, Callable[[Session, date], Any]] = {
    "inventory": _inventory,
    "staff-qualifications": _qualifications,
    "ict-indicators": _indicators,
}
_BUILD: dict[str, Callable[[Any], Document]] = {
    "sign-in-sheet": sign_in.build,
    "attendance-summary": attendance.build,
    "inventory": inventory_count.build_any,
    "staff-qualifications": qualifications.build,
    "ict-indicators": indicators.build,
}
