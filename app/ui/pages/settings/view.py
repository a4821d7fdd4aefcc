"""Settings: the window's language, the department's name, this computer's identity, and
its backups (``backup_box.py``: a copy on a USB stick, a copy put back).

The page lays out and words; what its controls do is ``controller.SettingsController``'s. The
language switches at once, forms keep what was typed. What the page shows about the
device is read only: it is what IT support asks for on the phone. It comes from the window's
one ``SyncState``, which every page that shows the device's enrolment follows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.settings import DeviceInfo
from app.models.store import Store
from app.ops.settings import SettingsCard
from app.ops.sync import DeviceState
from app.ui.pages.settings.accounts_box import AccountsBox
from app.ui.pages.settings.audit_dialog import AuditBox
from app.ui.pages.settings.backup_box import BackupBox
from app.ui.pages.settings.backup_controller import BackupController
from app.ui.pages.settings.controller import SettingsController
from app.ui.pages.settings.lock_box import LockBox
from app.ui.runtime import errors, i18n
from app.ui.runtime.formatting import date_text
from app.ui.runtime.tasks import TaskRunner
from app.ui.shell.roles import MANAGE, RoleGate
from app.ui.shell.sync_state import SyncState
from app.ui.widgets.dialogs import choose_enrolment_file
from app.ui.widgets.form_parts import ERROR_STYLE

CONTENT_WIDTH = 860  # long lines are hard to read on a wide screen


def _selectable() -> Qt.TextInteractionFlag:
    """Values support asks for (the device ID, the folder) can be selected and copied."""
    return (Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def _say(label: QLabel, text: str, error: bool = False) -> None:
    """A message under a group: shown only when there is something to say."""
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
    label.setVisible(bool(text))


class SettingsPage(QWidget):
    language_changed = Signal(str)
    department_changed = Signal(str)
    restored = Signal()  # a backup replaced the store's content (backup_box.py)

    def __init__(self, store: Store, runner: TaskRunner, data_dir: Path,
                 parent: QWidget | None = None, *, sync_state: SyncState | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self.sync_state = sync_state or SyncState(store, runner, self)
        self.controller = SettingsController(self, store, runner, self.sync_state)
        self._info: DeviceInfo | None = None
        self._build_language()
        self._build_department()
        self._build_device()
        self.backup_box = BackupBox(self)
        self.backup_box.controller = BackupController(self.backup_box, store, runner,
                                                      self.sync_state)
        self.backup_box.restored.connect(self.restored)
        self.accounts_box = AccountsBox(store, runner, self)
        self.lock_box = LockBox(store, runner, self)
        self.audit_box = AuditBox(store, runner, self)  # the audit log, administrators'
        self.roles = RoleGate(store, self).gate(self.language_combo, self.department_edit,
                                                self.department_save, *self.backup_box.buttons())
        self.manage = RoleGate(store, self, MANAGE).gate(self.enrol_button)  # shell.roles
        column = QVBoxLayout()
        # the language and the department's name share a row: both are one short line, and
        # the page must fit 1366×768 without scrolling now that accounts and the log have
        # their boxes
        first = QWidget(self)
        first.setMaximumWidth(CONTENT_WIDTH)
        row = QHBoxLayout(first)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.language_box, 0)
        row.addWidget(self.department_box, 1)
        column.addWidget(first)
        for box in (self.device_box, self.backup_box, self.accounts_box, self.lock_box,
                    self.audit_box):
            box.setMaximumWidth(CONTENT_WIDTH)
            column.addWidget(box)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(column, 1)
        layout.addStretch(0)
        self.retranslate()
        self.sync_state.follow(self.show_device_state)
        self.sync_state.follow(self.accounts_box.show_device_state)

    # --- building -------------------------------------------------------------------------
    def _build_language(self) -> None:
        self.language_box = QGroupBox(self)
        self.language_combo = QComboBox(self.language_box, objectName="languageCombo")
        for code in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.select_language(i18n.current_language())
        self.language_combo.activated.connect(self._language_chosen)
        self.language_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_note = QLabel(self.language_box, wordWrap=True)
        self.language_note.setStyleSheet(ERROR_STYLE)
        self.language_note.setVisible(False)
        self.language_label = QLabel(self.language_box)
        self.language_label.setBuddy(self.language_combo)
        form = QFormLayout(self.language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.language_note)

    def _build_department(self) -> None:
        self.department_box = QGroupBox(self)
        self.department_edit = QLineEdit(self.department_box, objectName="departmentEdit")
        self.department_edit.setMaxLength(200)
        self.department_edit.returnPressed.connect(self.save_department)
        self.department_save = QPushButton(self.department_box)
        self.department_save.clicked.connect(self.save_department)
        self.department_message = QLabel(self.department_box, wordWrap=True, visible=False)
        self.department_label = QLabel(self.department_box)
        self.department_label.setBuddy(self.department_edit)
        row = QHBoxLayout()
        row.addWidget(self.department_edit, 1)
        row.addWidget(self.department_save)
        form = QFormLayout(self.department_box)
        form.addRow(self.department_label, row)
        form.addRow(self.department_message)

    def _build_device(self) -> None:
        self.device_box = QGroupBox(self)
        self.device_form = QFormLayout(self.device_box)
        self.device_labels: dict[str, QLabel] = {}
        self.device_values: dict[str, QLabel] = {}
        for key in ("name", "id", "kind", "province", "communes", "enrolment", "data", "log"):
            label, value = QLabel(self.device_box), QLabel(self.device_box, wordWrap=True)
            value.setObjectName(f"device_{key}")
            value.setTextInteractionFlags(_selectable())
            self.device_labels[key], self.device_values[key] = label, value
            self.device_form.addRow(label, value)
        self.open_folder = QPushButton(self.device_box)
        self.open_folder.clicked.connect(self._open_data_folder)
        self.enrol_button = QPushButton(self.device_box, objectName="enrolButton")
        self.enrol_button.clicked.connect(self.load_enrolment_file)
        self.device_message = QLabel(self.device_box, wordWrap=True, visible=False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder)
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        self.device_form.addRow(buttons)
        self.device_form.addRow(self.device_message)

    # --- reading --------------------------------------------------------------------------
    def load(self) -> None:
        """Read the device's card and the department's name (through the runner)."""
        self.controller.load()
        self.accounts_box.load()
        self.lock_box.load()

    def show_card(self, card: SettingsCard) -> None:
        """The department's name; the device's card comes from ``show_device_state`` (a
        card read here could be older than the state and undo an enrolment just shown)."""
        if not self.department_edit.isModified():
            self.department_edit.setText(card.department)

    def show_device_state(self, state: DeviceState) -> None:
        self._info = state.device
        self._show_device()

    # --- language -------------------------------------------------------------------------
    def select_language(self, code: str) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))

    def _language_chosen(self, index: int) -> None:
        self.set_language(self.language_combo.itemData(index))

    def set_language(self, code: str) -> None:
        """Speak ``code`` now and from the next start on."""
        self.controller.set_language(code)

    # --- department -----------------------------------------------------------------------
    def save_department(self) -> None:
        _say(self.department_message, "")
        self.controller.save_department(self.department_edit.text())

    def department_saved(self, name: str) -> None:
        self.department_edit.setText(name)
        self.department_edit.setModified(False)
        _say(self.department_message, self.tr("Saved."))
        self.department_changed.emit(name)

    def department_refused(self, exc: BaseException) -> bool:
        if not errors.is_expected(exc):
            return False
        _say(self.department_message, str(exc), error=True)
        return True

    # --- this computer --------------------------------------------------------------------
    def load_enrolment_file(self) -> None:
        path = choose_enrolment_file(self)
        if path is None:
            return
        _say(self.device_message, "")
        self.controller.enrol_from(path)

    def show_enrolled(self, name: str) -> None:
        _say(self.device_message, self.tr(
            "This computer is now enrolled as “{name}”. From the next sync on, the province "
            "sees it under this name.").format(name=name))

    def enrolment_refused(self, exc: BaseException) -> bool:
        if not errors.is_expected(exc):
            return False
        _say(self.device_message, str(exc), error=True)
        return True

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def _show_device(self) -> None:
        info, values = self._info, self.device_values
        log_path = errors.log_file()
        values["data"].setText(str(self._data_dir))
        values["log"].setText(str(log_path) if log_path else self.tr("Not written"))
        self.enrol_button.setVisible(info is not None and not info.enrolled)
        if info is None:
            return
        values["name"].setText(info.name)
        values["id"].setText(info.id)
        values["kind"].setText(self.tr("Trainer's computer") if info.trainer
                               else self.tr("Commune office computer"))
        values["province"].setText(info.province_name)
        values["communes"].setText(", ".join(name for _code, name in info.communes))
        values["enrolment"].setText(self._enrolment_text(info))

    def _enrolment_text(self, info: DeviceInfo) -> str:
        if info.enrolled_at is None:
            return self.tr("Not enrolled with the province yet")
        when = date_text(info.enrolled_at)
        if info.confirmed_at is None:
            return self.tr("Enrolled on {date}; waiting for the province to confirm").format(
                date=when)
        return self.tr("Enrolled on {date}; confirmed by the province").format(date=when)

    # --- language change ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("Language of the window:"))
        self.language_note.setText(self.tr(
            "The translation file for this language is missing; the window shows English."))
        self.select_language(i18n.current_language())
        self.department_box.setTitle(self.tr("Province"))
        self.department_label.setText(self.tr("Department name (on reports):"))
        self.department_save.setText(self.tr("Save"))
        self.device_box.setTitle(self.tr("This computer"))
        titles = {
            "name": self.tr("Name:"), "id": self.tr("Device ID:"), "kind": self.tr("Kind:"),
            "province": self.tr("Province:"), "communes": self.tr("Communes:"),
            "enrolment": self.tr("Enrolment:"), "data": self.tr("Data folder:"),
            "log": self.tr("Log file:"),
        }
        for key, text in titles.items():
            self.device_labels[key].setText(text)
        self.open_folder.setText(self.tr("Open data folder"))
        self.enrol_button.setText(self.tr("Load enrolment file…"))
        self.backup_box.retranslate()
        self.accounts_box.retranslate()
        self.lock_box.retranslate()
        self.audit_box.retranslate()
        self._show_device()
