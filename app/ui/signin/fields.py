"""What the sign-in, recovery and lock forms share: a password field, a wrapped message."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget


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
