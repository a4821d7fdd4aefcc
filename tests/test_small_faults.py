"""Issue 9, item 10: the smaller faults, each attacked for real through ``commune-it``.

A full disk is a file size limit on the command's process (``RLIMIT_FSIZE``, with SIGXFSZ
ignored, so a write past it fails with EFBIG as on a full disk); a read-only store is a file
without write permission, the command running without the root's power to override it
(``CAP_DAC_OVERRIDE`` dropped from its capability set when the tests run as root); a 1.5 GB
bundle is a sparse file, so that refusing it costs nothing unless it is read.
"""

from __future__ import annotations

import csv
import ctypes
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.models import Equipment, Staff
from app.models.equipment_ops import check_equipment
from app.models.machine import MACHINE_ENV
from app.models.staff_ops import check_staff
from app.models.store import Store
from app.models.validation import CONTROL, MAX_MONEY, TOO_LARGE
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.usb_helpers import World, bundles_on, new_stick

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE = 24, 1
CONTROL_BYTES = ("\x1b", "\x07", "\x9b", "\x00")
# Runs one command as its only child and prints its exit status, output and peak memory.
MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def disk_full_after(limit: int) -> Callable[[], None]:
    """In the child: no file may grow past ``limit`` bytes, as on a disk with no room left."""
    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_files


def as_an_officer() -> None:
    """In the child: file permissions apply, as they do to an officer's account (root's
    override of them is dropped; an ordinary account never had it)."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def commune_it(data_dir: Path, *args: str | Path, preexec: Callable[[], None] | None = None,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120, preexec_fn=preexec,
                          env={**os.environ, **(env or {})})


def one_line(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """A user's problem: exit 2, one line on stderr holding each fragment, nothing else."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines  # no "Exception ignored", no traceback, no logging error
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


