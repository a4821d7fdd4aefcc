"""The line that says a record just saved is hidden by the list's search or filters.

Why: an officer who adds "Lò Văn Pánh" while the list is searched for "hoa" saw the form
close and the new record nowhere, and thought it lost. The note says where it went and
offers the one click that shows it (the list clears its search and filters, then selects
it); it goes away by itself once the record is in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

translate = QCoreApplication.translate
NOTE_STYLE = """
QFrame#hiddenNote { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; }
"""


class HiddenNote(QFrame):
    """Hidden until ``show_for``; ``reveal_requested`` carries the record's id."""

    reveal_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hiddenNote")
        self.setStyleSheet(NOTE_STYLE)
        self.record_id: str | None = None
        self.label = QLabel(self, wordWrap=True, objectName="hiddenNoteText")
        self.button = QPushButton(self, objectName="revealRecord", autoDefault=False)
        self.button.clicked.connect(self._reveal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(translate(
            "TablePage", "The record you just saved is not in the list below: the search "
            "or a filter hides it."))
        self.button.setText(translate("TablePage", "Clear the search and show it"))

    def show_for(self, record_id: str) -> None:
        self.record_id = record_id
        self.setVisible(True)

    def dismiss(self) -> None:
        self.record_id = None
        self.setVisible(False)

    def _reveal(self) -> None:
        if self.record_id is not None:
            self.reveal_requested.emit(self.record_id)
