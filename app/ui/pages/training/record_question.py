"""The question asked after a course's results are saved, when passing it could change the
officials' records: an IT certificate to raise (``certificate_question``), basic digital
skills to confirm (``skills_question``).

Nothing changes an official's record unasked (``training_results``): the dialog lists each
official ticked, says what their record would get, and changes only those still ticked.
Space unticks the person under the cursor, Enter changes the ticked, Esc leaves the records
as they are. Each question says its own words; the list, the buttons and the refusal line
are this one dialog's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.ui.widgets.form_parts import ERROR_STYLE, show_refusal_in

STAFF_ID = Qt.ItemDataRole.UserRole


class RecordQuestion(QDialog):
    """Which of the listed officials' records change; ``action_text(count)``, given to
    ``build``, names the change on the button."""

    submitted = Signal(object)  # the ticked staff ids

    def build(self, question: str, facts: str, people: Sequence[tuple[str, str]],
              action_text: Callable[[int], str]) -> None:
        """Lay the dialog out (a subclass calls it once its words are made)."""
        self.action_text = action_text
        self.people = QListWidget(self)
        for label, staff_id in people:
            item = QListWidgetItem(label, self.people)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(STAFF_ID, staff_id)
        self.people.setCurrentRow(0)
        self.people.itemChanged.connect(self._update_button)
        hint = QLabel(QCoreApplication.translate(
            "RecordQuestion", "Untick anyone whose record should stay as it is (Space). A "
            "record can still be changed on the officials' page."), self, wordWrap=True)
        self.refusal = QLabel(self, visible=False, wordWrap=True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.action_button = QPushButton(self, default=True)
        self.action_button.clicked.connect(self.try_save)
        keep = QPushButton(QCoreApplication.translate(
            "RecordQuestion", "Leave the records as they are"), self, autoDefault=False)
        keep.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.action_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        for widget in (QLabel(question, self, wordWrap=True), QLabel(facts, self, wordWrap=True),
                       self.people, hint, self.refusal, buttons):
            layout.addWidget(widget)
        self._update_button()
        self.people.setFocus()
        self.resize(600, 420)

    def chosen(self) -> list[str]:
        """The staff ids still ticked, in the list's order."""
        items = (self.people.item(i) for i in range(self.people.count()))
        return [item.data(STAFF_ID) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        count = len(self.chosen())
        self.action_button.setText(self.action_text(count))
        self.action_button.setEnabled(count > 0)

    def try_save(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.submitted.emit(chosen)

    def saved(self) -> None:
        self.accept()

    def refused(self, exc: BaseException) -> bool:
        return show_refusal_in(self.refusal, exc)
