"""The Training page's layout: the course list on top, the selected course below in three
tabs (lessons, participants, attendance grid).

A view only: it lays out, shows the rows it is given and says what is selected; the page
(``controller.TrainingPage``) decides what to load and save. The course list stays on
top and the grid gets the whole width below, because a course of ten lessons needs it on
a 1366-pixel laptop screen; the list keeps room for five courses even on a 1024×600
screen. The search box and the list answer Down, Enter and Up as every list of the window
does (``widgets/keys.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.models.training_queries import (
    AttendanceMatrix,
    CourseRow,
    EnrolmentRow,
    LessonRow,
    TrainingScope,
)
from app.ui.itemmodels.attendance import AttendanceModel
from app.ui.itemmodels.rows import RowTableModel, SearchFilterProxy
from app.ui.itemmodels.training import (
    CourseTableModel,
    EnrolmentTableModel,
    LessonTableModel,
    hours_text,
    period_text,
    run_by,
)
from app.ui.pages.training.attendance_keys import AttendanceLegend
from app.ui.pages.training.attendance_view import AttendanceView, attendance_tab
from app.ui.runtime.formatting import count_text
from app.ui.shell.roles import RoleGate, allows
from app.ui.widgets.fonts import bigger
from app.ui.widgets.keys import KeyActions, SearchListKeys
from app.ui.widgets.tables import fit_columns, read_only_table, relabel

__all__ = ["MAX_COLUMN_WIDTH", "KeyActions", "TrainingView",  # KeyActions: as before
           "scope_for_role"]

# Explicit contexts in TrainingView: the Training page subclasses it, and self.tr() would
# depend on how PySide picks the context for a subclass (lupdate files these here).
translate = QCoreApplication.translate
MAX_COLUMN_WIDTH = 320
TAB_SESSIONS, TAB_PEOPLE, TAB_ATTENDANCE = range(3)
COURSE_ROWS_SHOWN = 5  # the course list never shows fewer rows (a 1024×600 screen)


class TrainingView(QWidget):
    def __init__(self, grid_model: AttendanceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course_model = CourseTableModel(self)
        self.course_proxy = SearchFilterProxy(self)
        self.course_proxy.setSourceModel(self.course_model)
        self.session_model = LessonTableModel(self)
        self.people_model = EnrolmentTableModel(self)
        self.search = QLineEdit(self, clearButtonEnabled=True)
        self.search.textChanged.connect(self.apply_search)
        self.count_label = QLabel(self)
        self.scope_label = QLabel(self, wordWrap=True)
        self.scope_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.course_table = read_only_table(self, self.course_proxy)
        self.new_course_button, self.edit_course_button, self.delete_course_button = (
            QPushButton(self) for _ in range(3))
        self.heading = QLabel(self, textFormat=Qt.TextFormat.PlainText)
        self.heading.setFont(bigger(self.heading.font(), 1.2, bold=True))
        self.facts = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.tabs = QTabWidget(self)
        self.session_table = read_only_table(self, self.session_model)
        self.people_table = read_only_table(self, self.people_model)
        self.grid = AttendanceView(grid_model, self)
        self.legend = AttendanceLegend(self)
        self.add_session_button, self.edit_session_button, self.delete_session_button = (
            QPushButton(self) for _ in range(3))
        self.enrol_button, self.outsider_button, self.remove_button, self.results_button = (
            QPushButton(self) for _ in range(4))
        self._lay_out()
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        SearchListKeys(self.search, self.course_table, lambda: self.edit_course())
        self.tabs.currentChanged.connect(self._tab_changed)
        TrainingView.retranslate(self)

    def guard_writes(self, store: Store, reapply: Callable[[], None]) -> None:
        """The buttons that write whatever the course: greyed for an account that may not
        write (``shell.roles``); the others follow the scope (``scope_for_role``)."""
        self.roles = RoleGate(store, self, reapply=reapply).gate(
            self.new_course_button, self.enrol_button)

    # --- layout ------------------------------------------------------------------------------
    def _lay_out(self) -> None:
        top = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        for button in (self.new_course_button, self.edit_course_button,
                       self.delete_course_button):
            bar.addWidget(button)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.scope_label)
        column.addWidget(self.course_table, 1)
        self.course_table.setMinimumHeight(self._rows_height(self.course_table,
                                                             COURSE_ROWS_SHOWN))
        bottom = QWidget(self)
        detail = QVBoxLayout(bottom)
        detail.setContentsMargins(0, 6, 0, 0)
        detail.addWidget(self.heading)
        detail.addWidget(self.facts)
        detail.addWidget(self.tabs, 1)
        self.tabs.addTab(self._tab(self.session_table, self.add_session_button,
                                   self.edit_session_button, self.delete_session_button), "")
        self.tabs.addTab(self._tab(self.people_table, self.enrol_button, self.outsider_button,
                                   self.remove_button, self.results_button), "")
        self.tabs.addTab(attendance_tab(self, self.grid, self.legend), "")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)

    @staticmethod
    def _rows_height(table: QTableView, rows: int) -> int:
        """The height that shows ``rows`` rows under the header, a sideways scroll bar
        included."""
        return (table.horizontalHeader().sizeHint().height()
                + rows * table.verticalHeader().defaultSectionSize()
                + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())

    def _tab(self, main: QWidget, *below: QWidget) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        buttons = QHBoxLayout()
        for widget in below:
            buttons.addWidget(widget, 1 if isinstance(widget, QLabel) else 0)
        buttons.addStretch(0 if any(isinstance(w, QLabel) for w in below) else 1)
        layout.addLayout(buttons)
        layout.addWidget(main, 1)
        return tab

    def retranslate(self) -> None:
        self.search.setPlaceholderText(translate(
            "TrainingView", "Search courses by title, topic, organiser, trainer or place…"))
        self.new_course_button.setText(translate("TrainingView", "New course"))
        self.new_course_button.setToolTip(translate("TrainingView", "Ctrl+N"))
        self.edit_course_button.setText(translate("TrainingView", "Edit course"))
        self.delete_course_button.setText(translate("TrainingView", "Delete course"))
        self.add_session_button.setText(translate("TrainingView", "Add lesson"))
        self.edit_session_button.setText(translate("TrainingView", "Edit lesson"))
        self.delete_session_button.setText(translate("TrainingView", "Delete lesson"))
        self.enrol_button.setText(translate("TrainingView", "Enrol officials…"))
        self.outsider_button.setText(translate("TrainingView", "Add outside participant…"))
        self.remove_button.setText(translate("TrainingView", "Remove from course"))
        self.results_button.setText(translate("TrainingView", "Results…"))
        self.legend.retranslate()
        self.grid.setAccessibleName(translate("TrainingView", "Attendance grid"))
        for table in (self.course_table, self.session_table, self.people_table, self.grid):
            relabel(table)
        self._update_tab_titles()
        self._update_count()

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(TAB_SESSIONS, translate("TrainingView", "Lessons ({count})").format(
            count=count_text(self.session_model.rowCount())))
        self.tabs.setTabText(TAB_PEOPLE, translate("TrainingView", "Participants ({count})").format(
            count=count_text(self.people_model.rowCount())))
        self.tabs.setTabText(TAB_ATTENDANCE, translate("TrainingView", "Attendance"))

    # --- showing -------------------------------------------------------------------------
    def set_courses(self, rows: Sequence[CourseRow]) -> None:
        self.course_model.set_rows(rows)
        fit_columns(self.course_table, MAX_COLUMN_WIDTH)
        self._update_count()

    def apply_search(self) -> None:
        self.course_proxy.set_query(self.search.text())
        self._update_count()

    def edit_course(self) -> None:
        """Open the chosen course's form (Enter from the search): the page does it."""

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_start(self) -> None:
        """Where the keyboard starts when the window opens this page (Ctrl+4): the search,
        from which Down goes into the course list."""
        self.focus_search()

    def _update_count(self) -> None:
        self.count_label.setText(translate("TrainingView", "Showing {shown} of {total}").format(
            shown=count_text(self.course_proxy.rowCount()),
            total=count_text(self.course_model.rowCount())))

    def show_scope(self, scope: TrainingScope) -> None:
        if scope.makes_province_courses:
            text = translate("TrainingView", "This is a trainer's computer: new courses are "
                             "the province's, open to officials of all its communes.")
        else:
            text = translate("TrainingView", "New courses made here belong to the commune. A "
                             "province course can be seen here but is changed on the trainer's "
                             "computer.")
        self.scope_label.setText(text)

    def show_heading(self, course: CourseRow | None, commune_names: dict[str, str]) -> None:
        if course is None:
            self.heading.setText(translate("TrainingView", "Choose a course in the list above"))
            self.facts.setText("")
            return
        self.heading.setText(course.title)
        facts = [period_text(course.start_date, course.end_date), run_by(course)]
        for label, value in ((translate("TrainingView", "Organiser"), course.organiser),
                             (translate("TrainingView", "Trainer"), course.trainer),
                             (translate("TrainingView", "Place"), course.place),
                             (translate("TrainingView", "Hours"), hours_text(course.hours)),
                             (translate("TrainingView", "Funding"), course.funding)):
            if value:
                facts.append(f"{label}: {value}")
        self.facts.setText(" · ".join(facts))

    def show_detail(self, matrix: AttendanceMatrix, writes: frozenset[str]) -> None:
        self.session_model.set_rows(matrix.sessions)
        self.people_model.set_rows(matrix.people)
        self.grid.grid.set_matrix(matrix, writes)
        fit_columns(self.session_table, MAX_COLUMN_WIDTH)
        fit_columns(self.people_table, MAX_COLUMN_WIDTH)
        self.grid.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
        self._update_tab_titles()

    def select_course_row(self, source_row: int) -> None:
        """Select a course by its row in the model (-1: none), without telling anyone."""
        blocker = self.course_table.selectionModel().blockSignals(True)
        if source_row < 0:
            self.course_table.clearSelection()
        else:
            index = self.course_proxy.mapFromSource(self.course_model.index(source_row, 0))
            if index.isValid():
                self.course_table.selectRow(index.row())
                self.course_table.setCurrentIndex(index)
        self.course_table.selectionModel().blockSignals(blocker)
        self.course_table.viewport().update()

    # --- what is selected ----------------------------------------------------------------------
    def _selected(self, table: QTableView, source: RowTableModel,
                  proxy: SearchFilterProxy | None = None) -> object | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        index: QModelIndex = proxy.mapToSource(rows[0]) if proxy else rows[0]
        return source.row_at(index.row()) if index.isValid() else None

    def selected_course(self) -> CourseRow | None:
        return self._selected(self.course_table, self.course_model, self.course_proxy)

    def selected_session(self) -> LessonRow | None:
        return self._selected(self.session_table, self.session_model)

    def selected_person(self) -> EnrolmentRow | None:
        return self._selected(self.people_table, self.people_model)

    def _tab_changed(self, index: int) -> None:
        if index == TAB_ATTENDANCE:
            self.grid.setFocus()


def scope_for_role(store: Store, scope: TrainingScope) -> TrainingScope:
    """The device's training scope as the signed-in account may use it: a viewer writes
    nothing, so every course, lesson, mark and result opens read-only."""
    return scope if allows(store) else replace(scope, writes=frozenset())
