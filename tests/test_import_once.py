"""Issue 9, item 6: an import whose outcome the officer never saw is not taken twice.

The attack: ``commune-it import staff`` killed with SIGKILL just after its commit (the
officer sees nothing), then the same file of officials without ids run again, which used
to add every official a second time. Real processes through the real console script, a
real SQLite file; the window's question through pytest-qt.
"""

from __future__ import annotations

import csv
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from sqlalchemy import func, inspect, select

from app.models import Staff
from app.models.store import Store, current_revision, head_revision
from app.ui.pages.staff.view import StaffPage
from tests.helpers import DATA_DIR, DB_NAME, MUONG_PHANG
from tests.ui_helpers import (
    answer_confirmations,
    office_store,
    open_page,
    record_messages,
    runner_with_area,
    source_strings,
)

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
ROOT = Path(__file__).resolve().parents[1]
ROWS = 300
WHEN = re.compile(r"ngày (\d\d/\d\d/\d{4}) lúc (\d\d:\d\d)")

# ``commune-it import …`` in a process that kills itself with SIGKILL right after (or right
# before) the commit that follows the import: no message ever reaches the officer.
KILLER = """
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.orm import Session
import app.exchange as exchange

real, moment, state = exchange.import_file, sys.argv[1], {}

def spy(*args, **kwargs):
    summary = real(*args, **kwargs)
    state["imported"] = True
    return summary

exchange.import_file = spy

@event.listens_for(Session, moment)
def kill(_session):
    if state.get("imported"):
        os.kill(os.getpid(), signal.SIGKILL)

from app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def commune_it(data_dir: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def killed_import(data_dir: Path, moment: str, path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", KILLER, moment, "--data-dir", str(data_dir),
                           "import", "staff", str(path)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


def officials(data_dir: Path) -> int:
    db = sqlite3.connect(data_dir / DB_NAME)
    try:
        return db.execute("SELECT count(*) FROM staff WHERE deleted = 0").fetchone()[0]
    finally:
        db.close()


def import_dates(database: Path) -> list[datetime]:
    """When each import of a file was recorded (the store's ``imported_file`` table)."""
    db = sqlite3.connect(database)
    try:
        rows = db.execute("SELECT imported_at FROM imported_file ORDER BY id").fetchall()
    finally:
        db.close()
    return [datetime.fromisoformat(text) for (text,) in rows]


def write_staff(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["full_name", "gender", "birth_date"], *rows])
    return path


def new_officials(count: int) -> list[list[str]]:
    """Officials without ids, as a commune's first list is typed."""
    return [[f"Lò Văn Số {n}", "male", f"{1970 + n % 30}-{n % 12 + 1:02d}-{n % 28 + 1:02d}"]
            for n in range(count)]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    result = commune_it(folder, "setup", "--commune", MUONG_PHANG, "--device-name", "Máy xã")
    assert result.returncode == 0, result.stderr
    return folder


# --- the command line ----------------------------------------------------------------------
def test_a_rerun_after_a_kill_just_past_the_commit_is_refused_with_its_date(
        data_dir: Path, tmp_path: Path) -> None:
    path = write_staff(tmp_path / "can-bo.csv", new_officials(ROWS))
    killed = killed_import(data_dir, "after_commit", path)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert killed.stdout == ""  # the officer saw no outcome
    assert officials(data_dir) == ROWS

    again = commune_it(data_dir, "import", "staff", path)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    [line] = again.stderr.strip().splitlines()
    [first] = import_dates(data_dir / DB_NAME)
    assert WHEN.search(line).groups() == (f"{first:%d/%m/%Y}", f"{first:%H:%M}")
    assert "“can-bo.csv” đã được nhập vào máy này" in line and "--again" in line
    assert officials(data_dir) == ROWS

    # The same bytes under another name are the same file.
    renamed = shutil.copyfile(path, tmp_path / "can-bo-ban-sao.csv")
    assert commune_it(data_dir, "import", "staff", renamed).returncode == 2
    assert officials(data_dir) == ROWS


def test_a_kill_before_the_commit_leaves_neither_the_officials_nor_the_digest(
        data_dir: Path, tmp_path: Path) -> None:
    """The digest is written in the import's own transaction: all of it, or none."""
    path = write_staff(tmp_path / "can-bo.csv", new_officials(ROWS))
    killed = killed_import(data_dir, "before_commit", path)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert officials(data_dir) == 0 and import_dates(data_dir / DB_NAME) == []

    rerun = commune_it(data_dir, "import", "staff", path)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ROWS} mới" in rerun.stdout
    assert officials(data_dir) == ROWS and len(import_dates(data_dir / DB_NAME)) == 1


def test_again_forces_and_then_the_near_copies_still_ask(data_dir: Path, tmp_path: Path) -> None:
    path = write_staff(tmp_path / "can-bo.csv", new_officials(3))
    assert commune_it(data_dir, "import", "staff", path).returncode == 0

    forced = commune_it(data_dir, "import", "staff", path, "--again")
    assert forced.returncode == 2 and "Traceback" not in forced.stderr
    lines = forced.stderr.strip().splitlines()
    assert [line.split(",")[0] for line in lines[:3]] == ["Dòng 2", "Dòng 3", "Dòng 4"]
    assert "“Lò Văn Số 0” (sinh ngày 01/01/1970) trùng với cán bộ “Lò Văn Số 0”" in lines[0]
    assert "3 dòng không có mã trùng họ tên và ngày sinh" in lines[3]
    assert "--add-matching" in lines[3] and len(lines) == 4
    assert officials(data_dir) == 3

    both = commune_it(data_dir, "import", "staff", path, "--again", "--add-matching")
    assert both.returncode == 0, both.stderr
    assert officials(data_dir) == 6 and len(import_dates(data_dir / DB_NAME)) == 2


