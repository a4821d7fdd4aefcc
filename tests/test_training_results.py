"""A participant's result and certificate number (issue 11, item 6), on real stores.

In the window: typed from the keyboard in the Training page's results dialog, shown in the
participants' list and found again after the database is reopened; the question that
follows a pass with a certificate number for a course that gives an IT certificate, and its
effect on the overview's officials without one. On the command line (the installed
``commune-it`` script in a process of its own): an attendance file with ``result`` and
``certificate_no`` columns, the refusals naming row and column, the note that tells what
the file did not change in the register, and an export imported again changing nothing.

The window's strings checked are the English sources (no translator installed); the
screenshot installs the Vietnamese translation compiled from the checked-in .ts file.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid
from sqlalchemy import func, select

from app.demo import fill_demo
from app.models import Enrollment, Staff
from app.models.errors import ValidationError
from app.models.journal import JournalEntry
from app.models.store import Store
from app.models.training_ops import CourseValues
from app.models.training_results import ResultValues, certificate_outcome, check_result
from app.models.validation import DEPENDS, RecordRefused
from app.ops import commune, training
from app.ui.pages.training.certificate_question import CertificateQuestion
from app.ui.pages.training.controller import TrainingPage
from app.ui.pages.training.results_dialog import ResultsDialog
from app.ui.pages.training.view import TAB_PEOPLE
from app.ui.runtime import errors, i18n
from app.ui.runtime.tasks import TaskRunner
from tests.helpers import DB_NAME, MUONG_PHANG, THANH_NUA, make_store
from tests.sync_helpers import ship
from tests.ui_helpers import SCREENSHOTS, office_store, open_window

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
TODAY = date(2026, 3, 10)
COURSE = "Ứng dụng CNTT cơ bản"
ORGANISER = "Sở Khoa học và Công nghệ tỉnh Điện Biên"
OFFICIALS = ("Lò Văn Anh", "Cà Thị Bình", "Quàng Văn Cường")
OUTSIDER = "Giàng A Pao"
Key = Qt.Key
KEY_TEXT = {Key.Key_Return: "\r", Key.Key_Tab: "\t", Key.Key_Space: " "}
VIETNAMESE = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


# --- fixtures and helpers ------------------------------------------------------------------
@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    i18n.uninstall(qapp)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded; an error dialog (a bug) fails the test."""
    shown: list[str] = []
    bugs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(errors, "show_error", lambda _p, message, details: bugs.append(details))
    yield shown
    assert not bugs, bugs[0]


def course_with_people(store: Store, title: str = COURSE) -> str:
    """A commune course (through the operations the window uses), two lessons held, the
    three officials and an outside participant enrolled; its id."""
    course_id = training.create_course(store, CourseValues(
        title, date(2026, 3, 2), date(2026, 3, 6), organiser=ORGANISER))
    for day in (2, 3):
        training.add_lesson(store, course_id, training.LessonValues(date(2026, 3, day)))
    staff_ids = [row.id for row in training.enrolment_candidates(store, course_id)]
    training.enrol_officials(store, course_id, staff_ids)
    training.enrol_outsider(store, course_id, OUTSIDER, "Trường tiểu học")
    return course_id


@pytest.fixture
def office(tmp_path: Path):
    """Mường Phăng's office laptop: three officials (the third already holds the advanced
    certificate) and one course with all of them and an outside participant."""
    store = office_store(tmp_path / "office", [
        dict(full_name=OFFICIALS[0], unit="office"), dict(full_name=OFFICIALS[1], unit="office"),
        dict(full_name=OFFICIALS[2], unit="office", it_certificate="advanced")])
    store.course_id = course_with_people(store)
    yield store
    store.close()


