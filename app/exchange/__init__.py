"""Bulk import and export of staff, equipment and training as .csv and .xlsx (no Qt here).

The file contract is DESIGN.md, "Import and export files". The caller owns the unit of
work::

    with store.sessions.begin() as session:
        summary = import_file(session, "staff", Path("can-bo.xlsx"))

An import checks every row before it writes anything and raises ``ImportFileError`` (with
each bad row and column in ``problems``) if any row is bad, so the caller's transaction is
rolled back with nothing written. Importing a file that export wrote changes nothing.

An import may also stop to ask (``ImportQuestion``, nothing written): the same file was
imported here before (``AlreadyImported``; ``again=True`` imports it anyway), rows without
an id match officials already recorded (``MatchesExisting``; ``add_matching=True``), or a
workbook holds several sheets of data (``SheetChoice``; ``sheet=`` names one). An
attendance file confirms the basic digital skills of officials who passed a digital skills
course only with ``confirm_skills=True``; otherwise a note counts them. What an
import reads is bounded (``limits``) and its file's digest is kept with it (``once``).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from app.collector import collector_held

from .attendance import import_attendance
from .columns import IMPORT_COLUMNS
from .errors import (
    AlreadyImported,
    ExchangeError,
    ExportFileError,
    ImportFileError,
    ImportQuestion,
    Match,
    MatchesExisting,
    RowProblem,
    SheetChoice,
)
from .export import export_file
from .layout import header_fits
from .limits import check_file
from .once import file_digest, record_import, refuse_if_imported
from .register import import_register, require_register_scope
from .scope import require_device
from .summary import ImportSummary
from .tables import file_format, open_table

IMPORT_KINDS = ("staff", "equipment", "attendance")
EXPORT_KINDS = ("staff", "equipment", "training")

__all__ = [
    "EXPORT_KINDS", "IMPORT_KINDS", "AlreadyImported", "ExchangeError", "ExportFileError",
    "ImportFileError", "ImportQuestion", "ImportSummary", "Match", "MatchesExisting",
    "RowProblem", "SheetChoice", "export_file", "import_file",
]


def import_file(session: Session, kind: str, path: Path, *, again: bool = False,
                add_matching: bool = False, sheet: str | None = None,
                confirm_skills: bool = False) -> ImportSummary:
    """Import one file of ``kind`` (staff, equipment or attendance); all rows or none.

    ``again`` takes a file already imported here, ``add_matching`` adds officials that
    look like recorded ones, ``sheet`` names the workbook's sheet to read.
    """
    if kind not in IMPORT_KINDS:
        raise ImportFileError("import.kind_unknown", kind=kind)
    device = require_device(session)
    if kind != "attendance":
        require_register_scope(device)
    path = Path(path)
    file_format(path)
    check_file(path)
    digest = file_digest(path)
    if not again:
        refuse_if_imported(session, digest, path)
    with collector_held(), open_table(path, sheet, header_fits(IMPORT_COLUMNS[kind])) as table:
        if kind == "attendance":
            summary = import_attendance(session, table, device,
                                        confirm_skills=confirm_skills)
        else:
            summary = import_register(session, kind, table, device, add_matching)
        summary.sheet, summary.other_sheets = table.sheet, table.other_sheets
    record_import(session, digest, kind, path, summary)
    return summary
