"""Which commune's stock-take the page shows, on a trainer's laptop that serves several.

A round is a record of one commune: a trainer helping two communes count their equipment
opens, counts and sees each one's round apart. An office laptop has one commune, and the
choice is not shown at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app.ui.pages.stocktake.controller import StocktakeController


class CommuneChoice(QWidget):
    """A label and a list of the laptop's communes, by name; choosing one shows its round."""

    def __init__(self, communes: Sequence[tuple[str, str]], controller: StocktakeController,
                 then: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller, self.then = controller, then
        self.label = QLabel(self)
        self.box = QComboBox(self, objectName="stocktakeCommune")
        for code, name in communes:
            self.box.addItem(name, code)
        self.box.setCurrentIndex(max(self.box.findData(controller.commune), 0))
        self.label.setBuddy(self.box)
        self.box.currentIndexChanged.connect(self._chosen)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.label)
        row.addWidget(self.box)
        row.addStretch(1)
        self.setVisible(len(communes) > 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Stock-take of the co&mmune:"))

    def _chosen(self, _index: int) -> None:
        code = self.box.currentData()
        if code and code != self.controller.commune:
            self.controller.commune = code
            self.then()
