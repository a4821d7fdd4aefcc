"""The window's words as a Vietnamese commune office writes them, and English as a British
office would: “ ” quotes, a lower-case type inside a name ("UBND xã Mường Phăng") while a
province keeps its capitals, one word per thing ("đăng ký" a laptop with the province,
"ghi danh" people in a course), buttons that say where they lead, dates named in Vietnamese,
plurals, and names that fit their column.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from app import messages
from app.demo import fill_demo
from app.exchange.values import CellError, enum_parser
from app.models import Course, Staff, enums
from app.models.indicators import Indicators
from app.models.reference import Commune, Province
from app.models.reference_queries import name_in_text
from app.ops import commune
from app.ui.itemmodels.rows import COL_MODEL, COL_UNIT, EquipmentTableModel
from app.ui.pages.overview.view import OverviewPage
from app.ui.pages.staff.view import StaffPage
from app.ui.runtime import i18n
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets.record_form import DateField, date_problem
from tests.helpers import MUONG_PHANG, make_store
from tests.ui_helpers import SCREENSHOTS, TS_DIR, office_store, open_page, record_messages

TODAY = date(2026, 3, 2)
COURSE_CONTEXTS = {"CourseTableModel", "EnrolDialog", "TrainingPage", "TrainingView",
                   "SyncTable"}  # SyncTable: the synced table of course enrolments
# Areas of the catalogue whose "enrol" is a person's in a course (the rest: the laptop's).
COURSE_AREAS = ("training.", "import.", "record.", "ops.", "attendance.")


@pytest.fixture
def vi(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    assert i18n.install(qapp, "vi", qm_dir)
    yield qapp
    i18n.uninstall(qapp)


@pytest.fixture
def en(qapp: QApplication, qm_dir: Path) -> Iterator[QApplication]:
    assert i18n.install(qapp, "en", qm_dir)
    yield qapp
    i18n.uninstall(qapp)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def vietnamese_ts() -> list[tuple[str, str, str]]:
    """(context, source, every Vietnamese form joined) of the window's translation."""
    found = []
    for context in ET.parse(TS_DIR / "commune_it_vi.ts").getroot().iter("context"):
        for message in context.iter("message"):
            text = " ".join(message.find("translation").itertext())
            found.append((context.findtext("name"), message.findtext("source"), text))
    return found


# --- quotes and the two kinds of enrolment ----------------------------------------------------
def test_vietnamese_texts_quote_with_curly_double_quotes() -> None:
    catalogue = [(code, text.vi) for code, text in messages.catalogue().items()]
    window = [(f"{context}: {source}", text) for context, source, text in vietnamese_ts()]
    for where, text in catalogue + window:
        assert "«" not in text and "»" not in text, where
    assert messages.render(messages.message("import.cell_required", header="Họ và tên"),
                           "vi") == "“Họ và tên” không được để trống."


def test_a_laptop_is_registered_and_people_are_enrolled_in_a_course() -> None:
    """"Ghi danh" is for people in a course; the laptop "đăng ký" with the province."""
    courses = 0
    for code, text in messages.catalogue().items():
        vi = text.vi.lower()
        if "enrol" not in text.en.lower():
            assert "ghi danh" not in vi and "đăng ký" not in vi, code
        elif code.startswith(COURSE_AREAS):
            assert "ghi danh" in vi and "đăng ký" not in vi, (code, text.vi)
            courses += 1
        else:
            assert "đăng ký" in vi and "ghi danh" not in vi, (code, text.vi)
    assert courses >= 5
    for context, source, text in vietnamese_ts():
        if "enrol" not in source.lower():
            continue
        if context in COURSE_CONTEXTS:
            assert "ghi danh" in text.lower() and "đăng ký" not in text.lower(), source
        else:
            assert "đăng ký" in text.lower() and "ghi danh" not in text.lower(), source


# --- names inside names -------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "kind", "inside"), [
    ("Xã Mường Phăng", "xã", "xã Mường Phăng"),
    ("Mường Phăng", "xã", "xã Mường Phăng"),  # a list that spells the name without its type
    ("Tỉnh Điện Biên", "tỉnh", "tỉnh Điện Biên"),
    ("Điện Biên", "tỉnh", "tỉnh Điện Biên"),
    ("Thành phố Huế", "thành phố trung ương", "thành phố Huế"),
    ("Phường Điện Biên Phủ", "phường", "phường Điện Biên Phủ"),
    ("Đặc khu Côn Đảo", "đặc khu", "đặc khu Côn Đảo"),
])
def test_a_unit_inside_a_sentence_lowers_its_type_only(name, kind, inside) -> None:
    assert name_in_text(name, kind) == inside


