"""What the storage and domain layer tells people is a code of the one catalogue
(app/messages/models.py), in Vietnamese and in English alike.

The failures are provoked through the real code on real SQLite files: a database from a
newer app, a damaged one, a device not set up, an official born in the future, a trainer's
laptop writing the register. Each must carry a code the catalogue knows, read as the
Vietnamese officers have always read (``str()``), and read in English with no Vietnamese
letter (``.text("en")``) — what the English window and ``LANG=en`` show.
"""

from __future__ import annotations

import ast
import builtins
import errno
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.demo import fill_demo
from app.messages import Message, catalogue, placeholders, set_language
from app.messages.models import TEXTS
from app.models import Commune, Staff
from app.models import training_ops as training
from app.models.disk import disk_problem
from app.models.equipment_ops import (
    EQUIPMENT_RULES,
    check_equipment,
    save_equipment,
    set_status,
)
from app.models.errors import ModelError, NotSetUpError, StoreError, ValidationError
from app.models.indicators import total
from app.models.integrity import DamagedStoreError
from app.models.records import create, update
from app.models.scope import ScopeError
from app.models.settings import clean_department_name
from app.models.setup import setup_device
from app.models.staff_ops import STAFF_RULES, check_staff, save_staff
from app.models.store import Store
from app.models.sync_settings import normalise_server_url
from app.models.validation import _KIND_NAMES, MAX_MONEY, RecordRefused
from tests.helpers import DB_NAME, MUONG_PHANG, THANH_NUA, fresh_store, make_store

ROOT = Path(__file__).resolve().parent.parent
_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
TRAINER_REFUSAL = ("Máy giảng viên chỉ ghi được dữ liệu đào tạo; hồ sơ cán bộ và thiết bị do "
                   "máy văn phòng xã cập nhật.")
FAR = date.today() + timedelta(days=400)


def told(said: ModelError | Message, vietnamese: str | None = None) -> str:
    """The English of an error or message, after checking that every code in it (its
    values' too) is in the catalogue with each placeholder given, that the English holds no
    Vietnamese letter and that ``str()`` is the Vietnamese sentence (``vietnamese`` if
    given)."""
    held = said.message if isinstance(said, ModelError) else said
    assert_known(held)
    english = said.text("en")
    assert not VIETNAMESE.search(english), english
    assert VIETNAMESE.search(str(said)), str(said)
    assert str(said) == said.text("vi")
    if vietnamese is not None:
        assert str(said) == vietnamese
    return english


def assert_known(held: Message) -> None:
    entry = catalogue().get(held.code)
    assert entry is not None, held.code
    assert placeholders(entry.vi) <= set(held.values), (held.code, sorted(held.values))
    for value in held.values.values():
        inner = value.message if isinstance(value, ModelError) else value
        if isinstance(inner, Message):
            assert_known(inner)


@pytest.fixture(autouse=True)
def vietnamese_after():
    yield
    set_language("vi")


@pytest.fixture
def office(tmp_path: Path) -> Store:
    store = make_store(tmp_path / "office")
    yield store
    store.close()


# --- the catalogue itself -----------------------------------------------------------------
@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_entry_has_both_languages_with_the_same_placeholders(code: str) -> None:
    vietnamese, english = TEXTS[code]
    assert vietnamese.strip() and english.strip()
    assert placeholders(vietnamese) == placeholders(english)
    assert not VIETNAMESE.search(english), english
    assert re.fullmatch(r"[a-z]+\.[a-z_]+", code)
    assert catalogue()[code] == (vietnamese, english)  # loaded, and by no other area