def make_page(qtbot, store: Store, course_id: str) -> TrainingPage:
    page = TrainingPage(store, TaskRunner(), commune.window_context(store), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1340, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh(course_id)
    settle(page)
    return page


def settle(page: TrainingPage) -> None:
    assert page.runner.wait(10), "a task did not finish"


def type_keys(dialog: QWidget, *keys: str | Key) -> None:
    """Type into whatever has the dialog's focus, key by key, as the officer would: text
    as a Vietnamese keyboard delivers composed letters, or a named key."""
    for key in keys:
        for text in ([key] if isinstance(key, Key) else list(key)):
            target = dialog.focusWidget()
            assert target is not None
            code, char = (text, KEY_TEXT.get(text, "")) if isinstance(text, Key) else (0, text)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, code,
                                                         Qt.KeyboardModifier.NoModifier, char))


def people(page: TrainingPage) -> dict[str, tuple[str, str]]:
    """The participants' list as shown: name → (result, certificate number)."""
    model = page.people_model
    return {model.data(model.index(r, 0)): (model.data(model.index(r, 3)),
                                           model.data(model.index(r, 4)))
            for r in range(model.rowCount())}


def open_results(qtbot, page: TrainingPage, person: int = 0) -> ResultsDialog:
    """Enter on a person of the participants' tab opens the dialog on that person."""
    page.tabs.setCurrentIndex(TAB_PEOPLE)
    page.people_table.selectRow(person)
    page.people_table.setFocus()
    qtbot.keyClick(page.people_table, Key.Key_Return)
    dialog = page.form
    assert isinstance(dialog, ResultsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def closed(dialog: QWidget) -> bool:
    return not isValid(dialog) or not dialog.isVisible()


def staff_named(store: Store, name: str) -> Staff:
    with store.sessions() as s:
        return s.scalars(select(Staff).where(Staff.full_name == name)).one()


def uncertified(store: Store) -> set[str]:
    found = commune.overview(store, [MUONG_PHANG]).attention["uncertified"]
    return {item.name for item in found.items}


# --- the window ----------------------------------------------------------------------------
def test_results_typed_from_the_keyboard_are_listed_and_kept(qtbot, office, tmp_path) -> None:
    page = make_page(qtbot, office, office.course_id)
    assert page.results_button.isEnabled() and page.results_button.text() == "Results…"
    assert list(people(page)) == [*OFFICIALS, OUTSIDER]
    dialog = open_results(qtbot, page, 1)
    assert dialog.focusWidget() is dialog.rows[1].combo  # the person chosen in the list
    assert dialog.course_certificate() == "basic"  # guessed from the title
    type_keys(dialog, Key.Key_Up)
    # Anh passed: the label's first letter chooses and moves on to the number.
    type_keys(dialog, "p")
    assert dialog.focusWidget() is dialog.rows[0].number
    type_keys(dialog, "001/2026/CB", Key.Key_Return)
    # Bình did not pass: N ("Not passed") chooses and goes straight to the next person.
    type_keys(dialog, "N")
    assert dialog.focusWidget() is dialog.rows[2].combo
    type_keys(dialog, "P", "002/2026/CB", Key.Key_Return)
    # The outsider: a number typed on a blank result makes a pass.
    type_keys(dialog, Key.Key_Tab)
    assert dialog.focusWidget() is dialog.rows[3].number
    type_keys(dialog, "NG-7", Key.Key_Return)
    assert dialog.focusWidget() is dialog.save_button  # after the last person, Save
    assert [row.values()["result"] for row in dialog.rows] == ["passed", "failed", "passed",
                                                                "passed"]
    type_keys(dialog, Key.Key_Return)
    settle(page)
    question = page.form  # Anh: Cường already holds a higher certificate, Pao is no official
    assert isinstance(question, CertificateQuestion) and question.chosen() == [
        staff_named(office, OFFICIALS[0]).id]
    question.reject()  # "Leave the records as they are"
    expected = {OFFICIALS[0]: ("Passed", "001/2026/CB"), OFFICIALS[1]: ("Not passed", ""),
                OFFICIALS[2]: ("Passed", "002/2026/CB"), OUTSIDER: ("Passed", "NG-7")}
    assert people(page) == expected
    assert staff_named(office, OFFICIALS[0]).it_certificate == "none"  # never unasked

    office.close()
    reopened = Store(tmp_path / "office" / DB_NAME)
    try:
        again = make_page(qtbot, reopened, office.course_id)
        assert people(again) == expected
    finally:
        reopened.close()


def test_the_dialog_shows_each_problem_and_saves_nothing_while_one_lasts(qtbot, office
                                                                          ) -> None:
    page = make_page(qtbot, office, office.course_id)
    dialog = open_results(qtbot, page, 0)
    type_keys(dialog, "n")  # Anh failed …
    dialog.rows[0].number.setFocus()
    type_keys(dialog, "001")  # … yet a number is typed
    assert dialog.rows[0].error.isVisible()
    assert dialog.rows[0].error.text() == \
        "A certificate number is given only with the result “Passed”."
    dialog.save_button.click()
    settle(page)
    assert page.form is dialog and dialog.isVisible()
    with office.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Enrollment).where(
            Enrollment.certificate_no.is_not(None))) == 0
    dialog.rows[0].combo.setFocus()
    type_keys(dialog, Key.Key_Delete)  # cleared: still no pass, still the problem
    assert dialog.rows[0].error.isVisible()
    type_keys(dialog, "p")
    assert not dialog.rows[0].error.isVisible()
    dialog.windowHandle().requestActivate()  # a shortcut needs its window active
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.focusWidget(), Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(page)  # Ctrl+Enter saved from the certificate number's field, then asked
    assert closed(dialog) and isinstance(page.form, CertificateQuestion)
    assert people(page)[OFFICIALS[0]] == ("Passed", "001")