def write_staff(path: Path, count: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_name", "gender", "birth_date", "ethnicity", "phone"])
        for n in range(start, start + count):
            writer.writerow([f"Lò Văn Số {n}", "male", f"{1960 + n % 40}-05-{n % 28 + 1:02d}",
                             "Thái", f"09{n:08d}"])
    return path


def counted(data_dir: Path, model: type) -> int:
    store = Store(data_dir / DB_NAME)
    try:
        with store.sessions() as session:
            return session.scalar(select(func.count()).select_from(model))
    finally:
        store.close()


@pytest.fixture
def office(tmp_path: Path) -> Path:
    folder = tmp_path / "laptop"
    done = commune_it(folder, "setup", "--commune", MUONG_PHANG, "--device-name", "Máy xã")
    assert done.returncode == 0, done.stderr
    return folder


# --- a. a full disk during an export -----------------------------------------------------------
@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_full_disk_during_an_export_says_so_in_one_line_and_leaves_nothing(
        office: Path, tmp_path: Path, suffix: str) -> None:
    done = commune_it(office, "import", "staff", write_staff(tmp_path / "can-bo.csv", 1000))
    assert done.returncode == 0, done.stderr
    out, scratch = tmp_path / "usb", tmp_path / "tmp"
    out.mkdir(), scratch.mkdir()
    target = out / f"can-bo.{suffix}"
    target.write_bytes(b"the export of last month")
    result = commune_it(office, "export", "staff", target, preexec=disk_full_after(48 * 1024),
                        env={"TMPDIR": str(scratch)})
    one_line(result, f"“{target}”", "ổ đĩa đã đầy")
    assert target.read_bytes() == b"the export of last month"  # the old file is untouched
    assert sorted(p.name for p in out.iterdir()) == [target.name]  # no half-written file
    assert list(scratch.iterdir()) == []  # nor openpyxl's temporary sheet
    assert commune_it(office, "export", "staff", target).returncode == 0  # room again: fine


# --- b. a full disk or a read-only store under any command ------------------------------------
def test_b_an_import_on_a_full_disk_is_a_plain_refusal_that_writes_nothing(
        office: Path, tmp_path: Path) -> None:
    log = office / "logs" / "commune-it.log"
    with log.open("a", encoding="utf-8") as handle:  # the log cannot grow either
        handle.write("older lines\n" * 20_000)
    path = write_staff(tmp_path / "can-bo.csv", 1500)
    result = commune_it(office, "import", "staff", path, preexec=disk_full_after(200 * 1024))
    one_line(result, "cơ sở dữ liệu", "ổ đĩa")
    assert counted(office, Staff) == 0
    assert commune_it(office, "import", "staff", path).returncode == 0  # the store is whole
    assert counted(office, Staff) == 1500


@pytest.mark.parametrize("command", [("import", "staff"), ("demo",)])
def test_b_a_read_only_store_is_a_plain_refusal(office: Path, tmp_path: Path,
                                                command: tuple[str, ...]) -> None:
    database = office / DB_NAME
    database.chmod(0o444)
    probe = subprocess.run([sys.executable, "-c", f"open({str(database)!r}, 'r+b')"],
                           capture_output=True, text=True, preexec_fn=as_an_officer)
    assert "PermissionError" in probe.stderr, probe  # the premise: this file is read-only
    args = [*command, write_staff(tmp_path / "can-bo.csv", 3)] if command[0] == "import" \
        else list(command)
    one_line(commune_it(office, *args, preexec=as_an_officer), "chỉ cho phép đọc")
    database.chmod(0o644)
    assert counted(office, Staff) == 0


def test_b_a_log_folder_that_cannot_be_written_is_said_in_vietnamese(office: Path) -> None:
    logs = office / "logs"
    for old in logs.iterdir():
        old.unlink()
    logs.chmod(0o555)
    try:
        result = commune_it(office, "sync", "status", preexec=as_an_officer)
    finally:
        logs.chmod(0o755)
    one_line(result, "Không ghi được vào thư mục dữ liệu", "không có quyền")


# --- c. sums of money beyond any bound --------------------------------------------------------
def test_c_money_beyond_its_bound_is_a_row_error_in_every_door(office: Path,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "thiet-bi.csv"
    path.write_text("category,value_vnd\nlaptop,15000000\nlaptop,10000000000000000000000000\n"
                    f"desktop,{2**63}\nprinter,{MAX_MONEY + 1}\n", encoding="utf-8")
    result = commune_it(office, "import", "equipment", path)
    assert result.returncode == 2, result.stderr
    for row in (3, 4, 5):
        assert f"Dòng {row}, cột value_vnd" in result.stderr, result.stderr
    assert "Dòng 2," not in result.stderr and "Traceback" not in result.stderr
    book = Workbook()
    book.active.append(["category", "value_vnd"])
    book.active.append(["laptop", 1e25])  # a number cell, as Excel stores it
    book.save(tmp_path / "thiet-bi.xlsx")
    result = commune_it(office, "import", "equipment", tmp_path / "thiet-bi.xlsx")
    assert result.returncode == 2 and "Dòng 2, cột value_vnd" in result.stderr, result.stderr
    assert counted(office, Equipment) == 0
    assert check_equipment({"category": "laptop", "value_vnd": MAX_MONEY}) == []
    [problem] = check_equipment({"category": "laptop", "value_vnd": 10**25})
    assert (problem.field, problem.code) == ("value_vnd", TOO_LARGE)


# --- d. a data folder whose name holds "?" and "%" --------------------------------------------
def test_d_a_data_folder_named_with_question_mark_and_percent_is_the_one_opened(
        tmp_path: Path) -> None:
    folder = tmp_path / "dữ liệu ?x=1 %20"
    for args in (("setup", "--commune", MUONG_PHANG, "--device-name", "Máy xã"), ("demo",)):
        done = commune_it(folder, *args)
        assert done.returncode == 0 and done.stderr == "", done.stderr
    assert (folder / DB_NAME).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # no stray database
    export = tmp_path / "can-bo.csv"
    done = commune_it(folder, "export", "staff", export)
    assert done.returncode == 0, done.stderr
    assert len(export.read_text(encoding="utf-8").splitlines()) == 1 + counted(folder, Staff) > 1


# --- e. a 1.5 GB file named .citb ---------------------------------------------------------------
def measured(computer, *args: str | Path) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURE, str(COMMUNE_IT), "--data-dir",
                           str(computer.dir), *map(str, args)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, MACHINE_ENV: computer.machine})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_e_a_huge_bundle_file_is_refused_by_its_size_and_the_others_are_taken(
        world_template: World, tmp_path: Path) -> None:
    world = world_template.copy_to(tmp_path / "world")
    office, stick = world.office, new_stick(tmp_path)
    with office.session() as session:
        session.scalars(select(Staff).where(Staff.commune_code == MUONG_PHANG)).first(
            ).phone = "0912000111"
    assert office.export(stick).ok
    [real] = bundles_on(stick, kind="changes", receiver="province")
    with (stick / "citb-0-huge.citb").open("wb") as handle:  # named to be read first
        handle.truncate(1536 * 2**20)
    (stick / "citb-1-\x1b]0;owned\x07.citb").write_bytes(b"not a bundle")  # a hostile name
    results = [measured(computer, *args) for computer, args in (
        (world.province, ("server", "import", stick)),
        (office, ("sync", "import", stick / "citb-0-huge.citb")))]
    for result in results:
        assert result["peak_mb"] < 250, result  # the file was never read
        assert result["code"] == 2 and "Traceback" not in result["err"], result
        assert "citb-0-huge.citb: tệp lớn 1.536 MB, lớn hơn mọi gói dữ liệu" in result["err"]
    province = results[0]
    assert f"{real.name}: đã nhập 1 thay đổi" in province["out"]  # the other file was taken
    assert "citb-1-\\x1b]0;owned\\x07.citb: " in province["err"]  # its name shown, not run
    assert not any(raw in province["err"] + province["out"] for raw in CONTROL_BYTES)


