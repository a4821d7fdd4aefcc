"""The install's self-check (``commune-it selfcheck``; the window adds its output to the
diagnostics file): what a province technician on the telephone asks a commune to run first.

Each check answers one question with one line, passed, failed or a note: can the database
be read and is it sound; would an update's schema upgrade work on it; can the app print a
Vietnamese paper; do the translations load; can Qt start; can the data folder be written
and has it room. A check that fails does not stop the others: the technician wants the
whole list.

Why read-only, and on copies: the check runs on a laptop whose data may be the only copy of
months of work, possibly damaged, possibly from a newer version. So the user's database is
opened read-only (immutable when no write-ahead log is beside it, so not even a side file
appears) and is never migrated or written; the upgrades run on a temporary copy made with
SQLite's online backup, and on an empty database, so every step of every upgrade is run
once. Before setup there is no database: a fresh install is healthy, so that is a note.

Qt is the window's (only ``app.ui`` imports it): the command line and the window pass the
Qt half in as ``qt_probe`` (``app.ui.runtime.qt_probe``), which runs it in a process of its
own, since a Qt that cannot start aborts the process it runs in. The checks themselves are
in ``selfcheck_checks``; this module runs them and words the whole.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from app.config import Paths
from app.logs import LOG_NAME
from app.messages import Message, message
from app.models.disk import disk_problem
from app.models.errors import ModelError

from .selfcheck_checks import (
    COPY_NAME,
    FAILED,
    MIN_FREE_MB,
    NOTE,
    PASSED,
    Check,
    check_data_dir,
    check_migrations,
    check_report,
    check_store,
)

__all__ = ["FAILED", "MIN_FREE_MB", "NOTE", "PASSED", "Check", "QtProbe", "as_text",
           "check_data_dir", "failures", "run_selfcheck"]
log = logging.getLogger(__name__)
ORDER = ("store", "migrations", "report", "translations", "qt", "data_dir")  # as printed
QtProbe = Callable[[], list[Check]]


def run_selfcheck(paths: Paths, qt_probe: QtProbe | None = None) -> list[Check]:
    """Every check, in the order they are printed. The Qt probe mostly waits for a process
    of its own to start Qt, so it runs beside the others."""
    logged = paths.logs / LOG_NAME
    with ThreadPoolExecutor(max_workers=1) as beside:
        qt_checks = beside.submit(_probed, qt_probe, logged) if qt_probe is not None else None
        checks = _checks_here(paths, logged)
        checks += qt_checks.result() if qt_checks is not None else []
    return sorted(checks, key=lambda check: ORDER.index(check.subject))


def _probed(qt_probe: QtProbe, logged: Path) -> list[Check]:
    """The probe's lines; a probe that could not even start its process is Qt's failure."""
    try:
        return qt_probe()
    except Exception as exc:
        return [failure("qt", logged, exc)]


def _checks_here(paths: Paths, logged: Path) -> list[Check]:
    with tempfile.TemporaryDirectory(prefix="commune-it-selfcheck-") as folder:
        scratch = Path(folder)
        checks = [
            guarded("store", logged, lambda: check_store(paths.database, paths.backups,
                                                         scratch / COPY_NAME)),
            guarded("migrations", logged, lambda: check_migrations(scratch)),
            guarded("report", logged, lambda: check_report(scratch)),
        ]
    checks.append(guarded("data_dir", logged,
                          lambda: check_data_dir(paths.data_dir, paths.database)))
    return checks


def guarded(subject: str, logged: Path, work: Callable[[], Check]) -> Check:
    """``work``'s line; a refusal it meets is its failure in words, a bug is logged."""
    try:
        return work()
    except Exception as exc:
        return failure(subject, logged, exc)


def failure(subject: str, logged: Path, exc: Exception) -> Check:
    """The failed line of ``subject`` for ``exc``: a refusal's own words, the machine's
    fault (a full disk, a folder it may not write) in words, else a bug, logged."""
    if isinstance(exc, ModelError):
        return Check(subject, FAILED, exc.message)
    if (problem := disk_problem(exc)) is not None:
        return Check(subject, FAILED, problem.sentence())
    log.error("selfcheck: the %s check failed", subject, exc_info=exc)
    return Check(subject, FAILED, message("selfcheck.unexpected", log=str(logged),
                                          error=f"{type(exc).__name__}: {exc}"))


def failures(checks: Sequence[Check]) -> Message | None:
    """The summary of what failed, or None when nothing did."""
    failed = [check.subject_message() for check in checks if check.failed]
    if not failed:
        return None
    return message("selfcheck.failed", count=len(failed), subjects=failed)


def as_text(checks: Sequence[Check], languages: Sequence[str] = ("vi", "en")) -> str:
    """The lines and the summary in each language, for the diagnostics file."""
    summary = failures(checks) or message("selfcheck.passed")
    blocks = ["".join(f"{line.text(language)}\n" for line in
                      [*(check.line() for check in checks), summary])
              for language in languages]
    return "\n".join(blocks)


