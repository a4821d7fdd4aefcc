"""The keys every list of the window answers the same way, in one place.

A list page starts in its search box, and the officer's hands stay on the keyboard from
there: Down goes into the list (on the row already chosen, else the first), Enter opens
the one record the search left (or the chosen one), and Up on the list's first row goes
back to the search. The training page, the enrolment dialog and the staff and equipment
lists all use ``SearchListKeys``, so the same keys do the same thing everywhere.

A page's own shortcuts (Ctrl+N, Ctrl+E, Ctrl+I…) act while the focus is inside it; a text
box would otherwise take some of them for itself (Ctrl+E moves to the end of the line on
Linux), so ``PageShortcutsFirst`` lets the page's shortcuts win in its text boxes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def plain(event: QKeyEvent) -> bool:
    """No modifier but the keypad's: Enter on the keypad is Enter."""
    return not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def page_shortcut(page: QWidget, keys: QKeySequence) -> Callable[[], None] | None:
    """What ``page`` does on ``keys`` when the focus is inside it: its own actions and
    shortcuts that act "within the page" (Qt.WidgetWithChildrenShortcut), enabled ones
    only. Shortcuts of one widget in the page (Delete in a table) are not the page's."""
    within = Qt.ShortcutContext.WidgetWithChildrenShortcut
    for action in page.actions():
        if (action.shortcutContext() == within and action.isEnabled() and action.isVisible()
                and keys in action.shortcuts()):
            return action.trigger
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for shortcut in page.findChildren(QShortcut, options=direct):
        if shortcut.context() == within and shortcut.isEnabled() and keys in list(shortcut.keys()):
            return shortcut.activated.emit
    return None


class KeyActions(QObject):
    """Plain keys that act on one widget (Delete deletes a table's selected row, Enter
    edits it).

    An event filter rather than a QShortcut: the keys act only while that widget has the
    focus, and they never reach the widget (nor a dialog's default button) as well."""

    def __init__(self, widget: QWidget, actions: dict[Qt.Key, Callable[[], None]]) -> None:
        super().__init__(widget)
        self._actions = actions
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                plain(event):
            action = self._actions.get(Qt.Key(event.key()))
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)


class PageShortcutsFirst(QObject):
    """In ``box``, a key that is one of ``page``'s shortcuts acts as the page's shortcut
    rather than as the text box's own key (Qt asks the focused widget first). ``box`` is
    the widget that takes the focus: a line edit, or an editable combo (which hands the
    key to its line edit directly, past any filter on that)."""

    def __init__(self, box: QWidget, page: QWidget) -> None:
        super().__init__(box)
        self.page = page
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and page_shortcut(self.page, QKeySequence(event.keyCombination())):
            event.ignore()  # not the box's: Qt then looks for a shortcut
            return True
        return super().eventFilter(watched, event)


class SearchListKeys(QObject):
    """Down, Enter and Up between a search box and the list it filters.

    ``open_row`` opens the list's current record (the page's Open… or Edit); it is called
    with that row current and selected."""

    def __init__(self, search: QLineEdit, table: QAbstractItemView,
                 open_row: Callable[[], None]) -> None:
        super().__init__(search)
        self.search, self.table, self.open_row = search, table, open_row
        search.installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or not plain(event):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search and key == Qt.Key.Key_Down:
            return self.into_list()
        if watched is self.search and key in ENTER_KEYS:
            return self.enter()
        if watched is self.table and key == Qt.Key.Key_Up and self._on_first_row():
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def into_list(self) -> bool:
        """Into the list on the chosen row, else on the first; True: the key was used."""
        model = self.table.model()
        if model is None or model.rowCount() == 0:
            return False
        current = self.table.currentIndex()
        chosen = self.table.selectionModel().selectedRows()
        row = chosen[0].row() if chosen else (current.row() if current.isValid() else 0)
        self._choose(row)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def enter(self) -> bool:
        """The one record shown, or the chosen one, opens; else Enter goes into the list."""
        model = self.table.model()
        count = model.rowCount() if model is not None else 0
        chosen = self.table.selectionModel().selectedRows()
        if count == 1 or chosen:
            self._choose(0 if count == 1 else chosen[0].row())
            # On the row: the form, once closed, gives the focus back to it (and a record
            # this device only reads, which opens nothing, is shown chosen in the list).
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.open_row()
            return True
        return self.into_list()

    def _choose(self, row: int) -> None:
        index = self.table.model().index(row, 0)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _on_first_row(self) -> bool:
        current = self.table.currentIndex()
        return not current.isValid() or current.row() == 0
