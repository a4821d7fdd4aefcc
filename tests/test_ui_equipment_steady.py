"""The equipment dialogs hold still while the officer works in them (issue 11, item 9).

A new status of an item asks why, in a field that appears under the status; its label was
the longest of the group, so the dialog widened and Save moved from under the mouse. The
dialog's size and Save's place on the screen must be the same whatever status is chosen,
in both languages (the Vietnamese label is longer still), in the item's form and in the
status dialog of the list.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from app.models.queries import EquipmentRow, StatusEventRow
from app.ops.equipment import EquipmentFormData
from app.ui.pages.equipment.form import EquipmentForm
from app.ui.pages.equipment.status_dialog import StatusDialog
from app.ui.runtime import i18n
from app.ui.widgets.record_form import RecordForm
from tests.ui_helpers import SCREENSHOTS

VALUES = {"category": "printer", "brand": "Canon", "model": "LBP 2900", "serial": "CN-2291",
          "asset_tag": "MP-IN-02", "acquired_date": date(2021, 3, 1), "funding_source": None,
          "value_vnd": 3_500_000, "status": "in_use", "holder_id": None,
          "location": "Văn phòng", "lan": False, "internet": False, "warranty_end": None,
          "last_inventory_check": None}
HISTORY = [StatusEventRow(date(2021, 3, 1), "in_use", None)]
ROW = EquipmentRow("item-1", "printer", "Canon", "LBP 2900", "CN-2291", "MP-IN-02", "in_use",
                   None, "Văn phòng", date(2021, 3, 1), False, False, "mp-in-02")


@pytest.fixture(params=["vi", "en"])
def language(request, qapp: QApplication, qm_dir: Path) -> Iterator[str]:
    assert i18n.install(qapp, request.param, qm_dir)
    yield request.param
    i18n.uninstall(qapp)


def shown(qtbot, form: RecordForm) -> None:
    qtbot.addWidget(form, before_close_func=lambda f: f.mark_saved())  # closing never asks
    with qtbot.waitExposed(form):
        form.show()


def where(form: RecordForm) -> tuple[QSize, QPoint]:
    QApplication.processEvents()
    return form.size(), form.save_button.mapToGlobal(QPoint(0, 0))


def every_status(qtbot, form: RecordForm) -> dict[str, tuple[QSize, QPoint]]:
    """The dialog's size and Save's screen position after choosing each status in turn."""
    combo = form.fields["status"]
    seen = {}
    for index in [*range(combo.count()), 0]:
        combo.setCurrentIndex(index)
        seen[f"{index}:{combo.currentData()}"] = where(form)
    return seen


def test_the_items_form_keeps_its_size_when_the_status_asks_why(qtbot, language) -> None:
    form = EquipmentForm(EquipmentFormData(dict(VALUES), HISTORY, []), ROW)
    shown(qtbot, form)
    first = where(form)
    note = form.fields["status_note"]
    assert not note.isVisibleTo(form)
    seen = every_status(qtbot, form)
    assert set(seen.values()) == {first}, seen
    form.fields["status"].setCurrentIndex(form.fields["status"].findData("broken"))
    assert note.isVisibleTo(form)  # the field did appear, and nothing moved
    assert where(form) == first
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SCREENSHOTS / f"equipment_form_status_note_{language}.png"))


def test_the_status_dialog_keeps_its_size_too(qtbot, language) -> None:
    dialog = StatusDialog(ROW, today=date(2026, 2, 5))
    shown(qtbot, dialog)
    first = where(dialog)
    seen = every_status(qtbot, dialog)
    assert set(seen.values()) == {first}, seen


def test_a_message_that_appears_on_save_leaves_save_where_it_was(qtbot, language) -> None:
    """Save with the status unchanged: the dialog says so and grows upwards, so Save is
    still under the mouse; the same in the item's form when a date does not exist."""
    dialog = StatusDialog(ROW, today=date(2026, 2, 5))
    shown(qtbot, dialog)
    dialog.move(200, 300)
    size, save = where(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["status"].isVisible()
    assert where(dialog)[1] == save and dialog.height() > size.height()
    form = EquipmentForm(EquipmentFormData(dict(VALUES), HISTORY, []), ROW)
    shown(qtbot, form)
    form.move(100, 200)
    size, save = where(form)
    form.fields["warranty_end"].setText("31/02/2027")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["warranty_end"].isVisible()
    assert where(form)[1] == save
