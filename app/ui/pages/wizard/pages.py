"""The first-run wizard's first and third pages: which computer this is, and its name.

Each page says where the cursor starts (``focus_start``), so the first key the officer
types lands where the page expects it; the wizard calls it once Qt has placed its own
focus on the page (see ``wizard.SetupWizard``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.models.reference_queries import suggested_device_name
from app.ui.pages.wizard.place import PlacePage, wrapped_label


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

    def focus_start(self) -> None:
        """On the chosen answer: the arrows change it, Enter goes on."""
        (self.trainer if self.trainer.isChecked() else self.office).setFocus()

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

    def focus_start(self) -> None:
        """In the name, selected: typing replaces the suggestion, Enter keeps it."""
        self.name.setFocus()
        self.name.selectAll()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())

    def retranslate(self) -> None:
        self.setTitle(self.tr("Name this computer"))
        self.intro.setText(self.tr("The province sees this name in its list of devices. "
                                   "You can keep the suggestion."))
        self.name_label.setText(self.tr("Name of this computer:"))
