"""A picker for long lists: typing part of a name, without diacritics, finds the choice.

Used for an item's holder among thousands of officials, the 54 ethnic groups, and the
holder filter of the equipment list. Typing filters the list the way the lists' search
does, ignoring diacritics and case ("hmong" finds "Mông" through its variant "H'Mông").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QListView, QWidget

from app.models.vntext import matches_tokens, query_tokens, search_key

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    text: str
    value: Any
    search: str  # folded text the picker matches typing against


class ChoiceModel(QAbstractListModel):
    """A plain list of choices: display text, the value (UserRole) and a search key."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choices(self) -> list[Choice]:
        return self._choices

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return choice.text
        if role == Qt.ItemDataRole.UserRole:
            return choice.value
        if role == SEARCH_ROLE:
            return choice.search
        return None


class FoldingCompleter(QCompleter):
    """Completes on the folded search key: the typed text is folded the same way."""

    def splitPath(self, path: str) -> list[str]:
        return [search_key(path)]

    def pathFromIndex(self, index: QModelIndex) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


class SearchCombo(QComboBox):
    """An editable combo over a ``ChoiceModel`` whose typing finds choices by search key.

    What is typed must end as one of the choices: ``resolve()`` picks the one choice the
    text names (or leaves it to the form to say "choose from the list"). ``about_to_use``
    is emitted before the list is opened, typed in or resolved, for owners that fill long
    lists only when needed."""

    about_to_use = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.choice_model = ChoiceModel(self)
        self.setModel(self.choice_model)
        completer = FoldingCompleter(self.choice_model, self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setMaxVisibleItems(15)
        view = self.view()
        if isinstance(view, QListView):  # thousands of officials: no per-item size query
            view.setUniformItemSizes(True)
        self.lineEdit().editingFinished.connect(self.resolve)

    def set_choices(self, choices: Sequence[Choice], value: Any = None) -> None:
        self.blockSignals(True)
        self.choice_model.set_choices(choices)
        self.blockSignals(False)
        self.set_value(value)

    def set_value(self, value: Any) -> None:
        values = [choice.value for choice in self.choice_model.choices()]
        self.setCurrentIndex(values.index(value) if value in values else 0)

    def value(self) -> Any:
        return self.currentData(Qt.ItemDataRole.UserRole)

    def showPopup(self) -> None:
        self.about_to_use.emit()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.about_to_use.emit()
        super().focusInEvent(event)

    def resolve(self) -> bool:
        """Make the typed text one of the choices if it names exactly one; True if the
        text now shows a choice."""
        text = self.currentText()
        self.about_to_use.emit()
        choices = self.choice_model.choices()
        row = self.currentIndex()
        if 0 <= row < len(choices) and choices[row].text == text:
            return True
        key = search_key(text)
        tokens = query_tokens(text)
        exact = [n for n, c in enumerate(choices) if search_key(c.text) == key]
        found = exact or [n for n, c in enumerate(choices)
                          if tokens and matches_tokens(tokens, c.search)]
        if len(found) == 1:
            self.setCurrentIndex(found[0])
            return True
        return False
