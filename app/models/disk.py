"""When the machine, not the app, is at fault: a full disk, a read-only folder, a file the
account may not write, a disk that fails.

A commune laptop's disk fills up, a data folder is copied from a CD and stays read-only, a
USB stick is pulled out: none of that is a bug, and none of it should end in "unexpected
error, see the log" (exit 1) when a plain sentence tells the officer what to do. Such a
failure reaches the caller as an ``OSError`` with its errno, or as SQLite's own error
(``sqlite3.OperationalError``, often wrapped by SQLAlchemy, whose ``orig`` holds it), with
SQLite's result code. ``disk_problem`` reads either, anywhere in the chain of causes, and
says which it is; an error that is none of these stays a bug for the log.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

from app.messages import Message, message

FULL, READ_ONLY, DENIED, BROKEN, CANNOT_OPEN = "full", "read_only", "denied", "broken", "open"

_BY_ERRNO = {
    errno.ENOSPC: FULL, errno.EDQUOT: FULL, errno.EFBIG: FULL,
    errno.EROFS: READ_ONLY, errno.EACCES: DENIED, errno.EPERM: DENIED, errno.EIO: BROKEN,
}
_BY_SQLITE_CODE = {  # primary result codes (the low byte of an extended code)
    sqlite3.SQLITE_FULL: FULL, sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_PERM: DENIED, sqlite3.SQLITE_IOERR: BROKEN,
    sqlite3.SQLITE_CANTOPEN: CANNOT_OPEN,
}
_SAID = {  # kind: (what could not be done, why, what to do), as message codes
    FULL: ("disk.done_write", "disk.reason_full", "disk.advice_free_space"),
    READ_ONLY: ("disk.done_write", "disk.reason_read_only", "disk.advice_writable"),
    DENIED: ("disk.done_access", "disk.reason_denied", "disk.advice_writable"),
    BROKEN: ("disk.done_read_write", "disk.reason_broken", "disk.advice_check_disk"),
    CANNOT_OPEN: ("disk.done_open", "disk.reason_cannot_open", "disk.advice_writable"),
}
_MAX_DEPTH = 16  # causes followed; a chain is a handful long


@dataclass(frozen=True)
class DiskProblem:
    """What is wrong (``kind``), and the file the system named, if it named one."""

    kind: str
    path: str | None = None

    @property
    def reason(self) -> Message:
        return message(_SAID[self.kind][1])

    def sentence(self) -> Message:
        """One line for the officer: what could not be done, why, what to do."""
        done, reason, advice = (message(code) for code in _SAID[self.kind])
        if self.path is None:
            return message("disk.problem_database", done=done, reason=reason, advice=advice)
        if advice.code == "disk.advice_writable":  # a file, not the data folder
            advice = message("disk.advice_allowed")
        return message("disk.problem_file", done=done, path=self.path, reason=reason,
                       advice=advice)


def disk_problem(exc: BaseException | None) -> DiskProblem | None:
    """The machine's fault behind ``exc`` (itself, the error SQLAlchemy wraps, or what it
    was raised from), or None if ``exc`` is not one. An error merely raised while another
    was handled (``__context__``) is not followed: that is a bug, whatever came before."""
    seen = 0
    while exc is not None and seen < _MAX_DEPTH:
        found = _own_problem(exc)
        if found is not None:
            return found
        orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
        if isinstance(orig, BaseException) and (found := _own_problem(orig)) is not None:
            return found
        exc = exc.__cause__
        seen += 1
    return None


def _own_problem(exc: BaseException) -> DiskProblem | None:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        kind = _BY_SQLITE_CODE.get(code & 0xFF) if isinstance(code, int) else None
        return DiskProblem(kind) if kind else None
    if isinstance(exc, OSError) and exc.errno in _BY_ERRNO:
        return DiskProblem(_BY_ERRNO[exc.errno],
                           None if exc.filename is None else str(exc.filename))
    return None
