"""The Training page: courses, their lessons, who is enrolled, the attendance grid (and the
participants' results: ``results``). It keeps the selected course's id, never a record,
and every load and save goes through the runner to ``app.ops.training``.

Where a new course belongs is the domain's decision (``training_ops.create_course``: a
trainer's laptop makes province courses, an office laptop commune courses). What may be
changed follows the device's write scope: a province course is read-only on an office
laptop, except the enrolments, marks and results of its own officials (its commune's).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from app.models.store import Store
from app.models.training_queries import AttendanceMatrix, CandidateRow, CourseRow, TrainingScope
from app.ops import training
from app.ops.commune import WindowContext
from app.ops.training import CourseDetail, MarkQueue, suggest_date
from app.ui.itemmodels.attendance import AttendanceModel
from app.ui.pages.training.enrol_dialog import EnrolDialog
from app.ui.pages.training.forms import CourseForm, LessonForm, ParticipantForm
from app.ui.pages.training.results import ResultsFlow
from app.ui.pages.training.view import KeyActions, TrainingView, scope_for_role
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets import dialogs

MARKS_SETTLE_MS = 1500  # marks typed in a burst tell the window once


class TrainingPage(TrainingView):
    """The view joined to the store; registered by the main window like the other pages.

    ``data_changed`` is emitted after each saved change (marks: once typing pauses), for
    the window to refresh what depends on training (the overview's "trained this year").
    """

    data_changed = Signal()

    def __init__(self, store: Store, runner: TaskRunner, context: WindowContext,
                 parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        self.grid_model = AttendanceModel(today=today)
        super().__init__(self.grid_model, parent)
        self.store, self.runner, self.context = store, runner, context
        self.commune_names = dict(zip(context.commune_codes, context.commune_names,
                                      strict=False))
        self.scope: TrainingScope | None = None
        self.course_id: str | None = None
        self.detail: CourseDetail | None = None
        self.form: Any = None  # the open form or dialog, if any (tests reach it here)
        self._marks = MarkQueue(store)
        self._marks_in_flight = False
        self._marks_changed = QTimer(self, singleShot=True, interval=MARKS_SETTLE_MS)
        self._marks_changed.timeout.connect(self.data_changed)
        self.grid_model.markChanged.connect(self._queue_mark)
        runner.failed.connect(self._after_failure)
        self._connect()
        self.results = ResultsFlow(self, self)  # the participants' results (results.py)
        self.guard_writes(store, self.refresh)  # a switch of account reloads with its role
        self._show_course(None)

    def _connect(self) -> None:
        self.course_table.selectionModel().selectionChanged.connect(self._course_clicked)
        self.course_table.doubleClicked.connect(self.edit_course)
        self.session_table.doubleClicked.connect(self.edit_session)
        self.new_course_button.clicked.connect(self.new_course)
        self.edit_course_button.clicked.connect(self.edit_course)
        self.delete_course_button.clicked.connect(self.delete_course)
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.delete_session_button.clicked.connect(self.delete_session)
        self.enrol_button.clicked.connect(self.enrol_officials)
        self.outsider_button.clicked.connect(self.add_outsider)
        self.remove_button.clicked.connect(self.remove_person)
        self.session_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.people_table.selectionModel().selectionChanged.connect(self._update_actions)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_course,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        KeyActions(self.course_table, {Qt.Key.Key_Delete: self.delete_course,
                                       **dict.fromkeys(enter, self.edit_course)})
        KeyActions(self.session_table, {Qt.Key.Key_Delete: self.delete_session,
                                        **dict.fromkeys(enter, self.edit_session)})
        KeyActions(self.people_table, {Qt.Key.Key_Delete: self.remove_person})

    # --- loading ---------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Load the courses again (and the selected course's lessons, people and marks),
        selecting the course ``select`` if given, else keeping the one selected."""
        self.runner.run(self.load, lambda result: self._show_courses(result, select))

    def load(self) -> tuple[TrainingScope, list[CourseRow]]:
        """The page's data, on the runner's worker, for ``MainWindow.add_page(load=page.load,
        show=page.show_loaded)``; ``refresh`` does both by itself."""
        return training.list_courses(self.store)

    def show_loaded(self, result: tuple[TrainingScope, list[CourseRow]]) -> None:
        self._show_courses(result, None)

    def _show_courses(self, result: tuple[TrainingScope, list[CourseRow]],
                      select: str | None) -> None:
        self.scope, rows = scope_for_role(self.store, result[0]), result[1]
        self.set_courses(rows)
        self.show_scope(self.scope)
        target = select or self.course_id
        row = self.course_model.row_of_id(target) if target else -1
        self.course_id = self.course_model.row_at(row).id if row >= 0 else None
        self.select_course_row(row)
        self._show_course(self.course_id)

    def _course_clicked(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        chosen = self.selected_course()
        chosen_id = chosen.id if chosen else None
        if chosen_id != self.course_id:
            self.course_id = chosen_id
            self._show_course(chosen_id)

    def _show_course(self, course_id: str | None) -> None:
        self.show_heading(self.current_course(), self.commune_names)
        self._update_actions()
        if course_id is None:
            self.detail = None
            self.show_detail(AttendanceMatrix("", (), (), {}), self._writes())
            return
        self.runner.run(lambda: training.course_detail(self.store, course_id),
                        self._detail_loaded)

    def _detail_loaded(self, detail: CourseDetail) -> None:
        if detail.course_id != self.course_id:
            return  # the officer has moved on to another course meanwhile
        self.detail = detail
        self.show_detail(detail.matrix, self._writes())
        self._update_actions()

    def _writes(self) -> frozenset[str]:
        return self.scope.writes if self.scope else frozenset()

    def current_course(self) -> CourseRow | None:
        row = self.course_model.row_of_id(self.course_id) if self.course_id else -1
        return self.course_model.row_at(row) if row >= 0 else None

    def _update_actions(self) -> None:
        course = self.current_course()
        writes = self._writes()
        own = course is not None and course.partition in writes
        person = self.selected_person()
        self.edit_course_button.setEnabled(own)
        self.delete_course_button.setEnabled(own)
        self.add_session_button.setEnabled(own)
        self.edit_session_button.setEnabled(own and self.selected_session() is not None)
        self.delete_session_button.setEnabled(own and self.selected_session() is not None)
        self.enrol_button.setEnabled(course is not None)
        self.outsider_button.setEnabled(own)
        self.remove_button.setEnabled(person is not None and person.partition in writes)
        self.new_course_button.setEnabled(self.scope is not None)
        self.results.update()

    # --- saving ----------------------------------------------------------------------------
    def _save(self, work: Callable[[], str | None], form: Any = None,
              select: str | None = None) -> None:
        """Run one write; on success close the form and reload, selecting ``select`` or
        the id the write made. On failure the runner tells why and the form stays open."""
        def done(made: str | None) -> None:
            if form is not None:
                form.saved()
            self.refresh(select or made)
            self.data_changed.emit()
        self.runner.run(work, done, failed=form.refused if form is not None else None)

    def _open(self, form: Any, on_submit: Callable[[Any], None]) -> None:
        self.form = form
        form.submitted.connect(on_submit)
        form.finished.connect(form.deleteLater)
        form.open()

    def new_course(self) -> None:
        if self.scope is None or not self.scope.writes:  # a viewer's: nothing to write
            return
        organiser = "" if self.scope.makes_province_courses else self.context.committee
        form = CourseForm(None, organiser, self)
        self._open(form, lambda values: self._save(
            lambda: training.create_course(self.store, values), form))

    def edit_course(self) -> None:
        course = self.current_course()
        if course is None or course.partition not in self._writes():
            return
        form = CourseForm(course, parent=self)
        self._open(form, lambda values: self._save(
            lambda: training.update_course(self.store, course.id, values), form, course.id))

    def delete_course(self) -> None:
        course = self.current_course()
        if course is None or course.partition not in self._writes():
            return
        if dialogs.confirm(self, self.tr("Delete course"),
                   self.tr("Delete the course “{title}” and its lessons?").format(
                       title=course.title), self.tr("Delete")):
            self._save(lambda: training.delete_course(self.store, course.id))

    def add_session(self) -> None:
        course = self.current_course()
        if course is None or course.partition not in self._writes():
            return
        lessons = self.detail.matrix.sessions if self.detail else ()
        previous = lessons[-1] if lessons else None
        form = LessonForm(course, None, suggest_date(course, previous), previous, self)
        self._open(form, lambda values: self._save(
            lambda: training.add_lesson(self.store, course.id, values), form, course.id))

    def edit_session(self) -> None:
        course, item = self.current_course(), self.selected_session()
        if course is None or item is None or course.partition not in self._writes():
            return
        form = LessonForm(course, item, item.session_date, parent=self)
        self._open(form, lambda values: self._save(
            lambda: training.update_lesson(self.store, item.id, values), form, course.id))

    def delete_session(self) -> None:
        course, item = self.current_course(), self.selected_session()
        if course is None or item is None or course.partition not in self._writes():
            return
        if dialogs.confirm(self, self.tr("Delete lesson"),
                   self.tr("Delete the lesson of {date} and its attendance marks?").format(
                       date=item.session_date.strftime("%d/%m/%Y")), self.tr("Delete")):
            self._save(lambda: training.delete_lesson(self.store, item.id), select=course.id)

    def enrol_officials(self) -> None:
        course = self.current_course()
        if course is None or not self._writes():
            return
        self.runner.run(lambda: training.enrolment_candidates(self.store, course.id),
                        lambda rows: self._open_enrol(course, rows))

    def _open_enrol(self, course: CourseRow, rows: list[CandidateRow]) -> None:
        hint = ""
        if course.commune_code is not None:
            hint = self.tr("Only officials of {commune} can join this commune's course. A "
                           "class for several communes is a province course.").format(
                               commune=course.commune_name or course.commune_code)
        dialog = EnrolDialog(rows, self.commune_names, hint, self)
        self._open(dialog, lambda ids: self._save(
            lambda: training.enrol_officials(self.store, course.id, ids), dialog, course.id))

    def add_outsider(self) -> None:
        course = self.current_course()
        if course is None or course.partition not in self._writes():
            return
        form = ParticipantForm(self)
        self._open(form, lambda values: self._save(
            lambda: training.enrol_outsider(self.store, course.id, *values), form, course.id))

    def remove_person(self) -> None:
        course, person = self.current_course(), self.selected_person()
        if course is None or person is None or person.partition not in self._writes():
            return
        if dialogs.confirm(self, self.tr("Remove from course"),
                   self.tr("Remove {name} from this course, with their attendance marks?"
                           ).format(name=person.name), self.tr("Remove")):
            self._save(lambda: training.remove_enrolment(self.store, person.id),
                       select=course.id)

    # --- attendance: one unit of work per change, in order ---------------------------------
    def _queue_mark(self, enrollment_id: str, session_id: str, status: str) -> None:
        self._marks.put((session_id, enrollment_id, status or None))
        self._marks_in_flight = True
        self.runner.run(self._marks.save, self._marks_saved)

    def _marks_saved(self, refused: list[BaseException]) -> None:
        self._marks_in_flight = False
        self._marks_changed.start()
        if refused:
            dialogs.show_refusal(self, str(refused[0]))
            self._show_course(self.course_id)  # show what the store holds

    def _after_failure(self, _message: str, _details: str) -> None:
        """A mark failed unexpectedly (the runner told the officer): show what is stored."""
        if self._marks_in_flight and self.course_id is not None:
            self._marks_in_flight = False
            self._show_course(self.course_id)

    # --- language ----------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        super().retranslate()
        if self.scope is not None:
            self.show_scope(self.scope)
        self.show_heading(self.current_course(), self.commune_names)