def test_a_file_exported_and_imported_twice_needs_again_and_changes_nothing(
        data_dir: Path, tmp_path: Path) -> None:
    assert commune_it(data_dir, "import", "staff",
                      write_staff(tmp_path / "a.csv", new_officials(4))).returncode == 0
    exported = tmp_path / "xuat.xlsx"
    assert commune_it(data_dir, "export", "staff", exported).returncode == 0
    first = commune_it(data_dir, "import", "staff", exported)
    assert first.returncode == 0 and "0 mới, 0 cập nhật, 4 không đổi" in first.stdout
    assert commune_it(data_dir, "import", "staff", exported).returncode == 2
    forced = commune_it(data_dir, "import", "staff", exported, "--again")
    assert forced.returncode == 0 and "0 mới, 0 cập nhật, 4 không đổi" in forced.stdout


def test_rows_like_recorded_officials_are_named_before_any_copy_is_made(
        data_dir: Path, tmp_path: Path) -> None:
    """Another file (Excel saved the list anew): matched by name, without case or
    diacritics, and birth date; a different birth date is another person."""
    assert commune_it(data_dir, "import", "staff", write_staff(tmp_path / "a.csv", [
        ["Lò Văn Pọm", "male", "1985-03-02"], ["Giàng Thị Mai", "female", ""]])).returncode == 0
    typed_again = write_staff(tmp_path / "b.csv", [
        ["Quàng Văn Mới", "male", "1990-01-01"],
        ["LO VAN POM", "male", "02/03/1985"],
        ["Lò Văn Pọm", "male", "1986-03-02"],
        ["giàng thị mai", "female", ""],
    ])
    refused = commune_it(data_dir, "import", "staff", typed_again)
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == ["Dòng 3, cột full_name",
                                                          "Dòng 5, cột full_name"]
    assert "trùng với cán bộ “Lò Văn Pọm” đã có (mã " in lines[0]
    assert "(không ghi ngày sinh) trùng với cán bộ “Giàng Thị Mai”" in lines[1]
    assert lines[2].startswith("2 dòng không có mã trùng họ tên") and len(lines) == 3
    assert officials(data_dir) == 2

    added = commune_it(data_dir, "import", "staff", typed_again, "--add-matching")
    assert added.returncode == 0 and "4 mới" in added.stdout
    assert officials(data_dir) == 6


# --- the store's schema -------------------------------------------------------------------
def test_upgrade_from_the_stored_revision_before_the_digests(tmp_path: Path) -> None:
    """As the other upgrade tests: a file an older app wrote gains the table, keeps its
    data, and is backed up first."""
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(DATA_DIR / "db" / "rev0007.sqlite3", path)
    store = Store(path)
    try:
        assert current_revision(store.engine) == head_revision()
        assert "imported_file" in inspect(store.engine).get_table_names()
        with store.sessions() as s:
            assert s.get(Staff, "st-1").full_name == "Lò Văn Thắng"
    finally:
        store.close()
    assert import_dates(path) == []
    backup = sqlite3.connect(store.last_backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)
    backup.close()


# --- the window ---------------------------------------------------------------------------
@pytest.fixture
def window_store(tmp_path: Path, qapp: QApplication):
    store = office_store(tmp_path / "data", [dict(full_name="Lò Văn Ón",
                                                  birth_date=date(1980, 1, 2))])
    yield store
    store.close()


@pytest.fixture
def runner(qapp: QApplication):
    runner = runner_with_area()
    yield runner
    runner.shutdown()


def staff_count(store: Store) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(Staff))


def test_the_window_asks_before_importing_a_file_again(
        qtbot, qapp, window_store, runner, monkeypatch, tmp_path) -> None:
    path = write_staff(tmp_path / "them.csv", [["Mùa A Sềnh", "male", "1991-05-06"],
                                              ["Lò Văn Ón", "male", "02/01/1980"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    messages = record_messages(monkeypatch)
    answers = answer_confirmations(monkeypatch)
    with source_strings(qapp):
        page = open_page(qtbot, StaffPage, window_store, runner)
        answers.answer = True  # Ón is another Ón, born the same day
        page.excel.import_action.trigger()
        assert runner.wait()
        assert answers.asked[0].startswith("1 rows of them.csv have no id and the same name")
        assert "Row 3: Lò Văn Ón (02/01/1980)" in answers.asked[0]
        assert messages[-1] == ("Import finished", "2 added, 0 updated, 0 unchanged.")
        assert staff_count(window_store) == 3
        [first] = import_dates(window_store.path)

        answers.asked.clear()
        answers.answer = False
        page.excel.import_action.trigger()
        assert runner.wait()
        assert answers.asked == [
            f"This file was imported on {first:%d/%m/%Y %H:%M}; import it again?"]
        assert staff_count(window_store) == 3 and len(messages) == 1

        answers.answer = True
        page.excel.import_action.trigger()
        assert runner.wait()
        assert answers.asked[-2].startswith("This file was imported on")
        assert answers.asked[-1].startswith("2 rows of them.csv have no id")
        assert messages[-1] == ("Import finished", "2 added, 0 updated, 0 unchanged.")
        assert staff_count(window_store) == 5
