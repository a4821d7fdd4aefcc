"""The first-run wizard: which computer this is, where it is used, its name, and
(optionally) the enrolment file from the province.

Why a wizard and not a form: it runs once, for someone who may never have set up a program,
so it asks one thing per page in plain words, with the official unit list to choose from
(never a code to type) and a search that ignores diacritics ("muong phang" finds Xã Mường
Phăng). Nothing is written until Finish; then the device is set up in one unit of work and
the enrolment file, if one was chosen, is taken. An enrolment that fails is told on the
page, and the officer can choose another file or finish without it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.models.reference_queries import (
    suggested_device_name,
)
from app.models.store import Store
from app.ops.commune import set_up_device
from app.ops.sync import enrol
from app.ui.pages.wizard.place import PlacePage, wrapped_label
from app.ui.runtime import errors
from app.ui.runtime.tasks import TaskRunner
from app.ui.widgets.dialogs import choose_enrolment_file
from app.ui.widgets.form_parts import ERROR_STYLE


class RolePage(QWizardPage):
    """Page 1: the commune office's computer, or a trainer's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.office = QRadioButton(self, objectName="officeChoice", checked=True)
        self.trainer = QRadioButton(self, objectName="trainerChoice")
        self.office_hint, self.trainer_hint, self.intro = (wrapped_label(self) for _ in range(3))
        group = QButtonGroup(self)
        group.addButton(self.office)
        group.addButton(self.trainer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        for button, hint in ((self.office, self.office_hint), (self.trainer, self.trainer_hint)):
            layout.addWidget(button)
            hint.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(hint)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which computer is this?"))
        self.intro.setText(self.tr("Welcome. A few questions set this computer up; "
                                   "nothing is saved until you press Finish."))
        self.office.setText(self.tr("The commune office's computer"))
        self.office_hint.setText(self.tr("The commune's officers keep their register of "
                                         "staff, equipment and training on it."))
        self.trainer.setText(self.tr("A trainer's computer"))
        self.trainer_hint.setText(self.tr("A trainer of the provincial department records "
                                          "classes in one or more communes on it."))


class NamePage(QWizardPage):
    """Page 3: the name the province will see in its list of devices."""

    def __init__(self, place: PlacePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._place = place
        self._suggested = ""
        self.name = QLineEdit(self, objectName="deviceNameEdit")
        self.name.setMaxLength(80)
        self.name.textChanged.connect(self.completeChanged)
        self.intro, self.name_label = wrapped_label(self), QLabel(self)
        self.name_label.setBuddy(self.name)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def initializePage(self) -> None:
        suggested = suggested_device_name(self._place.chosen(), bool(self.field("trainer")))
        if not self.name.text().strip() or self.name.text() == self._suggested:
            self.name.setText(suggested)
        self._suggested = suggested
        self.name.selectAll()
        self.name.setFocus()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Name this computer"))
        self.intro.setText(self.tr("The province sees this name in its list of devices. "
                                   "You can keep the suggestion."))
        self.name_label.setText(self.tr("Name of this computer:"))


class EnrolPage(QWizardPage):
    """Page 4 (optional): the enrolment file; Finish sets the device up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.intro, self.path_label = wrapped_label(self), wrapped_label(self, "enrolmentPath")
        self.message = wrapped_label(self, "enrolmentMessage")
        self.choose = QPushButton(self, objectName="chooseEnrolment")
        self.choose.clicked.connect(self.choose_file)
        self.forget = QPushButton(self, objectName="forgetEnrolment")
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
        self.enrolment = EnrolPage(self)
        for page in (self.role, self.place, self.naming, self.enrolment):
            self.addPage(page)
        self.role.registerField("trainer", self.role.trainer)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(680, 520)
        self._built = True
        self.retranslate()

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
        for page in (self.role, self.place, self.naming, self.enrolment):
            page.retranslate()


def run_setup_wizard(store: Store, parent: QWidget | None = None) -> bool:
    """Show the wizard until the officer finishes (True: the device is set up) or closes it."""
    wizard = SetupWizard(store, parent=parent)
    wizard.exec()
    wizard.runner.shutdown()
    wizard.deleteLater()
    return wizard.is_set_up