def test_the_commune_committee_is_written_with_a_lower_case_xa(tmp_path) -> None:
    store = make_store(tmp_path / "data")
    try:
        context = commune.window_context(store)
    finally:
        store.close()
    assert context.commune_names == ("Xã Mường Phăng",)  # alone, as a heading: capital
    assert context.committee == "UBND xã Mường Phăng"


@pytest.mark.parametrize("province_name", ["Tỉnh Điện Biên", "Điện Biên"])
def test_demo_courses_keep_the_province_capitals(tmp_path, province_name) -> None:
    """Whether the unit list writes the province with its type or without, the demo's
    courses name it "tỉnh Điện Biên", and the commune's committee "UBND xã Mường Phăng"."""
    store = make_store(tmp_path / "demo")
    try:
        with store.sessions.begin() as s:
            s.get(Province, "11").name = province_name
        fill_demo(store, today=TODAY)
        with store.sessions() as s:
            courses = s.scalars(select(Course)).all()
            issuers = set(s.scalars(select(Staff.it_certificate_issuer)))
    finally:
        store.close()
    organisers = {course.organiser for course in courses}
    assert organisers == {"Sở Khoa học và Công nghệ tỉnh Điện Biên", "UBND xã Mường Phăng"}
    assert "Trung tâm Ngoại ngữ - Tin học tỉnh Điện Biên" in issuers
    words = " ".join(f"{c.organiser} {c.trainer} {c.place}" for c in courses)
    assert "Viettel Điện Biên" in words and "Hội trường UBND xã Mường Phăng" in words
    assert not re.search(r"điện Biên|UBND Xã|[a-zà-ỹ] Xã Mường", words)


def test_a_city_province_keeps_its_name_in_the_demo(tmp_path) -> None:
    with make_store(tmp_path / "probe").sessions() as s:
        code = s.scalars(select(Commune.code).where(Commune.province_code == "46")
                         .order_by(Commune.code)).first()
    store = make_store(tmp_path / "hue", communes=(code,))
    try:
        fill_demo(store, today=TODAY)
        with store.sessions() as s:
            organisers = set(s.scalars(select(Course.organiser)))
            trainers = set(s.scalars(select(Course.trainer)))
    finally:
        store.close()
    assert "Sở Khoa học và Công nghệ thành phố Huế" in organisers
    assert "Lường Văn Hải (Viettel Huế)" in trainers


# --- dates ---------------------------------------------------------------------------------------
def test_date_fields_name_their_parts_in_vietnamese(qtbot, vi) -> None:
    field = DateField()
    qtbot.addWidget(field)
    assert field.placeholderText() == "ngày/tháng/năm"
    assert field.maximumWidth() >= field.fontMetrics().horizontalAdvance("ngày/tháng/năm") + 12
    field.setText("31/02/2026")
    assert date_problem(field, TODAY) == "Ngày này không có thật: hãy xem lại ngày và tháng."
    field.setText("mai")
    assert date_problem(field, TODAY) == "Ghi ngày theo dạng ngày/tháng/năm, ví dụ 05/02/2026."
    field.setText("03/03/2026")
    assert date_problem(field, TODAY, past_only=True) == "Ngày này không được sau ngày hôm nay."


def test_a_date_that_does_not_exist_is_not_called_a_format_error(qtbot, en) -> None:
    field = DateField()
    qtbot.addWidget(field)
    assert field.placeholderText() == "dd/mm/yyyy"
    for text in ("31/02/2026", "29.02.2025", "1-13-2026"):
        field.setText(text)
        assert date_problem(field, TODAY) == "This date does not exist: check the day and month."
    field.setText("tomorrow")
    assert date_problem(field, TODAY) == "Write the date as dd/mm/yyyy, for example 05/02/2026."


