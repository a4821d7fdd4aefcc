"""A course marked as a basic digital skills course (issue 16, item 4): passing it confirms
an official's basic digital skills, but only when asked. On the command line an attendance
file says how many of its officials could be confirmed, and ``--confirm-skills`` confirms
them; in the window the results of such a course are followed by a question. Also the
overview's card, looked at on both screens, and the province console's share."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid
from sqlalchemy import select, text

from app.demo import fill_demo
from app.models import Staff
from app.models.store import Store
from app.models.training_ops import CourseValues
from app.ops import commune, training
from app.ui.pages.training.controller import TrainingPage
from app.ui.pages.training.results_dialog import ResultsDialog
from app.ui.pages.training.skills_question import SkillsQuestion
from app.ui.pages.training.view import TAB_PEOPLE
from app.ui.runtime import errors, i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.main_window import open_main_window
from tests.helpers import DB_NAME, MUONG_PHANG, make_store
from tests.ui_helpers import SCREENSHOTS, office_store, settle

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
COURSE = "Kỹ năng số cơ bản - Bình dân học vụ số"
OFFICIALS = ("Lò Văn Anh", "Cà Thị Bình", "Quàng Văn Cường", "Vàng Thị Dung")
START = date.today() - timedelta(days=20)
END = START + timedelta(days=4)
CONTRACT = ["course_title", "course_start", "session_date", "staff_id", "participant_name",
            "status", "result"]


def commune_it(data_dir: Path, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COMMUNE_IT_LANG": "vi"})


def office_with_course(directory: Path, digital_skills: bool = True) -> Store:
    """Mường Phăng's office: four officials, Dung already confirmed (by the platform), and
    a course of the commune's (through the operations the window uses), all enrolled."""
    store = office_store(directory, [
        dict(full_name=name, unit="office") for name in OFFICIALS[:3]] + [
        dict(full_name=OFFICIALS[3], unit="office", digital_skills=True,
             digital_skills_date=date(2025, 8, 1), digital_skills_method="platform")])
    store.course_id = training.create_course(store, CourseValues(
        COURSE, START, END, organiser="UBND xã Mường Phăng", digital_skills=digital_skills))
    training.add_lesson(store, store.course_id, training.LessonValues(START))
    training.enrol_officials(store, store.course_id,
                             [row.id for row in training.enrolment_candidates(
                                 store, store.course_id)])
    return store


def skills(data_dir: Path) -> dict[str, tuple]:
    with Store(data_dir / DB_NAME) as store, store.sessions() as s:
        return {p.full_name: (p.digital_skills, p.digital_skills_date, p.digital_skills_method)
                for p in s.scalars(select(Staff))}


def results_file(path: Path, data_dir: Path, results: dict[str, str]) -> Path:
    with Store(data_dir / DB_NAME) as store, store.sessions() as s:
        ids = {p.full_name: p.id for p in s.scalars(select(Staff))}
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CONTRACT)
        for name, result in results.items():
            writer.writerow([COURSE, START.isoformat(), START.isoformat(), ids[name], "",
                             "present", result])
    return path


# --- the command line --------------------------------------------------------------------------
def test_the_file_says_who_could_be_confirmed_and_the_flag_confirms_them(tmp_path) -> None:
    office_with_course(tmp_path / "office").close()
    path = results_file(tmp_path / "ket-qua.csv", tmp_path / "office", {
        OFFICIALS[0]: "passed", OFFICIALS[1]: "Đạt", OFFICIALS[2]: "failed",
        OFFICIALS[3]: "passed"})
    before = skills(tmp_path / "office")
    done = commune_it(tmp_path / "office", "import", "attendance", path)
    assert done.returncode == 0, done.stderr
    # Anh and Bình passed and are not confirmed; Cường failed; Dung is confirmed already.
    assert ("2 cán bộ đạt khóa học kỹ năng số cơ bản nhưng hồ sơ chưa ghi đã xác nhận kỹ năng "
            "số; tệp nhập chưa sửa hồ sơ cán bộ. Để xác nhận, chạy lại lệnh với --again "
            "--confirm-skills.") in done.stdout.splitlines()
    assert skills(tmp_path / "office") == before  # nothing confirmed unasked

    done = commune_it(tmp_path / "office", "import", "attendance", path, "--again",
                      "--confirm-skills")
    assert done.returncode == 0, done.stderr
    assert "Đã xác nhận kỹ năng số cơ bản cho 2 cán bộ đạt khóa học." in done.stdout
    after = skills(tmp_path / "office")
    assert after[OFFICIALS[0]] == after[OFFICIALS[1]] == (True, END, "course")
    assert after[OFFICIALS[2]] == (False, None, None)
    assert after[OFFICIALS[3]] == (True, date(2025, 8, 1), "platform")  # left as it was

    again = commune_it(tmp_path / "office", "import", "attendance", path, "--again",
                       "--confirm-skills")
    assert again.returncode == 0 and "kỹ năng số" not in again.stdout  # nobody left


def test_a_course_not_marked_confirms_nobody_and_says_nothing(tmp_path) -> None:
    office_with_course(tmp_path / "office", digital_skills=False).close()
    path = results_file(tmp_path / "ket-qua.csv", tmp_path / "office",
                        {OFFICIALS[0]: "passed"})
    done = commune_it(tmp_path / "office", "import", "attendance", path, "--confirm-skills")
    assert done.returncode == 0, done.stderr
    assert "kỹ năng số" not in done.stdout
    assert skills(tmp_path / "office")[OFFICIALS[0]] == (False, None, None)


