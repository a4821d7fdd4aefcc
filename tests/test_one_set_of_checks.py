"""One set of checks for every write (DESIGN.md, "Import and export files"): every value the
staff or equipment form refuses, an import of the staff or equipment list refuses too, naming
the row and the column, and nothing is written.

Each case of the table is typed into the real form (pytest-qt, offscreen) and written in a
file imported into a real store; a file holding every case is also given to the real
``commune-it import`` command. The last tests are about what a change is: a form edit that
only changes whitespace journals nothing.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from app.exchange import ImportFileError, import_file
from app.models import Equipment, JournalEntry, Staff
from app.models.equipment_ops import check_equipment
from app.models.queries import equipment_details, ethnic_groups, staff_choices, staff_details
from app.models.staff_ops import check_staff
from app.models.store import Store
from app.ui.pages.equipment.form import EquipmentForm, EquipmentFormData
from app.ui.pages.staff.form import StaffForm
from app.ui.pages.staff.view import StaffPage
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets.search_combo import SearchCombo
from tests.helpers import DB_NAME, MUONG_PHANG
from tests.ui_helpers import (
    answer_confirmations,
    office_store,
    open_page,
    runner_with_area,
    source_strings,
)

TODAY = date.today()
COMMUNE_IT = Path(sys.executable).parent / "commune-it"
NAME = "Lò Văn Thử"
GENERIC = "This value cannot be saved."  # the form's words for a problem it does not know


@dataclass(frozen=True)
class Case:
    """What an officer types (form field → text); the field the form marks; the column the
    import names. The same text goes into the file, under the field's column."""

    name: str
    typed: dict[str, str]
    field: str
    existing: bool = False  # typed into the form of the stored record, imported with its id
    columns: dict[str, str] = field(default_factory=dict)  # form field → file column

    def column(self, key: str) -> str:
        return self.columns.get(key, key)


def future(years: int = 1) -> str:
    return f"01/01/{TODAY.year + years}"


STAFF_CASES = [
    Case("name left empty", {"full_name": "", "phone": "0912 345 678"}, "full_name"),
    Case("birth date in the future", {"birth_date": "01/01/2090"}, "birth_date"),
    Case("born six years ago", {"birth_date": f"01/01/{TODAY.year - 6}"}, "birth_date"),
    Case("too old to be in service", {"birth_date": "01/01/1900"}, "birth_date"),
    Case("a day that does not exist", {"birth_date": "31/02/1990"}, "birth_date"),
    Case("not a date", {"birth_date": "hôm qua"}, "birth_date"),
    Case("certificate in the future", {"it_certificate_date": future()},
         "it_certificate_date"),
    Case("service starting next year", {"service_start": future()}, "service_start"),
    Case("end of service before its start",
         {"service_start": "01/01/2015", "service_end": "01/01/2010"}, "service_end"),
    Case("end of service before the stored start", {"service_end": "01/01/2010"},
         "service_end", existing=True),
    Case("phone of two digits", {"phone": "12"}, "phone"),
    Case("phone with letters", {"phone": "09a12"}, "phone"),
    Case("e-mail without @", {"email": "not-an-email"}, "email"),
    Case("e-mail without domain", {"email": "ho.ten@gmail"}, "email"),
    Case("unknown ethnic group", {"ethnicity_code": "Sao Hỏa"}, "ethnicity_code",
         columns={"ethnicity_code": "ethnicity"}),
]

EQUIPMENT_CASES = [
    Case("negative value", {"value_vnd": "-5"}, "value_vnd"),
    Case("value in words", {"value_vnd": "mười triệu"}, "value_vnd"),
    Case("acquired in the future", {"acquired_date": future()}, "acquired_date"),
    Case("a day that does not exist", {"acquired_date": "31/02/2022"}, "acquired_date"),
    Case("inventory checked in the future", {"last_inventory_check": future()},
         "last_inventory_check"),
    Case("warranty ending before use",
         {"acquired_date": "01/01/2022", "warranty_end": "01/01/2020"}, "warranty_end"),
    Case("warranty ending before the stored date of use", {"warranty_end": "01/01/2019"},
         "warranty_end", existing=True),
    Case("a holder nobody is", {"holder_id": "Người Không Có"}, "holder_id",
         columns={"holder_id": "holder_name"}),
]


