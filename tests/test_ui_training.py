"""The Training page on real stores: a course and its sessions made through the forms,
officials enrolled by a diacritic-free search and an outside participant by name, the
attendance grid filled from the keyboard alone and found saved after reopening the
database, the rates (hand-computed), a trainer's province course, and the refusals.

The strings checked are the English sources (no translator installed), so these tests do
not depend on the translation files being up to date. The screenshots install the
Vietnamese translation compiled from the checked-in .ts file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from app.demo import fill_demo
from app.models import Attendance, Course, Enrollment, Staff, records
from app.models import training_queries as q
from app.models.store import Store
from app.models.training import attendance_id
from app.models.training_queries import AttendanceMatrix, EnrolmentRow, LessonRow
from app.ops.commune import window_context
from app.ui.itemmodels.attendance import AttendanceModel
from app.ui.pages.training.controller import TrainingPage
from app.ui.pages.training.forms import CourseForm, LessonForm, ParticipantForm
from app.ui.pages.training.view import TAB_ATTENDANCE, TAB_PEOPLE, TAB_SESSIONS
from app.ui.runtime import errors, i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets import dialogs
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store
from tests.sync_helpers import ship

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
PAGE_SIZE = (1340, 640)  # the page inside a maximised window on a 1366×768 laptop
TODAY = date(2026, 3, 10)
WAIT_MS = 10_000
Key = Qt.Key


# --- fixtures and helpers ------------------------------------------------------------------
@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    """Source strings and English number formats (3.5), whatever ran before."""
    i18n.uninstall(qapp)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of waiting for a click; an error dialog (a bug)
    fails the test."""
    shown: list[str] = []
    bugs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(errors, "show_error", lambda _p, message, details: bugs.append(details))
    yield shown
    assert not bugs, bugs[0]


@pytest.fixture
def office(tmp_path: Path):
    store = make_store(tmp_path / "office")
    with store.sessions.begin() as s:
        for name in ("Lò Văn Anh", "Cà Thị Bình", "Quàng Văn Cường"):
            records.create(s, Staff, full_name=name, commune_code=MUONG_PHANG, unit="office")
    yield store
    store.close()


def make_page(qtbot, store: Store, today: date = TODAY) -> TrainingPage:
    context = window_context(store)
    runner = TaskRunner()
    page = TrainingPage(store, runner, context, today=lambda: today)
    qtbot.addWidget(page)
    page.resize(*PAGE_SIZE)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitActive(page)
    page.refresh()
    settle(page)
    return page


def settle(page: TrainingPage) -> None:
    assert page.runner.wait(WAIT_MS / 1000), "a task did not finish"


def type_text(widget, text: str) -> None:
    """Type text key by key, as a Vietnamese keyboard (Unikey) delivers composed letters;
    QTest.keyClicks cannot send letters outside ASCII."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def set_date(edit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def submit(qtbot, page: TrainingPage, widget) -> None:
    """Enter in a form's field saves it; wait for the store and the reload."""
    qtbot.keyClick(widget, Key.Key_Return)
    settle(page)


def new_course(qtbot, page: TrainingPage, title: str) -> None:
    page.new_course()
    form = page.form
    type_text(form.title_edit, title)
    set_date(form.start_edit, date(2026, 3, 2))
    set_date(form.end_edit, date(2026, 3, 20))
    form.hours_edit.setValue(9)
    submit(qtbot, page, form.title_edit)
    assert closed(form)


def add_session(qtbot, page: TrainingPage, day: date, topic: str) -> None:
    page.add_session()
    form = page.form
    set_date(form.date_edit, day)
    type_text(form.topic_edit, topic)
    submit(qtbot, page, form.topic_edit)
    assert closed(form)


def focus(qtbot, widget) -> None:
    """Give ``widget`` the keyboard focus, its window active again after a closed form."""
    widget.window().activateWindow()
    qtbot.waitActive(widget.window())
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def closed(form) -> bool:
    return not isValid(form) or not form.isVisible()


def press(qtbot, view, *keys: Key) -> None:
    for key in keys:
        qtbot.keyClick(view, key)


def screenshot(widget, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(target))


