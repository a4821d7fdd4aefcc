"""A list as a file: importing staff, equipment or attendance, exporting staff, equipment
or training, for the window's Excel actions and ``commune-it import|export`` alike.

The rows, their checks and the questions an import may stop to ask are ``app.exchange``'s;
an import here is one unit of work, so a refused file leaves nothing written. The
exchange package is imported only when a file is taken or written: the window's start
does not wait for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.models.store import Store

if TYPE_CHECKING:
    from app.exchange import ImportSummary


def import_list(store: Store, kind: str, path: Path, *, again: bool = False,
                add_matching: bool = False, sheet: str | None = None,
                confirm_skills: bool = False) -> ImportSummary:
    """Take in one file of ``kind``: every row, or none (``ImportFileError`` names each bad
    row; an ``ImportQuestion`` asks what ``again``, ``add_matching`` or ``sheet`` answer;
    ``confirm_skills``: an attendance file confirms digital skills its officials passed)."""
    from app.exchange import import_file

    with store.sessions.begin() as session:
        return import_file(session, kind, Path(path), again=again,
                           add_matching=add_matching, sheet=sheet,
                           confirm_skills=confirm_skills)


def export_list(store: Store, kind: str, path: Path) -> int:
    """Write the live records of ``kind`` to ``path`` (.xlsx or .csv); the number of rows."""
    from app.exchange import export_file

    from .audit import record_event

    with store.sessions() as session:
        count = export_file(session, kind, Path(path))
    # every register file names people (officials, holders of items, trainees): logged
    record_event(store, "export", what=kind, rows=count, format=Path(path).suffix.lower())
    return count
