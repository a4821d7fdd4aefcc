"""A forgotten password replaced with the recovery key kept on the paper in the commune's
safe (``app.ops.accounts.reset_with_recovery``).

The key is typed as printed, in groups of digits, with or without the spaces and dashes:
the operations layer keeps only the digits. The check runs on the worker (a wrong key
slows the next attempt, as a wrong password does).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ops import accounts
from app.ui.runtime import errors
from app.ui.runtime.tasks import TaskRunner
from app.ui.signin.fields import message_label, password_edit, say


class RecoveryDialog(QDialog):
    """Recovery key, account, new password twice."""

    def __init__(self, database: Path, backups: Path, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self._database, self._backups = database, backups
        self.runner = TaskRunner(self)
        self._busy = False
        self.setWindowTitle(self.tr("Forgot password"))
        self.intro = message_label(self, "recoveryIntro")
        self.intro.setText(self.tr(
            "Type the recovery key from the recovery paper kept in the commune office's safe "
            "(the groups of digits; spaces and dashes do not matter), then a new password."))
        self.key = QLineEdit(self, objectName="recoveryKey")
        self.key.setMaxLength(200)
        self.name = QLineEdit(name, self, objectName="recoveryAccount")
        self.password = password_edit(self, "newPassword")
        self.again = password_edit(self, "newPasswordAgain")
        self.message = message_label(self, "recoveryMessage")
        self.submit_button = QPushButton(self.tr("Set the new password"), self,
                                         objectName="setNewPassword", default=True)
        self.submit_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"), self, autoDefault=False)
        cancel.clicked.connect(self.reject)
        for edit in (self.key, self.name, self.password, self.again):
            edit.textChanged.connect(self._update_button)
        self._lay_out(cancel)
        self._update_button()
        self.key.setFocus()

    def _lay_out(self, cancel: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Recovery key:"), self.key)
        form.addRow(self.tr("Account:"), self.name)
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("New password again:"), self.again)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def account_name(self) -> str:
        return self.name.text().strip()

    def _update_button(self) -> None:
        filled = all(e.text().strip() for e in (self.key, self.name, self.password, self.again))
        self.submit_button.setEnabled(filled and not self._busy)

    def show_message(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        if self.password.text() != self.again.text():
            self.show_message(self.tr("The two new passwords differ."), error=True)
            self.again.clear()
            self.again.setFocus()
            return
        self._busy = True
        self._update_button()
        self.show_message(self.tr("Checking the recovery key…"))
        work = partial(accounts.reset_with_recovery, self._database, self._backups,
                       self.key.text(), self.account_name(), self.password.text())
        self.runner.run(work, self._done, failed=self._refused)

    def _done(self, _result: None) -> None:
        self._busy = False
        if self.isVisible():
            self.accept()

    def _refused(self, exc: BaseException) -> bool:
        self._busy = False
        self._update_button()
        if not errors.is_expected(exc):
            self.show_message("")
            return False
        self.show_message(str(exc), error=True)
        return True