def test_the_certificate_question_updates_the_register_and_the_overview(qtbot, office
                                                                        ) -> None:
    window = open_window(qtbot, office)
    window.show()
    qtbot.waitExposed(window)
    anh, binh = (staff_named(office, name) for name in OFFICIALS[:2])
    shown = window.overview.attention_lists["uncertified"]
    assert set(shown.ids()) == {anh.id, binh.id}
    before = commune.indicators(office, [MUONG_PHANG]).certified
    page = window.training_page
    page.refresh(office.course_id)
    settle(page)
    dialog = open_results(qtbot, page, 0)
    type_keys(dialog, "p", "001/2026/CB", Key.Key_Return, "p", "002/2026/CB")
    dialog.save_button.click()
    settle(page)
    question = page.form
    assert isinstance(question, CertificateQuestion)
    assert question.chosen() == [anh.id, binh.id]  # by given name, the Vietnamese order
    type_keys(question, Key.Key_Space)  # Anh's record stays as it is
    assert question.chosen() == [binh.id]
    assert question.action_button.text() == "Update 1 record(s)"
    type_keys(question, Key.Key_Return)
    settle(page)
    assert window.runner.wait(10)
    assert set(shown.ids()) == {anh.id}
    assert uncertified(office) == {OFFICIALS[0]}
    assert commune.indicators(office, [MUONG_PHANG]).certified == before + 1
    updated = staff_named(office, OFFICIALS[1])
    assert (updated.it_certificate, updated.it_certificate_date,
            updated.it_certificate_issuer) == ("basic", date(2026, 3, 6), ORGANISER)
    assert staff_named(office, OFFICIALS[0]).it_certificate == "none"
    listed = {row.full_name: row.it_certificate for row in window.staff_page.model.rows()}
    assert listed[OFFICIALS[1]] == "basic" and listed[OFFICIALS[0]] == "none"  # reloaded