# --- the whole flow on an office laptop ----------------------------------------------------
def test_course_sessions_enrolment_and_keyboard_attendance_are_saved(qtbot, office) -> None:
    page = make_page(qtbot, office)
    assert "belong to the commune" in page.scope_label.text()
    new_course(qtbot, page, "Tin học văn phòng")
    assert page.course_model.rowCount() == 1 and page.current_course().title == \
        "Tin học văn phòng"
    assert page.current_course().commune_code == MUONG_PHANG
    for day, topic in ((date(2026, 3, 2), "Word"), (date(2026, 3, 9), "Excel"),
                       (date(2026, 3, 16), "Internet")):
        add_session(qtbot, page, day, topic)
    assert page.session_model.rowCount() == 3
    assert page.tabs.tabText(TAB_SESSIONS) == "Lessons (3)"

    # Two officials found by name without diacritics, then an outside participant.
    page.enrol_officials()
    settle(page)
    dialog = page.form
    assert dialog.model.rowCount() == 3
    focus(qtbot, dialog.search)
    for query in ("quang van", "lo van anh"):
        dialog.search.clear()
        qtbot.keyClicks(dialog.search, query)
        assert dialog.proxy.rowCount() == 1
        qtbot.keyClick(dialog.search, Key.Key_Down)  # into the list, on the one found
        qtbot.keyClick(dialog.table, Key.Key_Space)
    assert dialog.enrol_button.text() == "Enrol 2 ticked"
    submit(qtbot, page, dialog.search)
    page.add_outsider()
    type_text(page.form.name_edit, "Giàng A Pao")
    type_text(page.form.unit_edit, "Trường tiểu học")
    submit(qtbot, page, page.form.unit_edit)
    assert [page.people_model.row_at(i).name for i in range(3)] == [
        "Lò Văn Anh", "Quàng Văn Cường", "Giàng A Pao"]
    assert page.course_model.row_at(0).enrolled_count == 3
    type_text(page.search, "TIN HOC")  # diacritics and case ignored
    assert page.course_proxy.rowCount() == 1 and page.count_label.text() == "Showing 1 of 1"
    page.search.clear()
    type_text(page.search, "excel 2019")
    assert page.course_proxy.rowCount() == 0 and page.current_course() is not None
    page.search.clear()

    # The grid, by keyboard only: P/L/E/A set and move down, arrows move, Space cycles,
    # Delete clears; session 3 (16/03) has not taken place on TODAY (10/03): no key marks it.
    page.tabs.setCurrentIndex(TAB_ATTENDANCE)
    grid = page.grid
    grid.setFocus()

    def cursor() -> tuple[int, int]:
        return grid.currentIndex().row(), grid.currentIndex().column()

    assert cursor() == (0, 0)
    press(qtbot, grid, Key.Key_P, Key.Key_L, Key.Key_A)  # session 1, then on to session 2
    assert cursor() == (0, 1)
    press(qtbot, grid, Key.Key_Down, Key.Key_P, Key.Key_Up, Key.Key_Up, Key.Key_E)
    press(qtbot, grid, Key.Key_Right, Key.Key_Space, Key.Key_A, Key.Key_P)  # session 3
    assert cursor() == (1, 2)  # refused: the cursor stays
    press(qtbot, grid, Key.Key_Left, Key.Key_Space)  # Cường's P cycles to L
    press(qtbot, grid, Key.Key_Down, Key.Key_A)  # Pao absent, then on to session 3
    press(qtbot, grid, Key.Key_Left, Key.Key_Down, Key.Key_Down, Key.Key_Delete)  # cleared
    settle(page)
    # By hand, on TODAY (10/03): sessions 1 and 2 are held, session 3 (16/03) is not.
    # Anh P,E → 1 of 2 = 50%; Cường L,L → 100%; Pao A,(none) → 0%. Session 1: P,L,A → 2 of
    # 3 = 67%; session 2: E,L,(none) → 33%; session 3 not held → —; all: 3 of 6 = 50%.
    model = page.grid_model
    shown = [[model.data(model.index(r, c)) for c in range(4)] for r in range(4)]
    assert shown == [["Present", "Excused", "", "50%"],
                     ["Late", "Late", "", "100%"],
                     ["Absent", "", "", "0%"],
                     ["67%", "33%", "—", "50%"]]
    assert "has not taken place yet: attendance can be marked from 16/03/2026" in model.data(
        model.index(1, 2), Qt.ItemDataRole.ToolTipRole)

    people = [p.id for p in model.matrix.people]
    sessions = [s.id for s in model.matrix.sessions]
    course_id = page.course_id
    page.close()
    office.close()
    reopened = Store(office.path)
    try:
        with reopened.sessions() as s:
            matrix = q.attendance_matrix(s, q.training_scope(s), course_id)
            cleared = s.get(Attendance, attendance_id(sessions[1], people[2]))
            assert cleared is not None and cleared.deleted
        assert matrix.marks == {
            (people[0], sessions[0]): "present", (people[0], sessions[1]): "excused",
            (people[1], sessions[0]): "late", (people[1], sessions[1]): "late",
            (people[2], sessions[0]): "absent",
        }
    finally:
        reopened.close()