# --- f. control characters in a cell -----------------------------------------------------------
def test_f_control_characters_are_refused_and_never_reach_the_terminal(
        office: Path, tmp_path: Path) -> None:
    path = tmp_path / "can-bo.csv"
    path.write_text("full_name,gender,position\n"
                    "Lò Văn \x1b[2J\x1b[31mA,male,Cán bộ\n"
                    "Lò Thị B,\x1b]0;owned\x07,Cán bộ\n"
                    "Quàng Văn C,male,Văn phòng\x9b31m\n", encoding="utf-8")
    result = commune_it(office, "import", "staff", path)
    assert result.returncode == 2, result.stderr
    for raw in CONTROL_BYTES:
        assert raw not in result.stderr and raw not in result.stdout
    assert "Dòng 2, cột full_name" in result.stderr and "Dòng 4, cột position" in result.stderr
    assert "“\\x1b]0;owned\\x07”" in result.stderr  # quoted back, visibly
    assert counted(office, Staff) == 0
    named = commune_it(office, "import", "staff", tmp_path / "x\x1b[2Jy.txt")
    assert "x\\x1b[2Jy.txt" in one_line(named) and "\x1b" not in named.stderr
    assert [p.code for p in check_staff({"full_name": "Lò Văn\x1b[31m A"})] == [CONTROL]
    assert [p.code for p in check_equipment({"category": "laptop", "brand": "Dell\x85"})] == [
        CONTROL]


# --- g. the log of an unexpected error -------------------------------------------------------
def test_g_the_log_of_an_unexpected_failure_holds_no_personal_values(office: Path,
                                                                     tmp_path: Path) -> None:
    with sqlite3.connect(office / DB_NAME) as connection:  # a fault the app does not expect
        connection.execute("CREATE TRIGGER fault BEFORE INSERT ON staff "
                           "BEGIN SELECT RAISE(ABORT, 'injected fault'); END")
    connection.close()
    path = tmp_path / "can-bo.csv"
    path.write_text("full_name,birth_date,phone\nQuàng Thị Bí Mật,1987-06-05,0912345678\n",
                    encoding="utf-8")
    result = commune_it(office, "import", "staff", path)
    assert result.returncode == 1 and "Lỗi không mong đợi" in result.stderr, result.stderr
    log = (office / "logs" / "commune-it.log").read_text(encoding="utf-8")
    assert "injected fault" in log and "INSERT INTO staff" in log  # the failure is logged…
    for value in ("Bí Mật", "bi mat", "1987-06-05", "0912345678"):
        assert value not in log  # …without the values it was writing
