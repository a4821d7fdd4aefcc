"""The province's printed reports: which there are, and making one from the province's
database (every commune's merged records, the same tables as a laptop's) into a PDF or
XLSX file.

Each paper is one read of the store here (a few grouped queries over every commune of the
province at once) and a builder in ``app.reports.province``. ``server report`` comes here,
and the province console may too. What needs no store (the name, the file's extension, a
font without Vietnamese letters) is refused before the store is read; a database that is
not a province's (no province identity: a laptop's, or one never used) is refused in
words, not printed as a province of nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.models import Device
from app.models import province_report_queries as figures
from app.models.indicators import commune_indicators
from app.models.report_queries import equipment_ages
from app.models.stocktake_queries import closed_rounds
from app.models.store import Store
from app.reports import catalogue
from app.reports.document import Document
from app.reports.errors import ReportError
from app.reports.output import Written, output_format, write_document
from app.reports.province import indicators, inventory, qualifications
from app.reports.province.common import ProvinceFrame
from app.sync.bundle import PROVINCE

from .commune import OVER_AGE_YEARS
from .report_courses import province_issuer
from .reports import ReportInfo


def province_report_list() -> list[ReportInfo]:
    """The province's reports, in the order ``server report --list`` prints them."""
    return [ReportInfo(name, catalogue.about_province(name), False)
            for name in catalogue.PROVINCE_REPORTS]


def check_province_request(name: str, out: Path | None = None) -> None:
    """Refuse at once an unknown name or a file type that is not written."""
    if name not in catalogue.PROVINCE_REPORTS:
        raise ReportError("report.unknown", name=name, names=list(catalogue.PROVINCE_REPORTS))
    if out is not None:
        output_format(Path(out))


def make_province_report(store: Store, name: str, out: Path, *, today: date | None = None
                         ) -> Written:
    """Write the province's report ``name`` to ``out`` (.pdf or .xlsx), whole or not at
    all; where, and how many pages."""
    check_province_request(name, out)
    if output_format(Path(out)) == "pdf":
        from app.reports.fonts import report_fonts

        report_fonts()  # the letters are checked before the store is read
    return write_document(province_document(store, name, today=today), Path(out))


def province_document(store: Store, name: str, *, today: date | None = None) -> Document:
    """The province's report ``name`` as a ``Document``, from one read of the store."""
    check_province_request(name)
    day = today or date.today()
    with store.sessions() as session:
        frame = _frame(session, day)
        built = _GATHER[name](session, frame)
    return _BUILD[name](built)


def _frame(session: Session, today: date) -> ProvinceFrame:
    """The department under the province's People's Committee, and the province's
    communes in code order with those whose records arrived."""
    me = session.get(Device, PROVINCE)
    if me is None or not me.province_code:
        raise ReportError("report.not_province")
    units = figures.province_units(session, me.province_code)
    issuer, head = province_issuer(session, me.province_code)
    reporting = figures.communes_with_records(session, [unit.code for unit in units])
    return ProvinceFrame(issuer, head, units, frozenset(reporting), today)


def _codes(frame: ProvinceFrame) -> list[str]:
    return [unit.code for unit in frame.reporting_units]


def _inventory(session: Session, frame: ProvinceFrame) -> inventory.ProvinceInventoryFigures:
    codes = _codes(frame)
    return inventory.ProvinceInventoryFigures(frame, figures.stock_by_commune(session, codes),
                                              figures.stock_by_category(session, codes),
                                              closed_rounds(session, codes))


def _qualifications(session: Session, frame: ProvinceFrame
                    ) -> qualifications.ProvinceQualificationFigures:
    return qualifications.ProvinceQualificationFigures(
        frame, figures.levels_by_commune(session, _codes(frame), frame.today))


def _indicators(session: Session, frame: ProvinceFrame) -> indicators.ProvinceIndicatorFigures:
    codes = _codes(frame)
    found = commune_indicators(session, codes, today=frame.today, over_age_years=OVER_AGE_YEARS)
    return indicators.ProvinceIndicatorFigures(
        frame, {row.commune_code: row for row in found},
        equipment_ages(session, codes, frame.today), OVER_AGE_YEARS)


_GATHER: dict[str, Callable[[Session, ProvinceFrame], Any]] = {
    "inventory": _inventory,
    "staff-qualifications": _qualifications,
    "ict-indicators": _indicators,
}
_BUILD: dict[str, Callable[[Any], Document]] = {
    "inventory": inventory.build,
    "staff-qualifications": qualifications.build,
    "ict-indicators": indicators.build,
}
