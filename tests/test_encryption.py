"""The store encrypted at rest (SQLCipher 4): the file, its WAL and its backups hold none of
the demo's names or birth dates once the first account is made; a locked store is not
opened without its key; an encrypted store's damage is found with its key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.demo import fill_demo
from app.models import Staff
from app.models.errors import StoreError
from app.models.integrity import DamagedStoreError
from app.models.keyring import keyring_path
from app.models.store import SQLITE_MAGIC, Store, backup
from app.ops.accounts import first_administrator, sign_in
from tests.helpers import DB_NAME, make_store

PASSWORD = "mat-khau-cua-lan"


def demo_store(folder: Path) -> tuple[Path, list[str]]:
    """A plain store with the demo commune; the personal values to look for in its files."""
    with make_store(folder) as store:
        fill_demo(store)
        with store.sessions() as session:
            people = session.execute(select(Staff.full_name, Staff.birth_date)).all()
    secrets = [name for name, _ in people] + [born.isoformat() for _, born in people]
    return folder / DB_NAME, secrets


def leaks(path: Path, secrets: list[str]) -> list[str]:
    data = path.read_bytes()
    return [s for s in secrets
            if s.encode("utf-8") in data or s.encode("utf-16-le") in data]


def files_of(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not p.name.endswith((".keys", ".attempts", ".identity", ".log")))


def test_store_wal_and_backups_hold_no_personal_data_once_encrypted(tmp_path):
    database, secrets = demo_store(tmp_path)
    assert leaks(database, secrets), "the plain store should show the names (test check)"
    first_administrator(database, tmp_path / "backups", "lan", PASSWORD)
    store, _who = sign_in(database, tmp_path / "backups", "lan", PASSWORD)
    try:
        with store.sessions.begin() as session:  # a write that stays in the WAL
            person = session.scalars(select(Staff)).first()
            person.phone = "0912345678"
        backup(store.engine, database, tmp_path / "backups", "test", store.key)
        wal = Path(f"{database}-wal")
        assert wal.exists() and wal.stat().st_size > 0
        checked = files_of(tmp_path)
        assert wal in checked and len([p for p in checked if "backups" in p.parts]) == 2
        for path in checked:
            assert not leaks(path, secrets), path
            assert path.read_bytes()[:16] != SQLITE_MAGIC or path.stat().st_size == 0, path
    finally:
        store.close()


def test_a_locked_store_is_not_opened_without_its_key(tmp_path):
    database, _secrets = demo_store(tmp_path)
    first_administrator(database, tmp_path / "backups", "lan", PASSWORD)
    before = database.read_bytes()
    with pytest.raises(StoreError) as refused:
        Store(database, tmp_path / "backups")
    assert refused.value.code == "privacy.store_locked"
    keyring_path(database).rename(tmp_path / "elsewhere.keys")  # even without its keyring
    with pytest.raises(StoreError):
        Store(database, tmp_path / "backups")
    assert database.read_bytes() == before
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database).execute("SELECT count(*) FROM staff").fetchone()


def test_damage_in_an_encrypted_store_is_found_with_its_key(tmp_path):
    database, _secrets = demo_store(tmp_path)
    first_administrator(database, tmp_path / "backups", "lan", PASSWORD)
    store, _who = sign_in(database, tmp_path / "backups", "lan", PASSWORD)
    key = store.key
    store.close()
    size = database.stat().st_size
    with database.open("r+b") as f:  # random bytes over a page in the middle
        f.seek(size // 2 // 4096 * 4096)
        f.write(b"\x55" * 4096)
    with pytest.raises(DamagedStoreError) as refused:
        Store(database, tmp_path / "backups", key)
    assert refused.value.code == "store.damaged_backup"
    assert "before-encryption" in str(refused.value.values["backup"])