# --- the discard dialog -------------------------------------------------------------------------
def discard_buttons(qtbot, form, click: str) -> list[str]:
    """Close ``form`` with unsaved edits; read the question's buttons and click ``click``."""
    seen: list[str] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen.extend(button.text() for button in box.buttons())
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        box.grab().save(str(SCREENSHOTS / "discard_dialog_vi.png"))
        wanted = [b for b in box.buttons() if b.text() == click]
        wanted[0].click() if wanted else box.reject()  # never leave the box waiting

    QTimer.singleShot(100, answer)
    form.reject()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_the_discard_dialog_says_keep_editing_not_cancel(qtbot, vi, tmp_path, runner) -> None:
    store = office_store(tmp_path / "data", [])
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        page.new_action.trigger()
        assert runner.wait()
        form = page.form
        assert form.cancel_button.text() == "Hủy"  # the form's own Cancel asks...
        form.fields["full_name"].setText("Vàng A Dơ")
        buttons = discard_buttons(qtbot, form, "Tiếp tục sửa")
        assert sorted(buttons) == ["Tiếp tục sửa", "Đóng, không lưu"]  # ...no second "Hủy"
        assert form.isVisible()  # back to editing
        discard_buttons(qtbot, form, "Đóng, không lưu")
        qtbot.waitUntil(lambda: page.form is None)
    finally:
        store.close()


# --- words of the pages ------------------------------------------------------------------------
def test_one_computer_is_singular_in_english(qtbot, en) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    for count, said in ((1, "1 computer in use"), (2, "2 computers in use"),
                        (1234, "1,234 computers in use")):
        page.show_indicators(Indicators(MUONG_PHANG, "Xã Mường Phăng", officials=3,
                                        computers=count))
        assert page.cards["computers"].detail.text() == said


def test_computers_in_use_in_vietnamese(qtbot, vi) -> None:
    page = OverviewPage()
    qtbot.addWidget(page)
    page.show_indicators(Indicators(MUONG_PHANG, "Xã Mường Phăng", computers=1234))
    assert page.cards["computers"].detail.text() == "1.234 máy tính đang dùng"


def test_the_model_of_a_machine_is_named_in_vietnamese(vi) -> None:
    model = EquipmentTableModel()
    assert model.headerData(COL_MODEL, Qt.Orientation.Horizontal) == "Kiểu máy"
    assert QApplication.translate("EquipmentForm", "Model") == "Kiểu máy"
    english = [source for _c, source, text in vietnamese_ts() if re.search(r"(?i)\bmodel\b", text)]
    assert english == []  # the search box's hint too


def test_import_choices_are_the_readers_own_words() -> None:
    parse = enum_parser(enums.GENDER)
    with pytest.raises(CellError) as refused:
        parse("nam giới")
    assert refused.value.message.text("vi") == (
        "Giá trị “nam giới” không hợp lệ; chọn một trong: Nam, Nữ.")
    assert refused.value.message.text("en") == (
        "The value ‘nam giới’ is not valid; choose one of: male, female.")


def test_the_csv_export_says_its_columns_are_english_keys(qtbot, vi, tmp_path, runner,
                                                          monkeypatch) -> None:
    store = office_store(tmp_path / "data", [dict(full_name="Lò Văn Ón")])
    target = tmp_path / "can-bo.csv"
    offered: list[str] = []

    def choose(_parent, _title, _path, filters):
        offered.extend(filters.split(";;"))
        return str(target), offered[-1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    shown = record_messages(monkeypatch)
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        page.excel.export_action.trigger()
        assert runner.wait() and target.exists()
    finally:
        store.close()
    assert offered == ["Sổ tính Excel, tiêu đề tiếng Việt (*.xlsx)",
                       "Tệp CSV, tên cột và mã bằng tiếng Anh cho phần mềm khác (*.csv)"]
    assert target.read_text(encoding="utf-8-sig").startswith("id,full_name,")  # the contract
    assert shown[-1] == ("Đã xuất xong", f"Đã ghi 1 dòng vào {target}.\nTệp CSV giữ tên cột "
                         "và mã bằng tiếng Anh (như full_name, in_use) để phần mềm khác và chức "
                         "năng nhập đọc được; muốn có tiêu đề tiếng Việt, hãy xuất ra Excel.")


def test_english_unit_names_fit_the_staff_list(qtbot, en, tmp_path, runner) -> None:
    store = office_store(tmp_path / "data", [dict(full_name="Lò Văn Ón", unit="office"),
                                             dict(full_name="Cà Thị Hoa", unit="leadership")])
    try:
        page = open_page(qtbot, StaffPage, store, runner)
        header = page.table.horizontalHeader()
        metrics = page.table.fontMetrics()
        for row in range(page.proxy.rowCount()):
            unit = page.proxy.index(row, COL_UNIT).data()
            assert header.sectionSize(COL_UNIT) >= metrics.horizontalAdvance(unit) + 6, unit
        assert {page.proxy.index(row, COL_UNIT).data() for row in range(2)} == {
            "Council and Committee Office", "Council and Committee leaders"}
    finally:
        store.close()
