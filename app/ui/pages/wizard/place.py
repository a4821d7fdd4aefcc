"""The first-run wizard's second page: the province, then the commune (an office laptop)
or communes (a trainer's), found by typing part of a name without its diacritics.

Enter in the search box takes the one commune left and Down walks into the list, so the
page can be done without the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.models.reference_queries import DEFAULT_PROVINCE, CommuneRow, filter_communes
from app.models.store import Store
from app.ops.commune import communes_of, provinces

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def wrapped_label(parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(parent, wordWrap=True)
    label.setObjectName(name)
    return label


class PlacePage(QWizardPage):
    """Page 2: the province, then one commune (office) or several (trainer)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[CommuneRow] = []
        self._chosen: dict[str, CommuneRow] = {}
        self._trainer = False
        self.province = QComboBox(self, objectName="provinceCombo")
        for row in provinces(store):
            self.province.addItem(row.name, row.code)
        self.province.setCurrentIndex(max(0, self.province.findData(DEFAULT_PROVINCE)))
        self.province.currentIndexChanged.connect(self._load_communes)
        self.search = QLineEdit(self, objectName="communeSearch", clearButtonEnabled=True)
        self.search.textChanged.connect(self.apply_search)
        self.search.installEventFilter(self)
        self.list = QListWidget(self, objectName="communeList")
        self.list.setStyleSheet("QListWidget#communeList::item { padding: 3px 4px; }")
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemChanged.connect(self._check_changed)
        self.hint, self.chosen_label = wrapped_label(self), wrapped_label(self, "chosenCommunes")
        self.chosen_label.setStyleSheet("font-weight: bold;")
        self.province_label, self.commune_label = QLabel(self), QLabel(self)
        self.province_label.setBuddy(self.province)
        self.commune_label.setBuddy(self.search)
        form = QFormLayout()
        form.addRow(self.province_label, self.province)
        form.addRow(self.commune_label, self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.chosen_label)

    def initializePage(self) -> None:
        trainer = bool(self.field("trainer"))
        if trainer != self._trainer or not self._rows:
            self._trainer = trainer
            self._load_communes()
        self.retranslate()

    def focus_start(self) -> None:
        """In the commune search, not the province above it: the officer types a commune's
        name first, and a province combo would take the letters (and open on the space of
        "muong phang"). Changing the province is one Shift+Tab away."""
        self.search.setFocus()

    def _load_communes(self) -> None:
        """A quick read (a province has about a hundred units); choices start over."""
        self._rows = communes_of(self._store, self.province.currentData())
        self._chosen.clear()
        self.list.blockSignals(True)
        self.list.clear()
        mode = QListWidget.SelectionMode
        self.list.setSelectionMode(mode.NoSelection if self._trainer else mode.SingleSelection)
        for row in self._rows:
            item = QListWidgetItem(row.name, self.list)
            item.setData(CODE_ROLE, row.code)
            if self._trainer:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.apply_search()
        self._chosen_changed()

    def apply_search(self) -> None:
        shown = {row.code for row in filter_communes(self._rows, self.search.text())}
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setHidden(item.data(CODE_ROLE) not in shown)

    def visible_names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

    def _visible_items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())
                if not self.list.item(i).isHidden()]

    def _choose_only_match(self) -> bool:
        """Enter in the search box takes the one commune left (a trainer's Enter ticks or
        unticks it); True if it did. Otherwise Enter is the wizard's Next."""
        visible = self._visible_items()
        if len(visible) != 1:
            return False
        item = visible[0]
        if self._trainer:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return True
        if item.isSelected():
            return False
        item.setSelected(True)
        self.list.setCurrentItem(item)
        return True

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        """In the search box, Enter chooses the one match and Down goes to the list."""
        if watched is not self.search or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self._choose_only_match()
        if event.key() == Qt.Key.Key_Down:
            visible = self._visible_items()
            if visible:
                self.list.setFocus()
                self.list.setCurrentItem(visible[0])
            return True
        return super().eventFilter(watched, event)

    def _row(self, item: QListWidgetItem) -> CommuneRow:
        code = item.data(CODE_ROLE)
        return next(row for row in self._rows if row.code == code)

    def _selection_changed(self) -> None:
        if self._trainer:
            return
        self._chosen = {row.code: row for row in map(self._row, self.list.selectedItems())}
        self._chosen_changed()

    def _check_changed(self, item: QListWidgetItem) -> None:
        row = self._row(item)
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[row.code] = row
        else:
            self._chosen.pop(row.code, None)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        names = ", ".join(row.name for row in self.chosen())
        self.chosen_label.setText(self.tr("Chosen: {names}").format(names=names) if names
                                  else self.tr("Nothing chosen yet."))
        self.completeChanged.emit()

    def chosen(self) -> list[CommuneRow]:
        """The chosen communes in list order (the first is the device's home commune)."""
        return [row for row in self._rows if row.code in self._chosen]

    def isComplete(self) -> bool:
        return len(self._chosen) == 1 or (self._trainer and len(self._chosen) > 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where is this computer used?"))
        self.province_label.setText(self.tr("Province:"))
        self.commune_label.setText(self.tr("Commune or ward:"))
        self.search.setPlaceholderText(self.tr("Type part of the name, e.g. muong phang"))
        self.hint.setText(self.tr("Tick every commune where you teach.") if self._trainer
                          else self.tr("Choose your commune in the list."))
        self._chosen_changed()
