"""Conflicts to review: the record, the field, both values side by side, and the choice.

A conflict is a field two copies changed without seeing each other's change. Sync kept one
value everywhere (the later change) and logged the other; nothing is settled until an
officer looks. Each conflict is a card, so a person with no IT training reads "Official:
Lò Văn Thắng — Phone number: 0922 222 222 now, 0911 111 111 on the other computer" and
presses one of two buttons. Conflicts are rare, so a card per conflict (up to a bound)
reads better than a table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.pages.sync.conflict_items import (
    ConflictItem,
    field_text,
    record_text,
    table_text,
    value_text,
)
from app.ui.runtime.formatting import count_text

MAX_CARDS = 50  # beyond this the officer resolves the first ones, then sees the next
KEEP, USE_OTHER = "kept", "lost"  # app.sync.status.resolve's choices
CARD_STYLE = """
QFrame#conflictCard { border: 1px solid palette(mid); border-radius: 6px;
                      background: palette(base); }
QLabel#conflictRecord { font-weight: bold; }
QLabel#conflictField { font-weight: bold; color: #1a4f8b; }
QLabel#conflictField:disabled { color: palette(dark); }
QLabel#valueCaption { color: palette(dark); }
QFrame#valueBox { border: 1px solid palette(midlight); border-radius: 4px; }
QLabel#conflictValue { font-size: 12pt; }
"""


class ConflictCard(QFrame):
    """One conflict: what record and field, both values side by side, a button under each."""

    chosen = Signal(int, str)  # conflict id, KEEP or USE_OTHER

    def __init__(self, item: ConflictItem, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="conflictCard")
        self.item = item
        self.title = QLabel(f"{table_text(item.table)}: {record_text(item)}", self,
                            objectName="conflictRecord", wordWrap=True)
        self.field_label = QLabel(field_text(item.field), self, objectName="conflictField")
        self.when = QLabel(self.tr("Found {when}").format(
            when=item.detected_at.strftime("%d/%m/%Y %H:%M")), self)
        self.kept_value = self._value_label(value_text(item, item.kept))
        self.lost_value = self._value_label(value_text(item, item.lost))
        self.keep_button = QPushButton(self.tr("Keep current"), self)
        self.use_other_button = QPushButton(self.tr("Use the other value"), self)
        self.keep_button.clicked.connect(lambda: self._choose(KEEP))
        self.use_other_button.clicked.connect(lambda: self._choose(USE_OTHER))
        self._lay_out()

    def _value_label(self, text: str) -> QLabel:
        label = QLabel(text, self, objectName="conflictValue", wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _box(self, caption: str, value: QLabel, button: QPushButton) -> QFrame:
        box = QFrame(self, objectName="valueBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(QLabel(caption, box, objectName="valueCaption"))
        layout.addWidget(value)
        layout.addStretch(1)
        layout.addWidget(button)
        return box

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.when, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.field_label, 1, 0, 1, 2)
        grid.addWidget(self._box(self.tr("Current value"), self.kept_value, self.keep_button),
                       2, 0)
        grid.addWidget(self._box(self.tr("Other value"), self.lost_value,
                                 self.use_other_button), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _choose(self, keep: str) -> None:
        self.keep_button.setEnabled(False)  # one choice; the list reloads after it is saved
        self.use_other_button.setEnabled(False)
        self.chosen.emit(self.item.id, keep)


class ConflictList(QWidget):
    """The open conflicts as cards in a scrolling list, or a line saying there are none."""

    chosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self.items: list[ConflictItem] = []
        self.cards: list[ConflictCard] = []
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.inner = QWidget()
        self.cards_layout = QVBoxLayout(self.inner)
        self.cards_layout.addStretch(1)
        self.scroll = QScrollArea(self, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        layout.addStretch(0)
        self.set_items([])

    def set_items(self, items: list[ConflictItem]) -> None:
        self.items = list(items)
        for card in self.cards:
            card.deleteLater()
        self.cards = [ConflictCard(item, self.inner) for item in self.items[:MAX_CARDS]]
        for n, card in enumerate(self.cards):
            card.chosen.connect(self.chosen)
            self.cards_layout.insertWidget(n, card)
            card.show()  # now, not when the layout's queued show comes round
        self.scroll.setVisible(bool(self.cards))
        self._show_summary()

    def retranslate(self) -> None:
        """Cards are rebuilt: every text on them comes from a translation or a label."""
        self.set_items(self.items)

    def _show_summary(self) -> None:
        count = len(self.items)
        if not count:
            text = self.tr("No conflicts to review.")
        else:
            text = self.tr("%Ln conflict(s) to review. Sync kept the current value; choose "
                           "which one is right.", None, count)
        if count > MAX_CARDS:
            text += " " + self.tr("The first {shown} are shown.").format(
                shown=count_text(MAX_CARDS))
        self.summary.setText(text)
