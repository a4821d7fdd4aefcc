"""Logging to a rotating file: unexpected errors are kept for support, while the user sees
only a plain sentence.

The installed app writes to the platform's user log folder (``config.default_log_dir``);
a data folder given with ``--data-dir`` keeps its log in its own ``logs/``. The file turns
over at 1 MB and three older ones are kept, so a laptop left running for years holds at
most 4 MB of log, and a technician who asks for the diagnostics file (``app.ops.
diagnostics``) still gets the last weeks of it.

The log is a plain file beside an encrypted store, so it must hold no personal data
(Law 91): an exception's message may quote what it failed on — a name in a cell, a value
of a record — so the log keeps of an exception its kind and where it happened (each
frame's file, line and function) and its message only when the message cannot carry a
record's values: a database error (the engines hide statement parameters, and a server's
``DETAIL`` line, which quotes a key, is dropped) or a system error's number and reason
(not the file name). This is ``bare_traceback``; the error dialog's details are the same
text.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_NAME = "commune-it.log"
MAX_BYTES = 1_000_000
KEPT = 3  # older files: commune-it.log.1 … .3


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


LEFT_OUT = "(message left out: it may name a person)"


def _message(exc: BaseException) -> str:
    """What of an exception's message may be written down (see the module)."""
    text = str(exc)
    from_engine = type(exc).__module__.split(".")[0] in ("sqlalchemy", "psycopg")
    if isinstance(exc, sqlite3.Error) or (from_engine and "[parameters:" not in text):
        return "\n".join(line for line in text.splitlines()
                         if not line.lstrip().startswith("DETAIL:"))
    if isinstance(exc, OSError):
        return f"[Errno {exc.errno}] {exc.strerror}" if exc.strerror else LEFT_OUT
    return LEFT_OUT


def bare_traceback(exc_info: ExcInfo) -> str:
    """The traceback of an exception and of its causes, each exception named by its kind,
    its message only where it cannot quote personal data."""
    lines: list[str] = []
    seen: set[int] = set()
    exc: BaseException | None = exc_info[1]
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = traceback.extract_tb(exc.__traceback__)
        block = ["Traceback (most recent call last):\n",
                 *traceback.format_list(frames), f"{type(exc).__module__}."
                 f"{type(exc).__qualname__}: {_message(exc)}\n"]
        lines[:0] = block if not lines else [*block, "\nwhich caused:\n"]
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "".join(lines)


class PlainFormatter(logging.Formatter):
    """The log's lines, with exceptions told by ``bare_traceback`` — always: a record
    another handler formatted first carries that handler's whole traceback text, which
    ``logging`` would otherwise reuse."""

    def format(self, record: logging.LogRecord) -> str:
        kept, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = kept

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return bare_traceback(ei).rstrip("\n")


def setup_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT,
                                      encoding="utf-8")
        handler.setFormatter(PlainFormatter(FORMAT))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def log_files(log_dir: Path) -> list[Path]:
    """The log and its older turns that exist, newest first."""
    names = [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, KEPT + 1))]
    return [log_dir / name for name in names if (log_dir / name).is_file()]
