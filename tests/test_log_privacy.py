"""The log and the error dialog's details hold no personal data (issue 15): an unexpected
exception is written with its kind and where it happened, and with its message only when
the message cannot quote a record (a database error, a system error's reason) — checked on
the real rotating log file the app writes."""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
import sys
from pathlib import Path

import pytest

from app import logs
from app.ui.runtime.errors import details_of

NAME, BIRTH = "Quàng Thị Bí Mật", "05/06/1987"


@pytest.fixture
def log_file(tmp_path: Path):
    root = logging.getLogger()
    before = list(root.handlers)
    path = logs.setup_logging(tmp_path / "logs") if not any(
        isinstance(h, logging.handlers.RotatingFileHandler) for h in before) else None
    if path is None:  # a handler from another test: use a fresh one of ours
        handler = logging.handlers.RotatingFileHandler(tmp_path / "commune-it.log",
                                                       encoding="utf-8")
        handler.setFormatter(logs.PlainFormatter(logs.FORMAT))
        root.addHandler(handler)
        path = tmp_path / "commune-it.log"
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _save(name: str) -> None:
    raise ValueError(f"không lưu được cán bộ {name}, sinh ngày {BIRTH}")


def test_an_unexpected_failure_is_logged_without_what_it_quoted(log_file: Path) -> None:
    try:
        try:
            _save(NAME)
        except ValueError as exc:
            raise RuntimeError(f"nhập tệp có {NAME}") from exc
    except RuntimeError:
        logging.getLogger("app.test").exception("import failed")
        shown = details_of(sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "import failed" in written
    for text in (written, shown):
        assert "builtins.ValueError" in text and "builtins.RuntimeError" in text
        assert "in _save" in text and "which caused" in text  # where, in order
        assert NAME not in text and BIRTH not in text and "Bí Mật" not in text
        assert logs.LEFT_OUT in text


def test_database_and_system_errors_keep_their_reason_not_their_file() -> None:
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM khong_co")
    except sqlite3.Error:
        told = logs.bare_traceback(sys.exc_info())
    assert "no such table: khong_co" in told
    try:
        Path(f"/khong-co/{NAME}.xlsx").read_text(encoding="utf-8")
    except OSError:
        told = logs.bare_traceback(sys.exc_info())
    assert "No such file or directory" in told and NAME not in told
