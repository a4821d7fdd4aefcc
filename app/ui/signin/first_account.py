"""Settings' "Protect the data with an account…" on a plain store: the first
administrator's name and password, as the first-run wizard's account step asks them.

Accepting closes the window for a moment: the store is encrypted with the window closed
(``protect.py`` says why), then the window opens again on the encrypted store, and the
recovery key is shown once. The dialog says so before the officer commits.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from app.ui.signin.account_form import NewAccountForm
from app.ui.signin.fields import message_label
from app.ui.signin.protect import ProtectRequest


class FirstAccountDialog(QDialog):
    """Name and password twice; ``request()`` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstAccountDialog")
        self.setWindowTitle(self.tr("Protect the data with an account"))
        self.intro = message_label(self, "firstAccountIntro")
        self.intro.setText(self.tr(
            "This laptop travels and may be lost. With an account, the data on it is "
            "encrypted: nobody can read it without signing in. This first account is the "
            "administrator. The window closes while the data is encrypted and opens again "
            "when it is done; then the recovery key is shown once, to print."))
        self.form = NewAccountForm(self)
        self.form.changed.connect(self._update_button)
        self.submit_button = QPushButton(self.tr("Encrypt the data"), self,
                                         objectName="encryptData", default=True)
        self.submit_button.clicked.connect(self.submit)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.submit_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self._update_button()
        self.form.name.setFocus()

    def _update_button(self) -> None:
        self.submit_button.setEnabled(self.form.filled())

    def submit(self) -> None:
        if self.form.filled() and self.form.accepted_name() is not None:
            self.accept()

    def request(self) -> ProtectRequest:
        return ProtectRequest(self.form.name.text().strip(), self.form.password.text())
