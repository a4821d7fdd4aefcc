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
_WRITABLE = ("Hãy cho phép ghi vào thư mục dữ liệu (hoặc chép nó sang ổ ghi được) rồi chạy lại "
             "lệnh.")
_ALLOWED = "Hãy cấp quyền ghi (hoặc chọn tệp, thư mục khác) rồi chạy lại lệnh."
_SAID = {  # kind: (what could not be done, why, what to do)
    FULL: ("Không ghi được vào", "ổ đĩa đã đầy",
           "Hãy giải phóng chỗ trống trên ổ đĩa rồi chạy lại lệnh."),
    READ_ONLY: ("Không ghi được vào", "ổ đĩa, thư mục hoặc tệp chỉ cho phép đọc", _WRITABLE),
    DENIED: ("Không truy cập được", "tài khoản đang dùng không có quyền với tệp hoặc thư mục "
             "này", _WRITABLE),
    BROKEN: ("Không đọc ghi được", "ổ đĩa báo lỗi (ổ đầy, bị rút ra hoặc bị hỏng)",
             "Hãy kiểm tra ổ đĩa rồi chạy lại lệnh."),
    CANNOT_OPEN: ("Không mở được", "thư mục không cho phép ghi, hoặc tệp không còn ở đó",
                  _WRITABLE),
}
_MAX_DEPTH = 16  # causes followed; a chain is a handful long


@dataclass(frozen=True)
class DiskProblem:
    """What is wrong (``kind``), and the file the system named, if it named one."""

    kind: str
    path: str | None = None

    @property
    def reason(self) -> str:
        return _SAID[self.kind][1]

    def sentence(self) -> str:
        """One line for the officer: what could not be done, why, what to do."""
        done, reason, advice = _SAID[self.kind]
        if self.path is None:
            return f"{done} cơ sở dữ liệu: {reason}. {advice}"
        advice = _ALLOWED if advice is _WRITABLE else advice  # a file, not the data folder
        return f"{done} tệp “{self.path}”: {reason}. {advice}"


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
