"""Message boxes, built one way everywhere: a translated title and button, the sentence
for the officer, and (for a bug) technical details that can be copied for support.

Qt ships no Vietnamese translation of its own standard buttons, so the button is ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                 details: str = "") -> None:
    """Show a message and wait until the officer closes it."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.addButton(QCoreApplication.translate("Dialogs", "Close"),
                  QMessageBox.ButtonRole.AcceptRole)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_failure(parent: QWidget | None, message: str, details: str) -> None:
    """A data task failed: its own sentence if it is an expected failure, else a general one."""
    text = message or QCoreApplication.translate(
        "Dialogs", "Something went wrong. Please send the details below to IT support.")
    show_message(parent, Icon.Warning, QCoreApplication.translate("Dialogs", "Problem"),
                 text, details)
