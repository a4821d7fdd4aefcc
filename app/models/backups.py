"""Copies of the store: made whole, kept few, and read before one is put back.

Three kinds of copy exist: the automatic one the store takes before a migration (and before
a restore) in ``backups/`` beside the database, the one an officer makes on a USB stick from
Settings, and a file an officer picks to restore. All are made with SQLite's online backup,
which copies a consistent state of the live database, the write-ahead log included, while
the window keeps working; a plain file copy of a database in WAL mode can miss the last
writes or catch one half-done.

Why only the last five automatic backups are kept: each is a whole copy of the store, made
before every migration and every restore; over years of updates on a laptop with a small
disk they would fill it. Five cover the updates of a long season away from the province,
and ``integrity.newest_good_backup`` never needed more than the newest sound one.

A file offered for restore is read without trusting it: opened read-only and immutable (no
``-wal`` or ``-shm`` file is made beside it on the stick), checked page by page, and asked
only plain questions (its schema, its device's communes, how many records) that every
schema since the first can answer.

A backup of an encrypted store is encrypted with the store's own key (SQLite's backup
between two SQLCipher connections keyed alike copies encrypted pages), and the store's
keyring is copied beside it (``…sqlite3.keys``): it holds only wrapped keys, and without it
the backup could not be opened if the live keyring were lost.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .cipher import connect, connect_read_only, errors_of, is_encrypted_file
from .device import Setting
from .equipment import Equipment
from .errors import StoreError
from .instance import INSTANCE_KEY, Card
from .integrity import problems
from .keyring import keyring_path
from .machine import become_new_device, machine_fingerprint
from .setup import current_device
from .staff import Staff
from .training import Course

log = logging.getLogger(__name__)
KEEP = 5  # automatic backups kept in backups/
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal", ".keys")
# What the restore dialog counts, in every schema since 0001: table → its records.
COUNTED = {"staff": "staff", "equipment": "equipment", "courses": "course"}


@dataclass(frozen=True)
class StoreFacts:
    """What a database file holds, as the restore dialog shows it."""

    revision: str
    communes: tuple[str, ...]
    role: str
    staff: int
    equipment: int
    courses: int


def copy_database(source: sqlite3.Connection, target: Path, key: bytes | None = None) -> Path:
    """Write a consistent copy of the open database ``source`` to ``target``, whole or not
    at all: it is written under a temporary name in the same folder, flushed to the disk
    and renamed, so a stick pulled out half-way leaves no file that looks like a backup.
    With ``key`` the source is an encrypted store and the copy is encrypted alike."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".part", dir=target.parent)
    os.close(fd)
    try:
        copy = sqlite3.connect(temp) if key is None else connect(temp, key)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            copy.close()
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def copy_keyring(database: Path, backup: Path) -> None:
    """The keyring of ``database`` beside its backup (``<backup>.keys``)."""
    shutil.copyfile(keyring_path(database), keyring_path(backup))


def prune(backups: Path, stem: str, keep: int = KEEP) -> list[Path]:
    """Remove the automatic backups of the database ``stem`` beyond the newest ``keep``
    (with any ``-wal``/``-shm`` beside them); the removed files. A file that cannot be
    removed is left and logged: pruning never stops the work that made a new backup."""
    try:
        found = [p for p in backups.glob(f"{stem}-*.sqlite3") if p.is_file()]
        found.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    except OSError as exc:
        log.warning("cannot list the backups in %s: %s", backups, exc)
        return []
    removed = []
    for old in found[keep:]:
        try:
            for side in SIDE_FILES:
                Path(f"{old}{side}").unlink(missing_ok=True)
            old.unlink()
        except OSError as exc:
            log.warning("cannot remove the old backup %s: %s", old, exc)
            continue
        removed.append(old)
    return removed


