"""The Training page's forms: a course, a lesson, an outside participant.

Each form is a view with inline validation: a message in red under the field, shown while
the value is wrong (for an empty required field, once the officer has tried to save), and
Save does nothing but point at the first bad field. Enter saves, Esc cancels, and closing a
form with unsaved edits asks first. A form never saves by itself: it emits ``submitted``
with plain values, the page saves them through the runner and calls ``saved()`` when the
store has them; if the store refuses (the runner shows why), the form stays open.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.training_ops import CourseValues, LessonValues
from app.models.training_queries import CourseRow, LessonRow
from app.ui.runtime.formatting import date_text
from app.ui.widgets.form_parts import (
    ERROR_STYLE,
    AsksBeforeDiscarding,
    save_cancel_buttons,
    show_refusal_in,
)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value), parent, calendarPopup=True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def hours_edit(parent: QWidget, value: float | None) -> QDoubleSpinBox:
    edit = QDoubleSpinBox(parent, decimals=1, minimum=0.0, maximum=1000.0, singleStep=0.5)
    edit.setSpecialValueText("—")  # 0 means "not given"
    edit.setValue(value or 0.0)
    return edit


class FormFields(Protocol):
    """What each form (course, lesson, participant) provides to ``FormDialog``."""

    def values_or_none(self) -> Any:
        ...

    def problems(self, strict: bool) -> dict[QWidget, str]:
        """Bad fields and why; ``strict`` adds the empty-required ones."""
        ...


class FormDialog(AsksBeforeDiscarding, QDialog):
    """Shared frame: fields with an error line each, Save/Cancel, the dirty check."""

    submitted = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors: dict[QWidget, QLabel] = {}
        self._tried = False
        self._initial: Any = None
        self.refusal = QLabel(self, visible=False, wordWrap=True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(self)
        self.save_button.clicked.connect(self.try_save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget) -> QWidget:
        error = QLabel(self, visible=False, wordWrap=True)
        error.setStyleSheet(ERROR_STYLE)
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, column)
        self.errors[widget] = error
        return widget

    def start_tracking(self) -> None:
        """Remember the values shown first (to know if anything was edited)."""
        self._initial = self.values_or_none()

    def refresh_errors(self) -> dict[QWidget, str]:
        found = self.problems(strict=self._tried)
        for widget, label in self.errors.items():
            label.setText(found.get(widget, ""))
            label.setVisible(widget in found)
        return found

    def try_save(self) -> None:
        self._tried = True
        found = self.refresh_errors()
        if found:
            next(iter(found)).setFocus()
            return
        self.submitted.emit(self.values_or_none())

    def saved(self) -> None:
        """The store has the values: close without asking."""
        self.mark_saved()
        self.accept()

    def refused(self, exc: BaseException) -> bool:
        """The store refused the values: say why in the form, which stays open. True if
        told here; a bug (not a ``ModelError``) is left to the runner's error dialog."""
        return show_refusal_in(self.refusal, exc)

    def dirty(self) -> bool:
        return self.values_or_none() != self._initial


