"""The first-run wizard: which computer this is, where it is used, its name, the first
account (or "later", ``account.py``), and (optionally) the enrolment file from the province.

Why a wizard and not a form: it runs once, for someone who may never have set up a program,
so it asks one thing per page in plain words, with the official unit list to choose from
(never a code to type) and a search that ignores diacritics ("muong phang" finds Xã Mường
Phăng). Nothing is written until Finish; then the device is set up in one unit of work and
the enrolment file, if one was chosen, is taken; the account is handed to the window
(``account_request``), which encrypts the store once the wizard is closed. An enrolment
that fails is told on the page, and the officer can choose another file or finish
without it.

The keyboard: each page puts the cursor where its answer is typed (``focus_start``), Enter
is Next while a page is complete and Finish on the last page (its file button is never the
default: Enter there must not open a file chooser), and Escape, Cancel or the window's close
button ask before leaving, since leaving loses every answer given.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.models.store import Store
from app.ops.commune import set_up_device
from app.ops.sync import enrol
from app.ui.pages.wizard.account import AccountPage
from app.ui.pages.wizard.pages import NamePage, RolePage
from app.ui.pages.wizard.place import PlacePage, wrapped_label
from app.ui.runtime import errors
from app.ui.runtime.tasks import TaskRunner
from app.ui.signin.protect import ProtectRequest
from app.ui.widgets import dialogs
from app.ui.widgets.dialogs import choose_enrolment_file
from app.ui.widgets.form_parts import ERROR_STYLE


class EnrolPage(QWizardPage):
    """Page 5 (optional): the enrolment file; Finish sets the device up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.intro, self.path_label = wrapped_label(self), wrapped_label(self, "enrolmentPath")
        self.message = wrapped_label(self, "enrolmentMessage")
        # Neither button takes Enter when focused: Enter on this page is Finish.
        self.choose = QPushButton(self, objectName="chooseEnrolment", autoDefault=False)
        self.choose.clicked.connect(self.choose_file)
        self.forget = QPushButton(self, objectName="forgetEnrolment", autoDefault=False)
        self.forget.clicked.connect(lambda: self.set_path(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.forget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.path_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setFinalPage(True)

    def focus_start(self) -> None:
        """On Finish, where Enter goes: the file is optional; Tab reaches its button."""
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.FinishButton).setFocus()

    def choose_file(self) -> None:
        path = choose_enrolment_file(self)
        if path is not None:
            self.set_path(path)

    def set_path(self, path: Path | None) -> None:
        self.path = path
        self.show_message("")
        self.retranslate()

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def validatePage(self) -> bool:
        wizard = self.wizard()
        return wizard.finish() if isinstance(wizard, SetupWizard) else True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Enrolment with the province (optional)"))
        self.intro.setText(self.tr(
            "If the province gave you an enrolment file for this computer, load it now. You "
            "can also skip this and load it later in Settings."))
        self.choose.setText(self.tr("Choose enrolment file…"))
        self.forget.setText(self.tr("Do not use a file"))
        self.forget.setVisible(self.path is not None)
        self.path_label.setText(
            self.tr("File: {path}").format(path=self.path) if self.path is not None
            else self.tr("No file chosen: the computer is set up without enrolment."))


class SetupWizard(QWizard):
    _built = False  # Qt may send change events while __init__ is still building pages

    def __init__(self, store: Store, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self._store = store
        self.runner = runner or TaskRunner(self)
        self._set_up, self._busy = False, False
        self._device_ready = False  # set on the worker once setup_device has committed
        self.role = RolePage(self)
        self.place = PlacePage(store, self)
        self.naming = NamePage(self.place, self)
        self.account = AccountPage(self)
        self.enrolment = EnrolPage(self)
        for page in (self.role, self.place, self.naming, self.account, self.enrolment):
            self.addPage(page)
        self.role.registerField("trainer", self.role.trainer)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(680, 520)
        self.currentIdChanged.connect(self._focus_page)  # after Qt placed its own focus
        cancel = self.button(QWizard.WizardButton.CancelButton)
        cancel.clicked.disconnect()  # Qt's reject() leaves without asking
        cancel.clicked.connect(self.ask_to_leave)
        self._built = True
        self.retranslate()

    def _focus_page(self, _page_id: int) -> None:
        page = self.currentPage()
        if hasattr(page, "focus_start"):
            page.focus_start()

    # --- leaving --------------------------------------------------------------------------
    def ask_to_leave(self) -> bool:
        """Escape, Cancel and the window's close button come here: leaving loses what was
        answered, so it is asked first (No is the default, so a second Escape stays). Once
        the computer is set up and only the enrolment file failed, leaving opens the
        program without it."""
        if self._busy:
            return False
        if self._device_ready:
            text = self.tr("This computer is set up; only the enrolment file was not taken. "
                           "Open the program without it? You can load the file later in "
                           "Settings.")
            yes = self.tr("Open without the file")
        else:
            text = self.tr("Quit without setting up this computer? Nothing has been saved: "
                           "the next time the program starts, it asks these questions again.")
            yes = self.tr("Quit")
        if not dialogs.confirm(self, self.tr("Stop the setup?"), text, yes,
                               self.tr("Continue setting up")):
            return False
        if self._device_ready:
            self._set_up = True
            self.accept()
        else:
            self.reject()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.ask_to_leave()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button (a spontaneous close) asks; the program's own close
        (``close()``, ``reject()``) does not."""
        if event.spontaneous() and self.isVisible() and not self._set_up:
            event.ignore()
            self.ask_to_leave()
            return
        super().closeEvent(event)

    def finish(self) -> bool:
        """Set up (and enrol) on the worker; the wizard closes when that succeeded."""
        if self._set_up:
            return True
        if not self._busy:
            self._busy = True
            self._enable_buttons(False)
            self.enrolment.show_message(self.tr("Setting up this computer…"))
            communes = [row.code for row in self.place.chosen()]
            name, trainer = self.naming.name.text(), bool(self.field("trainer"))
            path = self.enrolment.path
            self.runner.run(lambda: self._setup(communes, name, trainer, path), self._done,
                            failed=self._refused)
        return False

    def _setup(self, communes: list[str], name: str, trainer: bool,
               path: Path | None) -> None:  # on the worker
        set_up_device(self._store, communes, name, trainer)
        self._device_ready = True
        if path is not None:
            enrol(self._store, path)

    def _done(self, _result: None) -> None:
        self._busy, self._set_up = False, True
        self._enable_buttons(True)
        self.accept()

    def _refused(self, exc: BaseException) -> bool:
        self._busy = False
        self._enable_buttons(True)
        if not errors.is_expected(exc):
            self.enrolment.show_message("")
            return False  # the runner shows the error dialog
        text = str(exc)
        if self._device_ready and self.enrolment.path is not None:
            text = self.tr("This computer is set up, but the enrolment file was not taken: "
                           "{reason} Choose another file, or finish without one.").format(
                reason=text)
        self.enrolment.show_message(text, error=True)
        return True

    @property
    def is_set_up(self) -> bool:
        return self._set_up

    @property
    def account_request(self) -> ProtectRequest | None:
        """The first administrator to make once set up; None: "later" (a plain store)."""
        return self.account.request() if self._set_up else None

    def _enable_buttons(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this computer"))
        buttons = {QWizard.WizardButton.BackButton: self.tr("< Back"),
                   QWizard.WizardButton.NextButton: self.tr("Next >"),
                   QWizard.WizardButton.FinishButton: self.tr("Finish"),
                   QWizard.WizardButton.CancelButton: self.tr("Cancel")}
        for which, text in buttons.items():
            self.setButtonText(which, text)
        for page in (self.role, self.place, self.naming, self.account, self.enrolment):
            page.retranslate()


def run_setup_wizard(store: Store,
                     parent: QWidget | None = None) -> tuple[bool, ProtectRequest | None]:
    """Show the wizard until the officer finishes (True: the device is set up) or closes
    it; with the first account to make, if one was asked for."""
    wizard = SetupWizard(store, parent=parent)
    wizard.exec()
    wizard.runner.shutdown()
    answer = wizard.is_set_up, wizard.account_request
    wizard.deleteLater()
    return answer
