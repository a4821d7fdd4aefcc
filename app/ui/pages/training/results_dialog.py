"""The dialog that records a course's results: each participant's result and certificate
number, typed one person after another.

Keyboard: the cursor starts on the person chosen in the participants' list. In the Result
column a letter chooses (diacritics and case ignored: Đ or D for “Đạt”, K for “Không đạt”;
P or N in English) and moves on, to the certificate number after a pass, else to the next
person; Delete clears. Enter goes to the next person (after the last, to Save), Up and Down
move between people, Tab goes through the fields, Ctrl+Enter saves. A certificate number
typed for someone with no result yet makes them passed: a number is only given on a pass.

Each row is judged by ``training_results.check_result``, the checks the store and the
attendance import apply, and its problem is shown under it while it lasts; Save points at
the first. People this computer may not change (another partition's) are shown greyed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.training_queries import CourseRow, EnrolmentRow
from app.models.training_results import RESULT_RULES, ResultValues, check_result
from app.models.validation import CONTROL, DEPENDS, TOO_LONG, Problem
from app.models.vntext import search_key
from app.ui.itemmodels.training import TRAINING_RESULT, period_text, person_unit
from app.ui.runtime import labels
from app.ui.widgets.form_parts import (
    ERROR_STYLE,
    AsksBeforeDiscarding,
    save_cancel_buttons,
    show_refusal_in,
)

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CLEAR = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
COURSE_CERTIFICATES = (None, "basic", "advanced")


def tidy(text: str | None) -> str | None:
    """A certificate number as stored: spaces tidied, blank meaning none."""
    return (" ".join(text.split()) or None) if text else None


class ResultRow:
    """One person's widgets: the result, the certificate number, the problem under them."""

    def __init__(self, person: EnrolmentRow, editable: bool, parent: QWidget) -> None:
        self.person = person
        self.name = QLabel(person.name, parent, toolTip=person_unit(person))
        self.combo = QComboBox(parent, enabled=editable)
        self.combo.addItem("—", None)
        for label, key in TRAINING_RESULT.choices():
            self.combo.addItem(label, key)
        self.combo.setCurrentIndex(max(0, self.combo.findData(person.result)))
        self.number = QLineEdit(person.certificate_no or "", parent, enabled=editable)
        self.number.setMaxLength(RESULT_RULES["certificate_no"].length or 40)
        self.error = QLabel(parent, visible=False, wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)

    @property
    def editable(self) -> bool:
        return self.combo.isEnabled()

    def values(self) -> dict[str, str | None]:
        return {"result": self.combo.currentData(), "certificate_no": tidy(self.number.text())}

    def changed(self) -> bool:
        return self.values() != {"result": self.person.result,
                                 "certificate_no": tidy(self.person.certificate_no)}

    def problems(self) -> list[Problem]:
        current = {"result": self.person.result, "certificate_no": self.person.certificate_no}
        return check_result(self.values(), current) if self.editable else []

    def choose(self, typed: str) -> str | None:
        """Choose the result whose label starts with what was typed; its key, or "" if
        nothing matched (None: "no result")."""
        wanted = search_key(typed)
        for index in range(1, self.combo.count()):
            if wanted and search_key(self.combo.itemText(index)).startswith(wanted):
                self.combo.setCurrentIndex(index)
                return self.combo.itemData(index)
        return ""