# --- a trainer's laptop, and a province course seen from an office laptop ------------------
@pytest.fixture
def trainer(tmp_path: Path):
    store = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True,
                       name="Máy giảng viên")
    yield store
    store.close()


def test_a_trainer_creates_a_province_course(qtbot, trainer) -> None:
    page = make_page(qtbot, trainer)
    assert "trainer's computer" in page.scope_label.text()
    page.new_course()
    assert page.form.organiser_edit.text() == ""  # no commune to default to
    page.form.close()
    new_course(qtbot, page, "Lớp tin học cho cán bộ hai xã")
    row = page.current_course()
    assert row.commune_code is None and page.course_model.data(
        page.course_model.index(0, 5)) == "Province"
    with trainer.sessions() as s:
        course = s.get(Course, row.id)
        assert (course.partition, course.commune_code) == ("province:11", None)
    add_session(qtbot, page, date(2026, 3, 2), "Buổi 1")
    page.add_outsider()
    type_text(page.form.name_edit, "Lò Thị Mai")
    with qtbot.waitSignal(page.data_changed):  # the window refreshes what depends on it
        submit(qtbot, page, page.form.name_edit)
    assert page.people_model.row_at(0).partition == "province:11"


def test_an_office_sees_a_province_course_and_marks_only_its_officials(qtbot, office, trainer
                                                                       ) -> None:
    with trainer.sessions.begin() as s:
        from app.models import training_ops as ops

        course = ops.create_course(s, ops.CourseValues("Lớp của tỉnh", date(2026, 3, 2)))
        ops.add_session(s, course.id, ops.LessonValues(date(2026, 3, 2)))
        ops.enroll_outsider(s, course.id, "Vàng A Sử", None)
    ship(trainer, office)
    page = make_page(qtbot, office)
    assert page.current_course() is None
    page.select_course_row(0)
    page._course_clicked(None, None)
    settle(page)
    assert not page.edit_course_button.isEnabled()
    assert not page.add_session_button.isEnabled() and not page.outsider_button.isEnabled()
    assert page.enrol_button.isEnabled()
    page.enrol_officials()
    settle(page)
    page.form.model.toggle(0)
    page.form.enrol_button.click()
    settle(page)
    official, outsider = (page.grid_model.matrix.people[i] for i in range(2))
    assert official.partition == "commune:03325" and outsider.partition == "province:11"
    page.tabs.setCurrentIndex(TAB_ATTENDANCE)
    press(qtbot, page.grid, Key.Key_P, Key.Key_P)
    settle(page)
    assert page.grid_model.status(0, 0) == "present"
    assert page.grid_model.status(1, 0) is None  # the outsider is the province's record
    assert "cannot change" in page.grid_model.data(page.grid_model.index(1, 0),
                                                  Qt.ItemDataRole.ToolTipRole)


