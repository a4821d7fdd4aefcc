"""The province's side of the command line: which database to open, and the clock repair.

``server`` commands open the database the province serves from: ``--db``, else the
``COMMUNE_IT_SERVER_DB`` variable, else the province database in the data folder. A URL that
does not parse is the user's mistake, said plainly, not a traceback from the driver.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from app.models.store import Store

from .errors import OpsError


def open_province(url: str, default: Path, backups: Path) -> Store:
    """The province's store at ``url`` (a SQLite path or a database URL), else ``default``."""
    url = url.strip()
    if not url:
        return Store(default, backups)
    if "://" in url:
        try:
            make_url(url)
        except (ArgumentError, ValueError):
            raise OpsError("ops.server_db_malformed") from None
    return Store.for_url(url, backups)
