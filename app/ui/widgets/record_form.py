"""The frame of the staff and equipment forms, and the fields they share.

A form is a view with inline validation: a message in red under the field that is wrong,
shown when the officer leaves the field (and for every field once Save was tried); Save
then only points at the first bad field. Enter saves, Esc cancels, and closing a form with
unsaved edits asks first. A form never writes: it emits ``submitted`` with plain values;
its page saves them through the runner and calls ``saved()`` once the store has them, or
``refused(exc)`` (the form stays open, nothing was written).

What is wrong is decided below the window: a form reads what was typed (a date that is
not one is the form's own finding) and asks the model layer's checks (``check_staff``,
``check_equipment``) about the values, the same checks an import or a sync passes; the
form only words each problem in the window's language, beside its field.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.validation import CHOICE, FUTURE, NEGATIVE, REQUIRED, TOO_LONG, Problem
from app.ui.runtime.formatting import date_text, parse_date_text
from app.ui.widgets.form_parts import (
    ERROR_STYLE,
    AsksBeforeDiscarding,
    date_problem,
    line_edit,
    save_cancel_buttons,
    show_refusal_in,
)

__all__ = ["DateField", "RecordForm", "date_problem", "enum_combo", "field_value", "line_edit"]

# Explicit contexts in RecordForm: PySide's self.tr() would use the subclass's name.
translate = QCoreApplication.translate


class DateField(QLineEdit):
    """A date that may be unknown, typed as dd/mm/yyyy (a date edit cannot be empty)."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(date_text(value), parent)
        hint = translate("DateField", "dd/mm/yyyy")  # in Vietnamese: "ngày/tháng/năm", whole
        self.setPlaceholderText(hint)
        self.setMaxLength(10)
        self.setMaximumWidth(max(self.fontMetrics().horizontalAdvance(text)
                                 for text in ("00/00/00000", hint)) + 24)

    def value(self) -> date | None:
        """The date typed; ``ValueError`` if it is not one."""
        return parse_date_text(self.text())


def enum_combo(parent: QWidget, choices: Sequence[tuple[str, str]], value: str | None,
               blank: str | None = None) -> QComboBox:
    """A combo of (label, key); with ``blank`` text, a first item meaning "not known"."""
    combo = QComboBox(parent)
    if blank is not None:
        combo.addItem(blank, None)
    for label, key in choices:
        combo.addItem(label, key)
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
    return combo


