"""The Sync page's widgets; the logic that drives them is in controller.py and the words
they show come from report.py.

Texts here use ``translate("SyncView", …)`` rather than ``self.tr``: the page subclasses
this view, and PySide looks ``self.tr`` up under the subclass's name while lupdate files it
under the class that holds the code.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.ops.drives import Drive
from app.ops.sync import DeviceState
from app.sync.retry_notice import RetryNotice
from app.sync.stages import Stage
from app.ui.pages.sync.availability import availability
from app.ui.pages.sync.conflict_view import ConflictList
from app.ui.pages.sync.report import REFUSED, SUMMARY, Lines, progress_words, status_rows
from app.ui.shell.roles import MANAGE, RoleGate

translate = QCoreApplication.translate
REFUSED_BACKGROUND = QColor("#fde2e1")
PROGRESS_STEPS = 1000
LEFT_COLUMN_WIDTH = 470
RESULT_MIN_HEIGHT = 90


# --- the view ------------------------------------------------------------------------------
class SyncView(QWidget):
    """Status, USB stick and network boxes on the left; results and conflicts on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._state: DeviceState | None = None
        self._result: Callable[[], Lines] | None = None
        self._drives: list[Drive] = []
        self._make_status_box()
        self._make_usb_box()
        self._make_network_box()
        self._make_progress_row()
        self.result_box = QGroupBox(self)
        self.result_list = QListWidget(self.result_box, wordWrap=True)
        self.result_list.setAlternatingRowColors(True)
        # Its height comes from the column's stretch (conflicts, when any, take more).
        self.result_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.result_list.setMinimumHeight(RESULT_MIN_HEIGHT)
        QVBoxLayout(self.result_box).addWidget(self.result_list)
        self.conflicts_box = QGroupBox(self)
        self.conflicts = ConflictList(self.conflicts_box)
        QVBoxLayout(self.conflicts_box).addWidget(self.conflicts)
        self._lay_out()
        self.retranslate()
        self.set_busy(False)

    def _make_status_box(self) -> None:
        self.status_box = QGroupBox(self)
        self.status_form = QFormLayout(self.status_box)
        self.status_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status_labels = [(QLabel(self.status_box), QLabel(self.status_box, wordWrap=True))
                              for _ in range(6)]
        for name, value in self.status_labels:
            self.status_form.addRow(name, value)
        self.enrol_button = QPushButton(self.status_box, default=True)  # the one thing to do
        self.status_form.addRow(self.enrol_button)

    def _make_usb_box(self) -> None:
        self.usb_box = QGroupBox(self)
        self.drive_label = QLabel(self.usb_box)
        self.drive_combo = QComboBox(self.usb_box)
        self.drive_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.drive_label.setBuddy(self.drive_combo)
        self.refresh_drives_button = QPushButton(self.usb_box)
        self.no_drive_label = QLabel(self.usb_box, wordWrap=True)
        self.export_button = QPushButton(self.usb_box, default=True)
        self.export_folder_button = QPushButton(self.usb_box)
        self.import_button = QPushButton(self.usb_box)
        self.import_folder_button = QPushButton(self.usb_box)
        self.import_files_button = QPushButton(self.usb_box)
        drive_row = QHBoxLayout()
        for widget in (self.drive_label, self.drive_combo, self.refresh_drives_button):
            drive_row.addWidget(widget)
        layout = QVBoxLayout(self.usb_box)
        layout.addLayout(drive_row)
        layout.addLayout(_row(self.export_button, self.export_folder_button))
        layout.addLayout(_row(self.import_button, self.import_folder_button,
                              self.import_files_button))
        layout.addWidget(self.no_drive_label)  # why buttons above are greyed out, if they are

    def _make_network_box(self) -> None:
        self.network_box = QGroupBox(self)
        self.server_label = QLabel(self.network_box)
        self.server_edit = QLineEdit(self.network_box, clearButtonEnabled=True)
        self.server_label.setBuddy(self.server_edit)
        self.address_problem = QLabel(self.network_box, wordWrap=True)
        self.address_problem.setStyleSheet("color: #b3261e;")
        self.address_problem.hide()
        self.sync_button = QPushButton(self.network_box)
        self.network_reason = QLabel(self.network_box, wordWrap=True)
        layout = QVBoxLayout(self.network_box)
        layout.addWidget(self.server_label)
        layout.addLayout(_row(self.server_edit, self.sync_button))
        layout.addWidget(self.address_problem)
        layout.addWidget(self.network_reason)

    def _make_progress_row(self) -> None:
        self.progress_box = QWidget(self)
        self.progress_label = QLabel(self.progress_box, wordWrap=True)
        self.progress_bar = QProgressBar(self.progress_box, textVisible=False)
        self.cancel_button = QPushButton(self.progress_box)
        layout = QVBoxLayout(self.progress_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress_label)
        layout.addLayout(_row(self.progress_bar, self.cancel_button))

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        for box in (self.status_box, self.usb_box, self.network_box, self.progress_box):
            left.addWidget(box)
        left.addStretch(1)
        right = self.right_column = QVBoxLayout()
        right.addWidget(self.result_box, 1)
        right.addWidget(self.conflicts_box, 0)
        layout = QHBoxLayout(self)
        column = QWidget(self)
        column.setLayout(left)
        column.setFixedWidth(LEFT_COLUMN_WIDTH)
        layout.addWidget(column)
        layout.addLayout(right, 1)

    def retranslate(self) -> None:
        """Every text again in the current language (static labels, then shown values)."""
        self.status_box.setTitle(translate("SyncView", "Sync status"))
        self.enrol_button.setText(translate("SyncView", "Load enrolment file…"))
        self.usb_box.setTitle(translate("SyncView", "USB stick"))
        self.drive_label.setText(translate("SyncView", "&Stick:"))
        self.refresh_drives_button.setText(translate("SyncView", "Look again"))
        self.export_button.setText(translate("SyncView", "&Export to USB stick"))
        self.export_folder_button.setText(translate("SyncView", "Export to a folder…"))
        self.import_button.setText(translate("SyncView", "&Import from USB stick"))
        self.import_folder_button.setText(translate("SyncView", "Import a folder…"))
        self.import_files_button.setText(translate("SyncView", "Import files…"))
        self.network_box.setTitle(translate("SyncView", "Network"))
        self.server_label.setText(translate("SyncView", "Province server &address:"))
        self.server_edit.setPlaceholderText("http://may-chu-tinh:8080")
        self.sync_button.setText(translate("SyncView", "Sync &now"))
        self.cancel_button.setText(translate("SyncView", "Cancel"))
        self.result_box.setTitle(translate("SyncView", "Result of the last action"))
        self.conflicts_box.setTitle(translate("SyncView", "Conflicts to review"))
        self.conflicts.retranslate()
        self.show_drives(self._drives)
        if self._state is not None:
            self.show_status(self._state)
        self._show_result_lines()
        self._enable_actions()  # the reasons for greyed-out buttons, in the new language

    # --- shown values ----------------------------------------------------------------------
    def show_status(self, state: DeviceState) -> None:
        """The device's state as the window's ``SyncState`` read it last."""
        self._state = state
        for (name, value), (name_text, value_text) in zip(self.status_labels,
                                                          status_rows(state), strict=True):
            name.setText(name_text)
            value.setText(value_text)
        self.enrol_button.setVisible(not state.enrolled)
        self._enable_actions()

    def show_conflicts(self, items: list) -> None:  # list[ConflictItem]
        """Conflicts take most of the column when there are some; else the results do.
        The same list again (a refresh) keeps the cards, and the officer's scroll place."""
        if items != self.conflicts.items:
            self.conflicts.set_items(items)
        self.right_column.setStretchFactor(self.result_box, 1)
        self.right_column.setStretchFactor(self.conflicts_box, 3 if items else 0)

    def show_drives(self, drives: list[Drive]) -> None:
        """Offer the sticks plugged in, keeping the one chosen if it is still there."""
        chosen = self.current_drive()
        if drives == self._drives and self.drive_combo.count() == len(drives):
            return
        self._drives = list(drives)
        self.drive_combo.clear()
        for drive in drives:
            self.drive_combo.addItem(drive.label, str(drive.path))
            self.drive_combo.setItemData(self.drive_combo.count() - 1, str(drive.path),
                                         Qt.ItemDataRole.ToolTipRole)
        if chosen in drives:
            self.drive_combo.setCurrentIndex(drives.index(chosen))
        self._enable_actions()

    def current_drive(self) -> Drive | None:
        index = self.drive_combo.currentIndex()
        return self._drives[index] if 0 <= index < len(self._drives) else None

    def show_result(self, lines: Callable[[], Lines]) -> None:
        """Show a report; ``lines`` is kept to word it again if the language changes."""
        self._result = lines
        self._show_result_lines()

    def _show_result_lines(self) -> None:
        self.result_list.clear()
        if self._result is None:
            self.result_list.addItem(translate("SyncView", "Nothing done yet in this session."))
            return
        for kind, text in self._result():
            item = QListWidgetItem(text, self.result_list)
            if kind == SUMMARY:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            elif kind == REFUSED:
                item.setBackground(QBrush(REFUSED_BACKGROUND))
                item.setForeground(QBrush(QColor("#8c1d18")))

    def show_address_problem(self, text: str) -> None:
        self.address_problem.setText(text)
        self.address_problem.setVisible(bool(text))

    # --- busy state ------------------------------------------------------------------------
    def set_busy(self, busy: bool, label: str = "", cancellable: bool = False) -> None:
        self.busy = busy
        self.progress_box.setVisible(busy)
        self.progress_label.setText(label)
        self.progress_bar.setRange(0, 0)  # moving until the first progress report
        self.cancel_button.setVisible(busy and cancellable)
        self.cancel_button.setEnabled(busy and cancellable)
        self._enable_actions()

    def show_progress(self, done: float, total: float,
                      stage: Stage | RetryNotice | str) -> None:
        """A stage with its amounts, or a retry as it happens (the bar stays where it is)."""
        if not self.busy:
            return
        text = progress_words(done, total, stage)
        if total > 1:
            self.progress_bar.setRange(0, PROGRESS_STEPS)
            self.progress_bar.setValue(int(PROGRESS_STEPS * min(done / total, 1.0)))
        if self.cancel_button.isEnabled() or not self.cancel_button.isVisible():
            self.progress_label.setText(text)

    def guard_actions(self, store: Store) -> None:
        """Sync and conflicts need an officer, enrolment an administrator (``shell.roles``):
        a viewer sees them greyed, with the reason over each."""
        self.roles = RoleGate(store, self, reapply=self._enable_actions).gate(
            self.export_folder_button, self.import_folder_button, self.import_files_button,
            self.export_button, self.import_button, self.sync_button, self.conflicts)
        self.manage = RoleGate(store, self, MANAGE, self._enable_actions).gate(
            self.enrol_button)

    def _enable_actions(self) -> None:
        """Open what can be done now; say under the buttons, and on each, why not."""
        # Until the device's state is first read nothing is open, and nothing is said yet.
        now = availability(enrolled=self._state is not None and self._state.enrolled,
                           busy=self.busy or self._state is None,
                           has_drive=self.current_drive() is not None)
        self.enrol_button.setEnabled(not self.busy)
        for buttons, enabled, tip in (
                ((self.export_folder_button, self.import_folder_button,
                  self.import_files_button), now.folders, now.folders_tip),
                ((self.export_button, self.import_button), now.stick, now.stick_tip),
                ((self.sync_button,), now.network, now.network_tip)):
            for button in buttons:
                button.setEnabled(enabled)
                button.setToolTip(tip)
        for label, text in ((self.no_drive_label, now.usb_line),
                            (self.network_reason, now.network_line)):
            label.setText(text)
            label.setVisible(bool(text))
        self.conflicts.setEnabled(not self.busy)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row
