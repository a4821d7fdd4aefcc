"""The attendance grid's keys follow the words of the window's language (issue 11, item 1).

A Vietnamese sign-in register writes P for *vắng có phép* and K for *vắng không phép*; with
the English letters an officer pressing P for an excused absence recorded "present". On a
real store: in the Vietnamese window P stores ``excused``, K ``absent``, C and X
``present``, M ``late``; in the English window P stores ``present``; the digits 1–4 and
Space work in both; a letter that is no mark does nothing. A cell shows a word in the
window's language on a colour that stays distinct without colour vision and in a grey
print; the legend under the grid names each key and its meaning, and follows a language
switch at run time. The Vietnamese screenshot of the tab is
``artifacts/screenshots/attendance_vi.png``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.demo import fill_demo
from app.models import Staff, records
from app.models import training_ops as ops
from app.models import training_queries as q
from app.models.store import Store
from app.ops.commune import window_context
from app.ui.itemmodels.attendance import COLOURS, AttendanceModel
from app.ui.pages.training.controller import TrainingPage
from app.ui.pages.training.view import TAB_ATTENDANCE
from app.ui.runtime import errors, i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.main_window import open_main_window
from tests.helpers import MUONG_PHANG, make_store
from tests.ui_helpers import SCREENSHOTS

TODAY = date(2026, 3, 10)
LESSONS = (date(2026, 3, 2), date(2026, 3, 9))  # both held by TODAY
PEOPLE = ("Lò Văn Anh", "Cà Thị Bình", "Quàng Văn Cường")
Key = Qt.Key
Role = Qt.ItemDataRole


# --- fixtures and helpers -------------------------------------------------------------------
@pytest.fixture(autouse=True)
def opened(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QWidget]]:
    """The windows a test opens (it adds them); each test starts and ends with the source
    strings, and a dialog (a bug) fails it.

    The windows are deleted here, after they followed the switch back to the source
    strings: one left for later would receive a later test's language change after its
    Python side is gone (qtbot keeps only weak references)."""
    bugs: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: bugs.append(box.text()) or 0)
    monkeypatch.setattr(errors, "show_error", lambda _p, _m, details: bugs.append(details))
    i18n.uninstall(qapp)
    before = QLocale()
    windows: list[QWidget] = []
    yield windows
    i18n.uninstall(qapp)
    QApplication.sendPostedEvents()  # the language change, while the windows live
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QLocale.setDefault(before)
    assert not bugs, bugs[0]


@pytest.fixture
def english(qapp: QApplication, qm_dir: Path) -> None:
    assert i18n.install(qapp, "en", qm_dir)


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    """A commune office's laptop: three officials enrolled in a course of two lessons."""
    store = make_store(tmp_path / "office")
    with store.sessions.begin() as s:
        course = ops.create_course(s, ops.CourseValues("Tin học văn phòng", LESSONS[0]))
        for day in LESSONS:
            ops.add_session(s, course.id, ops.LessonValues(day))
        for name in PEOPLE:
            person = records.create(s, Staff, full_name=name, commune_code=MUONG_PHANG,
                                    unit="office")
            ops.enroll_official(s, course.id, person.id)
        course_id = course.id
    yield store, course_id
    store.close()


