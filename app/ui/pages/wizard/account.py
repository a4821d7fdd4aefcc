"""The first-run wizard's fourth page: the first account, an administrator.

Why it is asked here: the laptop travels and is shared, so its data should be encrypted
from the first day (DESIGN.md, "Privacy on the laptop"). A commune may still answer
"later" (the officer who will hold the account is away): the store then stays plain and
Settings offers "Protect the data with an account…" until it is done. Nothing is written
on this page: the wizard hands the name and password to the window, which encrypts the
store once the computer is set up (``signin/protect.py``) and shows the recovery key.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget, QWizardPage

from app.ui.pages.wizard.place import wrapped_label
from app.ui.signin.account_form import NewAccountForm
from app.ui.signin.protect import ProtectRequest


class AccountPage(QWizardPage):
    """The administrator's name and password, or "later"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped_label(self, "accountIntro")
        self.form = NewAccountForm(self)
        self.form.changed.connect(self.completeChanged)
        self.later = QCheckBox(self, objectName="accountLater")
        self.later.toggled.connect(self._later_toggled)
        self.later_hint = wrapped_label(self, "accountLaterHint")
        self.later_hint.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.later)
        layout.addWidget(self.later_hint)
        layout.addStretch(1)

    def focus_start(self) -> None:
        """In the name: the officer types it, Tab, the password twice, Enter."""
        (self.later if self.later.isChecked() else self.form.name).setFocus()

    def _later_toggled(self, later: bool) -> None:
        self.form.setEnabled(not later)
        self.form.show_message("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.later.isChecked() or self.form.filled()

    def validatePage(self) -> bool:
        return self.later.isChecked() or self.form.accepted_name() is not None

    def request(self) -> ProtectRequest | None:
        """What the window encrypts the store with once set up; None: later."""
        if self.later.isChecked():
            return None
        return ProtectRequest(self.form.name.text().strip(), self.form.password.text())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Protect the data with an account"))
        self.intro.setText(self.tr(
            "This laptop travels and may be lost. With an account, the data on it is "
            "encrypted: nobody can read it without signing in. This first account is the "
            "administrator; more accounts are added later in Settings."))
        self.later.setText(self.tr("Later: keep the data unencrypted for now"))
        self.later_hint.setText(self.tr(
            "Anyone who uses this computer can then read the data. Settings offers to "
            "protect it at any time."))
        self.form.retranslate()
