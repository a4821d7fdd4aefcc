"""Opening the store does each of its checks once (issue 17, item 1): the integrity check's
own connection also reads the schema revision that the refusal of a newer file needs. The
checks themselves are those of test_store.py and test_store_damage.py, which still pass."""

from __future__ import annotations

import sqlite3

import pytest

from app.models import integrity
from app.models.errors import StoreError
from app.models.store import Store


def connections(monkeypatch) -> list[tuple[object, dict]]:
    """Every ``sqlite3.connect`` from now on (the engine's, the checks'), with its options."""
    made: list[tuple[object, dict]] = []
    real = sqlite3.connect

    def counted(target, *args, **kwargs):
        made.append((target, kwargs))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", counted)
    return made


def test_an_existing_store_is_opened_once_before_the_engine(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    made = connections(monkeypatch)
    Store(path).close()
    read_only = [target for target, options in made if options.get("uri")]
    assert read_only == []  # the revision was read on the integrity check's connection
    assert made[0] == (path, {"isolation_level": None})  # the check itself, no pragmas


def test_the_integrity_check_reads_the_revision_it_was_asked_for(tmp_path):
    path = tmp_path / "db.sqlite3"
    assert integrity.check_on_open(path, tmp_path) is integrity.UNREAD  # nothing there yet
    Store(path).close()
    with sqlite3.connect(path) as db:
        stored = db.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert integrity.check_on_open(path, tmp_path) == stored
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE alembic_version")
    assert integrity.check_on_open(path, tmp_path) is None  # a file Alembic never touched


def test_a_newer_file_is_still_refused_when_the_revision_comes_from_the_check(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    assert integrity.check_on_open(path, tmp_path) == "9999_from_the_future"
    before = path.read_bytes()
    with pytest.raises(StoreError) as refused:
        Store(path)
    assert refused.value.code == "store.newer_schema"
    assert path.read_bytes() == before
