"""Opening the local SQLite store: pragmas, backup, migrations, refusal of newer files.

The database is the only copy of weeks of an officer's work, so opening it is careful:
it must be a SQLite file; a damaged one is refused before anything is written into it
(``integrity.py``); a file written by a newer app version is refused untouched (an older
app cannot know what the newer schema means); before any migration the whole file, once
fully checked, is copied to ``backups/`` with SQLite's online backup; each migration runs
in its own transaction. Last, the store's identity is checked, so that a copy of it is not
taken for the device it was copied from (``machine.py``, ``instance.py``).

A store with accounts is a SQLCipher database opened with its key (``cipher.py``,
``keyring.py``): the same checks, backups and migrations run on it with the key, and
opened without it, it is refused as locked before anything reads it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from .audit import SIGNED_IN
from .backups import copy_database, copy_keyring, prune
from .checked_stamp import stamp
from .disk import disk_problem
from .errors import StoreError
from .instance import check_instance, write_file_card
from .integrity import UNREAD, Unread, check_before_backup, check_on_open, stored_revision
from .machine import renew_if_copied
from .reference_data import ensure_reference
from .server_engine import server_engine

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_MAGIC = b"SQLite format 3\x00"
# The newest migration. Kept here so that opening an up-to-date database (every start but
# the first after an update) never loads Alembic, a tenth of a second of imports; a test
# checks it against the migrations folder.
HEAD_REVISION = "0017"


def alembic_config(connection: object | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def migration_scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema this app writes (bundles carry it too)."""
    return HEAD_REVISION


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this app knows, old ones included."""
    return frozenset(r.revision for r in migration_scripts().walk_revisions())


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python's sqlite3 (3.11) opens transactions only before DML, so schema changes and
    # PRAGMAs would run outside them; take over: no implicit handling, BEGIN on begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """SQLite with real transactions around DDL too (SQLAlchemy's documented recipe), so a
    migration that fails leaves the file as it was.

    The URL is built from the path, never pasted into a string: a folder named
    ``dữ liệu ?x=1 %20`` would otherwise be cut at its ``?`` (the rest read as options) and
    open another file. The engine never writes the values of a statement into an error
    (``hide_parameters``): an unexpected error's log would otherwise hold officials' names,
    birth dates and phone numbers. With a ``key`` the file is a SQLCipher database
    (``cipher.py``)."""
    if key is not None:
        from .cipher import make_engine as make_cipher_engine

        return make_cipher_engine(path, key, _set_pragmas, _begin)
    engine = create_engine(URL.create("sqlite", database=str(path)), hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def check_file(path: Path, key: bytes | None = None) -> None:
    """Refuse a file that is not a SQLite database before SQLite touches it; an encrypted
    store opened without its key is refused as locked (told apart by its keyring)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    from .keyring import is_locked

    if key is None and is_locked(path):
        raise StoreError("privacy.store_locked", path=str(path))
    if key is not None:
        return  # an encrypted file has no plain header: the key's check is the open
    with path.open("rb") as f:
        if f.read(16) != SQLITE_MAGIC:
            raise StoreError("store.not_a_database", path=str(path))


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, None for a new database (read as Alembic keeps it,
    in one plain query)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup(engine: Engine, path: Path, backups_dir: Path, label: str,
           key: bytes | None = None) -> Path:
    """Copy the live database (WAL included) with SQLite's online backup, once the full
    integrity check has passed: a backup must never be a copy of a damaged file. Only the
    newest five automatic backups are kept (``backups.prune``). A backup of an encrypted
    store is encrypted with the same key, its keyring copied beside it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"{path.stem}-{label}-{stamp}.sqlite3"
    raw = engine.raw_connection()
    try:
        check_before_backup(raw.driver_connection, path, backups_dir, key)
        copy_database(raw.driver_connection, target, key)
    finally:
        raw.close()
    if key is not None:
        copy_keyring(path, target)
    prune(backups_dir, path.stem)
    return target


def migrate(engine: Engine, path: Path | None, backups_dir: Path | None,
            key: bytes | None = None) -> Path | None:
    """Bring the schema to head; returns the backup made first, if any.

    A SQLite file is copied first; a PostgreSQL server's backups are its operator's
    (pg_dump), since an app cannot copy a database it does not own."""
    revision = current_revision(engine)
    head = head_revision()
    if revision == head:
        return None
    from alembic import command

    saved = None
    if revision is not None and path is not None and backups_dir is not None:
        saved = backup(engine, path, backups_dir, f"before-{head}", key)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return saved


def refuse_newer(engine: Engine) -> None:
    _refuse_revision(current_revision(engine))


def refuse_newer_file(path: Path, key: bytes | None = None,
                      revision: str | None | Unread = UNREAD) -> None:
    """The same refusal, read before the engine opens the file: its first connection turns
    the journal to WAL, which rewrites the file's header, and a newer app's file must be
    left byte for byte as it was. Read-only, in one plain query, unless the integrity check
    read the ``revision`` already on its own connection (``check_on_open``)."""
    if revision is UNREAD:
        if not path.exists() or path.stat().st_size == 0:
            return
        try:
            connection = _read_only(path, key)
            try:
                revision = stored_revision(connection)
            finally:
                connection.close()
        except Exception:  # noqa: BLE001 - sqlite3's or sqlcipher3's errors alike
            return  # what cannot be read here is told by the open that follows
    _refuse_revision(revision)


def _read_only(path: Path, key: bytes | None):
    if key is None:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    from .cipher import connect_read_only

    return connect_read_only(path, key, immutable=False)


def _refuse_revision(revision: str | None) -> None:
    if revision is None or revision == head_revision():
        return
    if revision not in known_revisions():
        raise StoreError("store.newer_schema", revision=revision)


class Store:
    """One open database (a device's SQLite file, or the province's server database):
    an engine and a session factory, migrated and with reference data loaded."""

    def __init__(self, path: Path, backups_dir: Path | None = None,
                 key: bytes | None = None) -> None:
        self.path: Path | None = Path(path)
        self.backups_dir = backups_dir or self.path.parent / "backups"
        self.key = key  # the SQLCipher key of an encrypted store (keyring.py), else None
        check_file(self.path, key)
        revision = check_on_open(self.path, self.backups_dir, key)  # before any write
        refuse_newer_file(self.path, key, revision)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._open(make_engine(self.path, key), str(self.path))

    @classmethod
    def for_url(cls, url: str, backups_dir: Path | None = None) -> Store:
        """A store at a database URL: ``sqlite:///file`` or a path, or PostgreSQL
        (``postgresql+psycopg://…``) for the provincial server."""
        parsed = make_url(url) if "://" in url else None
        if parsed is None or parsed.get_backend_name() == "sqlite":
            return cls(Path(parsed.database) if parsed is not None else Path(url), backups_dir)
        store = cls.__new__(cls)
        store.path, store.backups_dir, store.key = None, None, None
        try:
            engine = server_engine(url)
        except (ArgumentError, ImportError) as exc:
            raise StoreError("store.bad_address", reason=str(exc)) from exc
        store._open(engine, parsed.render_as_string(hide_password=True))
        return store

    def _open(self, engine: Engine, label: str) -> None:
        self.engine = engine
        try:
            refuse_newer(engine)
            self.last_backup = migrate(engine, self.path, self.backups_dir, self.key)
        except (sqlite3.DatabaseError, DatabaseError) as exc:
            engine.dispose()
            problem = disk_problem(exc)
            reason = problem.reason if problem else str(exc)
            raise StoreError("store.cannot_open", label=label, reason=reason) from exc
        except BaseException:
            engine.dispose()
            raise
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._signed_in: object | None = None
        card = None
        with self.sessions.begin() as session:
            ensure_reference(session)
            self.renewed = renew_if_copied(session)
            if self.path is not None:  # a copy beside its original (instance.py)
                card, copy = check_instance(session, self.path, renewed=self.renewed,
                                            backed_up=self.last_backup is not None)
                self.renewed = self.renewed or copy is not None
        if card is not None:
            write_file_card(self.path, card)

    @property
    def signed_in(self) -> object | None:
        """Who works on this store (``app.ops.accounts.SignedIn``), None on a plain store.

        Every session opened from now on carries it in ``session.info`` (``SIGNED_IN``):
        the journal names the account on each change and refuses a viewer's writes there,
        below any window or command, so no path writes as nobody or as a viewer."""
        return self._signed_in

    @signed_in.setter
    def signed_in(self, who: object | None) -> None:
        self._signed_in = who
        self.sessions.configure(info={SIGNED_IN: who})

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()
        if self.key is not None and self.path is not None:
            stamp(self.path)  # closed cleanly: the next open need not read it whole

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
