"""Settings → Backups: a copy of the data on a USB stick, and a copy put back.

Why on the Settings page and in two buttons: an officer whose laptop is about to be
repaired, or who carries the register to the province, needs a copy in hand without a
technician; and one whose store was spoilt needs it back. The box lays out and words; what
the buttons do is ``backup_controller.BackupController``'s, through ``app.ops.backup`` on
the runner. A restore replaces everything, so the officer first sees what would be replaced
— the records in use now and in the file, and when the file was made — and answers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ops.backup import RestorePlan, RestoreResult
from app.ui.runtime import errors
from app.ui.runtime.formatting import date_text
from app.ui.widgets import dialogs
from app.ui.widgets.form_parts import ERROR_STYLE


class BackupBox(QGroupBox):
    """The group of the two buttons and the line that says how the last one went."""

    restored = Signal()  # the store's content was replaced: every page reads it again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = None  # set by the page (backup_controller.BackupController)
        self.note = QLabel(self, wordWrap=True)
        self.back_up_button = QPushButton(self, objectName="backUpButton")
        self.back_up_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self, objectName="restoreButton")
        self.restore_button.clicked.connect(self.restore)
        self.message = QLabel(self, wordWrap=True, visible=False, objectName="backupMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addLayout(buttons)
        column.addWidget(self.message)
        self.retranslate()

    def buttons(self) -> tuple[QPushButton, QPushButton]:
        """What writes (a copy of the data leaving, or the data replaced): an officer's."""
        return self.back_up_button, self.restore_button

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.note.setText(self.tr(
            "A copy of all the data on this computer, to keep on a USB stick. Restoring a "
            "copy replaces all the data on this computer."))
        self.back_up_button.setText(self.tr("Back up now…"))
        self.restore_button.setText(self.tr("Restore from a backup…"))

    def busy_text(self, work: str) -> str:
        """The progress line of ``work`` ("backup" or "restore"), in the window's language."""
        return self.tr("Restoring…") if work == "restore" else self.tr("Backing up…")

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- back up ---------------------------------------------------------------------------
    def back_up(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save the backup (a USB stick)"), str(Path.home()))
        if not folder:
            return
        self.say("")
        self.controller.back_up_to(Path(folder))

    def backed_up(self, path: Path) -> None:
        """Where the copy went; an encrypted store's copy has its keyring beside it, which
        must travel with it (``app.models.backups``)."""
        text = self.tr("Backup saved: {path}").format(path=path)
        keys = path.with_name(path.name + ".keys")
        if keys.exists():
            text += " " + self.tr("It is encrypted like the data on this computer; keep the "
                                  "file “{keys}” beside it: with it, the accounts' passwords "
                                  "or the recovery paper open the backup.").format(
                keys=keys.name)
        self.say(text)

    # --- restore ---------------------------------------------------------------------------
    def restore(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup to restore"), str(Path.home()),
            self.tr("Backups (*.sqlite3);;All files (*)"))
        if not path:
            return
        self.say("")
        self.controller.check(Path(path))

    def confirm_restore(self, plan: RestorePlan) -> None:
        """Ask, saying what would be replaced; restore only on the officer's yes."""
        text = self.tr(
            "Restore the data of {communes} from the backup made on {date}?\n\n"
            "It replaces all the data on this computer:\n"
            "• now: {staff} officials, {equipment} pieces of equipment, {courses} courses;\n"
            "• in the backup: {b_staff} officials, {b_equipment} pieces of equipment, "
            "{b_courses} courses.\n\n"
            "A copy of the data as it is now is kept in the backups folder. After the "
            "restore this computer counts as a new device: load the province's enrolment "
            "file again before the next sync.").format(
            communes=", ".join(plan.communes), date=date_text(plan.made_at),
            staff=plan.current.staff, equipment=plan.current.equipment,
            courses=plan.current.courses, b_staff=plan.backup.staff,
            b_equipment=plan.backup.equipment, b_courses=plan.backup.courses)
        if dialogs.confirm(self, self.tr("Restore from a backup"), text, self.tr("Restore")):
            self.controller.restore(plan.path)

    def restore_done(self, result: RestoreResult) -> None:
        self.say(self.tr(
            "Restored from {name}. A copy of the data from before the restore: {path}. This "
            "computer is now a new device: load the province's enrolment file before the "
            "next sync.").format(name=result.plan.path.name, path=result.safety_copy))
        self.restored.emit()

    def refused(self, exc: BaseException) -> bool:
        """An expected refusal (another commune's file, a stick pulled out) is said here."""
        if not errors.is_expected(exc):
            return False
        self.say(str(exc), error=True)
        return True
