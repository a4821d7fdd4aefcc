"""What the locked window shows (``lock.py``): the account that locked it and its password,
or — "Switch user" — any account's name and password.

An opaque panel over the whole window, so nothing of the page beneath can be read; the
fields are the sign-in dialog's (``fields.py``). The check itself is ``lock.WindowLock``'s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.messages import message
from app.ops.accounts import SignedIn
from app.ui.signin.fields import message_label, password_edit, say
from app.ui.widgets.fonts import bigger

PANEL_WIDTH = 440


class LockCover(QWidget):
    """The lock over the window; ``submitted(name, password)`` asks for a check."""

    submitted = Signal(str, str)

    def __init__(self, who: SignedIn, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.who = who
        self._busy = self._switching = False
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.panel = QFrame(self, objectName="lockPanel", frameShape=QFrame.Shape.StyledPanel)
        self.panel.setFixedWidth(PANEL_WIDTH)
        self.title = QLabel(self.panel, objectName="lockTitle")
        self.title.setFont(bigger(self.title.font(), 1.4, bold=True))
        self.intro = message_label(self.panel, "lockIntro")
        self.name = QLineEdit(self.panel, objectName="lockAccount")
        self.password = password_edit(self.panel, "lockPassword")
        self.message = message_label(self.panel, "lockMessage")
        self.unlock_button = QPushButton(self.panel, objectName="unlock", default=True)
        self.switch_button = QPushButton(self.panel, objectName="switchUser",
                                         autoDefault=False)
        self.unlock_button.clicked.connect(self.submit)
        self.password.returnPressed.connect(self.submit)
        self.switch_button.clicked.connect(lambda: self.set_switching(not self._switching))
        for edit in (self.name, self.password):
            edit.textChanged.connect(self._update_button)
        self._lay_out()
        self.set_switching(False)

    def _lay_out(self) -> None:
        self.form = QFormLayout()
        self.name_label, self.password_label = QLabel(self.panel), QLabel(self.panel)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(24, 20, 24, 20)
        for widget in (self.title, self.intro):
            inner.addWidget(widget)
        inner.addLayout(self.form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def set_switching(self, switching: bool) -> None:
        """The locking account's password, or another account's name and password."""
        self._switching = switching
        self.name.setText("" if switching else self.who.name)
        self.name.setReadOnly(not switching)
        self.password.clear()
        self.show_message("")
        self.retranslate()
        (self.name if switching else self.password).setFocus()
        self._update_button()

    def retranslate(self) -> None:
        self.title.setText(self.tr("This computer is locked"))
        role = str(message(f"privacy.role_{self.who.role}"))
        self.intro.setText(self.tr(
            "Another account signs in here and works with its own role; the page and any "
            "unsaved form stay as they are.") if self._switching else self.tr(
            "The data is hidden while the computer is locked. Type the password of “{name}” "
            "({role}) to go on where you left off.").format(name=self.who.name, role=role))
        self.name_label.setText(self.tr("Account:"))
        self.password_label.setText(self.tr("Password:"))
        self.unlock_button.setText(self.tr("Sign in") if self._switching
                                   else self.tr("Unlock"))
        self.switch_button.setText(self.tr("Back to “{name}”").format(name=self.who.name)
                                   if self._switching else self.tr("Switch user…"))

    def _update_button(self) -> None:
        ready = bool(self.name.text().strip()) and bool(self.password.text())
        self.unlock_button.setEnabled(ready and not self._busy)

    def submit(self) -> None:
        if self.unlock_button.isEnabled():
            self.submitted.emit(self.name.text().strip(), self.password.text())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.switch_button.setEnabled(not busy)
        if busy:
            self.show_message(self.tr("Checking the password…"))
        self._update_button()

    def refused(self, text: str) -> None:
        self.show_message(text, error=True)
        self.password.clear()
        self.password.setFocus()

    def show_message(self, text: str, error: bool = False) -> None:
        say(self.message, text, error)
