"""Writing a paper to a file: the format from the file's extension, and never half a file.

The paper is written to a temporary file beside the target and renamed over it only once
whole, so a failure (a full disk, a file open in Excel, a crash) leaves the older file as it
was and no part of the new one. A failure of the machine is said as the machine's
(``disk_problem``), in the catalogue's words.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.messages import message
from app.models.disk import disk_problem

from .catalogue import FORMATS
from .document import Document
from .errors import ReportError


@dataclass(frozen=True)
class Written:
    """A paper on disk: where, in which format, and its pages (a PDF's)."""

    path: Path
    format: str
    pages: int | None = None


def output_format(path: Path) -> str:
    """"pdf" or "xlsx" from the file's extension, or a refusal naming the two."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ReportError("report.format_unknown", name=Path(path).name, formats=list(FORMATS))
    return suffix[1:]


def write_document(document: Document, path: Path) -> Written:
    """Write ``document`` to ``path`` as its extension says, whole or not at all."""
    path = Path(path)
    kind = output_format(path)
    if path.is_dir():
        raise ReportError("report.out_is_folder", path=str(path))
    if not path.parent.is_dir():
        raise ReportError("report.folder_missing", path=str(path), folder=str(path.parent))
    # A name of its own beside the target (two papers written at once do not meet), made
    # by the writer itself, so the file gets the folder's usual permissions.
    temporary: Path | None = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        pages = _write(document, temporary, kind)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        problem = disk_problem(exc)  # a full disk is said in our words, not the system's
        reason = problem.reason if problem else message("report.system_said",
                                                        error=exc.strerror or str(exc))
        raise ReportError("report.cannot_write", path=str(path), reason=reason) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):  # never hide why the writing failed
                temporary.unlink(missing_ok=True)
    return Written(path, kind, pages)


def _write(document: Document, target: Path, kind: str) -> int | None:
    if kind == "pdf":
        from .pdf import write_pdf

        return write_pdf(document, target)
    from .xlsx import write_xlsx

    write_xlsx(document, target)
    return None
