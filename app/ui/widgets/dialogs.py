"""Message boxes, built one way everywhere: a translated title and buttons, and the
sentence for the officer.

Qt ships no Vietnamese translation of its own standard buttons, so the buttons are ours.
Failures with technical details (bugs) go to ``errors.show_error`` instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Icon = QMessageBox.Icon
translate = QCoreApplication.translate


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                 details: str = "") -> None:
    """Show a message and wait until the officer closes it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(translate("Dialogs", "Close"), QMessageBox.ButtonRole.AcceptRole)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_refusal(parent: QWidget | None, message: str) -> None:
    """An expected failure (a ``ModelError``): its own sentence, nothing technical."""
    show_message(parent, Icon.Warning, translate("Dialogs", "Problem"), message)


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
    """Ask before something that cannot be undone in one click; True only on ``yes``.

    ``no`` defaults to "Cancel"; Esc and closing the box answer no, and no is the default
    button, so a stray Enter does not delete anything.
    """
    box = QMessageBox(Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or translate("Dialogs", "Cancel"),
                              QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def choose_enrolment_file(parent: QWidget | None) -> Path | None:
    """Ask for the enrolment file the province issued for this computer (None: cancelled)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Choose the enrolment file from the province"), "",
        translate("Dialogs", "All files (*)"))  # the province may name the file any way
    return Path(path) if path else None