class CourseForm(FormDialog):
    """A course's fields; new courses start from sensible defaults (today, the organiser)."""

    def __init__(self, row: CourseRow | None, default_organiser: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit course") if row else self.tr("New course"), parent)
        self.course_id = row.id if row else None
        start = row.start_date if row else date.today()
        self.title_edit = self._line(self.tr("Title *"), row.title if row else "")
        self.topic_edit = self._line(self.tr("Topic"), row.topic if row else "")
        self.organiser_edit = self._line(
            self.tr("Organiser"), row.organiser if row else default_organiser)
        self.trainer_edit = self._line(self.tr("Trainer"), row.trainer if row else "")
        self.place_edit = self._line(self.tr("Place"), row.place if row else "")
        self.start_edit = self.add_field(self.tr("Start date *"), date_edit(self, start))
        self.end_edit = self.add_field(
            self.tr("End date"), date_edit(self, (row.end_date if row else None) or start))
        self.hours_edit = self.add_field(
            self.tr("Hours"), hours_edit(self, row.hours if row else None))
        self.funding_edit = self._line(self.tr("Funding"), row.funding if row else "")
        self.skills_check = QCheckBox(self.tr("A basic digital skills course (passing it "
                                              "confirms the skills, after asking)"), self)
        self.skills_check.setObjectName("courseDigitalSkills")
        self.skills_check.setChecked(bool(row and row.digital_skills))
        self.add_field(self.tr("Digital skills"), self.skills_check)
        self.title_edit.setPlaceholderText(self.tr("For example: Using the online public "
                                                   "service portal"))
        self.start_edit.dateChanged.connect(self._start_moved)
        for edit in (self.end_edit,):
            edit.dateChanged.connect(self.refresh_errors)
        self.title_edit.textChanged.connect(self.refresh_errors)
        self.setMinimumWidth(520)
        self.start_tracking()

    def _line(self, label: str, text: str | None) -> QLineEdit:
        edit = QLineEdit(text or "", self)
        self.add_field(label, edit)
        return edit

    def _start_moved(self, new: QDate) -> None:
        """A course usually moves as a whole: the end follows a start moved past it."""
        if self.end_edit.date() < new:
            self.end_edit.setDate(new)
        self.refresh_errors()

    def problems(self, strict: bool) -> dict[QWidget, str]:
        found: dict[QWidget, str] = {}
        if strict and not self.title_edit.text().strip():
            found[self.title_edit] = self.tr("Enter the course title.")
        if self.end_edit.date() < self.start_edit.date():
            found[self.end_edit] = self.tr("The end date cannot be before the start date.")
        return found

    def values_or_none(self) -> CourseValues:
        return CourseValues(
            title=self.title_edit.text().strip(), topic=self.topic_edit.text(),
            organiser=self.organiser_edit.text(), trainer=self.trainer_edit.text(),
            place=self.place_edit.text(), start_date=self.start_edit.date().toPython(),
            end_date=self.end_edit.date().toPython(), hours=self.hours_edit.value() or None,
            funding=self.funding_edit.text(), digital_skills=self.skills_check.isChecked(),
        )


class LessonForm(FormDialog):
    """One lesson; its date must fall within the course."""

    def __init__(self, course: CourseRow, row: LessonRow | None, suggested: date,
                 previous: LessonRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit lesson") if row else self.tr("New lesson"), parent)
        self.course = course
        self.lesson_id = row.id if row else None
        template = row or previous
        start = (template.start_time if template else None) or "07:30"
        self.date_edit = self.add_field(
            self.tr("Date *"), date_edit(self, row.session_date if row else suggested))
        self.time_edit = self.add_field(
            self.tr("Start time"), QTimeEdit(QTime.fromString(start, "HH:mm"), self))
        self.time_edit.setDisplayFormat("HH:mm")
        self.topic_edit = self.add_field(self.tr("Topic"), QLineEdit(row.topic or "" if row else "",
                                                                    self))
        self.hours_edit = self.add_field(
            self.tr("Hours"), hours_edit(self, template.hours if template else None))
        self.date_edit.dateChanged.connect(self.refresh_errors)
        self.setMinimumWidth(440)
        self.refresh_errors()
        self.start_tracking()

    def problems(self, strict: bool) -> dict[QWidget, str]:
        day = self.date_edit.date().toPython()
        course = self.course
        if day < course.start_date or (course.end_date and day > course.end_date):
            return {self.date_edit: self.tr("The date must fall within the course ({period})."
                                            ).format(period=self._period())}
        return {}

    def _period(self) -> str:
        course = self.course
        if course.end_date is None:
            return self.tr("from {start}").format(start=date_text(course.start_date))
        return f"{date_text(course.start_date)} – {date_text(course.end_date)}"

    def values_or_none(self) -> LessonValues:
        return LessonValues(
            session_date=self.date_edit.date().toPython(),
            start_time=self.time_edit.time().toString("HH:mm"),
            topic=self.topic_edit.text(), hours=self.hours_edit.value() or None,
        )


class ParticipantForm(FormDialog):
    """Someone from outside the commune's staff list, enrolled by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an outside participant"), parent)
        self.name_edit = self.add_field(self.tr("Full name *"), QLineEdit(self))
        self.unit_edit = self.add_field(self.tr("Unit or organisation"), QLineEdit(self))
        self.name_edit.textChanged.connect(self.refresh_errors)
        self.setMinimumWidth(420)
        self.start_tracking()

    def problems(self, strict: bool) -> dict[QWidget, str]:
        if strict and not self.name_edit.text().strip():
            return {self.name_edit: self.tr("Enter the participant's name.")}
        return {}

    def values_or_none(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.unit_edit.text().strip()

