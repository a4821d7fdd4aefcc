"""Finding a damaged database before anything is written into it.

A database with random bytes over a page in its middle still opens: SQLite reads only the
pages a query touches, so listing, exporting and even importing into the file went on
until a query happened to reach the damaged page — and an import wrote new rows beside
it. So the file is checked as it is opened, before any write:

- ``PRAGMA quick_check`` on every open. It reads every page once and checks each b-tree's
  structure (not that indexes match their tables). Its cost is reading the file: on the
  benchmark's register of 50,000 officials and 50,000 items (a 213 MB file, 52,135 pages),
  0.19–0.37 s with the file in the page cache on this 2-core machine; a real commune's
  store (a few MB) takes milliseconds. It is bounded by the file's size, and a damaged file
  answers sooner: the check stops at its first error.
- The full ``PRAGMA integrity_check`` (about four times as long: indexes against tables)
  before each backup, so that a backup is never a copy of a damaged file.

A damaged store is refused whole — reading commands too, since what they print or export
may be wrong — with the newest backup in ``backups/`` that itself passes the check, and
how to put it in place. Nothing is written to the damaged file.

An encrypted store (``cipher.py``) is checked the same way, on a SQLCipher connection with
its key: the checks read decrypted pages, and its backups are encrypted with the same key;
its check on open is skipped when the file is exactly as it was last closed cleanly
(``checked_stamp.py`` says why that is safe for an encrypted file only).
"""

from __future__ import annotations

import enum
import logging
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from .checked_stamp import unchanged_since_stamped
from .cipher import connect, connect_read_only, errors_of, is_encrypted_file
from .cipher import driver as cipher_driver
from .errors import StoreError

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"


class DamagedStoreError(StoreError):
    """The database file is damaged; nothing was written to it."""


class Unread(enum.Enum):
    """``check_on_open`` did not open the file, so it read no schema revision either."""

    UNREAD = "unread"


UNREAD = Unread.UNREAD


def problems(connection: sqlite3.Connection, pragma: str = "quick_check") -> list[str]:
    """What ``PRAGMA quick_check`` (or ``integrity_check``) finds: empty when the file is
    sound. A file too damaged to be read at all is a problem too, not an exception; a file
    that cannot be read now (locked, unreadable: ``OperationalError``) is not called
    damaged."""
    driver = errors_of(connection)
    try:
        rows = connection.execute(f"PRAGMA {pragma}(1)").fetchall()
    except driver.OperationalError:
        raise
    except driver.DatabaseError as exc:
        return [str(exc)]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def check_on_open(path: Path, backups: Path, key: bytes | None = None) -> str | None | Unread:
    """Refuse ``path`` if ``quick_check`` finds damage (an absent or empty file is new).

    The check runs on a connection of its own with no pragmas, so it writes nothing: the
    file is left byte for byte as it was. That connection then reads the schema revision
    the file holds (``stored_revision``), returned for the store's refusal of a newer file,
    which would otherwise open the file once more (and read its schema) for one row;
    ``UNREAD`` when the file was not opened (absent, empty, or an encrypted store as it was
    last closed) or the revision could not be read."""
    if not path.exists() or path.stat().st_size == 0:
        return UNREAD
    if key is not None and unchanged_since_stamped(path):
        return UNREAD  # as it was closed, and SQLCipher refuses any page changed since
    driver = sqlite3 if key is None else cipher_driver()
    try:
        connection = sqlite3.connect(path, isolation_level=None) if key is None \
            else connect(path, key, isolation_level=None)
        try:
            found = problems(connection)
            revision = UNREAD if found else _revision_or_unread(connection, driver)
        finally:
            connection.close()
    except driver.OperationalError as exc:
        raise StoreError("store.cannot_open", label=str(path), reason=str(exc)) from exc
    if found:
        raise damaged(path, backups, found, key)
    return revision


def stored_revision(connection: Any) -> str | None:
    """The schema revision a file holds, as Alembic keeps it (None for a new database), in
    plain queries on a DB-API connection of ``sqlite3`` or ``sqlcipher3``."""
    found = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'alembic_version'").fetchone()
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
        if found else None
    return row[0] if row else None


def _revision_or_unread(connection: Any, driver: Any) -> str | None | Unread:
    try:
        return stored_revision(connection)
    except driver.Error:
        return UNREAD  # the store reads it again, and what it cannot read the open tells


def check_before_backup(raw: sqlite3.Connection, path: Path, backups: Path,
                        key: bytes | None = None) -> None:
    """The full check, on the connection about to be backed up."""
    found = problems(raw, "integrity_check")
    if found:
        raise damaged(path, backups, found, key)


def damaged(path: Path, backups: Path, found: list[str],
            key: bytes | None = None) -> DamagedStoreError:
    """The refusal: the officer is told what to do, the technical detail goes to the log."""
    log.error("the database %s is damaged: %s", path, "; ".join(found)[:2000])
    good = newest_good_backup(path, backups, key)
    if good is None:
        return DamagedStoreError("store.damaged_no_backup", path=str(path),
                                 backups=str(backups))
    return DamagedStoreError(
        "store.damaged_backup", path=str(path), backup=str(good), name=path.name,
        folder=str(path.parent), when=datetime.fromtimestamp(good.stat().st_mtime))


def newest_good_backup(path: Path, backups: Path, key: bytes | None = None) -> Path | None:
    """The newest backup of ``path`` in ``backups`` that passes ``quick_check``.

    Backups are opened immutable and read only: checking them creates no file beside them."""
    try:
        candidates = [p for p in backups.glob(f"{path.stem}-*.sqlite3") if p.is_file()]
        candidates.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for candidate in candidates:
        if _sound_copy(candidate, key):
            return candidate
    return None


def _sound_copy(path: Path, key: bytes | None = None) -> bool:
    if key is not None and is_encrypted_file(path):
        return _sound_encrypted_copy(path, key)
    try:
        with path.open("rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                return False
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        return not problems(connection)
    except sqlite3.Error:
        return False
    finally:
        connection.close()


def _sound_encrypted_copy(path: Path, key: bytes) -> bool:
    driver = cipher_driver()
    try:
        connection = connect_read_only(path, key)
    except driver.Error:
        return False
    try:
        return not problems(connection)
    except driver.Error:
        return False
    finally:
        connection.close()
