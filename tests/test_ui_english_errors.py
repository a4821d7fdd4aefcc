"""A window switched to English shows no Vietnamese word when things go wrong.

Errors raised below the window carry a code of the one catalogue (app/messages); the
window renders them in its language. Each kind of failure an officer meets is provoked
here through the real window on a real store, with the English translation installed the
way Settings installs it, and every text shown is read back: a refused form value from the
models, an import with bad rows, a refused enrolment file, damaged and foreign files on a
stick, and a refusal of the operations layer reported by the task runner.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.models.training_ops import CourseValues
from app.ops import sync as ops_sync
from app.ops import training
from app.server import province
from app.ui.pages.register.excel import BadRowsDialog
from app.ui.runtime import i18n, tasks
from tests.helpers import MUONG_PHANG, make_province
from tests.ui_helpers import office_store, open_window

_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
PEOPLE = [{"full_name": "Lo Van Pan", "gender": "male"}]


@pytest.fixture
def window(qtbot, qapp: QApplication, qm_dir: Path, tmp_path: Path, monkeypatch):
    store = office_store(tmp_path / "office", PEOPLE)
    assert i18n.install(qapp, "en", qm_dir)
    shown = open_window(qtbot, store)
    shown.refusals = []  # what the runner would show in a message box
    monkeypatch.setattr(tasks, "show_refusal", lambda _parent, text: shown.refusals.append(text))
    yield shown
    i18n.uninstall(qapp)
    store.close()


def english(texts: list[str]) -> list[str]:
    """The texts, asserted to hold no Vietnamese letter (and to say something)."""
    assert texts and all(t.strip() for t in texts), texts
    found = [t for t in texts if VIETNAMESE.search(t)]
    assert not found, found
    return texts


def test_a_value_the_models_refuse_is_said_in_english(qtbot, window) -> None:
    page = window.settings_page
    page.department_edit.setText("   ")
    page.save_department()
    assert window.runner.wait()
    (said,) = english([page.department_message.text()])
    assert "department" in said.lower()


def test_an_enrolment_file_that_is_not_one_is_refused_in_english(
        qtbot, window, tmp_path, monkeypatch) -> None:
    junk = tmp_path / "ghi-danh.json"
    junk.write_text('{"not": "an enrolment"}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    page = window.settings_page
    page.enrol_button.click()
    assert window.runner.wait()
    english([page.device_message.text()])


def test_bad_rows_of_an_import_are_listed_in_english(qtbot, window, tmp_path,
                                                     monkeypatch) -> None:
    path = tmp_path / "can-bo.xlsx"
    book = openpyxl.Workbook()
    for row in (["full_name", "gender", "birth_date", "professional_level"],
                ["Vang A Do", "nam gioi", "31/02/1988", "university"],
                ["", "male", "", "doctor"]):
        book.active.append(row)
    book.save(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page = window.staff_page
    page.excel.import_action.trigger()
    assert window.runner.wait()
    dialog = page.excel.bad_rows
    assert isinstance(dialog, BadRowsDialog)
    model = dialog.model
    cells = [str(model.index(r, c).data()) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    # The choices an enum accepts are named by their keys in English ("male, female"), the
    # spelling an English reader writes: every cell is English.
    assert any("choose one of: male, female." in c for c in cells), cells
    english([dialog.summary.text(), *cells])
    assert any("does not exist" in c or "not a real" in c for c in cells), cells


def test_files_on_a_stick_that_are_refused_are_reported_in_english(
        qtbot, window, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    page = window.sync_page
    page.import_from([stick], "stick")  # before enrolment: the runner refuses the import
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert window.runner.wait()
    (not_enrolled,) = english(window.refusals)
    assert "“Load enrolment file…” in the window" in not_enrolled  # the window's own way
    with make_province(tmp_path / "province") as server:
        issued = province.issue(server, MUONG_PHANG, "Office laptop", False)
        (stick / "enrol.json").write_text(province.enrolment_text(issued), encoding="utf-8")
    ops_sync.enrol(window.store, stick / "enrol.json")
    (stick / "enrol.json").unlink()
    (stick / "damaged.citb").write_bytes(b"CITB" + bytes(range(256)) * 8)
    (stick / "empty.citb").write_bytes(b"")
    page.import_from(sorted(stick.iterdir()), "stick")
    qtbot.waitUntil(lambda: not page.busy, timeout=20_000)
    assert window.runner.wait()
    lines = [page.result_list.item(i).text() for i in range(page.result_list.count())]
    assert len(lines) >= 3, lines  # the summary and a line for each refused file
    english(lines + window.refusals)
    assert "damaged.citb" in " ".join(lines) and "empty.citb" in " ".join(lines)


def test_a_refusal_of_the_operations_layer_reaches_the_officer_in_english(
        qtbot, window) -> None:
    store = window.store
    course = training.create_course(store, CourseValues("IT basics", date.today()))
    window.runner.run(lambda: training.enrol_officials(store, course, []), lambda _: None)
    assert window.runner.wait()
    (said,) = english(window.refusals)
    assert "official" in said.lower()
