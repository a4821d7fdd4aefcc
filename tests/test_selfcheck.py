"""Issue 13, item 3: ``commune-it selfcheck``, run as a technician runs it — through the
installed console script, in a process of its own, on real data folders.

Each check is one line; a failure names itself on stdout and, with exit status 2, in one line
on stderr. The user's database is never written: its bytes and the folder's files are the
same after the check, damaged or sound, open in another process or not. A missing
translation is made real by running the same program from a copy of the source tree that
lacks the file (``app.shipped`` finds ``resources/`` beside the copied package).
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.models import Staff
from app.models.store import Store, head_revision
from app.ops.selfcheck import FAILED, PASSED, check_data_dir
from tests.helpers import DB_NAME, MUONG_PHANG

ROOT = Path(__file__).resolve().parents[1]
COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
SUBJECTS_VI = ["Cơ sở dữ liệu", "Nâng cấp lược đồ", "In báo cáo PDF", "Bản dịch giao diện",
               "Nền giao diện Qt", "Thư mục dữ liệu"]
SUBJECTS_EN = ["Database", "Schema upgrades", "PDF reports", "Translations", "Qt platform",
               "Data folder"]
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE = 24, 1
PAGE = 4096


def commune_it(data_dir: Path, *args: str, env: dict[str, str] | None = None,
               preexec=None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=180, preexec_fn=preexec,
                          env={**os.environ, **(env or {})})


def as_an_officer() -> None:
    """In the child: file permissions apply, as to an officer's account (root's override of
    them is dropped; an ordinary account never had it)."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def no_core_file() -> None:
    """In the child: an aborted process leaves no core file in the working folder."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file of the data folder but the log, with its content's hash."""
    return {p.relative_to(folder).as_posix(): digest(p) for p in sorted(folder.rglob("*"))
            if p.is_file() and "logs" not in p.relative_to(folder).parts}


def lines_of(result: subprocess.CompletedProcess[str]) -> list[str]:
    return result.stdout.strip().splitlines()


def outcome(lines: list[str], subject: str) -> str:
    """The one line of ``subject`` (a check's name as printed)."""
    (line,) = [line for line in lines if f"] {subject}: " in line]
    return line


def failed_once(result: subprocess.CompletedProcess[str], *subjects: str) -> str:
    """Exit 2, and one line on stderr naming exactly the failed checks."""
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    (line,) = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert line.startswith(f"Tự kiểm tra không đạt ({len(subjects)} mục): "), line
    for subject in subjects:
        assert subject in line, line
    return line


@pytest.fixture(scope="module")
def office_template(tmp_path_factory) -> Path:
    """An office laptop's data folder, set up and filled through the command line."""
    folder = tmp_path_factory.mktemp("selfcheck") / "data"
    for args in (("setup", "--commune", MUONG_PHANG, "--device-name", "Máy xã"), ("demo",)):
        done = commune_it(folder, *args)
        assert done.returncode == 0, done.stderr
    assert not (folder / f"{DB_NAME}-wal").exists()  # closed cleanly: no log beside it
    return folder


