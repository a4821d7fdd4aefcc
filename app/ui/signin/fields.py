"""What the sign-in, recovery and lock forms share: a password field, a wrapped message."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.ui.widgets.form_parts import ERROR_STYLE


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    """A field whose text is never shown."""
    edit = QLineEdit(parent, objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(1024)
    return edit


def message_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent, objectName=name)
    label.setWordWrap(True)
    return label


def say(label: QLabel, text: str, error: bool = False) -> None:
    """A form's message line: a refusal in the error colour, anything else plain."""
    label.setStyleSheet(ERROR_STYLE if error else "")
    label.setText(text)
