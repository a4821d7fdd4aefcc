"""Damage found before it spreads (issue 9, item 9): a store with random bytes over a page
in its middle is refused by every command — reading ones too — with exit 2, one line that
names the newest good backup and how to put it back, and the file left byte for byte.

The store is a real one: an older app's database (the stored revision-0004 fixture) that
``import staff`` migrates (making a real backup in ``DIR/backups``) and fills with 300
officials, so the staff table's b-tree has many pages; one leaf in its middle, found with
SQLite's ``dbstat``, is overwritten. Everything runs through real ``commune-it`` processes.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.machine import MACHINE_ENV
from tests.helpers import DATA_DIR, DB_NAME

ROOT = Path(__file__).resolve().parents[1]
PAGE = 4096


def cli(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, MACHINE_ENV: "machine-damage-tests"}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir),
                           *map(str, args)], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def staff_csv(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["full_name", "gender", "birth_date", "ethnicity", "phone"])
        for n in range(start, start + count):
            writer.writerow([f"Lò Văn Thắng {n}", "male", "1990-01-01", "Thái", f"09{n:08d}"])
    return path


def middle_page(database: Path, table: str) -> int:
    """A leaf page from the middle of ``table``'s b-tree (not page 1, not its root)."""
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        leaves = [n for (n,) in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,))]
    finally:
        connection.close()
    assert len(leaves) > 4, leaves
    return leaves[len(leaves) // 2]


def corrupt_page(database: Path, page: int, seed: int = 9) -> None:
    noise = random.Random(seed).randbytes(PAGE)
    with database.open("r+b") as f:
        f.seek((page - 1) * PAGE)
        f.write(noise)


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> Path:
    """A data dir whose store was migrated from an older app (so it has a backup) and then
    filled with 300 officials."""
    folder = tmp_path_factory.mktemp("damage") / "data"
    folder.mkdir()
    shutil.copyfile(DATA_DIR / "db" / "rev0004.sqlite3", folder / DB_NAME)
    result = cli(folder, "import", "staff", staff_csv(folder.parent / "staff.csv", 300))
    assert result.returncode == 0, result.stderr
    assert len(list((folder / "backups").glob("*.sqlite3"))) == 1
    return folder


@pytest.fixture
def damaged(sound, tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(sound, folder)
    corrupt_page(folder / DB_NAME, middle_page(folder / DB_NAME, "staff"))
    return folder


def assert_refused_untouched(folder: Path, result: subprocess.CompletedProcess[str],
                             before: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert digest(folder / DB_NAME) == before
    assert not (folder / f"{DB_NAME}-wal").exists()
    return lines[0]


@pytest.mark.parametrize("command", [
    ("sync", "status"),
    ("export", "staff", "{out}/staff.csv"),
    ("import", "staff", "{out}/more.csv"),
], ids=["sync-status", "export-staff", "import-staff"])
def test_a_damaged_store_is_refused_by_every_command_and_left_as_it_was(damaged, tmp_path,
                                                                        command):
    staff_csv(tmp_path / "more.csv", 5, start=1000)
    args = [part.format(out=tmp_path) for part in command]
    before = digest(damaged / DB_NAME)
    line = assert_refused_untouched(damaged, cli(damaged, *args), before)
    backup = only_backup(damaged)
    assert "bị hỏng" in line and str(backup) in line, line
    assert f"đổi tên thành {DB_NAME}" in line
    assert not (tmp_path / "staff.csv").exists()


def only_backup(folder: Path) -> Path:
    backups = sorted((folder / "backups").glob("*.sqlite3"))
    assert len(backups) == 1, backups
    return backups[0]


def test_the_newest_backup_that_is_itself_damaged_is_passed_over(damaged):
    good = only_backup(damaged)
    bad = damaged / "backups" / f"{good.stem[:len('commune-it')]}-before-0099-x.sqlite3"
    shutil.copyfile(damaged / DB_NAME, bad)
    os.utime(bad, (good.stat().st_mtime + 60, good.stat().st_mtime + 60))
    before = digest(damaged / DB_NAME)
    line = assert_refused_untouched(damaged, cli(damaged, "sync", "status"), before)
    assert str(good) in line and bad.name not in line, line


def test_without_a_good_backup_the_message_says_so(damaged):
    shutil.rmtree(damaged / "backups")
    before = digest(damaged / DB_NAME)
    line = assert_refused_untouched(damaged, cli(damaged, "export", "staff",
                                                 damaged / "out.csv"), before)
    assert "Không có bản sao lưu nào dùng được" in line


def test_restoring_the_named_backup_as_told_gives_a_working_new_device(damaged):
    """The officer follows the message; the restored store opens, and since it is an older
    copy of this device's database it becomes a new device (it would reuse sequence numbers
    the province has seen)."""
    line = cli(damaged, "sync", "status").stderr
    backup = Path(line.split("Bản sao lưu tốt gần nhất: ")[1].split(" (lúc")[0])
    assert backup.parent == damaged / "backups"
    connection = sqlite3.connect(f"{(damaged / DB_NAME).as_uri()}?mode=ro&immutable=1",
                                 uri=True)
    (device_id,) = connection.execute("SELECT id FROM device").fetchone()
    connection.close()
    aside = damaged.parent / "damaged-aside"
    aside.mkdir()
    (damaged / DB_NAME).rename(aside / DB_NAME)
    shutil.copyfile(backup, damaged / DB_NAME)
    result = cli(damaged, "sync", "status", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["device_id"] != device_id
    exported = cli(damaged, "export", "staff", damaged / "out.csv")
    assert exported.returncode == 0, exported.stderr
    assert "1 dòng" in exported.stdout  # the backup was taken before the 300 were imported


def test_the_full_check_runs_before_a_backup(tmp_path):
    """An index that no longer matches its table passes ``quick_check`` but not
    ``integrity_check``: the migration that would back it up is refused, no backup is made
    and the file is left as it was."""
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / DB_NAME
    shutil.copyfile(DATA_DIR / "db" / "rev0004.sqlite3", database)
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")  # as the app keeps every store
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ix_staff_hlc ON staff "
                       "(phone)' WHERE name = 'ix_staff_hlc'")
    connection.close()
    check = sqlite3.connect(database)
    assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    check.close()
    before = digest(database)
    line = assert_refused_untouched(folder, cli(folder, "sync", "status"), before)
    assert "bị hỏng" in line
    assert not list(folder.glob("backups/*.sqlite3"))


def test_the_window_says_it_in_a_message_and_exits_2(damaged, qapp, monkeypatch):
    from app.ui import main
    from app.ui.shell import desktop
    shown: list[str] = []
    monkeypatch.setattr(desktop, "show_message",
                        lambda _parent, _icon, _title, text, details="": shown.append(text))
    monkeypatch.setattr(desktop, "run_window", lambda *_args: 0)  # the store must not open
    before = digest(damaged / DB_NAME)
    assert main.run(damaged, ["commune-it"]) == 2
    assert len(shown) == 1 and "bị hỏng" in shown[0] and str(only_backup(damaged)) in shown[0]
    assert digest(damaged / DB_NAME) == before