@pytest.fixture
def office(office_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(office_template, folder)
    return folder


def test_a_healthy_store_passes_every_check_and_is_left_byte_for_byte(office: Path) -> None:
    before = folder_state(office)
    result = commune_it(office, "selfcheck")
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert result.stderr == ""
    lines = lines_of(result)
    assert [line.split(":")[0] for line in lines[:-1]] == [f"[Đạt] {s}" for s in SUBJECTS_VI]
    assert lines[-1] == "Tự kiểm tra xong: mọi mục đều đạt."
    database = office.absolute() / DB_NAME
    assert f"“{database}”" in outcome(lines, "Cơ sở dữ liệu")
    assert f"lược đồ {head_revision()}" in outcome(lines, "Cơ sở dữ liệu")
    assert "mã xã 03325" in outcome(lines, "Cơ sở dữ liệu")
    assert "LiberationSerif" in outcome(lines, "In báo cáo PDF")
    assert "commune_it_vi.qm, commune_it_en.qm, qt_vi.qm" in outcome(lines,
                                                                     "Bản dịch giao diện")
    assert "“offscreen”" in outcome(lines, "Nền giao diện Qt")
    assert "cần ít nhất 200 MB" in outcome(lines, "Thư mục dữ liệu")
    assert folder_state(office) == before  # the database, its identity file, the backups
    assert not (office / f"{DB_NAME}-wal").exists() and not (office / f"{DB_NAME}-shm").exists()


def test_in_english_when_the_environment_asks(office: Path) -> None:
    result = commune_it(office, "selfcheck", env={"COMMUNE_IT_LANG": "en"})
    assert result.returncode == 0, (result.stdout, result.stderr)
    lines = lines_of(result)
    assert [line.split(":")[0] for line in lines[:-1]] == [f"[OK] {s}" for s in SUBJECTS_EN]
    assert lines[-1] == "Self-check finished: every check passed."
    assert not VIETNAMESE.search(result.stdout), result.stdout


def test_a_fresh_install_is_healthy_and_says_it_is_not_set_up(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    result = commune_it(folder, "selfcheck")
    assert result.returncode == 0, (result.stdout, result.stderr)
    lines = lines_of(result)
    assert outcome(lines, "Cơ sở dữ liệu").startswith("[Lưu ý] Cơ sở dữ liệu: Chưa có “")
    assert "chưa được thiết lập" in outcome(lines, "Cơ sở dữ liệu")
    assert "cơ sở dữ liệu trống" in outcome(lines, "Nâng cấp lược đồ")
    assert all(line.startswith("[Đạt]") for line in lines[1:-1]), lines
    assert not (folder / DB_NAME).exists()  # the check made no database


def biggest_table_page(database: Path) -> int:
    """A leaf page from the middle of the table with the most pages (the unit list)."""
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        (name,) = connection.execute(
            "SELECT name FROM dbstat WHERE pagetype = 'leaf' GROUP BY name "
            "ORDER BY count(*) DESC LIMIT 1").fetchone()
        leaves = [n for (n,) in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (name,))]
    finally:
        connection.close()
    assert len(leaves) > 4, (name, leaves)
    return leaves[len(leaves) // 2]


def spoil(database: Path) -> None:
    page = biggest_table_page(database)
    with database.open("r+b") as f:
        f.seek((page - 1) * PAGE)
        f.write(random.Random(13).randbytes(PAGE))


def from_a_newer_version(database: Path) -> None:
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        connection.close()


@pytest.mark.parametrize(("spoiled", "said"), [
    (spoil, "bị hỏng"),
    (from_a_newer_version, "phiên bản mới hơn của ứng dụng (lược đồ 9999)"),
], ids=["damaged", "newer"])
def test_a_store_that_cannot_be_used_is_named_and_left_as_it_was(office: Path, spoiled,
                                                                 said: str) -> None:
    spoiled(office / DB_NAME)
    before = folder_state(office)
    result = commune_it(office, "selfcheck")
    failed_once(result, "Cơ sở dữ liệu")
    lines = lines_of(result)
    store_line = outcome(lines, "Cơ sở dữ liệu")
    assert store_line.startswith("[Không đạt] Cơ sở dữ liệu: ") and said in store_line
    assert str(office / DB_NAME) in store_line
    # The other checks still ran: the upgrades on an empty database, since no copy was made.
    assert outcome(lines, "Nâng cấp lược đồ").startswith("[Đạt] Nâng cấp lược đồ: Đủ ")
    assert len(lines) == 6
    assert folder_state(office) == before
    assert not (office / f"{DB_NAME}-wal").exists()


def test_a_store_open_in_the_window_is_read_through_its_log(office: Path) -> None:
    """The window keeps the database open (a write-ahead log beside it, the last writes
    still in it): the check reads them and writes nothing."""
    store = Store(office / DB_NAME)
    try:
        with store.sessions.begin() as session:
            session.add(Staff(full_name="Lò Thị Mới", commune_code=MUONG_PHANG))
        assert (office / f"{DB_NAME}-wal").stat().st_size > 0
        database_before = digest(office / DB_NAME)
        result = commune_it(office, "selfcheck")
        assert result.returncode == 0, (result.stdout, result.stderr)
        assert outcome(lines_of(result), "Cơ sở dữ liệu").startswith("[Đạt]")
        assert digest(office / DB_NAME) == database_before
    finally:
        store.close()


@pytest.mark.parametrize("locked", ["folder", "database"])
def test_a_data_folder_that_cannot_be_written_is_named(office: Path, locked: str) -> None:
    shutil.rmtree(office / "logs")  # so the log cannot be opened either
    target = office if locked == "folder" else office / DB_NAME
    target.chmod(0o555 if locked == "folder" else 0o444)
    try:
        result = commune_it(office, "selfcheck", preexec=as_an_officer)
    finally:
        target.chmod(0o755 if locked == "folder" else 0o644)
    failed_once(result, "Thư mục dữ liệu")
    lines = lines_of(result)
    line = outcome(lines, "Thư mục dữ liệu")
    if locked == "folder":
        assert line.startswith(f"[Không đạt] Thư mục dữ liệu: Không ghi được vào “{office}”")
    else:
        assert line.startswith("[Không đạt] Thư mục dữ liệu: Không ghi được vào tệp "
                               f"“{office / DB_NAME}”")
    assert "Permission" not in line  # the reason in words, not the system's
    assert outcome(lines, "Cơ sở dữ liệu").startswith("[Đạt]")  # reading needs no writing


def test_a_missing_translation_is_named(tmp_path: Path) -> None:
    tree = tmp_path / "installed"
    shutil.copytree(ROOT / "app", tree / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", tree / "resources")
    assert (tree / "resources" / "translations" / "commune_it_vi.qm").is_file()
    (tree / "resources" / "translations" / "commune_it_en.qm").unlink()
    search = os.pathsep.join(filter(None, [str(tree), os.environ.get("PYTHONPATH")]))
    result = commune_it(tmp_path / "data", "selfcheck", env={"PYTHONPATH": search})
    failed_once(result, "Bản dịch giao diện")
    lines = lines_of(result)
    folder = tree / "resources" / "translations"
    assert outcome(lines, "Bản dịch giao diện") == (
        f"[Không đạt] Bản dịch giao diện: Không nạp được commune_it_en.qm trong “{folder}” "
        "(thiếu tệp hoặc tệp hỏng); hãy cài lại ứng dụng.")
    assert str(tree / "resources" / "fonts") in outcome(lines, "In báo cáo PDF")  # the copy ran
    assert outcome(lines, "Nền giao diện Qt").startswith("[Đạt]")


def test_the_data_folder_check_wants_room_and_takes_a_folder_still_to_make(
        tmp_path: Path) -> None:
    free_mb = shutil.disk_usage(tmp_path).free // 2**20
    short = check_data_dir(tmp_path, tmp_path / DB_NAME, need_mb=free_mb + 1024)
    assert short.outcome == FAILED
    assert short.detail.code == "selfcheck.data_dir_full"
    assert "hãy giải phóng bớt dung lượng" in str(short.line())
    roomy = check_data_dir(tmp_path, tmp_path / DB_NAME, need_mb=1)
    assert roomy.outcome == PASSED and roomy.detail.code == "selfcheck.data_dir_ok"
    # The installed app before its first start: the data folder is made then, in a folder
    # that must be writable; the check makes nothing.
    later = tmp_path / "AppData" / "CommuneIT"
    first = check_data_dir(later, later / DB_NAME)
    assert first.outcome == PASSED and first.detail.code == "selfcheck.data_dir_new"
    assert f"“{tmp_path}”" in str(first.line()) and not later.parent.exists()
    assert list(tmp_path.iterdir()) == []  # the probe file was removed


@pytest.mark.parametrize(("broken", "said"), [
    ("raise ImportError('libQt6Gui.so.6: cannot open shared object file')",
     "Không nạp được thư viện Qt: libQt6Gui.so.6: cannot open shared object file"),
    ("import os\nos.abort()", "tiến trình thử dừng với mã -6."),
], ids=["qt-missing", "qt-aborts"])
def test_a_qt_that_cannot_start_is_named_and_the_check_lives_on(office: Path, tmp_path: Path,
                                                                broken: str, said: str) -> None:
    """Qt's libraries missing, or Qt aborting its process as it does when no platform can
    start: a ``PySide6`` ahead of the real one on the path does either. The command's own
    process never loads Qt, so it lives to print every line."""
    shadow = tmp_path / "shadow" / "PySide6"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(broken + "\n", encoding="utf-8")
    search = os.pathsep.join(filter(None, [str(shadow.parent), os.environ.get("PYTHONPATH")]))
    result = commune_it(office, "selfcheck", env={"PYTHONPATH": search}, preexec=no_core_file)
    failed_once(result, "Bản dịch giao diện", "Nền giao diện Qt")
    lines = lines_of(result)
    assert len(lines) == 6
    assert outcome(lines, "Nền giao diện Qt").startswith(
        "[Không đạt] Nền giao diện Qt: Qt không khởi động được nền “offscreen”: ")
    assert outcome(lines, "Nền giao diện Qt").endswith(said)
    assert outcome(lines, "Cơ sở dữ liệu").startswith("[Đạt]")
