"""The command-line contract, run as a real process: exit codes, one-line reasons."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Device, Staff
from app.models.store import Store
from tests.helpers import DB_NAME

ROOT = Path(__file__).resolve().parents[1]


def cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for fragment in fragments:
        assert fragment in lines[0]


def test_version_comes_from_pyproject(tmp_path):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    result = cli(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"commune-it {version}"


def test_help_lists_commands(tmp_path):
    result = cli(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("setup", "demo", "import", "export"):
        assert command in result.stdout


@pytest.mark.parametrize("code", ["03325", "3325"])
def test_setup_office_laptop(tmp_path, code):
    result = cli(tmp_path, "setup", "--commune", code, "--device-name", "Máy văn phòng")
    assert result.returncode == 0, result.stderr
    store = Store(tmp_path / DB_NAME)
    with store.sessions() as session:
        device = session.scalars(select(Device)).one()
        assert (device.role, device.communes, device.province_code) == ("office", ["03325"], "11")
    store.close()


def test_setup_trainer_laptop_for_several_communes(tmp_path):
    result = cli(tmp_path, "setup", "--commune", "03325,3328", "--device-name", "GV Hùng",
                 "--trainer")
    assert result.returncode == 0, result.stderr
    store = Store(tmp_path / DB_NAME)
    with store.sessions() as session:
        device = session.scalars(select(Device)).one()
        assert (device.role, device.communes) == ("trainer", ["03325", "03328"])
    store.close()


@pytest.mark.parametrize(("args", "fragment"), [
    (["--commune", "99999", "--device-name", "A"], "99999"),
    (["--commune", "abc", "--device-name", "A"], "abc"),
    (["--commune", "03325,03328", "--device-name", "A"], "--trainer"),
    (["--commune", "03325", "--device-name", "  "], "Tên máy"),
    (["--device-name", "A"], "--commune"),
])
def test_setup_mistakes_exit_2_with_one_line(tmp_path, args, fragment):
    assert_user_error(cli(tmp_path, "setup", *args), fragment)
    assert not (tmp_path / DB_NAME).exists() or _device_count(tmp_path) == 0


def _device_count(data_dir: Path) -> int:
    store = Store(data_dir / DB_NAME)
    with store.sessions() as session:
        count = session.scalar(select(func.count()).select_from(Device))
    store.close()
    return count


def test_unknown_command_exits_2(tmp_path):
    assert_user_error(cli(tmp_path, "frobnicate"))


def test_commands_before_setup_say_so(tmp_path):
    assert_user_error(cli(tmp_path, "demo"), "setup")


def test_newer_database_is_refused_with_exit_2(tmp_path):
    import sqlite3

    Store(tmp_path / DB_NAME).close()
    db = sqlite3.connect(tmp_path / DB_NAME)
    with db:
        db.execute("UPDATE alembic_version SET version_num = 'ffff'")
    db.close()
    assert_user_error(cli(tmp_path, "setup", "--commune", "03325", "--device-name", "A"),
                      "phiên bản mới hơn")


def test_changing_commune_after_records_exist_is_refused(tmp_path):
    assert cli(tmp_path, "setup", "--commune", "03325", "--device-name", "A").returncode == 0
    store = Store(tmp_path / DB_NAME)
    with store.sessions.begin() as session:
        session.add(Staff(full_name="Lò Văn A", commune_code="03325"))
    store.close()
    assert_user_error(cli(tmp_path, "setup", "--commune", "03328", "--device-name", "A"),
                      "xã khác")


def set_up(data_dir: Path) -> None:
    result = cli(data_dir, "setup", "--commune", "03325", "--device-name", "Máy văn phòng")
    assert result.returncode == 0, result.stderr


def test_demo_then_export_and_reimport_changes_nothing(tmp_path):
    set_up(tmp_path)
    assert cli(tmp_path, "demo").returncode == 0
    for kind, suffix in (("staff", "csv"), ("equipment", "xlsx"), ("training", "csv")):
        out = tmp_path / f"{kind}.{suffix}"
        result = cli(tmp_path, "export", kind, str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    for kind, file in (("staff", "staff.csv"), ("equipment", "equipment.xlsx"),
                       ("attendance", "training.csv")):
        result = cli(tmp_path, "import", kind, str(tmp_path / file))
        assert result.returncode == 0, result.stderr
        assert "0 mới, 0 cập nhật" in result.stdout


def test_import_bad_rows_names_each_and_writes_nothing(tmp_path):
    set_up(tmp_path)
    bad = tmp_path / "staff.csv"
    bad.write_text(
        "full_name,birth_date,it_certificate\n"
        "Lò Văn Thắng,31/02/1990,none\n"
        "Giàng A Páo,1988-04-02,tiến sĩ tin học\n"
        "Vừ Thị Dua,1990-01-01,b\n",
        encoding="utf-8",
    )
    result = cli(tmp_path, "import", "staff", str(bad))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert any("Dòng 2" in line and "birth_date" in line for line in lines), lines
    assert any("Dòng 3" in line and "it_certificate" in line for line in lines), lines
    assert not any("Dòng 4" in line for line in lines)
    store = Store(tmp_path / DB_NAME)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0
    store.close()


@pytest.mark.parametrize(("name", "content"), [
    ("missing.csv", None),
    ("notes.txt", "hello"),
    ("staff.xlsx", "this is not a spreadsheet"),
    ("empty.csv", ""),
])
def test_import_bad_files_exit_2(tmp_path, name, content):
    set_up(tmp_path)
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = cli(tmp_path, "import", "staff", str(path))
    assert_user_error(result)


def test_export_to_missing_folder_exits_2(tmp_path):
    set_up(tmp_path)
    assert_user_error(cli(tmp_path, "export", "staff", str(tmp_path / "nowhere" / "s.csv")))