def test_the_flag_with_a_staff_file_is_a_plain_refusal(tmp_path) -> None:
    office_with_course(tmp_path / "office").close()
    path = tmp_path / "can-bo.csv"
    path.write_text("full_name\nLò Văn Phong\n", encoding="utf-8")
    done = commune_it(tmp_path / "office", "import", "staff", path, "--confirm-skills")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        "--confirm-skills chỉ dùng khi nhập tệp điểm danh (import attendance)."]
    assert len(skills(tmp_path / "office")) == 4  # nothing written


# --- the window ---------------------------------------------------------------------------------
@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch):
    i18n.uninstall(qapp)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    bugs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(errors, "show_error", lambda _p, message, details: bugs.append(details))
    yield
    assert not bugs, bugs[0]
    QLocale.setDefault(before)


def results_saved(qtbot, page: TrainingPage, results: str) -> None:
    """The participants' results dialog opened with Enter, ``results`` typed (one letter
    per person, as the officer would: P passed, N not passed), then saved."""
    page.tabs.setCurrentIndex(TAB_PEOPLE)
    page.people_table.selectRow(0)
    page.people_table.setFocus()
    qtbot.keyClick(page.people_table, Qt.Key.Key_Return)
    dialog = page.form
    assert isinstance(dialog, ResultsDialog)
    qtbot.waitExposed(dialog)
    for row, letter in zip(dialog.rows, results, strict=True):
        row.combo.setFocus()
        qtbot.keyClicks(row.combo, letter)
    dialog.save_button.click()
    assert page.runner.wait(10)


def test_the_window_asks_after_the_results_and_confirms_only_those_ticked(
        qtbot, english, tmp_path) -> None:
    store = office_with_course(tmp_path / "office")
    page = TrainingPage(store, TaskRunner(), commune.window_context(store))
    qtbot.addWidget(page)
    page.resize(1340, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh(store.course_id)
    assert page.runner.wait(10)
    names = [page.people_model.data(page.people_model.index(r, 0))
             for r in range(page.people_model.rowCount())]
    # Bình, Dung and Anh pass, Cường does not (the list is in the Vietnamese order).
    results_saved(qtbot, page, "".join("N" if n == OFFICIALS[2] else "P" for n in names))
    qtbot.waitUntil(lambda: isinstance(page.form, SkillsQuestion), timeout=5000)
    question = page.form
    with store.sessions() as s:
        ids = {p.full_name: p.id for p in s.scalars(select(Staff))}
    assert question.chosen() == [ids[OFFICIALS[0]], ids[OFFICIALS[1]]]  # Anh, Bình
    assert question.action_button.text() == "Confirm 2 record(s)"
    question.people.setCurrentRow(1)
    qtbot.keyClick(question.people, Qt.Key.Key_Space)  # Bình's record stays as it is
    assert question.chosen() == [ids[OFFICIALS[0]]]
    assert question.action_button.text() == "Confirm 1 record(s)"
    question.action_button.click()
    assert page.runner.wait(10)
    qtbot.waitUntil(lambda: not isValid(question) or not question.isVisible(), timeout=5000)
    after = skills(tmp_path / "office")
    assert after[OFFICIALS[0]] == (True, END, "course")
    assert after[OFFICIALS[1]] == after[OFFICIALS[2]] == (False, None, None)
    assert commune.indicators(store, [MUONG_PHANG]).digital_skills == 2  # Anh and Dung
    store.close()


# --- the overview ---------------------------------------------------------------------------------
@pytest.fixture(params=["vi", "en"])
def demo_window(request, qtbot, qapp: QApplication, qm_dir: Path, tmp_path: Path):
    """The window on the demo commune, in one language."""
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã Mường Phăng")
    fill_demo(store)
    assert i18n.install(qapp, request.param, qm_dir)
    window = open_main_window(store)
    assert window is not None
    qtbot.addWidget(window, before_close_func=settle)
    window.language = request.param
    yield window, store
    window.close()
    i18n.uninstall(qapp)
    i18n._current[0] = i18n.DEFAULT_LANGUAGE
    store.close()


def test_the_overview_card_and_how_the_nine_cards_are_arranged(qtbot, demo_window) -> None:
    window, store = demo_window
    with store.sessions() as s:
        [(officials, confirmed)] = s.execute(text(
            "SELECT count(*), sum(digital_skills) FROM staff WHERE deleted = 0 AND "
            "(service_end IS NULL OR service_end > :day)"), {"day": date.today()}).all()
    page = window.overview
    card = page.cards["digital_skills"]
    share = f"{round(confirmed / officials * 100)}%"
    folder = SCREENSHOTS / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    for size, rows in (((1024, 600), 2), ((1366, 768), 2), ((700, 600), 3)):
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        assert window.runner.wait()
        assert window.show_page("overview")
        QApplication.processEvents()
        qtbot.wait(20)
        assert card.value.text() == str(confirmed) and card.detail.text().startswith(share)
        # the officials' five on one row, the equipment's four under them (three by three
        # when narrower): never a card left alone on a row of its own
        tops = sorted({c.y() for c in page.cards.values()})
        assert len(tops) == rows, size
        per_row = [sum(c.y() == top for c in page.cards.values()) for top in tops]
        assert min(per_row) >= 3, (size, per_row)
        assert card.y() == page.cards["officials"].y() == page.cards["certified"].y()
        if size[0] > 1000:
            target = folder / f"{window.language}_{size[0]}_overview_digital_skills.png"
            assert window.grab().save(str(target)) and target.stat().st_size > 10_000