def test_no_question_for_a_course_that_gives_no_it_certificate(qtbot, office) -> None:
    course_id = course_with_people(office, "Sử dụng chữ ký số")
    assert certificate_outcome("Sử dụng chữ ký số") is None
    assert certificate_outcome("Tin học", "Chuẩn kỹ năng sử dụng CNTT nâng cao") == "advanced"
    page = make_page(qtbot, office, course_id)
    dialog = open_results(qtbot, page, 0)
    assert dialog.course_certificate() is None
    type_keys(dialog, "p", "CK-1", Key.Key_Return)
    dialog.save_button.click()
    settle(page)
    assert page.form is dialog and closed(dialog)  # saved, and nothing asked
    assert people(page)[OFFICIALS[0]] == ("Passed", "CK-1")
    # The officer may say the course gives one after all: then the question comes.
    dialog = open_results(qtbot, page, 0)
    dialog.certificate.setCurrentIndex(dialog.certificate.findData("basic"))
    dialog.save_button.click()
    settle(page)
    assert isinstance(page.form, CertificateQuestion)


def test_a_province_course_seen_from_an_office_changes_only_its_officials(qtbot, office,
                                                                          tmp_path) -> None:
    """The trainer's outsider is the province's record: greyed in the dialog and refused
    by the store; the office's own official is entered; no question on the trainer's side."""
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True)
    try:
        course_id = training.create_course(trainer, CourseValues("Lớp CNTT cơ bản của tỉnh",
                                                                 date(2026, 3, 2)))
        outsider = training.enrol_outsider(trainer, course_id, "Vàng A Sử", None)
        ship(trainer, office)
        anh = staff_named(office, OFFICIALS[0])
        training.enrol_officials(office, course_id, [anh.id])
        page = make_page(qtbot, office, course_id)
        dialog = open_results(qtbot, page, 0)
        assert [row.editable for row in dialog.rows] == [True, False]
        with pytest.raises(ValidationError) as refused:
            training.save_results(office, course_id, [ResultValues(outsider, "passed", None)],
                                  None)
        assert refused.value.code == "training.result_out_of_scope"
        assert refused.value.text("en") == ("This computer cannot change the result of Vàng A "
                                            "Sử: that person's record belongs elsewhere.")
        type_keys(dialog, "p", "T-1", Key.Key_Return)
        type_keys(dialog, Key.Key_Return)  # on Save
        settle(page)
        assert isinstance(page.form, CertificateQuestion)
        ship(office, trainer)  # the trainer sees the result, and is never asked
        assert training.save_results(trainer, course_id, [], "basic") == []
        detail = training.course_detail(trainer, course_id)
        assert {(p.name, p.result, p.certificate_no) for p in detail.matrix.people} == {
            (OFFICIALS[0], "passed", "T-1"), ("Vàng A Sử", None, None)}
        trainer_page = make_page(qtbot, trainer, course_id)
        on_trainer = open_results(qtbot, trainer_page, 0)
        assert [row.editable for row in on_trainer.rows] == [True, True]
        assert on_trainer.certificate.isHidden()  # the register is not the trainer's
        on_trainer.reject()
    finally:
        trainer.close()


def test_the_checks_are_one_set_with_codes_in_both_languages(office) -> None:
    problems = check_result({"result": "failed", "certificate_no": "7"})
    assert [(p.field, p.code) for p in problems] == [("certificate_no", DEPENDS)]
    assert check_result({"result": "great"})[0].message.code == "validation.not_a_choice"
    assert check_result({"certificate_no": "x" * 41, "result": "passed"})[0].params == {
        "limit": 40}
    # A stored value is not judged again by an edit that leaves it alone.
    assert check_result({"result": "failed"}, {"result": "failed",
                                               "certificate_no": "7"}) == []
    anh = training.course_detail(office, office.course_id).matrix.people[0]
    with pytest.raises(RecordRefused) as refused:
        training.save_results(office, office.course_id,
                              [ResultValues(anh.id, "failed", "001")], None)
    assert str(refused.value) == (
        "Lò Văn Anh: Số chứng chỉ chỉ ghi cho người có kết quả “Đạt”.")
    assert refused.value.text("en") == (
        "Lò Văn Anh: A certificate number is recorded only for a participant who passed.")