def test_a_commune_course_refuses_another_communes_official(qtbot, tmp_path, trainer,
                                                           boxes) -> None:
    """The list offers only the commune's officials; if another one is sent anyway (a
    stale list), the domain's refusal is shown in the dialog, which stays open."""
    thanh_nua = make_store(tmp_path / "tn", (THANH_NUA,))
    try:
        with thanh_nua.sessions.begin() as s:
            other = records.create(s, Staff, full_name="Cà Văn Tư", commune_code=THANH_NUA).id
        ship(thanh_nua, trainer)
    finally:
        thanh_nua.close()
    with trainer.sessions.begin() as s:
        records.create(s, Course, title="Lớp của xã Mường Phăng", start_date=date(2026, 3, 2),
                       commune_code=MUONG_PHANG)
    page = make_page(qtbot, trainer)
    page.select_course_row(0)
    page._course_clicked(None, None)
    settle(page)
    page.enrol_officials()
    settle(page)
    dialog = page.form
    assert dialog.model.rowCount() == 0 and "Only officials of Xã Mường Phăng" in \
        dialog.hint.text()
    dialog.submitted.emit([other])
    settle(page)
    assert dialog.isVisible() and "chỉ nhận cán bộ của xã đó" in dialog.refusal.text()
    assert page.people_model.rowCount() == 0 and boxes == []


# --- forms: inline validation, unsaved edits, confirmations ----------------------------------
def test_course_form_validates_inline_and_asks_before_losing_edits(qtbot, office, monkeypatch
                                                                   ) -> None:
    page = make_page(qtbot, office)
    page.new_course()
    form = page.form
    assert form.organiser_edit.text() == "UBND xã Mường Phăng"  # data: Vietnamese always
    assert not form.errors[form.title_edit].isVisible()  # not before a first try
    submit(qtbot, page, form.title_edit)
    assert form.isVisible() and form.errors[form.title_edit].text() == \
        "Enter the course title."
    set_date(form.start_edit, date(2026, 3, 10))
    set_date(form.end_edit, date(2026, 3, 5))
    assert form.errors[form.end_edit].text() == "The end date cannot be before the start date."
    set_date(form.start_edit, date(2026, 3, 12))  # the end follows a start moved past it
    assert form.end_edit.date() == QDate(2026, 3, 12)
    assert not form.errors[form.end_edit].isVisible()
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[2]) or False)
    qtbot.keyClick(form, Key.Key_Escape)
    assert asked and form.isVisible()  # kept: the officer said no
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    qtbot.keyClick(form, Key.Key_Escape)
    assert closed(form)
    assert page.course_model.rowCount() == 0


def test_session_form_keeps_dates_within_the_course(qtbot, office) -> None:
    page = make_page(qtbot, office)
    new_course(qtbot, page, "Tin học")
    add_session(qtbot, page, date(2026, 3, 2), "Word")
    page.add_session()
    form = page.form
    assert form.date_edit.date() == QDate(2026, 3, 3)  # the day after the last session
    assert form.time_edit.time().toString("HH:mm") == "07:30"
    set_date(form.date_edit, date(2026, 3, 25))
    assert "within the course (02/03/2026 – 20/03/2026)" in form.errors[form.date_edit].text()
    submit(qtbot, page, form.topic_edit)
    assert form.isVisible() and page.session_model.rowCount() == 1
    form.saved()
    page.session_table.selectRow(0)  # Enter on a session edits it
    focus(qtbot, page.session_table)
    qtbot.keyClick(page.session_table, Key.Key_Return)
    form = page.form
    assert form.windowTitle() == "Edit lesson" and form.topic_edit.text() == "Word"
    form.topic_edit.selectAll()
    type_text(form.topic_edit, "Soạn thảo văn bản")
    form.hours_edit.setValue(3.5)
    submit(qtbot, page, form.topic_edit)
    assert closed(form)
    edited = page.session_model.row_at(0)
    assert (edited.topic, edited.hours, edited.start_time) == ("Soạn thảo văn bản", 3.5, "07:30")
    assert page.session_model.data(page.session_model.index(0, 3)) == "3.5"


