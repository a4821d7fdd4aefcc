"""A picker for long lists: typing part of a name, without diacritics, finds the choice.

Used for an item's holder among thousands of officials, the 54 ethnic groups, and the
holder filter of the equipment list. Typing filters the list the way the lists' search
does, ignoring diacritics and case ("hmong" finds "Mông" through its variant "H'Mông").

A picker may also offer to add what was typed when it names no choice (``offer_new``): the
list then shows one entry more, "Add official “Giàng A Súa”…", and choosing it asks the
owner to add it (``add_wanted``); the owner hands the new choice back (``add_choice``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
NEW_CHOICE = "\x00new"  # the value of the "add what was typed" entry; never a real value
_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    text: str
    value: Any
    search: str  # folded text the picker matches typing against


class ChoiceModel(QAbstractListModel):
    """A plain list of choices: display text, the value (UserRole) and a search key; and,
    after them, the offer to add what was typed while there is one (``set_offer``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._offer: Choice | None = None

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self._offer = None
        self.endResetModel()

    def add_choice(self, choice: Choice) -> int:
        """Append a choice before the offer; its row."""
        self.set_offer(None)
        row = len(self._choices)
        self.beginInsertRows(QModelIndex(), row, row)
        self._choices.append(choice)
        self.endInsertRows()
        return row

    def set_offer(self, offer: Choice | None) -> None:
        row = len(self._choices)
        if offer is not None and self._offer is not None:
            self._offer = offer
            self.dataChanged.emit(self.index(row), self.index(row))
        elif offer is not None:
            self.beginInsertRows(QModelIndex(), row, row)
            self._offer = offer
            self.endInsertRows()
        elif self._offer is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._offer = None
            self.endRemoveRows()

    def choices(self) -> list[Choice]:
        """The real choices (never the offer)."""
        return self._choices

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._choices) + (self._offer is not None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        choice = self._choices[row] if row < len(self._choices) else self._offer
        if choice is None:
            return None
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
    add_wanted = Signal(str)  # the offer to add what was typed was chosen: that text

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
        self._wording: Callable[[str], str] | None = None
        self._typed = ""
        self._last_real = 0

    def offer_new(self, wording: Callable[[str], str]) -> None:
        """Offer to add what is typed when it names no choice: ``wording(text)`` is the
        entry's text; choosing it emits ``add_wanted(text)`` and keeps the text typed."""
        self._wording = wording
        self.lineEdit().textEdited.connect(self._update_offer)  # before the completer looks
        self.currentIndexChanged.connect(self._index_changed)

    def _update_offer(self, text: str) -> None:
        typed = " ".join(text.split())
        self._typed = typed
        popup = self.completer().popup()
        if self._wording is None or not typed or self._found(typed):
            self.choice_model.set_offer(None)
            popup.setMinimumWidth(0)
            return
        offer = self._wording(typed)
        self.choice_model.set_offer(Choice(offer, NEW_CHOICE, search_key(typed)))
        popup.setMinimumWidth(popup.fontMetrics().horizontalAdvance(offer) + 32)  # in full

    def _index_changed(self, row: int) -> None:
        if row < len(self.choice_model.choices()):
            self._last_real = max(row, 0)
            return
        typed = self._typed  # the offer: back to what was shown, and ask the owner
        self.blockSignals(True)
        self.setCurrentIndex(self._last_real)
        self.setEditText(typed)
        self.blockSignals(False)
        self.add_wanted.emit(typed)

    def add_choice(self, choice: Choice) -> None:
        """A new choice (an official just added), now the chosen one."""
        self.setCurrentIndex(self.choice_model.add_choice(choice))

    def set_choices(self, choices: Sequence[Choice], value: Any = None) -> None:
        self.blockSignals(True)
        self.choice_model.set_choices(choices)
        self.blockSignals(False)
        self.set_value(value)

    def set_value(self, value: Any) -> None:
        values = [choice.value for choice in self.choice_model.choices()]
        self.setCurrentIndex(values.index(value) if value in values else 0)

    def value(self) -> Any:
        value = self.currentData(Qt.ItemDataRole.UserRole)
        return None if value == NEW_CHOICE else value

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
        found = self._found(text)
        if len(found) == 1:
            self.setCurrentIndex(found[0])
            return True
        return False

    def _found(self, text: str) -> list[int]:
        """The rows ``text`` names: the choice it spells out, else those holding all its
        words (each without diacritics or case)."""
        choices = self.choice_model.choices()
        key, tokens = search_key(text), query_tokens(text)
        exact = [n for n, c in enumerate(choices) if search_key(c.text) == key]
        return exact or [n for n, c in enumerate(choices)
                         if tokens and matches_tokens(tokens, c.search)]