# --- fixtures -----------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def english(qapp: QApplication):
    with source_strings(qapp):
        yield


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A form left with typing in it asks before it closes: yes (the test is over)."""
    answer_confirmations(monkeypatch)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = office_store(
        tmp_path / "data",
        [dict(full_name="Quàng Thị Hoa", birth_date=date(1985, 4, 2),
              service_start=date(2012, 3, 1), position="Kế toán")],
        [dict(category="printer", asset_tag="MP-IN-01", acquired_date=date(2020, 5, 2),
              brand="Canon")])
    yield store
    store.close()


@pytest.fixture
def runner(qapp: QApplication) -> TaskRunner:
    runner = runner_with_area()
    yield runner
    runner.shutdown()


def stored_ids(store: Store) -> tuple[str, str]:
    with store.sessions() as s:
        return s.scalars(select(Staff.id)).one(), s.scalars(select(Equipment.id)).one()


def journal_size(store: Store) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(JournalEntry))


# --- the form ------------------------------------------------------------------------------
def staff_form(store: Store, case: Case) -> StaffForm:
    person, _item = stored_ids(store)
    with store.sessions() as s:
        values = staff_details(s, person) if case.existing else None
        form = StaffForm(values, ethnic_groups(s), today=TODAY)
    if not case.existing:
        form.fields["full_name"].setText(NAME)
    return form


def equipment_form(store: Store, case: Case) -> EquipmentForm:
    _person, item = stored_ids(store)
    with store.sessions() as s:
        values = equipment_details(s, item) if case.existing else None
        data = EquipmentFormData(values, [], staff_choices(s, [MUONG_PHANG]))
    form = EquipmentForm(data, today=TODAY)
    if not case.existing:
        form.fields["category"].setCurrentIndex(form.fields["category"].findData("printer"))
    return form


def form_refuses(qtbot, form, case: Case) -> None:
    """Type the case into the shown form and press Save: the form marks the case's field,
    and only it, in its own words, and submits nothing."""
    qtbot.addWidget(form)
    form.show()
    submitted: list[Any] = []
    form.submitted.connect(submitted.append)
    for key, text in case.typed.items():
        widget = form.fields[key]
        edit = widget.lineEdit() if isinstance(widget, SearchCombo) else widget
        assert isinstance(edit, QLineEdit)
        edit.setText(text)
    form.save_button.click()
    shown = {key: label.text() for key, label in form.errors.items() if label.isVisible()}
    assert list(shown) == [case.field], shown
    assert shown[case.field] and shown[case.field] != GENERIC
    assert submitted == [] and form.isVisible()


# --- the import ----------------------------------------------------------------------------
def file_row(case: Case, store: Store, kind: str) -> dict[str, str]:
    person, item = stored_ids(store)
    row = {case.column(key): text for key, text in case.typed.items()}
    if case.existing:
        return {"id": person if kind == "staff" else item, **row}
    return {"full_name": NAME, **row} if kind == "staff" else {"category": "printer", **row}


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    header = list(dict.fromkeys(key for row in rows for key in row))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def import_refuses(store: Store, kind: str, path: Path, expected: list[tuple[int, str]]
                   ) -> None:
    before = journal_size(store)
    with pytest.raises(ImportFileError) as caught, store.sessions.begin() as s:
        import_file(s, kind, path)
    assert [(p.row, p.column) for p in caught.value.problems] == expected
    assert all(p.message for p in caught.value.problems)
    assert journal_size(store) == before


@pytest.mark.parametrize("case", STAFF_CASES, ids=lambda c: c.name)
def test_the_staff_form_and_the_staff_import_refuse_alike(qtbot, store, tmp_path, case
                                                         ) -> None:
    form_refuses(qtbot, staff_form(store, case), case)
    path = write_rows(tmp_path / "staff.csv", [file_row(case, store, "staff")])
    import_refuses(store, "staff", path, [(2, case.column(case.field))])


@pytest.mark.parametrize("case", EQUIPMENT_CASES, ids=lambda c: c.name)
def test_the_item_form_and_the_equipment_import_refuse_alike(qtbot, store, tmp_path, case
                                                            ) -> None:
    form_refuses(qtbot, equipment_form(store, case), case)
    path = write_rows(tmp_path / "equipment.csv", [file_row(case, store, "equipment")])
    import_refuses(store, "equipment", path, [(2, case.column(case.field))])


@pytest.mark.parametrize("kind,cases", [("staff", STAFF_CASES),
                                        ("equipment", EQUIPMENT_CASES)])
def test_the_command_line_names_every_bad_row_and_column(store, tmp_path, kind, cases
                                                        ) -> None:
    """The table's new records in one file through ``commune-it import``: exit 2, one line
    per case naming its row and column, nothing written. (A row of a stored record would
    clear the fields the other cases add as columns, so those cases are imported alone.)"""
    cases = [case for case in cases if not case.existing]
    path = write_rows(tmp_path / f"{kind}.csv", [file_row(c, store, kind) for c in cases])
    before = journal_size(store)
    store.close()
    result = subprocess.run([str(COMMUNE_IT), "--data-dir", str(tmp_path / "data"),
                             "import", kind, str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    expected = [f"Dòng {n}, cột {c.column(c.field)}: " for n, c in enumerate(cases, start=2)]
    assert [line[:len(start)] for line, start in zip(lines, expected, strict=False)
            ] == expected
    assert lines[len(cases):] == [
        f"Tệp có {len(cases)} dòng lỗi; không có dữ liệu nào được ghi."]
    reopened = Store(tmp_path / "data" / DB_NAME)
    try:
        assert journal_size(reopened) == before
    finally:
        reopened.close()


# --- the checks themselves -----------------------------------------------------------------
def test_the_checks_name_every_problem_of_a_plain_dict_not_the_first() -> None:
    problems = check_staff({"full_name": " ", "birth_date": date(2090, 1, 1), "phone": "12",
                            "email": "not-an-email", "service_start": date(2020, 1, 1),
                            "service_end": date(2019, 1, 1), "gender": "robot",
                            "position": "x" * 121, "commune_code": MUONG_PHANG})
    assert sorted((p.field, p.code) for p in problems) == [
        ("birth_date", "future"), ("commune_code", "unknown_field"), ("email", "email"),
        ("full_name", "required"), ("gender", "choice"), ("phone", "phone"),
        ("position", "too_long"), ("service_end", "order")]
    assert all(str(p.message).endswith(".") and p.message.text("en").endswith(".")
               for p in problems)
    assert [p.field for p in check_equipment({"category": "toaster", "value_vnd": -1,
                                              "lan": None})] == ["category", "value_vnd"]


def test_an_edit_is_judged_by_what_it_changes(tmp_path) -> None:
    """A stored value an edit leaves alone is not judged again; a new record is whole."""
    stored = {"full_name": "Lò Văn Già", "birth_date": date(1930, 5, 1), "phone": None}
    assert check_staff({"phone": "0912 345 678"}, stored, TODAY) == []
    assert [p.code for p in check_staff({"birth_date": date(1931, 5, 1)}, stored)] == ["age"]
    assert [p.code for p in check_staff(stored)] == ["age"]
    gone = {**stored, "service_end": date(1990, 1, 1)}
    assert check_staff(gone) == []  # a former official may since have grown old
    legacy = {**stored, "phone": "12"}  # written before the checks were everywhere
    assert check_staff({"phone": " 12 ", "email": "lvgia@dienbien.gov.vn"}, legacy) == []
    assert [p.code for p in check_staff({"phone": "123"}, legacy)] == ["phone"]


# --- what a change is ----------------------------------------------------------------------
def test_a_whitespace_only_form_edit_journals_nothing(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    page.table.selectRow(0)
    page.edit_action.trigger()
    assert runner.wait()
    form = page.form
    before = journal_size(store)
    form.fields["full_name"].setText("Quàng  Thị Hoa")
    form.fields["position"].setText(" Kế   toán ")
    form.fields["phone"].setText("   ")
    form.save_button.click()
    assert runner.wait() and page.form is None  # saved and closed
    assert journal_size(store) == before
    with store.sessions() as s:
        person = s.scalars(select(Staff)).one()
        assert (person.full_name, person.position, person.phone) == (
            "Quàng Thị Hoa", "Kế toán", None)


def test_a_real_edit_from_the_form_still_journals(qtbot, store, runner) -> None:
    page = open_page(qtbot, StaffPage, store, runner)
    page.table.selectRow(0)
    page.edit_action.trigger()
    assert runner.wait()
    before = journal_size(store)
    page.form.fields["position"].setText("Kế toán trưởng")
    page.form.save_button.click()
    assert runner.wait() and page.form is None
    assert journal_size(store) == before + 1


@pytest.mark.parametrize(("check", "values"), [
    (check_staff, {"full_name": "Lò Văn Thắng", "gender": "male", "birth_date": "  "}),
    (check_staff, {"full_name": "Lò Văn Thắng", "gender": "male",
                   "service_start": date(2020, 1, 1), "service_end": " "}),
    (check_staff, {"full_name": "Lò Văn Thắng", "gender": "male",
                   "service_start": "\t", "service_end": date(2020, 1, 1)}),
    (check_equipment, {"category": "laptop", "acquired_date": "  ",
                       "warranty_end": date(2027, 1, 1)}),
    (check_equipment, {"category": "laptop", "acquired_date": date(2020, 1, 1),
                       "warranty_end": "  "}),
])
def test_a_blank_date_is_an_empty_one_for_the_rules_that_join_two_fields(check, values) -> None:
    """A date given as blank text (a caller that passes a cell through unread) is empty, as
    each field's own check reads it: the age and order rules, which read the date, find
    nothing rather than raise on text."""
    assert check(values, None, date(2026, 12, 5)) == []
