"""An encrypted store closed cleanly is not read whole again at its next open
(app/models/checked_stamp.py), and is whenever it may have changed since: damaged in place,
a write-ahead log left by a crash, no stamp, or a plain store, which is always checked.
Real SQLCipher files made through app.ops.accounts; ``problems`` (the whole-file check) is
counted where the store calls it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.demo import fill_demo
from app.models import integrity
from app.models.checked_stamp import stamp_path
from app.models.integrity import DamagedStoreError
from app.models.store import Store
from app.ops.accounts import first_administrator, sign_in
from tests.helpers import DB_NAME, make_store

PASSWORD = "mat-khau-kiem-tra-1"


@pytest.fixture
def checks(monkeypatch) -> list[int]:
    """How many times the whole-file check ran."""
    counted: list[int] = []
    whole = integrity.problems

    def counting(connection, pragma: str = "quick_check"):
        counted.append(1)
        return whole(connection, pragma)

    monkeypatch.setattr(integrity, "problems", counting)
    return counted


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    with make_store(tmp_path) as store:
        fill_demo(store)
    first_administrator(tmp_path / DB_NAME, tmp_path / "backups", "lan", PASSWORD)
    return tmp_path


def open_and_close(folder: Path) -> None:
    store, _who = sign_in(folder / DB_NAME, folder / "backups", "lan", PASSWORD)
    store.close()


def test_a_store_closed_cleanly_is_not_read_whole_again(laptop: Path, checks) -> None:
    # encrypting in place checked every table and closed the new file cleanly: stamped
    assert stamp_path(laptop / DB_NAME).is_file()
    for _ in range(3):
        open_and_close(laptop)
    assert checks == []


def test_a_page_changed_in_place_is_found_at_the_next_open(laptop: Path, checks) -> None:
    open_and_close(laptop)
    database = laptop / DB_NAME
    data = bytearray(database.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 100:middle + 400] = random.Random(3).randbytes(300)
    database.write_bytes(bytes(data))
    with pytest.raises(DamagedStoreError):
        sign_in(database, laptop / "backups", "lan", PASSWORD)
    assert checks  # the whole check ran (and then on the backups, for the good one)


def test_a_log_left_by_a_crash_or_no_stamp_means_a_whole_check(laptop: Path, checks) -> None:
    open_and_close(laptop)
    database = laptop / DB_NAME
    stamp_path(database).unlink()
    open_and_close(laptop)
    assert len(checks) == 1
    store, _who = sign_in(database, laptop / "backups", "lan", PASSWORD)
    with store.sessions.begin() as session:  # a write, and the process "dies" before close
        session.execute(integrity_probe())
    wal = database.with_name(database.name + "-wal")
    assert wal.stat().st_size > 0
    second, _who = sign_in(database, laptop / "backups", "lan", PASSWORD)
    assert len(checks) == 2
    second.close()
    store.close()


def integrity_probe():
    from sqlalchemy import text

    return text("CREATE TABLE IF NOT EXISTS probe_after_crash (x INTEGER)")


def test_a_plain_store_is_checked_at_every_open(tmp_path: Path, checks) -> None:
    make_store(tmp_path).close()
    checks.clear()
    for _ in range(3):
        Store(tmp_path / DB_NAME).close()
    assert len(checks) == 3 and not stamp_path(tmp_path / DB_NAME).exists()
