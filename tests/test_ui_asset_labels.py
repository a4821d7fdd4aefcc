"""Print asset labels… on the window's equipment page (issue 16, item 1): the selected item
or the working register, the question about untagged items with the commune's pattern
shown, the PDF saved where the officer says and read back with zbar, the tags written
through the register (the list shows them). A real store and the real window."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.models import Equipment
from app.models.store import Store
from app.ui.pages.equipment.labels_dialog import LabelsDialog
from app.ui.runtime import i18n
from tests.ui_helpers import SCREENSHOTS, office_store, open_window

ITEMS = [
    {"category": "desktop", "brand": "Dell", "model": "Vostro 3888", "asset_tag": "MP-PC-2021-01",
     "acquired_date": date(2021, 3, 2)},
    {"category": "desktop", "brand": "HP", "model": "ProDesk 400 G7",
     "acquired_date": date(2021, 5, 4)},
    {"category": "printer", "brand": "Canon", "model": "LBP 2900",
     "acquired_date": date(2019, 1, 10), "status": "broken"},
    {"category": "tv", "brand": "Samsung", "model": "UA55", "asset_tag": "MP-TV-2015-01",
     "status": "disposed"},
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = office_store(tmp_path / "office", [{"full_name": "Lò Văn Minh"}], ITEMS)
    yield store
    store.close()


@pytest.fixture
def vietnamese(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    assert i18n.install(qapp, "vi", qm_dir)
    yield
    i18n.uninstall(qapp)


def codes(pdf: Path, folder: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "300", "-png", str(pdf), str(folder / "p")], check=True)
    found = subprocess.run(["zbarimg", "-q", "--raw", *map(str, sorted(folder.glob("p*.png")))],
                           capture_output=True, text=True).stdout.split()
    return sorted(found)


def open_dialog(qtbot, window) -> LabelsDialog:
    page = window.equipment_page
    page.labels_action.trigger()
    qtbot.waitUntil(lambda: page.findChild(LabelsDialog) is not None)
    dialog = page.findChild(LabelsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save_to(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(path), "PDF (*.pdf)"))


def tags(store: Store) -> dict[str, str | None]:
    with store.sessions() as session:
        return {item.model: item.asset_tag for item in session.query(Equipment)}


def test_the_register_s_labels_after_saying_yes_to_the_pattern(qtbot, store, tmp_path,
                                                                monkeypatch, vietnamese):
    window = open_window(qtbot, store)
    page = window.equipment_page
    assert page.labels_action.text() == "In nhãn tài sản…"
    page.table.clearSelection()
    dialog = open_dialog(qtbot, window)
    assert dialog.pattern.text() == "MP-{category}-{year}-{n:02}"
    assert dialog.assign.isChecked() and "2" in dialog.assign.text()
    assert "3" in dialog.summary.text()  # the disposed television is not labelled
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "asset-labels-dialog.png"))
    pdf = tmp_path / "nhan.pdf"
    save_to(monkeypatch, pdf)
    dialog.accept()
    qtbot.waitUntil(lambda: page.label_printing.note is not None, timeout=20_000)
    assert "nhan.pdf" in page.label_printing.note.text()
    assert tags(store) == {"Vostro 3888": "MP-PC-2021-01", "ProDesk 400 G7": "MP-PC-2021-02",
                           "LBP 2900": "MP-MI-2019-01", "UA55": "MP-TV-2015-01"}
    assert codes(pdf, tmp_path) == ["MP-MI-2019-01", "MP-PC-2021-01", "MP-PC-2021-02"]
    qtbot.waitUntil(lambda: "MP-PC-2021-02" in [r.asset_tag for r in page.model.rows()])


def test_the_selected_item_only_on_the_paper_chosen(qtbot, store, tmp_path,
                                                   monkeypatch) -> None:
    window = open_window(qtbot, store)
    page = window.equipment_page
    assert page.select_id(next(r.id for r in page.model.rows() if r.model == "LBP 2900"))
    dialog = open_dialog(qtbot, window)
    assert dialog.assign.isChecked() and "1" in dialog.summary.text()
    dialog.grid.setCurrentIndex(dialog.grid.findData("2x7"))
    save_to(monkeypatch, tmp_path / "one")  # the extension is added
    dialog.accept()
    qtbot.waitUntil(lambda: page.label_printing.note is not None, timeout=20_000)
    assert codes(tmp_path / "one.pdf", tmp_path) == ["MP-MI-2019-01"]
    assert tags(store)["ProDesk 400 G7"] is None  # not selected: not tagged
    assert page.select_id(next(r.id for r in page.model.rows() if r.model == "Vostro 3888"))
    dialog = open_dialog(qtbot, window)
    assert not dialog.assign.isVisible()  # a tagged item: nothing to ask
    assert dialog.grid.currentData() == "2x7"  # the paper chosen last time is remembered
    for old in tmp_path.glob("p*.png"):
        old.unlink()
    save_to(monkeypatch, tmp_path / "vostro.pdf")
    page.label_printing.note = None
    dialog.accept()
    qtbot.waitUntil(lambda: page.label_printing.note is not None, timeout=20_000)
    assert codes(tmp_path / "vostro.pdf", tmp_path) == ["MP-PC-2021-01"]