@contextmanager
def read_only(path: Path, key: bytes | None = None) -> Iterator[Any]:
    """A database file opened to be read and never written, nothing made beside it; a file
    that is not a SQLite database is refused before SQLite reads it. An encrypted file is
    read with ``key`` (the store's: a backup keeps its store's key); without one it is
    refused as encrypted when its keyring lies beside it, else as another program's."""
    if is_encrypted_file(path) and (key is not None or keyring_path(path).exists()):
        if key is None:
            raise StoreError("backup.encrypted_no_key", path=str(path))
        connection = connect_read_only(path, key)
        try:
            yield connection
        finally:
            connection.close()
        return
    try:
        with path.open("rb") as f:
            if f.read(16) != SQLITE_MAGIC:
                raise StoreError("backup.not_a_store", path=str(path))
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except OSError as exc:
        raise StoreError("backup.unreadable", path=str(path), reason=exc.strerror
                         or str(exc)) from exc
    try:
        yield connection
    finally:
        connection.close()


def facts(path: Path, key: bytes | None = None) -> StoreFacts:
    """Read what a database file holds, refusing a damaged file or one of another program;
    an encrypted file that ``key`` does not open is refused as another store's."""
    with read_only(path, key) as connection:
        if not isinstance(connection, sqlite3.Connection):
            _opens(connection, path)
        try:
            if problems(connection):
                raise StoreError("backup.damaged", path=str(path))
            return _facts(connection, path)
        except errors_of(connection).DatabaseError as exc:
            log.warning("%s is not a store of this app: %s", path, exc)
            raise StoreError("backup.not_a_store", path=str(path)) from exc


def _opens(connection: Any, path: Path) -> None:
    """An encrypted file's first page read with the key: a wrong key is told here, before
    the check would call the file damaged (SQLCipher sees only noise without its key)."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except errors_of(connection).DatabaseError as exc:
        log.warning("%s does not open with this store's key: %s", path, exc)
        # its keyring beside it says it is a backup of another store; else it is not one
        code = "backup.other_key" if keyring_path(path).exists() else "backup.not_a_store"
        raise StoreError(code, path=str(path)) from exc


def _facts(connection: Any, path: Path) -> StoreFacts:
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"alembic_version", "device", *COUNTED.values()} <= tables:
        raise StoreError("backup.not_a_store", path=str(path))
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    device = connection.execute("SELECT communes_json, role FROM device").fetchall()
    if revision is None or len(device) != 1:
        raise StoreError("backup.not_set_up", path=str(path))
    communes = tuple(str(code) for code in json.loads(device[0][0]))
    counts = {key: connection.execute(
        f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
        for key, table in COUNTED.items()}
    return StoreFacts(str(revision[0]), communes, str(device[0][1]), **counts)


def live_counts(session: Session) -> dict[str, int]:
    """The records of the open store, counted as ``facts`` counts a file's."""
    return {key: session.scalar(select(func.count()).select_from(model).where(
        model.deleted.is_(False))) or 0
        for key, model in (("staff", Staff), ("equipment", Equipment), ("courses", Course))}


def advance_generation(session: Session) -> Card | None:
    """Move the store's generation on after a copy of it was made (``instance.py``), so
    that the copy, put back in its place one day, is known as an older copy: a new device,
    not the one that went on writing after it. The card to write beside the database."""
    stored = session.get(Setting, INSTANCE_KEY)
    card = Card.from_json(stored.value if stored is not None else None)
    if card is None:
        return None
    card = Card(card.id, card.path, card.generation + 1, card.previous)
    session.merge(Setting(key=INSTANCE_KEY, value=card.to_json()))
    return card


def become_new(session: Session) -> str | None:
    """Make a restored store a new device (``machine.become_new_device``): its changes after
    the backup were sent under sequence numbers it would reuse. The new id, or None for a
    store with no device (or the province's, which keeps its identity)."""
    device = current_device(session)
    if device is None or device.role == "province":
        return None
    become_new_device(device, machine_fingerprint())
    return device.id