def test_every_code_the_layer_names_is_in_the_catalogue() -> None:
    """Each literal code given to an error or a message in app/models and app/demo, the
    field names the checks use and the words they fill in."""
    named = set()
    for path in [*(ROOT / "app" / "models").rglob("*.py"), *(ROOT / "app" / "demo").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and _called(node) and isinstance(
                    node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                named.add(node.args[0].value)
    known = set(catalogue())  # app.models.backups raises the backup area's codes
    assert len(named) > 50 and named <= known, sorted(named - known)
    for rule in (*STAFF_RULES.values(), *EQUIPMENT_RULES.values()):
        told(rule.label)
    assert set(_KIND_NAMES.values()) <= set(TEXTS)


def _called(node: ast.Call) -> bool:
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(
        node.func, "id", "")
    # Python's own exceptions (a TypeError for a programmer's slip) carry no code.
    return name == "message" or (name.endswith(("Error", "Refused"))
                                 and not hasattr(builtins, name))


# Data, not messages: a default setting's value and the default device names are what the
# province reads whatever the window's language; the prefixes are parts of official names.
DATA = {("settings.py", "Sở Khoa học và Công nghệ"), ("reference_queries.py", "Máy giảng viên"),
        ("reference_queries.py", "Máy văn phòng "), ("reference_queries.py", "Thành phố "),
        ("reference_queries.py", "Tỉnh ")}


def test_no_vietnamese_sentence_is_left_in_the_models_or_raised_by_the_demo() -> None:
    """Docstrings may quote Vietnamese names; enum labels and letter tables are data."""
    found = []
    for path in (ROOT / "app" / "models").rglob("*.py"):
        if path.name not in ("enums.py", "vntext.py"):
            found += [(path.name, s) for s in _strings(ast.parse(path.read_text("utf-8")))]
    demo = ast.parse((ROOT / "app" / "demo" / "__init__.py").read_text("utf-8"))
    found += [("demo", s) for s in _strings(demo)]
    assert {item for item in found if VIETNAMESE.search(item[1])} == DATA


def _strings(tree: ast.AST) -> list[str]:
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in docstrings]


def test_the_largest_sum_is_written_as_each_language_groups_it() -> None:
    vietnamese, english = TEXTS["validation.too_large"]
    assert f"{MAX_MONEY:,}".replace(",", ".") in vietnamese and f"{MAX_MONEY:,}" in english


# --- the store ------------------------------------------------------------------------------
def test_a_newer_database_is_refused_in_both_languages(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_future'")
    db.close()
    with pytest.raises(StoreError) as caught:
        Store(path)
    english = told(caught.value, "Cơ sở dữ liệu này được tạo bởi phiên bản mới hơn của ứng "
                   "dụng (lược đồ 9999_future); hãy cài phiên bản mới để mở. Dữ liệu không bị "
                   "thay đổi.")
    assert caught.value.code == "store.newer_schema" and "9999_future" in english
    set_language("en")  # the English window's str()
    assert str(caught.value) == english


def test_a_file_that_is_no_database(tmp_path: Path) -> None:
    (tmp_path / "note.sqlite3").write_text("tên,ngày sinh\n", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        Store(tmp_path / "note.sqlite3")
    told(caught.value, f"Tệp {tmp_path / 'note.sqlite3'} không phải là cơ sở dữ liệu của ứng "
         "dụng.")


def test_a_damaged_database_names_its_backup_or_says_there_is_none(tmp_path: Path) -> None:
    path = tmp_path / "data" / DB_NAME
    with make_store(path.parent) as store, store.sessions.begin() as s:
        s.add_all(Staff(commune_code=MUONG_PHANG, full_name=f"Lò Văn Thắng {n}")
                  for n in range(600))
    spare = shutil.copyfile(path, tmp_path / "spare.sqlite3")
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
        leaves = [n for (n,) in db.execute("SELECT pageno FROM dbstat WHERE name = 'staff' "
                                           "AND pagetype = 'leaf' ORDER BY pageno")]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    db.close()
    with path.open("r+b") as f:  # noise over a page of officials in the middle of the file
        f.seek((leaves[len(leaves) // 2] - 1) * size)
        f.write(b"\xa5" * size)
    with pytest.raises(DamagedStoreError) as caught:
        Store(path)
    assert caught.value.code == "store.damaged_no_backup"
    assert str(path.parent / "backups") in told(caught.value)
    (path.parent / "backups").mkdir()
    backup = shutil.copyfile(spare, path.parent / "backups" / f"{path.stem}-before-x.sqlite3")
    with pytest.raises(DamagedStoreError) as caught:
        Store(path)
    assert caught.value.code == "store.damaged_backup"
    english = told(caught.value)
    assert f"The newest sound backup: {backup} (made " in english
    assert f"Bản sao lưu tốt gần nhất: {backup} (lúc " in str(caught.value)


def test_a_bad_server_database_address(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        Store.for_url("postgresql+nosuchdriver://u@localhost/x")
    assert caught.value.code == "store.bad_address" and told(caught.value)


def test_the_machine_s_faults_are_told_with_their_advice() -> None:
    full = disk_problem(OSError(errno.ENOSPC, "No space left on device", "/media/usb/a.csv"))
    said = full.sentence()
    assert told(said) == ("Could not write to the file “/media/usb/a.csv”: the disk is full. "
                          "Free some space on the disk, then run the command again.")
    for number in (errno.EROFS, errno.EACCES, errno.EIO):
        told(disk_problem(OSError(number, "x")).sentence())
    error = sqlite3.OperationalError("unable to open")
    error.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN
    assert str(disk_problem(error).sentence()).startswith("Không mở được cơ sở dữ liệu: ")


# --- the device -----------------------------------------------------------------------------
def test_writing_before_the_device_is_set_up(tmp_path: Path) -> None:
    with fresh_store(tmp_path / "bare") as store:
        with pytest.raises(NotSetUpError) as caught, store.sessions.begin() as s:
            save_staff(s, {"full_name": "Lò Văn Thắng"})
        told(caught.value, "Máy này chưa được thiết lập cho xã nào; hãy chạy “commune-it "
             "setup” trước.")
        # around the operations: the journal says it
        with pytest.raises(NotSetUpError) as caught, store.sessions.begin() as s:
            create(s, Staff, commune_code=MUONG_PHANG, full_name="Lò Văn Thắng")
        told(caught.value)
        with pytest.raises(NotSetUpError) as caught:
            fill_demo(store)
        assert "nạp dữ liệu mẫu" in str(caught.value) and "demo" in told(caught.value)


@pytest.mark.parametrize("communes,name,trainer,code", [
    (["12a"], "Máy xã", False, "setup.commune_code_invalid"),
    (["99999"], "Máy xã", False, "setup.commune_unknown"),
    ([], "Máy xã", False, "setup.commune_missing"),
    ([MUONG_PHANG, THANH_NUA], "Máy xã", False, "setup.office_one_commune"),
    ([MUONG_PHANG], "   ", False, "setup.device_name_missing"),
])
def test_setting_up_refuses(tmp_path: Path, communes, name, trainer, code) -> None:
    with fresh_store(tmp_path) as store, pytest.raises(ValidationError) as caught, \
            store.sessions.begin() as s:
        setup_device(s, communes, name, trainer)
    assert caught.value.code == code and told(caught.value)


def test_setting_up_across_provinces_or_over_another_commune_s_data(office: Store) -> None:
    with pytest.raises(ValidationError) as across, office.sessions.begin() as s:
        elsewhere = s.scalars(select(Commune.code).where(Commune.province_code != "11")).first()
        setup_device(s, [MUONG_PHANG, elsewhere], "Máy giảng viên", True)
    with office.sessions.begin() as s:
        save_staff(s, {"full_name": "Lò Văn Thắng"})
    with pytest.raises(ValidationError) as over, office.sessions.begin() as s:
        setup_device(s, [THANH_NUA], "Máy xã", False)
    assert [across.value.code, over.value.code] == ["setup.one_province",
                                                    "setup.other_commune_data"]
    told(across.value, "Các xã phải cùng một tỉnh.")
    told(over.value)


def test_a_trainer_s_laptop_writing_the_register_is_one_refusal(tmp_path: Path) -> None:
    """The operation's refusal and the journal's (a write around the operation) are the
    same code and the same sentence: the one the exchange says too."""
    with make_store(tmp_path, (MUONG_PHANG, THANH_NUA), trainer=True) as store:
        with pytest.raises(ValidationError) as by_ops, store.sessions.begin() as s:
            save_staff(s, {"full_name": "Lò Văn Thắng"})
        with pytest.raises(ScopeError) as by_journal, store.sessions.begin() as s:
            create(s, Staff, commune_code=MUONG_PHANG, full_name="Lò Văn Thắng")
        for caught in (by_ops, by_journal):
            assert caught.value.code == "scope.trainer_register"
            assert told(caught.value, TRAINER_REFUSAL).startswith("A trainer's computer")
        with pytest.raises(ModelError) as caught:
            fill_demo(store)
        assert caught.value.code == "demo.office_only" and told(caught.value)
        with store.sessions() as s:
            assert s.scalars(select(Staff)).all() == []


# --- the one set of checks ------------------------------------------------------------------
def test_a_future_birth_and_a_bad_e_mail_are_told_field_by_field(office: Store) -> None:
    values = {"full_name": "Lò Văn Thắng", "birth_date": date(2090, 1, 1),
              "email": "thang@", "value_vnd": 5}
    problems = check_staff(values)
    assert [(p.field, p.code) for p in problems] == [
        ("value_vnd", "unknown_field"), ("birth_date", "future"), ("email", "email")]
    english = [told(p.message) for p in problems]
    assert english[1] == "Date of birth (01/01/2090) cannot be in the future."
    assert str(problems[2].message) == ("Địa chỉ thư điện tử “thang@” không hợp lệ, ví dụ "
                                        "ten@dienbien.gov.vn.")
    with pytest.raises(RecordRefused) as caught, office.sessions.begin() as s:
        save_staff(s, values)
    assert told(caught.value) == " ".join(english)
    assert str(caught.value) == " ".join(str(p.message) for p in problems)


def test_every_kind_of_problem_reads_in_both_languages(office: Store) -> None:
    staff = check_staff({"full_name": " ", "gender": "robot", "position": "x" * 500,
                         "phone": "12", "general_education": "12\x1b/12",
                         "uses_official_email": "yes", "birth_date": date(2015, 1, 1),
                         "service_start": date(2020, 1, 1), "service_end": date(2019, 1, 1)})
    equipment = [*check_equipment({"category": "laptop", "value_vnd": -1}),
                 *check_equipment({"category": "laptop", "value_vnd": 10**13,
                                          "acquired_date": date(2022, 1, 1),
                                          "warranty_end": date(2021, 1, 1)})]
    codes = {p.code for p in [*staff, *equipment]}
    assert codes == {"required", "choice", "too_long", "phone", "control", "type", "age",
                     "order", "negative", "too_large"}
    for problem in [*staff, *equipment]:
        told(problem.message)


# --- the other writes -----------------------------------------------------------------------
def refusals(store: Store, writes: list[tuple]) -> list[ModelError]:
    """The error each write (a function of a session, and its arguments) raised, each in a
    unit of work of its own, after checking that it carries a known code and its English."""
    found = []
    for write, *args in writes:
        with pytest.raises(ModelError) as caught, store.sessions.begin() as s:
            write(s, *args)
        told(caught.value)
        found.append(caught.value)
    return found


def test_the_training_writes_refuse_in_both_languages(office: Store) -> None:
    start, values = date.today() - timedelta(days=10), training.CourseValues
    with office.sessions.begin() as s:
        course = training.create_course(s, values("Tin học", start, FAR)).id
        person = save_staff(s, {"full_name": "Lò Văn Thắng"})
        later = training.add_session(s, course, training.LessonValues(FAR)).id
        enrolment = training.enroll_official(s, course, person).id
    errors = refusals(office, [
        (training.create_course, values(" ", start)),
        (training.create_course, values("Tin học", start, start - timedelta(1))),
        (training.create_course, values("Tin học", start, hours=5000)),
        (training.update_course, course, values("Tin học", start, start)),
        (training.add_session, course, training.LessonValues(FAR + timedelta(1))),
        (training.add_session, course, training.LessonValues(start, start_time="7h")),
        (training.set_mark, later, enrolment, "sleeping"),
        (training.set_mark, later, enrolment, "present"),  # not held yet
        (training.enroll_outsider, course, "  ", None),
        (training.delete_course, course),  # someone is enrolled
        (training.update_session, "no-such-session", training.LessonValues(start)),
        (training.enroll_official, course, "no-such-official"),
        (training.remove_enrolment, "no-such-enrolment"),
        (training.delete_course, "no-such-course")])
    assert [error.code for error in errors[:10]] == [
        "training.course_title_missing", "training.course_end_before_start",
        "training.hours_out_of_range", "training.sessions_outside_course",
        "training.session_outside_course", "training.start_time_format",
        "training.attendance_status_invalid", "training.session_not_held",
        "training.participant_name_missing", "training.course_has_enrolments"]
    assert errors[7].text("en").startswith(f"The lesson of {FAR:%d/%m/%Y} ")
    assert [error.text("en").split(";")[0] for error in errors[10:]] == [
        "Could not find the lesson", "Could not find the official",
        "Could not find the enrolled person", "Could not find the course"]
    assert str(errors[10]) == "Không tìm thấy buổi học; có thể đã bị xóa trên máy khác."


def test_the_other_writes_refuse_in_both_languages(office: Store) -> None:
    with office.sessions.begin() as s:
        person = save_staff(s, {"full_name": "Lò Văn Thắng"})
    errors = refusals(office, [
        (set_status, "no-such-item", "broken"),
        (save_equipment, {"category": "laptop", "holder_id": "nobody"}),
        (lambda s: update(s.get(Staff, person), id="x"),),
        (lambda s: setattr(s.get(Staff, person), "gender", "robot"),),
        (lambda s: s.delete(s.get(Staff, person)),),
        (lambda _s: clean_department_name(" "),),
        (lambda _s: clean_department_name("x" * 1000),),
        (lambda _s: normalise_server_url(" "),),
        (lambda _s: normalise_server_url("ftp://"),)])
    assert [error.code for error in errors] == [
        "record.not_found", "equipment.holder_not_staff", "record.field_read_only",
        "record.value_invalid", "journal.hard_delete", "settings.department_missing",
        "settings.department_too_long", "settings.server_address_missing",
        "settings.server_address_invalid"]
    assert errors[0].text("en") == ("Could not find this item; it may have been deleted on "
                                    "another computer.")


def test_the_total_of_the_communes_is_named_in_the_window_s_language() -> None:
    assert total([]).commune_name == "Tổng cộng"
    set_language("en")
    assert total([]).commune_name == "Total"


# --- through the command line ---------------------------------------------------------------
@pytest.mark.parametrize("language", ["", "en"])
def test_the_command_line_says_it_in_its_language(tmp_path: Path, language: str) -> None:
    make_store(tmp_path, (MUONG_PHANG, THANH_NUA), trainer=True).close()
    env = {**os.environ, "COMMUNE_IT_LANG": language}
    result = subprocess.run([str(Path(sys.executable).parent / "commune-it"), "--data-dir",
                             str(tmp_path), "demo"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 2 and result.stdout == ""
    vietnamese, english = TEXTS["demo.office_only"]
    assert result.stderr == f"{english if language else vietnamese}\n"
