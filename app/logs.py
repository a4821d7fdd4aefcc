"""Logging to a rotating file: unexpected errors are kept for support, while the user sees
only a plain sentence.

The installed app writes to the platform's user log folder (``config.default_log_dir``);
a data folder given with ``--data-dir`` keeps its log in its own ``logs/``. The file turns
over at 1 MB and three older ones are kept, so a laptop left running for years holds at
most 4 MB of log, and a technician who asks for the diagnostics file (``app.ops.
diagnostics``) still gets the last weeks of it.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_NAME = "commune-it.log"
MAX_BYTES = 1_000_000
KEPT = 3  # older files: commune-it.log.1 … .3


def setup_logging(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_NAME
    root = logging.getLogger()
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT,
                                      encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


def log_files(log_dir: Path) -> list[Path]:
    """The log and its older turns that exist, newest first."""
    names = [LOG_NAME, *(f"{LOG_NAME}.{n}" for n in range(1, KEPT + 1))]
    return [log_dir / name for name in names if (log_dir / name).is_file()]
