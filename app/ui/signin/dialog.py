"""The sign-in dialog shown before the window on an encrypted store.

Why the check runs on the task runner's worker: a wrong password costs an Argon2id
derivation, and after a few wrong ones the keyring makes the next attempt wait (up to a
minute, ``keyring.wait_before``). The dialog stays responsive meanwhile, says that it is
checking, and Quit still quits; a store opened after the officer has left is closed at once.
A name or password left empty cannot be submitted: the button stays disabled.
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

from app.models.store import Store
from app.ops import accounts
from app.ops.accounts import SignedIn
from app.ui.runtime import errors
from app.ui.runtime.tasks import TaskRunner
from app.ui.signin.fields import message_label, password_edit, say
from app.ui.signin.recovery import RecoveryDialog

Opened = tuple[Store, SignedIn]


class SignInDialog(QDialog):
    """Account name and password; ``opened`` holds the store and who signed in once
    accepted."""

    def __init__(self, database: Path, backups: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._database, self._backups = database, backups
        self.runner = TaskRunner(self)
        self.opened: Opened | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Sign in"))
        self.intro = message_label(self, "signInIntro")
        self.intro.setText(self.tr("The data on this computer is encrypted. Sign in with "
                                   "your account to open it."))
        self.name = QLineEdit(self, objectName="accountName")
        self.password = password_edit(self, "password")
        self.message = message_label(self, "signInMessage")
        self.forgot = QPushButton(self.tr("Forgot password?"), self, objectName="forgotPassword",
                                  autoDefault=False, flat=True)
        self.forgot.clicked.connect(self.recover)
        self.submit_button = QPushButton(self.tr("Sign in"), self, objectName="signIn",
                                         default=True, autoDefault=True)
        self.submit_button.clicked.connect(self.submit)
        self.quit_button = QPushButton(self.tr("Quit"), self, objectName="quitSignIn",
                                       autoDefault=False)
        self.quit_button.clicked.connect(self.reject)
        for edit in (self.name, self.password):
            edit.textChanged.connect(self._update_button)
        self._lay_out()
        self._update_button()
        self.name.setFocus()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Account:"), self.name)
        form.addRow(self.tr("Password:"), self.password)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.forgot)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _update_button(self) -> None:
        ready = bool(self.name.text().strip()) and bool(self.password.text())
        self.submit_button.setEnabled(ready and not self._busy)

    def show_message(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)

    def submit(self) -> None:
        """Check the password on the worker; the answer comes back to ``_opened``."""
        if not self.submit_button.isEnabled():
            return
        self._busy = True
        self._update_button()
        self.show_message(self.tr("Checking the password…"))
        work = partial(accounts.sign_in, self._database, self._backups,
                       self.name.text().strip(), self.password.text())
        self.runner.run(work, self._opened, failed=self._refused)

    def _opened(self, opened: Opened) -> None:
        self._busy = False
        if not self.isVisible():  # the officer quit while the password was checked
            opened[0].close()
            return
        self.opened = opened
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        self._busy = False
        self._update_button()
        if not errors.is_expected(exc):
            self.show_message("")
            return False  # the runner shows the error dialog
        self.show_message(str(exc), error=True)
        self.password.clear()
        self.password.setFocus()
        return True

    def recover(self) -> None:
        """A forgotten password, replaced with the recovery key."""
        dialog = RecoveryDialog(self._database, self._backups, self.name.text().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.name.setText(dialog.account_name())
            self.password.clear()
            self.password.setFocus()
            self.show_message(self.tr("A new password is set for “{name}”: sign in with it.")
                              .format(name=dialog.account_name()))
        dialog.runner.shutdown()
        dialog.deleteLater()


def sign_in_at_start(database: Path, backups: Path) -> Opened | None:
    """Ask until someone signs in (the store and who) or quits (None)."""
    dialog = SignInDialog(database, backups)
    dialog.exec()
    dialog.runner.shutdown()
    dialog.runner.wait(1)  # a result still on its way is delivered (and closed) now
    opened = dialog.opened
    dialog.deleteLater()
    return opened
