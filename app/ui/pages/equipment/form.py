"""The form of one equipment item: its fields, its holder and its status history.

An item's status is history, not a field to overwrite: the form shows the history (date,
status, note) beside the fields, and a new status asks why ("paper jam", "screen broken")
in a note that is saved with it. The holder is chosen among the commune's live officials by
typing part of a name; a name that matches nobody is offered as a new official
(``new_holder.NewHolder``), who becomes the holder once saved. The form reads the dates,
the value and the holder itself; the rest is ``check_equipment``'s decision, the same an
import of the equipment list gets.
The page that lists the items and opens this form is ``view.EquipmentPage``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.equipment_ops import check_equipment
from app.models.queries import EquipmentRow, StaffChoice, StatusEventRow
from app.models.validation import ORDER, Problem
from app.models.vntext import search_key
from app.ops.equipment import EquipmentFormData
from app.ui.itemmodels.rows import Column, RowTableModel
from app.ui.pages.equipment.new_holder import NewHolder, StoreHost
from app.ui.runtime import labels
from app.ui.runtime.formatting import count_text, date_text, parse_whole_number
from app.ui.widgets.record_form import DateField, RecordForm, date_problem, enum_combo, line_edit
from app.ui.widgets.search_combo import Choice, SearchCombo

DEFAULT_CATEGORY = "desktop"  # what communes buy most


class StatusHistoryModel(RowTableModel):
    CONTEXT = "StatusHistoryModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("StatusHistoryModel", "Date"),
               lambda e: date_text(e.changed_on), Qt.AlignmentFlag.AlignCenter),
        Column(QT_TRANSLATE_NOOP("StatusHistoryModel", "Status"),
               lambda e: labels.EQUIPMENT_STATUS.label(e.status)),
        Column(QT_TRANSLATE_NOOP("StatusHistoryModel", "Note"), lambda e: e.note or ""),
    )

    def search_key_of(self, row: StatusEventRow) -> str:
        return ""


@dataclass(frozen=True)
class EquipmentValues:
    fields: dict[str, Any]
    status_note: str | None


class MoneyField(QLineEdit):
    """A value in đồng, shown and typed with thousands separators (15.000.000)."""

    def __init__(self, value: int | None, parent: QWidget | None = None) -> None:
        super().__init__("" if value is None else count_text(value), parent)

    def value(self) -> int | None:
        return parse_whole_number(self.text())


def holder_choices(staff: Sequence[StaffChoice], current: str | None,
                   current_name: str | None, gone: str) -> list[Choice]:
    """No holder, then the live officials; a holder who has left stays offered (named
    so), so that saving the form does not quietly take the item away from them."""
    choices = [Choice("", None, "")]
    choices += [Choice(f"{p.full_name} — {p.position}" if p.position else p.full_name, p.id,
                       f"{p.search_key} {search_key(p.position)}") for p in staff]
    if current and all(p.id != current for p in staff):
        name = current_name or current
        choices.append(Choice(gone.format(name=name), current, search_key(name)))
    return choices


def item_title(row: EquipmentRow | None, values: dict[str, Any] | None) -> str:
    """How an item is named in titles: its category and tag (or serial, or model)."""
    source = row if row is not None else values
    if source is None:
        return ""
    get = source.get if isinstance(source, dict) else lambda key: getattr(source, key)
    mark = get("asset_tag") or get("serial") or get("model") or ""
    return f"{labels.EQUIPMENT_CATEGORY.label(get('category'))} {mark}".strip()


class EquipmentForm(RecordForm):
    def __init__(self, data: EquipmentFormData, row: EquipmentRow | None = None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("equipmentForm")
        self.today = today or date.today()
        self.existing = data.values is not None
        self.current = data.values  # what the store holds, to judge only what is changed
        self.not_stored = frozenset({"status_note"})
        v = data.values or {"category": DEFAULT_CATEGORY, "status": "in_use",
                            "acquired_date": self.today}
        self.initial_status = v.get("status")
        self.setWindowTitle(self.tr("Item: {name}").format(name=item_title(row, v))
                            if self.existing else self.tr("New item"))
        self._item(self.add_group(self.tr("Item")), v)
        right = QVBoxLayout()
        self.columns.addLayout(right, 1)
        self._use(self.add_group(self.tr("Use"), right), v, data.staff, row)
        self._history(right, data.history)
        self.fields["status"].currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self._adding_holder = False
        self.new_holder = NewHolder(self, parent) if isinstance(parent, StoreHost) else None
        self.start_tracking()
        self.fields["category"].setFocus()

    def _item(self, form: QFormLayout, v: dict[str, Any]) -> None:
        add = self.add_field
        add(form, "category", self.tr("Category"),
            enum_combo(self, labels.EQUIPMENT_CATEGORY.choices(), v.get("category")),
            required=True)
        add(form, "brand", self.tr("Brand"), line_edit(self, v.get("brand"), 80))
        add(form, "model", self.tr("Model"), line_edit(self, v.get("model"), 120))
        add(form, "serial", self.tr("Serial number"), line_edit(self, v.get("serial"), 80))
        add(form, "asset_tag", self.tr("Asset tag"), line_edit(self, v.get("asset_tag"), 40))
        add(form, "acquired_date", self.tr("In use since"),
            DateField(v.get("acquired_date"), self))
        add(form, "funding_source", self.tr("Funded by"),
            line_edit(self, v.get("funding_source"), 160))
        add(form, "value_vnd", self.tr("Value (đồng)"), MoneyField(v.get("value_vnd"), self))
        add(form, "warranty_end", self.tr("Warranty until"),
            DateField(v.get("warranty_end"), self))
        add(form, "last_inventory_check", self.tr("Last inventory check"),
            DateField(v.get("last_inventory_check"), self))

    def _use(self, form: QFormLayout, v: dict[str, Any], staff: Sequence[StaffChoice],
             row: EquipmentRow | None) -> None:
        add = self.add_field
        add(form, "status", self.tr("Status"),
            enum_combo(self, labels.EQUIPMENT_STATUS.choices(), v.get("status")))
        add(form, "status_note", self.tr("Why the status changed"),
            line_edit(self, "", 240))
        self.fields["status_note"].setPlaceholderText(self.tr("e.g. paper jam, sent for repair"))
        self._note_row = form.rowCount() - 1
        self._use_form = form
        self._reserve_label_room(form, self._note_row)
        holder = SearchCombo(self)
        holder.offer_new(lambda name: self.tr("Add official “{name}”…").format(name=name))
        holder.add_wanted.connect(self._add_holder)
        holder.set_choices(holder_choices(
            staff, v.get("holder_id"), row.holder_name if row else None,
            self.tr("{name} (no longer on the staff list)")), v.get("holder_id"))
        holder.lineEdit().setPlaceholderText(self.tr("Nobody; type a name to choose"))
        add(form, "holder_id", self.tr("Holder"), holder)
        add(form, "location", self.tr("Location"), line_edit(self, v.get("location"), 120))
        add(form, "lan", self.tr("Network"), QCheckBox(
            self.tr("Connected to the office network (LAN)"), self, checked=bool(v.get("lan"))))
        add(form, "internet", self.tr("Internet"), QCheckBox(
            self.tr("Connected to the Internet"), self, checked=bool(v.get("internet"))))

    def _add_holder(self, name: str) -> None:
        """The holder's name matched nobody and the officer chose to add them."""
        if self.new_holder is None:  # a form opened without a page: nothing to add with
            return
        self._adding_holder = True
        self.new_holder.start(name)

    def holder_added(self, staff_id: str, name: str) -> None:
        """The new official is saved: they hold this item now."""
        self._adding_holder = False
        holder = self.fields["holder_id"]
        holder.add_choice(Choice(name, staff_id, search_key(name)))
        self.activateWindow()  # back from the official's form, on the holder: Enter saves
        holder.setFocus()
        self.refresh_errors()

    def holder_not_added(self) -> None:
        self._adding_holder = False

    @staticmethod
    def _reserve_label_room(form: QFormLayout, row: int) -> None:
        """The labels of ``form`` keep the room of the row that comes and goes: its label
        is the longest, and a label column that widened when it appeared would widen the
        dialog and move Save from under the mouse."""
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        first = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
        first.setMinimumWidth(max(first.minimumWidth(), label.sizeHint().width()))

    def _history(self, column: QVBoxLayout, history: list[StatusEventRow]) -> None:
        self.history_model = StatusHistoryModel(self)
        self.history_model.set_rows(history)
        self.history = QTableView(self, objectName="history")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.history.setMinimumHeight(130)
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        title = QLabel(self.tr("Status history"), self, objectName="historyTitle")
        title.setStyleSheet("font-weight: bold;")
        column.addWidget(title)
        column.addWidget(self.history, 1)
        if not history:
            self.history.setVisible(False)
            column.addWidget(QLabel(self.tr("The history starts when the item is saved."),
                                    self, wordWrap=True))

    def _status_changed(self, *_args: object) -> None:
        """A new status of an existing item asks why, in a note saved with its history."""
        changed = self.existing and self.fields["status"].currentData() != self.initial_status
        self._use_form.setRowVisible(self._note_row, changed)

    def unreadable(self) -> dict[str, str]:
        f, found = self.fields, {}
        for key in ("acquired_date", "warranty_end", "last_inventory_check"):
            problem = date_problem(f[key], self.today)
            if problem:
                found[key] = problem
        try:
            f["value_vnd"].value()
        except ValueError:
            found["value_vnd"] = self.tr("Write the value in đồng as a whole number, for "
                                         "example 15.000.000.")
        if not f["holder_id"].resolve() and not self._adding_holder:
            found["holder_id"] = self.tr("Choose the holder from the list, or leave the field "
                                         "empty.")
        return found

    def check(self, values: dict[str, Any]) -> list[Problem]:
        return check_equipment(values, self.current, self.today)

    def problem_text(self, problem: Problem) -> str:
        if problem.code == ORDER:
            return self.tr("The warranty must end after the item was put into use.")
        return super().problem_text(problem)

    def values(self) -> EquipmentValues:  # type: ignore[override]
        fields = super().values()
        note = fields.pop("status_note")
        return EquipmentValues(fields, note if fields["status"] != self.initial_status
                               else None)
