"""Entering a course's results from the Training page, and the question that may follow.

The participants' tab has a "Results…" button (Enter or a double click on a person opens it
on that person). The dialog's results are saved in one unit of work
(``ops.training.save_results``), which also says which officials the course's IT
certificate would raise; if any, the page asks (``CertificateQuestion``) and updates only
the records the officer leaves ticked (``ops.training.update_certificates``), then tells the
window, whose overview counts them certified from then on and whose staff list reloads.
A course marked as a basic digital skills course is asked about next (``SkillsQuestion``):
the passed officials whose skills are not confirmed yet, confirmed only if left ticked
(``ops.digital_skills``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from app.models.store import Store
from app.models.training_queries import CourseRow, EnrolmentRow, TrainingScope
from app.models.training_results import CertificateOffer, ResultValues, SkillsOffer
from app.ops import digital_skills, training
from app.ops.training import CourseDetail
from app.ui.pages.training.certificate_question import CertificateQuestion
from app.ui.pages.training.results_dialog import ResultsDialog
from app.ui.pages.training.skills_question import SkillsQuestion
from app.ui.pages.training.view import KeyActions
from app.ui.runtime.tasks import TaskRunner


class ResultsPage(Protocol):
    """What the results need of the Training page (``controller.TrainingPage`` has it)."""

    store: Store
    runner: TaskRunner
    scope: TrainingScope | None
    detail: CourseDetail | None
    form: Any
    data_changed: SignalInstance
    results_button: QPushButton
    people_table: QTableView

    def current_course(self) -> CourseRow | None: ...

    def selected_person(self) -> EnrolmentRow | None: ...

    def refresh(self, select: str | None = None) -> None: ...


class ResultsFlow(QObject):
    """Opens the results dialog, saves it, asks about certificates and digital skills,
    saves the answers.

    ``register_changed`` says officials' records changed (their IT certificate, their
    digital skills), for the window to show the staff list again."""

    register_changed = Signal()

    def __init__(self, page: ResultsPage, parent: QWidget) -> None:
        super().__init__(parent)
        self.page, self.parent_widget = page, parent
        page.results_button.clicked.connect(self.open)
        page.people_table.doubleClicked.connect(self.open)
        KeyActions(page.people_table, dict.fromkeys((Qt.Key.Key_Return, Qt.Key.Key_Enter),
                                                    self.open))

    def _writes(self) -> frozenset[str]:
        return self.page.scope.writes if self.page.scope else frozenset()

    def _people(self) -> Sequence[EnrolmentRow]:
        detail = self.page.detail
        course = self.page.current_course()
        if detail is None or course is None or detail.course_id != course.id:
            return ()
        return detail.matrix.people

    def update(self) -> None:
        """The button works when someone of the course is this computer's to change."""
        writes = self._writes()
        self.page.results_button.setEnabled(
            any(person.partition in writes for person in self._people()))

    def open(self) -> None:
        course, people = self.page.current_course(), self._people()
        if course is None or not any(p.partition in self._writes() for p in people):
            return
        chosen = self.page.selected_person()
        scope = self.page.scope
        dialog = ResultsDialog(course, people, self._writes(),
                               training.course_certificate(course),
                               chosen.id if chosen else None, self.parent_widget,
                               register=scope is not None and not scope.makes_province_courses)
        self._show(dialog, lambda answer: self._save_results(course, dialog, *answer))

    def _show(self, dialog: Any, on_submit: Callable[[Any], None]) -> None:
        self.page.form = dialog
        dialog.submitted.connect(on_submit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_results(self, course: CourseRow, dialog: ResultsDialog,
                      changes: list[ResultValues], certificate: str | None) -> None:
        def done(offers: list[CertificateOffer]) -> None:
            self._written(dialog, course)
            if offers and certificate is not None:
                self._ask(course, certificate, offers)
            else:
                self._ask_skills(course)
        store = self.page.store
        self.page.runner.run(
            lambda: training.save_results(store, course.id, changes, certificate), done,
            failed=dialog.refused)

    def _ask(self, course: CourseRow, certificate: str, offers: list[CertificateOffer]
             ) -> None:
        question = CertificateQuestion(course.title, offers, self.parent_widget)
        store = self.page.store
        self._show(question, lambda ids: self.page.runner.run(
            lambda: training.update_certificates(store, course.id, certificate, ids),
            lambda _count: self._certificates_written(question, course),
            failed=question.refused))
        question.finished.connect(lambda _result: self._ask_skills(course))

    def _ask_skills(self, course: CourseRow) -> None:
        """For a digital skills course: whose basic digital skills its passes may confirm."""
        if not course.digital_skills:
            return
        store = self.page.store
        self.page.runner.run(lambda: digital_skills.skills_offers(store, course.id),
                             lambda offers: self._ask_skills_of(course, offers))

    def _ask_skills_of(self, course: CourseRow, offers: list[SkillsOffer]) -> None:
        if not offers:
            return
        question = SkillsQuestion(course.title, offers, self.parent_widget)
        store = self.page.store
        self._show(question, lambda ids: self.page.runner.run(
            lambda: digital_skills.confirm_skills(store, course.id, ids),
            lambda _count: self._certificates_written(question, course),
            failed=question.refused))

    def _certificates_written(self, question: CertificateQuestion, course: CourseRow) -> None:
        self._written(question, course)
        self.register_changed.emit()

    def _written(self, dialog: Any, course: CourseRow) -> None:
        """The store has it: close the dialog, show the course again, tell the window."""
        dialog.saved()
        self.page.refresh(course.id)
        self.page.data_changed.emit()
