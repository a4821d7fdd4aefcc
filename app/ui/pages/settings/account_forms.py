"""The small forms of Settings → Accounts: a new account (name, role, password twice), and
a new password for an account (a reset, or enabling a disabled account again, whose old
password no longer opens the store).

Roles are worded as the operations layer names them (``privacy.role_*``): a trainer's
laptop has trainers where the commune office has officers (DESIGN.md).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.messages import message
from app.ui.signin.account_form import NewAccountForm
from app.ui.signin.fields import message_label


def roles_of(trainer: bool) -> tuple[str, ...]:
    """The roles an administrator can give on this laptop, the usual one first."""
    return ("trainer" if trainer else "officer", "viewer", "administrator")


def role_name(role: str) -> str:
    return str(message(f"privacy.role_{role}"))


class AccountDialog(QDialog):
    """A new account, or (``name`` given) a new password for an existing one."""

    def __init__(self, parent: QWidget | None = None, *, name: str = "",
                 trainer: bool = False, enabling: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("accountDialog")
        self.form = NewAccountForm(self, fixed_name=name)
        self.form.changed.connect(self._update_button)
        self.role = QComboBox(self, objectName="accountRole")
        for role in roles_of(trainer):
            self.role.addItem(role_name(role), role)
        self.intro = message_label(self, "accountDialogIntro")
        self.submit_button = QPushButton(self, objectName="saveAccount", default=True)
        self.submit_button.clicked.connect(self.submit)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        if not name:
            role_form = QFormLayout()
            role_form.addRow(QLabel(self.tr("Role:"), self), self.role)
            layout.addLayout(role_form)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self._word(name, enabling)
        self.setMinimumWidth(440)
        self._update_button()

    def _word(self, name: str, enabling: bool) -> None:
        if not name:
            self.setWindowTitle(self.tr("Add an account"))
            self.intro.setText(self.tr("An officer keeps the records; a viewer only reads "
                                       "and prints; an administrator also manages accounts "
                                       "and settings."))
            self.submit_button.setText(self.tr("Add account"))
            return
        self.setWindowTitle(self.tr("New password for “{name}”").format(name=name))
        self.intro.setText(self.tr("The account “{name}” signs in with this password from "
                                   "now on; tell it to its owner in person.").format(name=name)
                           if not enabling else
                           self.tr("The account “{name}” is enabled again with this "
                                   "password; tell it to its owner in person.").format(
                                       name=name))
        self.submit_button.setText(self.tr("Enable account") if enabling
                                   else self.tr("Set password"))

    def _update_button(self) -> None:
        self.submit_button.setEnabled(self.form.filled())

    def submit(self) -> None:
        if self.form.filled() and self.form.accepted_name() is not None:
            self.accept()

    def values(self) -> tuple[str, str, str]:
        """Name, role, password."""
        return (self.form.name.text().strip(), self.role.currentData(),
                self.form.password.text())