class RecordForm(AsksBeforeDiscarding, QDialog):
    """Fields in titled groups side by side, an error line under each, Save and Cancel."""

    submitted = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.not_stored: frozenset[str] = frozenset()  # fields that are not the record's
        self._touched: set[str] = set()
        self._tried = False
        self._initial: list[Any] = []
        self.columns = QHBoxLayout()
        self.refusal = QLabel(self, visible=False, wordWrap=True, objectName="refusal")
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(self)
        self.save_button.clicked.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.columns, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    # --- building ---------------------------------------------------------------------
    def add_group(self, title: str, column: QVBoxLayout | None = None) -> QFormLayout:
        """A titled group of fields, in a new column or under others in ``column``."""
        if column is None:
            column = QVBoxLayout()
            self.columns.addLayout(column, 1)
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        column.addWidget(box)
        return form

    def add_field(self, form: QFormLayout, key: str, label: str, widget: QWidget,
                  required: bool = False) -> QWidget:
        error = QLabel(self, visible=False, wordWrap=True, objectName=f"{key}_error")
        error.setStyleSheet(ERROR_STYLE)
        cell = QVBoxLayout()
        cell.setSpacing(1)
        cell.addWidget(widget)
        cell.addWidget(error)
        form.addRow(f"{label} *" if required else label, cell)
        widget.setObjectName(key)
        widget.setAccessibleName(label)
        self.fields[key] = widget
        self.errors[key] = error
        self._watch(key, widget)
        return widget

    def _watch(self, key: str, widget: QWidget) -> None:
        """Check a field when the officer leaves it, and live once Save was tried."""
        if isinstance(widget, QLineEdit):
            widget.editingFinished.connect(lambda: self._leave(key))
            widget.textEdited.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _n: self._leave(key))
            if widget.isEditable():
                widget.lineEdit().editingFinished.connect(lambda: self._leave(key))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)

    def start_tracking(self) -> None:
        """Remember what is shown first, to know later whether anything was edited."""
        self._initial = self._state()

    def _state(self) -> list[Any]:
        state: list[Any] = []
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                state.append((widget.currentIndex(), widget.currentText()))
            elif isinstance(widget, QCheckBox):
                state.append(widget.isChecked())
            elif isinstance(widget, QLineEdit):
                state.append(widget.text().strip())
        return state

    def set_read_only(self) -> None:
        """This device only reads the register (a trainer's laptop): look, do not touch."""
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(True)
            else:
                widget.setEnabled(False)
        self.save_button.setVisible(False)
        self.cancel_button.setText(translate("RecordForm", "Close"))
        self.cancel_button.setDefault(True)

    # --- subclasses read the fields (unreadable) and ask the model layer (check) ---------
    def unreadable(self) -> dict[str, str]:
        """Fields whose text cannot be read as a value (key → message)."""
        return {}

    def check(self, values: dict[str, Any]) -> list[Problem]:
        """The model layer's problems with these values (the readable fields)."""
        return []

    def problems(self) -> dict[str, str]:
        """Bad fields (key → message) in the form's order: what cannot be read, then what
        the model layer's checks refuse in what can."""
        found = self.unreadable()
        values = {key: field_value(widget) for key, widget in self.fields.items()
                  if key not in found and key not in self.not_stored}
        for problem in self.check(values):
            if problem.field in self.fields and problem.field not in found:
                found[problem.field] = self.problem_text(problem)
        return {key: found[key] for key in self.fields if key in found}

    def problem_text(self, problem: Problem) -> str:
        """A problem found by the checks, in the window's words (a form words its own
        fields' problems first, then leaves the rest to this)."""
        if problem.code == REQUIRED:
            return translate("RecordForm", "This field cannot be empty.")
        if problem.code == FUTURE:
            return translate("RecordForm", "This date cannot be in the future.")
        if problem.code == NEGATIVE:
            return translate("RecordForm", "The value cannot be negative.")
        if problem.code == CHOICE:
            return translate("RecordForm", "Choose a value from the list.")
        if problem.code == TOO_LONG:
            return translate("RecordForm", "Shorten this text to at most {limit} "
                             "characters.").format(limit=problem.params["limit"])
        return translate("RecordForm", "This value cannot be saved.")

    def values(self) -> dict[str, Any]:
        """The plain values to save, field by field (only called when ``problems()`` is
        empty, so every field reads)."""
        return {key: field_value(widget) for key, widget in self.fields.items()}

    # --- checking and saving -----------------------------------------------------------
    def _leave(self, key: str) -> None:
        self._touched.add(key)
        self.refresh_errors()

    def _changed(self, *_args: object) -> None:
        if self._tried:
            self.refresh_errors()

    def refresh_errors(self) -> dict[str, str]:
        found = self.problems()
        before = self.geometry()  # showing a label grows the dialog at once, downwards
        grew = False
        for key, label in self.errors.items():
            shown = key in found and (self._tried or key in self._touched)
            grew = grew or (shown and not label.isVisible())
            label.setText(found[key] if shown else "")
            label.setVisible(shown)
        if grew:
            self._fit_height(before)
        return found

    def _fit_height(self, before: QRect) -> None:
        """Grow to show every message in full (wrapped labels need more height than the
        layout's minimum says, so the dialog would squeeze them), upwards from where it
        was: the buttons stay under the mouse that clicked Save."""
        layout = self.layout()
        layout.activate()
        wanted = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        height = max(wanted, self.height())
        if self.isWindow() and self.isVisible() and height > before.height():
            top = max(self.screen().availableGeometry().top(), before.bottom() + 1 - height)
            self.setGeometry(before.x(), top, before.width(), height)
        elif wanted > self.height():
            self.resize(self.width(), wanted)

    def try_save(self) -> None:
        self._tried = True
        self.refusal.setVisible(False)
        found = self.refresh_errors()
        if found:
            self.fields[next(iter(found))].setFocus()
            return
        self.save_button.setEnabled(False)
        self.submitted.emit(self.values())

    def saved(self) -> None:
        """The store has the values: close without asking."""
        self.mark_saved()
        self.accept()

    def refused(self, exc: BaseException) -> bool:
        """The store refused (nothing was written): the form stays open. A ``ModelError``
        is said here, in the form; True then. Anything else is left to the runner."""
        self.save_button.setEnabled(True)
        return show_refusal_in(self.refusal, exc)

    def dirty(self) -> bool:
        return self._state() != self._initial


def field_value(widget: QWidget) -> Any:
    """What a field holds: a picker's or a typed date's ``value()``, a combo's key, a check
    box's state, a text box's text (None when empty)."""
    value = getattr(widget, "value", None)
    if callable(value):
        return value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        return widget.text().strip() or None
    raise TypeError(widget)