def test_removing_people_and_sessions_asks_first(qtbot, office, monkeypatch, boxes) -> None:
    page = make_page(qtbot, office)
    new_course(qtbot, page, "Tin học")
    add_session(qtbot, page, date(2026, 3, 2), "Word")
    page.add_outsider()
    type_text(page.form.name_edit, "Giàng A Pao")
    submit(qtbot, page, page.form.name_edit)
    answers = iter([False, True, True, True])
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm",
                        lambda *args: asked.append(args[1]) or next(answers))
    page.tabs.setCurrentIndex(TAB_PEOPLE)
    page.people_table.selectRow(0)
    focus(qtbot, page.people_table)
    qtbot.keyClick(page.people_table, Key.Key_Delete)  # asked, answered no
    settle(page)
    assert asked == ["Remove from course"]
    assert page.people_model.rowCount() == 1
    page.delete_course()  # asked, yes; refused: someone is enrolled
    settle(page)
    assert boxes and "bỏ ghi danh" in boxes[-1]
    page.people_table.selectRow(0)
    page.remove_person()
    settle(page)
    assert page.people_model.rowCount() == 0
    page.tabs.setCurrentIndex(TAB_SESSIONS)
    page.session_table.selectRow(0)
    focus(qtbot, page.session_table)
    qtbot.keyClick(page.session_table, Key.Key_Delete)
    settle(page)
    assert asked[-1] == "Delete lesson" and page.session_model.rowCount() == 0
    assert page.course_model.row_at(0).session_count == 0
    with office.sessions() as s:
        assert all(e.deleted for e in s.query(Enrollment))


# --- the grid's model, without a view ----------------------------------------------------
def grid_model(writes: frozenset[str] = frozenset({"commune:03325"})) -> AttendanceModel:
    sessions = tuple(LessonRow(f"s{n}", "c", day, "07:30", f"Buổi {n}", 3, "commune:03325")
                     for n, day in enumerate((date(2026, 3, 2), date(2026, 3, 12)), 1))
    people = tuple(EnrolmentRow(f"p{n}", None, name, None, None, None, None, None, partition)
                   for n, (name, partition) in enumerate(
                       (("Lò Văn Anh", "commune:03325"), ("Vàng A Sử", "province:11")), 1))
    model = AttendanceModel(today=lambda: TODAY)
    model.set_matrix(AttendanceMatrix("c", sessions, people, {("p2", "s1"): "late"}), writes)
    return model


def test_grid_model_shape_labels_and_rates() -> None:
    model = grid_model()
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["S1\n02/03", "S2\n12/03", "Rate"]
    assert "(not held yet)" in model.headerData(1, Qt.Orientation.Horizontal,
                                                Qt.ItemDataRole.ToolTipRole)
    assert [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)] == [
        "1. Lò Văn Anh", "2. Vàng A Sử", "Attendance rate"]
    assert model.data(model.index(1, 0)) == "Late"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole).startswith(
        "Vàng A Sử, lesson 1 (02/03/2026): Late")
    assert [model.data(model.index(r, 2)) for r in range(3)] == ["0%", "100%", "50%"]
    assert model.data(model.index(2, 1)) == "—"  # session 2 is still to come


def test_grid_model_changes_only_writable_cells_and_announces_them(qtbot) -> None:
    model = grid_model()
    with qtbot.waitSignal(model.markChanged) as signal:
        assert model.set_mark(0, 0, "present")
    assert signal.args == ["p1", "s1", "present"]
    assert model.data(model.index(0, 2)) == "100%"
    assert not model.set_mark(1, 0, "absent")  # the province's record: read-only here
    assert not model.set_mark(2, 0, "absent") and not model.set_mark(0, 2, "absent")
    for expected in ("late", "excused", "absent", "present"):
        model.cycle(0, 0)
        assert model.status(0, 0) == expected
    with qtbot.waitSignal(model.markChanged) as signal:
        model.set_mark(0, 0, None)
    assert signal.args == ["p1", "s1", ""] and model.status(0, 0) is None
    with qtbot.assertNotEmitted(model.markChanged):
        model.set_mark(0, 0, None)  # no change, nothing to save
    with pytest.raises(ValueError):
        model.set_mark(0, 0, "sick")


