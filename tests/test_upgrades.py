"""Upgrades never lose data: a database written by each released schema (the fixtures of
tests/fixtures/schemas/, made by those releases themselves: make_fixtures.py) opens in this
version after an automatic backup, with every record as it was; a database of a newer
version is refused in plain words and left byte for byte as it was; and only the newest
five automatic backups are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.models.backups import KEEP, prune
from app.models.errors import StoreError
from app.models.store import Store, current_revision, head_revision
from tests.fixtures.schemas.make_fixtures import MACHINE

SCHEMAS = Path(__file__).resolve().parent / "fixtures" / "schemas"
FIXTURES = json.loads((SCHEMAS / "schemas.json").read_text(encoding="utf-8"))
PROGRAM = Path(sys.executable).with_name("commune-it")
# What opening may change: the schema's own mark, and the store's identity card (its path).
CHANGES_ON_OPEN = {"alembic_version"}
IDENTITY_SETTING = "store.instance"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path) -> dict[str, dict[object, dict[str, object]]]:
    """Every row of every table, by primary key, as plain SQLite reads it."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        found = {}
        for table in tables:
            info = db.execute(f'PRAGMA table_info("{table}")').fetchall()
            columns = [c[1] for c in info]
            keys = [c[1] for c in sorted(info, key=lambda c: c[5]) if c[5]] or columns
            rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
            found[table] = {tuple(row[columns.index(k)] for k in keys):
                            dict(zip(columns, row, strict=True)) for row in rows}
        return found
    finally:
        db.close()


@pytest.fixture
def laptop(monkeypatch):
    """The machine the fixtures were made on: an upgrade happens on the same laptop."""
    monkeypatch.setenv("COMMUNE_IT_MACHINE_ID", MACHINE)


def place(fixture: dict[str, str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "commune-it.sqlite3"
    shutil.copyfile(SCHEMAS / fixture["file"], path)
    return path


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f["file"] for f in FIXTURES])
def test_each_released_schema_opens_with_every_record_intact(fixture, tmp_path, laptop):
    path = place(fixture, tmp_path)
    before = snapshot(path)
    assert before["alembic_version"] == {(fixture["revision"],): {
        "version_num": fixture["revision"]}}
    assert len(before["staff"]) >= 28 and len(before["equipment"]) >= 41  # a real register
    store = Store(path)
    assert current_revision(store.engine) == head_revision()
    store.close()
    after = snapshot(path)
    for table, rows in before.items():
        if table in CHANGES_ON_OPEN:
            continue
        assert table in after, f"table {table} is gone"
        added = set(after[table]) - set(rows)
        if table == "setting":  # a store from before the identity check gets its card
            added -= {(IDENTITY_SETTING,)}
        assert set(rows) <= set(after[table]) and not added, f"{table}: records lost or added"
        for key, row in rows.items():
            if table == "setting" and key == (IDENTITY_SETTING,):
                continue
            kept = {name: after[table][key][name] for name in row}
            assert kept == row, f"{table} {key} changed"
    if fixture["revision"] != head_revision():  # a migration ran: after a backup of it
        assert store.last_backup is not None
        assert store.last_backup.parent == tmp_path / "backups"
        assert snapshot(store.last_backup) == before  # the backup is the file as it was
    else:
        assert store.last_backup is None


def test_the_oldest_release_upgrades_through_the_command_line(tmp_path):
    """As an officer meets it: the updated program's first command on the old store."""
    fixture = FIXTURES[0]
    data = tmp_path / "data"
    path = place(fixture, data)
    staff = len(snapshot(path)["staff"])
    out = tmp_path / "staff.csv"
    env = dict(os.environ, COMMUNE_IT_MACHINE_ID=MACHINE)
    result = subprocess.run([str(PROGRAM), "--data-dir", str(data), "export", "staff",
                             str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == staff + 1
    backups = list((data / "backups").glob("commune-it-*.sqlite3"))
    assert len(backups) == (1 if fixture["revision"] != head_revision() else 0)


def newer(tmp_path: Path) -> Path:
    path = place(FIXTURES[-1], tmp_path / "data")
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_app'")
    db.close()
    return path


def test_a_newer_database_is_refused_in_plain_words_and_left_untouched(tmp_path, laptop):
    path = newer(tmp_path)
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        Store(path)
    assert refused.value.code == "store.newer_schema"
    assert "phiên bản mới hơn" in str(refused.value)
    assert "newer version" in refused.value.text("en")
    assert digest(path) == before
    assert not (path.parent / "backups").exists()
    assert sorted(p.name for p in path.parent.iterdir()) == ["commune-it.sqlite3"]


def test_the_command_line_refuses_a_newer_database_with_one_line(tmp_path):
    path = newer(tmp_path)
    before = digest(path)
    out = tmp_path / "staff.csv"
    result = subprocess.run([str(PROGRAM), "--data-dir", str(path.parent), "export", "staff",
                             str(out)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "phiên bản mới hơn" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and digest(path) == before


def make_backups(folder: Path, count: int, stem: str = "commune-it") -> list[Path]:
    """``count`` backups, oldest first, an hour apart."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    start = time.time() - 3600 * (count + 1)
    for n in range(count):
        path = folder / f"{stem}-before-00{n:02d}-2026010{n % 10}.sqlite3"
        path.write_bytes(b"SQLite format 3\x00" + bytes(n))
        os.utime(path, (start + 3600 * n, start + 3600 * n))
        made.append(path)
    return made


def test_only_the_newest_five_automatic_backups_are_kept(tmp_path):
    made = make_backups(tmp_path / "backups", 8)
    Path(f"{made[0]}-wal").write_bytes(b"x")
    other = make_backups(tmp_path / "backups", 2, stem="province")  # another database's
    removed = prune(tmp_path / "backups", "commune-it")
    assert sorted(removed) == sorted(made[:3])
    left = sorted((tmp_path / "backups").iterdir())
    assert left == sorted(made[3:] + other)
    assert KEEP == 5


def test_an_upgrade_prunes_backups_older_than_the_last_five(tmp_path, laptop):
    fixture = FIXTURES[0]
    assert fixture["revision"] != head_revision()
    path = place(fixture, tmp_path)
    old = make_backups(tmp_path / "backups", 6)
    store = Store(path)
    store.close()
    left = sorted((tmp_path / "backups").glob("commune-it-*.sqlite3"))
    assert len(left) == 5
    assert store.last_backup in left
    assert set(left) == {store.last_backup, *old[-4:]}
