"""Bulk import and export of staff, equipment and training as .csv and .xlsx (no Qt here).

The file contract is DESIGN.md, "Import and export files". The caller owns the unit of
work::

    with store.sessions.begin() as session:
        summary = import_file(session, "staff", Path("can-bo.xlsx"))

An import checks every row before it writes anything and raises ``ImportFileError`` (with
each bad row and column in ``problems``) if any row is bad, so the caller's transaction is
rolled back with nothing written. Importing a file that export wrote changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from .attendance import import_attendance
from .errors import ExchangeError, ExportFileError, ImportFileError, RowProblem
from .export import export_file
from .register import import_register, require_register_scope
from .scope import require_device
from .summary import ImportSummary
from .tables import read_table

IMPORT_KINDS = ("staff", "equipment", "attendance")
EXPORT_KINDS = ("staff", "equipment", "training")

__all__ = [
    "EXPORT_KINDS", "IMPORT_KINDS", "ExchangeError", "ExportFileError", "ImportFileError",
    "ImportSummary", "RowProblem", "export_file", "import_file",
]


def import_file(session: Session, kind: str, path: Path) -> ImportSummary:
    """Import one file of ``kind`` (staff, equipment or attendance); all rows or none."""
    if kind not in IMPORT_KINDS:
        raise ImportFileError(f"Không nhập được «{kind}»; chọn staff, equipment hoặc attendance.")
    device = require_device(session)
    if kind != "attendance":
        require_register_scope(device, kind)
    table = read_table(Path(path))
    if kind == "attendance":
        return import_attendance(session, table, device)
    return import_register(session, kind, table, device)