def test_grid_model_takes_no_mark_on_a_session_still_to_come(qtbot) -> None:
    """Session 2 (12/03) is after TODAY (10/03): shown, greyed, not markable, and its cells
    say why; a mark already there (synced from elsewhere) can only be cleared."""
    model = grid_model()
    with qtbot.assertNotEmitted(model.markChanged):
        assert not model.set_mark(0, 1, "present")
        assert not model.cycle(0, 1)
    assert model.status(0, 1) is None
    assert model.markable(0, 0) and not model.markable(0, 1)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole).color().name() == \
        "#eeeeee"
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("This lesson has not taken place yet: attendance can be marked "
                        "from 12/03/2026.")
    assert "not taken place" not in model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    model.set_matrix(AttendanceMatrix("c", model.matrix.sessions, model.matrix.people,
                                      {("p1", "s2"): "present"}), frozenset({"commune:03325"}))
    assert model.data(model.index(0, 2)) == "0%"  # the early mark counts for nothing
    with qtbot.waitSignal(model.markChanged) as signal:
        assert model.set_mark(0, 1, None)
    assert signal.args == ["p1", "s2", ""] and model.status(0, 1) is None
    later = AttendanceModel(today=lambda: date(2026, 3, 12))  # the day comes
    later.set_matrix(model.matrix, frozenset({"commune:03325"}))
    assert later.markable(0, 1) and later.set_mark(0, 1, "late")


# --- screenshots of the demo commune, in Vietnamese -----------------------------------------
def test_the_shared_form_texts_are_vietnamese_in_every_form(qtbot, vietnamese,
                                                            monkeypatch) -> None:
    """Save, Cancel and the unsaved-changes question live in the forms' base class."""
    asked: list[tuple[str, str, str]] = []

    def keep_editing(_parent, title: str, text: str, yes: str, _no: str = "") -> bool:
        asked.append((title, text, yes))
        return False

    monkeypatch.setattr(dialogs, "confirm", keep_editing)
    course = q.CourseRow(id="c1", title="Tin học", topic=None, organiser=None, trainer=None,
                         place=None, start_date=TODAY, end_date=None, hours=None,
                         funding=None, commune_code=MUONG_PHANG, commune_name=None,
                         partition="commune:03325", session_count=0, enrolled_count=0,
                         search_key="tin hoc")
    forms = [CourseForm(None), LessonForm(course, None, TODAY), ParticipantForm()]
    for form in forms:
        qtbot.addWidget(form)
        assert (form.save_button.text(), form.cancel_button.text()) == ("Lưu", "Hủy")
    forms[0].title_edit.setText("Tin học văn phòng")
    forms[0].cancel_button.click()
    assert asked == [("Thay đổi chưa lưu", "Đóng biểu mẫu này và bỏ các thay đổi vừa nhập?",
                      "Đóng, không lưu")]


def test_the_training_page_shows_its_views_texts_in_vietnamese(qtbot, vietnamese,
                                                               office) -> None:
    page = make_page(qtbot, office)
    assert page.new_course_button.text() == "Thêm khóa học"
    assert page.tabs.tabText(TAB_SESSIONS) == "Buổi học (0)"
    assert page.search.placeholderText().startswith("Tìm khóa học")


def test_screenshots_of_the_demo_courses(qtbot, tmp_path, vietnamese) -> None:
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã")
    try:
        summary = fill_demo(store)
        page = make_page(qtbot, store, date.today())
        assert page.course_model.rowCount() == summary.courses
        biggest = max(range(summary.courses),
                      key=lambda r: page.course_model.row_at(r).enrolled_count)
        page.select_course_row(biggest)
        page._course_clicked(None, None)
        settle(page)
        chosen = page.current_course()
        assert page.grid_model.people_count == chosen.enrolled_count
        assert page.grid_model.marks, "the demo's held sessions have marks"
        page.retranslate()  # the language switch keeps the course and its grid
        assert page.current_course() == chosen and page.selected_course() == chosen
        for tab, name in ((TAB_ATTENDANCE, "attendance"), (TAB_SESSIONS, "sessions"),
                          (TAB_PEOPLE, "participants")):
            page.tabs.setCurrentIndex(tab)
            qtbot.wait(20)
            screenshot(page, f"training_{name}")
        page.enrol_officials()
        settle(page)
        qtbot.waitExposed(page.form)
        screenshot(page.form, "training_enrol")
        page.form.reject()
        page.edit_course()
        qtbot.waitExposed(page.form)
        screenshot(page.form, "training_course_form")
        page.form.reject()
    finally:
        store.close()
