"""The Reports page's widgets and words; what they do is in controller.py.

On the left the commune's papers (the command line's five) with what each is, the course
and lesson a course paper is about, and the actions: print, save as PDF, save as XLSX. On
the right the preview of the paper itself, page after page.

Texts use ``translate("ReportsView", …)`` rather than ``self.tr``: the page subclasses
this view, and PySide looks ``self.tr`` up under the subclass's name while lupdate files it
under the class that holds the code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ops.report_choices import CourseChoice
from app.ops.reports import ReportInfo
from app.ui.pages.reports.preview import PreviewArea
from app.ui.runtime.formatting import date_text

translate = QCoreApplication.translate
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the report's name (the command line's)
LEFT_COLUMN_WIDTH = 300
REPORT_TITLES = {
    "sign-in-sheet": QT_TRANSLATE_NOOP("ReportsView", "Sign-in sheet"),
    "attendance-summary": QT_TRANSLATE_NOOP("ReportsView", "Attendance summary"),
    "inventory": QT_TRANSLATE_NOOP("ReportsView", "Equipment inventory"),
    "staff-qualifications": QT_TRANSLATE_NOOP("ReportsView", "Staff qualifications"),
    "ict-indicators": QT_TRANSLATE_NOOP("ReportsView", "ICT indicators"),
}


class ReportsView(QWidget):
    """The list of papers, the course choice and the actions beside the preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.infos: list[ReportInfo] = []
        self.report_list = QListWidget(self, objectName="reportList")
        self.report_list.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Maximum)
        self.about = QLabel(self, wordWrap=True, objectName="reportAbout")
        self.course_box = QGroupBox(self)
        self.course_combo = QComboBox(self.course_box, objectName="courseCombo")
        self.lesson_combo = QComboBox(self.course_box, objectName="lessonCombo")
        for combo in (self.course_combo, self.lesson_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.course_form = QFormLayout(self.course_box)
        self.course_label, self.lesson_label = QLabel(self), QLabel(self)
        self.course_form.addRow(self.course_label, self.course_combo)
        self.course_form.addRow(self.lesson_label, self.lesson_combo)
        self.print_button = QPushButton(self, objectName="printButton")
        self.save_pdf_button = QPushButton(self, objectName="savePdfButton")
        self.save_xlsx_button = QPushButton(self, objectName="saveXlsxButton")
        self.status = QLabel(self, wordWrap=True, objectName="reportStatus")
        self.preview = PreviewArea(self)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        self.list_label = QLabel(self)
        self.list_label.setBuddy(self.report_list)
        left.addWidget(self.list_label)
        left.addWidget(self.report_list)
        left.addWidget(self.about)
        left.addWidget(self.course_box)
        for button in (self.print_button, self.save_pdf_button, self.save_xlsx_button):
            left.addWidget(button)
        left.addWidget(self.status)
        left.addStretch(1)
        column = QWidget(self)
        column.setLayout(left)
        column.setMaximumWidth(LEFT_COLUMN_WIDTH)
        layout = QHBoxLayout(self)
        layout.addWidget(column)
        layout.addWidget(self.preview, 1)

    # --- what it shows ------------------------------------------------------------------
    def show_reports(self, infos: list[ReportInfo]) -> None:
        """The papers, in the command line's order; the first is chosen."""
        self.infos = infos
        self.report_list.clear()
        for info in infos:
            item = QListWidgetItem(translate("ReportsView", REPORT_TITLES[info.name]))
            item.setData(NAME_ROLE, info.name)
            self.report_list.addItem(item)
        rows = max(len(infos), 1)
        self.report_list.setFixedHeight(self.report_list.sizeHintForRow(0) * rows + 6)
        if infos:
            self.report_list.setCurrentRow(0)

    def current_name(self) -> str | None:
        item = self.report_list.currentItem()
        return item.data(NAME_ROLE) if item is not None else None

    def current_info(self) -> ReportInfo | None:
        name = self.current_name()
        return next((info for info in self.infos if info.name == name), None)

    def show_choice(self, info: ReportInfo | None) -> None:
        """What the chosen paper is; the course box only for a course paper."""
        about = str(info.about) if info else ""  # the catalogue's line, after a name there
        self.about.setText(about[:1].upper() + about[1:])
        self.course_box.setVisible(bool(info and info.takes_course))

    def show_courses(self, courses: list[CourseChoice], keep: str | None) -> None:
        """The courses, newest first; ``keep`` stays chosen if it is still there."""
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        for course in courses:
            text = f"{course.title} ({date_text(course.start_date)})"
            self.course_combo.addItem(text, course.id)
            self.course_combo.setItemData(self.course_combo.count() - 1, text,
                                          Qt.ItemDataRole.ToolTipRole)
        if not courses:
            self.course_combo.addItem(translate("ReportsView", "No course yet"), None)
        index = self.course_combo.findData(keep) if keep else -1
        self.course_combo.setCurrentIndex(max(index, 0))
        self.course_combo.setToolTip(self.course_combo.currentText())
        self.course_combo.blockSignals(False)

    def show_lessons(self, course: CourseChoice | None, keep: str | None = None) -> None:
        """The course's lessons in the order they are held; ``keep`` chosen if it is one of
        them, else the course's default one."""
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        lessons = course.lessons if course else ()
        for number, lesson in enumerate(lessons, start=1):
            text = translate("ReportsView", "Lesson {number}: {day}").format(
                number=number, day=date_text(lesson.session_date))
            if lesson.start_time:
                text += f" {lesson.start_time}"
            self.lesson_combo.addItem(text, lesson.id)
        if not lessons:
            self.lesson_combo.addItem(translate("ReportsView", "No lesson yet"), None)
        chosen = self.lesson_combo.findData(keep) if keep else -1
        if chosen < 0 and course is not None:
            chosen = self.lesson_combo.findData(course.default_lesson)
        self.lesson_combo.setCurrentIndex(max(chosen, 0))
        self.lesson_combo.blockSignals(False)

    def set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.print_button, self.save_pdf_button, self.save_xlsx_button):
            button.setEnabled(enabled)

    # --- words --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.list_label.setText(translate("ReportsView", "&Reports"))
        for row in range(self.report_list.count()):
            item = self.report_list.item(row)
            item.setText(translate("ReportsView", REPORT_TITLES[item.data(NAME_ROLE)]))
        self.show_choice(self.current_info())
        self.course_label.setText(translate("ReportsView", "C&ourse:"))
        self.course_label.setBuddy(self.course_combo)
        self.lesson_label.setText(translate("ReportsView", "&Lesson:"))
        self.lesson_label.setBuddy(self.lesson_combo)
        self.print_button.setText(translate("ReportsView", "&Print…"))
        self.save_pdf_button.setText(translate("ReportsView", "Save as P&DF…"))
        self.save_xlsx_button.setText(translate("ReportsView", "Save as &Excel (XLSX)…"))
        self.preview.retranslate()