class ResultsDialog(AsksBeforeDiscarding, QDialog):
    """Results and certificate numbers of a course's participants, and which IT
    certificate the course gives (guessed from its title; the officer may change it)."""

    submitted = Signal(object)  # (list[ResultValues], the course's certificate or None)

    def __init__(self, course: CourseRow, people: Sequence[EnrolmentRow],
                 writes: frozenset[str], certificate: str | None, start_at: str | None = None,
                 parent: QWidget | None = None, *, register: bool = True) -> None:
        """``register``: this computer keeps the officials' records (an office laptop); a
        trainer's laptop does not, so the course's certificate is not asked there."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Results of the course"))
        self.certificate = QComboBox(self)
        for key in COURSE_CERTIFICATES:
            self.certificate.addItem(labels.IT_CERTIFICATE.label(key) if key else
                                     self.tr("No IT certificate"), key)
        self.certificate.setCurrentIndex(COURSE_CERTIFICATES.index(certificate)
                                         if certificate in COURSE_CERTIFICATES else 0)
        self._initial_certificate = self.certificate.currentData()
        self.rows = [ResultRow(person, person.partition in writes, self) for person in people]
        self.scroll = QScrollArea(self, widgetResizable=True)
        self.scroll.setWidget(self._grid())
        self.refusal = QLabel(self, visible=False, wordWrap=True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.buttons, self.save_button, self.cancel_button = save_cancel_buttons(self)
        self.save_button.clicked.connect(self.try_save)
        self._lay_out(course, register)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.try_save)
        self._focus_first(start_at)
        self.resize(640, 500)  # within a 1024×600 screen, title bar and task bar included

    def _lay_out(self, course: CourseRow, register: bool) -> None:
        heading = QLabel(course.title, self, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        passed, failed = (TRAINING_RESULT.label(key) for key in ("passed", "failed"))
        self.hint = QLabel(self.tr(
            "Result: type {passed_key} for “{passed}” or {failed_key} for “{failed}”, Delete "
            "clears; then the certificate number. Enter: next person · Ctrl+Enter: save."
        ).format(passed_key=passed[:1].upper(), passed=passed, failed_key=failed[:1].upper(),
                 failed=failed), self, wordWrap=True)
        course_form = QFormLayout()
        course_form.addRow(self.tr("Certificate the course gives:"), self.certificate)
        course_form.setRowVisible(0, register)
        layout = QVBoxLayout(self)
        for widget in (heading, QLabel(period_text(course.start_date, course.end_date), self)):
            layout.addWidget(widget)
        layout.addLayout(course_form)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)

    def _grid(self) -> QWidget:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setVerticalSpacing(2)
        for column, title in enumerate((self.tr("Full name"), self.tr("Result"),
                                        self.tr("Certificate no."))):
            grid.addWidget(QLabel(f"<b>{title}</b>", inner), 0, column)
        for i, row in enumerate(self.rows):
            for column, widget in enumerate((row.name, row.combo, row.number)):
                grid.addWidget(widget, 1 + 2 * i, column)
            grid.addWidget(row.error, 2 + 2 * i, 1, 1, 2)
            row.combo.currentIndexChanged.connect(self.refresh_errors)
            row.number.textChanged.connect(self.refresh_errors)
            row.number.textEdited.connect(lambda text, r=row: self._number_typed(r, text))
            for widget in (row.combo, row.number):
                widget.installEventFilter(self)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(1 + 2 * len(self.rows), 1)
        return inner

    # --- the keyboard ------------------------------------------------------------------
    def _focus_first(self, start_at: str | None) -> None:
        editable = [row for row in self.rows if row.editable]
        chosen = next((row for row in editable if row.person.id == start_at),
                      editable[0] if editable else None)
        (chosen.combo if chosen else self.certificate).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.scroll.ensureWidgetVisible(watched)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            row = next((r for r in self.rows if watched in (r.combo, r.number)), None)
            if row is not None and self._key(row, watched is row.combo, event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, row: ResultRow, on_result: bool, event: QKeyEvent) -> bool:
        """Act on a key typed in a row; True if it was used."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key in ENTER:
            self._move(row, 1, True)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(row, -1 if key == Qt.Key.Key_Up else 1, on_result)
        elif on_result and key in CLEAR:
            row.combo.setCurrentIndex(0)
        elif on_result and event.text().strip() and event.text().isprintable():
            chosen = row.choose(event.text())
            if chosen == "passed":
                row.number.setFocus()
            elif chosen != "":
                self._move(row, 1, True)
        else:
            return False
        return True

    def _move(self, row: ResultRow, step: int, to_result: bool) -> None:
        """To the next (or previous) person that can be changed; past the last, to Save."""
        editable = [r for r in self.rows if r.editable]
        index = editable.index(row) + step
        if index >= len(editable):
            self.save_button.setFocus()
        elif index >= 0:
            target = editable[index]
            (target.combo if to_result else target.number).setFocus()

    def _number_typed(self, row: ResultRow, text: str) -> None:
        if text.strip() and row.combo.currentData() is None:
            row.combo.setCurrentIndex(row.combo.findData("passed"))

    # --- checking and saving -------------------------------------------------------------
    def refresh_errors(self) -> list[ResultRow]:
        """Show each row's problem under it; the rows with one."""
        bad = []
        for row in self.rows:
            problems = row.problems()
            row.error.setText(self.problem_text(problems[0]) if problems else "")
            row.error.setVisible(bool(problems))
            if problems:
                bad.append(row)
        return bad

    def problem_text(self, problem: Problem) -> str:
        if problem.code == DEPENDS:
            return self.tr("A certificate number is given only with the result “{passed}”."
                           ).format(passed=TRAINING_RESULT.label("passed"))
        if problem.code == TOO_LONG:
            return self.tr("Shorten this text to at most {limit} characters.").format(
                limit=problem.params["limit"])
        if problem.code == CONTROL:
            return self.tr("Type this value again: it holds a character that is not a letter.")
        return self.tr("This value cannot be saved.")

    def changes(self) -> list[ResultValues]:
        return [ResultValues(row.person.id, **row.values()) for row in self.rows
                if row.editable and row.changed()]

    def course_certificate(self) -> str | None:
        return self.certificate.currentData()

    def dirty(self) -> bool:
        return bool(self.changes()) or self.course_certificate() != self._initial_certificate

    def try_save(self) -> None:
        bad = self.refresh_errors()
        if bad:
            bad[0].number.setFocus()
            return
        self.submitted.emit((self.changes(), self.course_certificate()))

    def saved(self) -> None:
        """The store has the results: close without asking."""
        self.mark_saved()
        self.accept()

    def refused(self, exc: BaseException) -> bool:
        return show_refusal_in(self.refusal, exc)