# --- the command line: commune-it import attendance / export training ---------------------
def commune_it(data_dir: Path, *args: object, language: str = "vi"
               ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COMMUNE_IT_LANG": language})


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


CONTRACT = ["course_title", "course_start", "session_date", "staff_id", "participant_name",
            "status"]


@pytest.fixture
def office_dir(tmp_path: Path) -> Path:
    """The office laptop's data folder, its store closed for the command line to open."""
    store = office_store(tmp_path / "office", [
        dict(full_name=name, unit="office") for name in OFFICIALS])
    store.close()
    return tmp_path / "office"


def ids_by_name(data_dir: Path) -> dict[str, str]:
    with Store(data_dir / DB_NAME) as store, store.sessions() as s:
        return {staff.full_name: staff.id for staff in s.scalars(select(Staff))}


def stored(data_dir: Path) -> tuple[dict[str, tuple], dict[str, str], int]:
    """Each participant's (result, certificate number), each official's IT certificate, and
    how many changes the journal holds."""
    with Store(data_dir / DB_NAME) as store, store.sessions() as s:
        results = {(e.staff.full_name if e.staff else e.participant_name): (
            e.result, e.certificate_no) for e in s.scalars(select(Enrollment))}
        certificates = {p.full_name: p.it_certificate for p in s.scalars(select(Staff))}
        return results, certificates, s.scalar(select(func.count()).select_from(JournalEntry))


def attendance_file(path: Path, ids: dict[str, str], results: list[tuple[str, str]]) -> Path:
    """Anh, Bình and an outside participant at one lesson, with these results."""
    people = [(ids[OFFICIALS[0]], ""), (ids[OFFICIALS[1]], ""), ("", OUTSIDER)]
    rows = [CONTRACT + ["result", "certificate_no"]]
    for (staff_id, name), (result, number) in zip(people, results, strict=True):
        rows.append([COURSE, "02/03/2026", "02/03/2026", staff_id, name, "present", result,
                     number])
    return write_csv(path, rows)


def test_an_attendance_file_brings_results_and_leaves_the_register_alone(office_dir,
                                                                          tmp_path) -> None:
    ids = ids_by_name(office_dir)
    path = attendance_file(tmp_path / "results.csv", ids, [
        ("passed", "001/2026/CB"), ("Không đạt", ""), ("Đạt", "")])
    done = commune_it(office_dir, "import", "attendance", path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Đã ghi kết quả, số chứng chỉ của 3 người học.",
        "1 cán bộ đạt khóa học cấp chứng chỉ tin học và có số chứng chỉ, nhưng hồ sơ cán bộ "
        "chưa ghi chứng chỉ này; tệp nhập không sửa hồ sơ cán bộ. Để cập nhật: trong cửa sổ, "
        "trang Đào tạo, thẻ Người tham gia, nút “Kết quả…”.",
        "Đã nhập: 3 mới, 0 cập nhật, 0 không đổi."]
    results, certificates, _journal = stored(office_dir)
    assert results == {OFFICIALS[0]: ("passed", "001/2026/CB"), OFFICIALS[1]: ("failed", None),
                       OUTSIDER: ("passed", None)}
    assert certificates[OFFICIALS[0]] == "none"  # the register is the officer's to change
    # A later file without the new columns is taken, and keeps the results.
    plain = write_csv(tmp_path / "plain.csv", [CONTRACT, [
        COURSE, "2026-03-02", "2026-03-03", ids[OFFICIALS[1]], "", "late"]])
    later = commune_it(office_dir, "import", "attendance", plain, language="en")
    assert later.returncode == 0, later.stderr
    assert later.stdout.splitlines()[-1].startswith("Imported: 1 new")
    assert "certificate" not in later.stdout  # nothing about results in this file
    assert stored(office_dir)[0] == results


def test_bad_results_are_refused_by_row_and_column_and_nothing_is_written(office_dir,
                                                                         tmp_path) -> None:
    ids = ids_by_name(office_dir)
    before = stored(office_dir)
    path = attendance_file(tmp_path / "bad.csv", ids, [
        ("giỏi", ""), ("failed", "CB-2"), ("passed", "x" * 41)])
    refused = commune_it(office_dir, "import", "attendance", path)
    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    lines = refused.stderr.strip().splitlines()
    assert lines[0].startswith("Dòng 2, cột result:") and "giỏi" in lines[0]
    assert lines[1] == ("Dòng 3, cột certificate_no: Số chứng chỉ chỉ ghi cho người có kết "
                        "quả “Đạt”.")
    assert lines[2].startswith("Dòng 4, cột certificate_no:") and "40" in lines[2]
    assert stored(office_dir) == before
    english = commune_it(office_dir, "import", "attendance", path, language="en")
    assert english.returncode == 2
    assert english.stderr.splitlines()[1] == (
        "Row 3, column certificate_no: A certificate number is recorded only for a "
        "participant who passed.")
    assert not VIETNAMESE & set(english.stderr.lower().replace("giỏi", ""))


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_an_export_imported_again_changes_nothing(office_dir, tmp_path, suffix) -> None:
    ids = ids_by_name(office_dir)
    first = commune_it(office_dir, "import", "attendance", attendance_file(
        tmp_path / "results.csv", ids, [("passed", "001/2026/CB"), ("failed", ""),
                                        ("passed", "NG 7")]))
    assert first.returncode == 0, first.stderr
    before = stored(office_dir)
    out = tmp_path / f"training.{suffix}"
    exported = commune_it(office_dir, "export", "training", out)
    assert exported.returncode == 0, exported.stderr
    if suffix == "csv":
        with out.open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header[:6] == CONTRACT and header.index("result") > 5
        assert header.index("certificate_no") > 5
    again = commune_it(office_dir, "import", "attendance", out)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == "Đã nhập: 0 mới, 0 cập nhật, 3 không đổi."
    assert "Đã ghi kết quả" not in again.stdout
    assert stored(office_dir) == before


# --- in Vietnamese: the keys follow the words, and the screenshots ---------------------------
def test_vietnamese_letters_choose_the_vietnamese_results(qtbot, vietnamese, office) -> None:
    page = make_page(qtbot, office, office.course_id)
    assert page.results_button.text() == "Kết quả…"
    dialog = open_results(qtbot, page, 0)
    assert "gõ Đ là “Đạt”, K là “Không đạt”" in dialog.hint.text()
    type_keys(dialog, "d", "001", Key.Key_Return, "K", "Đ")  # no diacritic needed, or one
    assert [row.combo.currentText() for row in dialog.rows[:3]] == ["Đạt", "Không đạt", "Đạt"]
    assert dialog.focusWidget() is dialog.rows[2].number
    assert dialog.certificate.currentText() == "Ứng dụng CNTT cơ bản"


def test_screenshots_of_the_results_dialog_and_the_question(qtbot, tmp_path,
                                                            vietnamese) -> None:
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã")
    try:
        fill_demo(store)
        _scope, courses = training.list_courses(store)
        course = next(c for c in courses if training.course_certificate(c) == "basic")
        page = make_page(qtbot, store, course.id)
        page.resize(1024 - 180, 600 - 120)  # a 1024×600 screen, less the window's frame
        dialog = open_results(qtbot, page, 0)
        assert any(row.values()["certificate_no"] for row in dialog.rows)  # the demo's
        assert dialog.height() <= 520 and dialog.width() <= 1000
        qtbot.wait(50)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SCREENSHOTS / "training_results_vi.png"))
        dialog.save_button.click()  # nothing changed: the demo's passes are offered
        settle(page)
        question = page.form
        assert isinstance(question, CertificateQuestion) and len(question.chosen()) > 1
        qtbot.waitExposed(question)
        qtbot.wait(50)
        assert question.grab().save(str(SCREENSHOTS / "training_certificate_question_vi.png"))
        question.reject()
    finally:
        store.close()