def open_grid(qtbot, opened: list[QWidget], store: Store, course_id: str) -> TrainingPage:
    """The Training page on the course's attendance tab, the keyboard in the grid."""
    page = TrainingPage(store, TaskRunner(), window_context(store), today=lambda: TODAY)
    opened.append(page)
    page.resize(1340, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh(select=course_id)
    settle(page)
    assert page.grid_model.people_count == len(PEOPLE)
    page.tabs.setCurrentIndex(TAB_ATTENDANCE)
    page.grid.setFocus()
    return page


def settle(page: TrainingPage) -> None:
    assert page.runner.wait(10), "a task did not finish"


def press(qtbot, page: TrainingPage, *keys: Key) -> None:
    for key in keys:
        qtbot.keyClick(page.grid, key)


def stored_marks(store: Store, course_id: str) -> dict[tuple[int, int], str]:
    """(person's row, lesson's column) → the stored status, read back from the database."""
    with store.sessions() as s:
        matrix = q.attendance_matrix(s, q.training_scope(s), course_id)
    people = [p.id for p in matrix.people]
    lessons = [lesson.id for lesson in matrix.sessions]
    return {(people.index(p), lessons.index(lesson)): status
            for (p, lesson), status in matrix.marks.items()}


def reopened_marks(page: TrainingPage, store: Store, course_id: str) -> dict:
    settle(page)
    page.close()
    store.close()
    again = Store(store.path)
    try:
        return stored_marks(again, course_id)
    finally:
        again.close()


def cursor(page: TrainingPage) -> tuple[int, int]:
    return page.grid.currentIndex().row(), page.grid.currentIndex().column()


def plain(legend) -> str:
    document = QTextDocument()
    document.setHtml(legend.text())
    return " ".join(document.toPlainText().replace("\xa0", " ").split())


# --- the keys -------------------------------------------------------------------------------
def test_vietnamese_keys_follow_the_register(qtbot, opened, vietnamese, office) -> None:
    store, course_id = office
    page = open_grid(qtbot, opened, store, course_id)
    press(qtbot, page, Key.Key_P, Key.Key_K, Key.Key_C)  # lesson 1, then on to lesson 2
    assert cursor(page) == (0, 1)
    press(qtbot, page, Key.Key_A, Key.Key_E, Key.Key_L, Key.Key_5)  # no marks in Vietnamese
    assert cursor(page) == (0, 1) and page.grid_model.status(0, 1) is None
    press(qtbot, page, Key.Key_X)
    qtbot.keyClick(page.grid, Key.Key_M, Qt.KeyboardModifier.ShiftModifier)  # a capital M
    press(qtbot, page, Key.Key_3)
    assert reopened_marks(page, store, course_id) == {
        (0, 0): "excused", (1, 0): "absent", (2, 0): "present",
        (0, 1): "present", (1, 1): "late", (2, 1): "excused"}


def test_english_keys_follow_the_english_words(qtbot, opened, english, office) -> None:
    store, course_id = office
    page = open_grid(qtbot, opened, store, course_id)
    press(qtbot, page, Key.Key_P, Key.Key_L, Key.Key_E)
    press(qtbot, page, Key.Key_K, Key.Key_C, Key.Key_M)  # the Vietnamese letters: nothing
    assert cursor(page) == (0, 1) and page.grid_model.status(0, 1) is None
    press(qtbot, page, Key.Key_A, Key.Key_1, Key.Key_Up, Key.Key_Space)  # Space: P → L
    assert reopened_marks(page, store, course_id) == {
        (0, 0): "present", (1, 0): "late", (2, 0): "excused",
        (0, 1): "absent", (1, 1): "late"}


def test_a_translation_with_unusable_keys_is_not_followed(qapp, caplog) -> None:
    """The same letter for two marks would make one of them unreachable: the source
    letters are used instead."""
    from PySide6.QtCore import QTranslator

    from app.ui.pages.training.attendance_keys import key_statuses

    class SameLetter(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "K" if context == "AttendanceKeys" else None

    translator = SameLetter(qapp)
    qapp.installTranslator(translator)
    try:
        keys = key_statuses()
    finally:
        qapp.removeTranslator(translator)
    assert keys == {"P": "present", "L": "late", "E": "excused", "A": "absent",
                    "1": "present", "2": "late", "3": "excused", "4": "absent"}
    assert "attendance keys of the translation not used (key 'K' for late)" in caplog.text


# --- the cells ------------------------------------------------------------------------------
def one_of_each() -> AttendanceModel:
    lessons = tuple(q.LessonRow(f"s{n}", "c", LESSONS[0], None, None, None, "commune:03325")
                    for n in range(4))
    person = q.EnrolmentRow("p", None, "Lò Văn Anh", None, None, None, None, None,
                            "commune:03325")
    marks = {("p", "s0"): "present", ("p", "s1"): "late", ("p", "s2"): "excused",
             ("p", "s3"): "absent"}
    model = AttendanceModel(today=lambda: TODAY)
    model.set_matrix(q.AttendanceMatrix("c", lessons, (person,), marks),
                     frozenset({"commune:03325"}))
    return model


def cells(model: AttendanceModel, role: Role) -> list:
    return [model.data(model.index(0, column), role) for column in range(4)]


@pytest.mark.parametrize(("language", "words"), [
    ("vi", ["Có mặt", "Muộn", "Có phép", "Không phép"]),
    ("en", ["Present", "Late", "Excused", "Absent"])])
def test_a_cell_shows_a_word_on_its_marks_colour(qapp, qm_dir, language, words) -> None:
    assert i18n.install(qapp, language, qm_dir)
    model = one_of_each()
    assert cells(model, Role.DisplayRole) == words
    assert [brush.color().name() for brush in cells(model, Role.BackgroundRole)] == [
        "#e1effa", "#f0d866", "#cfb8de", "#ec965e"]
    assert {brush.color().name() for brush in cells(model, Role.ForegroundRole)} == {"#1a1a1a"}


def _linear(channel: float) -> float:
    channel /= 255
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _luminance(colour: QColor) -> float:
    """WCAG's relative luminance."""
    r, g, b = (_linear(c) for c in (colour.red(), colour.green(), colour.blue()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of linear sRGB."""
    r, g, b = (min(max(c, 0.0), 1.0) for c in linear)
    xyz = ((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
           0.2126 * r + 0.7152 * g + 0.0722 * b,
           (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883)
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


# Machado, Oliveira and Fernandes (2009), full severity, on linear sRGB.
DICHROMACY = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _seen(colour: QColor, matrix=None) -> tuple[float, float, float]:
    linear = tuple(_linear(c) for c in (colour.red(), colour.green(), colour.blue()))
    if matrix is not None:
        linear = tuple(sum(m * c for m, c in zip(row, linear, strict=True)) for row in matrix)
    return _lab(linear)


def test_the_colours_are_told_apart_without_colour_vision_and_in_grey() -> None:
    """Every two marks differ by ΔE ≥ 15 for each kind of colour blindness and by ≥ 7 in
    lightness (a grey print), and the dark text on each keeps a contrast ratio ≥ 7."""
    text = _luminance(QColor("#1a1a1a"))
    for status, colour in COLOURS.items():
        assert (_luminance(colour) + 0.05) / (text + 0.05) >= 7, status
    for (one, first), (other, second) in itertools.combinations(COLOURS.items(), 2):
        assert abs(_seen(first)[0] - _seen(second)[0]) >= 7, (one, other)
        for kind, matrix in DICHROMACY.items():
            a, b = _seen(first, matrix), _seen(second, matrix)
            difference = sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5
            assert difference >= 15, (one, other, kind)


def test_a_lesson_column_fits_the_widest_word(qtbot, opened, vietnamese, office) -> None:
    store, course_id = office
    page = open_grid(qtbot, opened, store, course_id)
    page.grid_model.set_mark(0, 0, "absent")
    width = page.grid.fontMetrics().horizontalAdvance("Không phép")
    assert page.grid.columnWidth(0) >= width + 8


# --- the legend -----------------------------------------------------------------------------
VI_LEGEND = ("C, X hoặc 1 Có mặt M hoặc 2 Đi muộn P hoặc 3 Vắng có phép "
             "K hoặc 4 Vắng không phép")
EN_LEGEND = ("P or 1 Present L or 2 Late E or 3 Excused absence "
             "A or 4 Unexcused absence")


def test_the_legend_is_under_the_grid_and_follows_the_language(qtbot, qapp, qm_dir, opened,
                                                                vietnamese, office) -> None:
    store, course_id = office
    page = open_grid(qtbot, opened, store, course_id)
    legend, grid = page.legend, page.grid
    assert legend.parent() is grid.parent() and legend.isVisible()
    assert legend.geometry().top() > grid.geometry().bottom()
    assert plain(legend).startswith(VI_LEGEND + " Điểm danh xong một người")
    assert "Phím cách: đổi sang mức kế tiếp" in plain(legend)
    for colour in COLOURS.values():
        assert colour.name() in legend.text()

    assert i18n.install(qapp, "en", qm_dir)  # as Settings switches: LanguageChange
    qtbot.waitUntil(lambda: plain(legend).startswith(EN_LEGEND))
    assert "Space: next mark · Delete: clear" in plain(legend)
    assert grid.model().data(grid.model().index(0, 0)) == ""
    press(qtbot, page, Key.Key_P)
    assert page.grid_model.status(0, 0) == "present"
    assert grid.model().data(grid.model().index(0, 0)) == "Present"

    assert i18n.install(qapp, "vi", qm_dir)
    qtbot.waitUntil(lambda: plain(legend).startswith(VI_LEGEND))
    assert grid.model().data(grid.model().index(0, 0)) == "Có mặt"
    press(qtbot, page, Key.Key_P)
    assert page.grid_model.status(1, 0) == "excused"
    assert reopened_marks(page, store, course_id) == {(0, 0): "present", (1, 0): "excused"}


# --- what an officer sees -------------------------------------------------------------------
def test_screenshot_of_the_attendance_tab_in_vietnamese(qtbot, opened, vietnamese,
                                                         tmp_path) -> None:
    """The demo commune's fullest course in a 1366×768 window (looked at by eye)."""
    store = make_store(tmp_path / "demo", name="Máy văn phòng xã Mường Phăng")
    fill_demo(store)
    window = open_main_window(store)
    opened.append(window)
    try:
        window.resize(1366, 768)
        with qtbot.waitExposed(window):
            window.show()
        assert window.runner.wait()
        assert window.show_page("training")
        page = window.training_page
        fullest = max((page.course_model.row_at(r) for r in range(page.course_model.rowCount())),
                      key=lambda row: row.enrolled_count)
        page.refresh(select=fullest.id)
        settle(page)
        page.tabs.setCurrentIndex(TAB_ATTENDANCE)
        qtbot.wait(50)
        assert page.grid_model.marks and plain(page.legend).startswith(VI_LEGEND)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert window.grab().save(str(SCREENSHOTS / "attendance_vi.png"))
    finally:
        window.close()  # its runner stops before the store closes
        store.close()
