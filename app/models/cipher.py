"""SQLCipher 4 connections to an encrypted store, and turning a plain store into one.

``sqlcipher3`` is imported only here and only when a key is given: a store without
accounts stays a plain SQLite file opened with Python's own ``sqlite3``, as before, and
pays nothing. The key is the store's random 256-bit key given raw (``x'…'``), so SQLCipher
runs no key derivation of its own on each connection: the slow Argon2id derivation is paid
once, at sign-in (``keyring.py``). SQLCipher's own log goes to stderr; it is silenced, since
the command line prints one line, and a wrong key is told by the exception.

Encrypting in place (``encrypt_copy``) is SQLCipher's ``sqlcipher_export`` from the plain
file into a new one attached with the key; the caller checks every table's row count on
both sides before it swaps them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"


def driver() -> ModuleType:
    import sqlcipher3.dbapi2

    return sqlcipher3.dbapi2


def errors_of(connection: Any) -> ModuleType:
    """The DB-API module a connection comes from, for its exception classes: ``sqlite3``
    or ``sqlcipher3.dbapi2`` (whose errors are not ``sqlite3``'s)."""
    if isinstance(connection, sqlite3.Connection):
        return sqlite3
    return driver()


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def apply_key(connection: Any, key: bytes) -> None:
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(key))


def connect(target: str | Path, key: bytes, *, uri: bool = False, **kwargs: Any) -> Any:
    """A SQLCipher connection with ``key`` applied before anything is read."""
    connection = driver().connect(str(target), uri=uri, **kwargs)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def connect_read_only(path: Path, key: bytes, *, immutable: bool = True) -> Any:
    """Read only, nothing made beside the file (``immutable``), as the plain checks do."""
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    return connect(f"{path.resolve().as_uri()}?{options}", key, uri=True)


def is_encrypted_file(path: Path) -> bool:
    """A non-empty file that does not start as a plain SQLite database does."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != SQLITE_MAGIC


def make_engine(path: Path, key: bytes, on_connect: Any, on_begin: Any):  # -> Engine
    """The store's engine over SQLCipher: the plain engine's URL and pool, the key applied
    first on every new connection, then the same pragmas."""
    from sqlalchemy import URL, create_engine, event

    def keyed(dbapi_connection: Any, record: object) -> None:
        apply_key(dbapi_connection, key)
        # sorts and temporary tables in memory: a temporary file would be one more copy
        dbapi_connection.execute("PRAGMA temp_store = MEMORY")
        on_connect(dbapi_connection, record)

    engine = create_engine(URL.create("sqlite", database=str(path)), module=driver(),
                           hide_parameters=True)
    event.listen(engine, "connect", keyed)
    event.listen(engine, "begin", on_begin)
    return engine


def table_counts(connection: Any, schema: str = "main") -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
            for name in names}


def encrypt_copy(plain: Path, target: Path, key: bytes) -> dict[str, int]:
    """Write ``plain``'s whole content (the WAL's last writes included) into the new
    encrypted file ``target``; the row count of every table, the same on both sides (a
    difference is refused: nothing is swapped)."""
    from .errors import StoreError

    connection = driver().connect(str(plain), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        before = table_counts(connection)
        connection.execute("ATTACH DATABASE ? AS encrypted KEY ?",
                           (str(target), f"x'{key.hex()}'"))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        after = table_counts(connection, "encrypted")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    if before != after:
        raise StoreError("privacy.encrypt_mismatch", path=str(plain))
    return after
