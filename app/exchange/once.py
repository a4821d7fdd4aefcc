"""Each file is imported once, unless the officer says again (issue: an unseen outcome).

A file is known by the SHA-256 of its bytes, kept in ``imported_file`` in the same
transaction as the import it records: after a kill just past the commit the digest is
there, after a kill before it neither is. Renaming or moving the file does not make it
another file; saving it again from Excel does (another file, judged by its rows: see
``matches``).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import message
from app.models import ImportedFile
from app.models.imported_file import FILE_NAME_LENGTH

from .errors import AlreadyImported
from .summary import ImportSummary
from .tables import cannot_read

LISTS = ("staff", "equipment", "attendance")  # import.list_<kind>: what a file was


def file_digest(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise cannot_read(path, exc) from exc


def refuse_if_imported(session: Session, digest: str, path: Path) -> None:
    """``AlreadyImported`` (with the latest date) if this very file was imported here."""
    last = session.scalars(select(ImportedFile).where(ImportedFile.sha256 == digest)
                           .order_by(ImportedFile.imported_at.desc(), ImportedFile.id.desc())
                           .limit(1)).first()
    if last is None:
        return
    what = message(f"import.list_{last.kind}") if last.kind in LISTS else last.kind
    raise AlreadyImported(message(
        "import.already_imported", name=path.name, day=last.imported_at.date(),
        time=f"{last.imported_at:%H:%M}", what=what, created=last.created,
        updated=last.updated), last.imported_at, last.file_name)


def record_import(session: Session, digest: str, kind: str, path: Path,
                  summary: ImportSummary) -> None:
    """Remember the file, in the caller's transaction: with the import, or not at all."""
    session.add(ImportedFile(
        sha256=digest, kind=kind, file_name=path.name[:FILE_NAME_LENGTH],
        imported_at=datetime.now().replace(microsecond=0), created=summary.created,
        updated=summary.updated, unchanged=summary.unchanged))
