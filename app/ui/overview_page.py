"""The overview: the commune's ICT indicators as cards, and its equipment by status.

Every number here is computed by ``app.models.indicators`` (never typed); this page only
lays them out and words them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.indicators import Indicators

from . import labels
from .controllers import OVER_AGE_YEARS
from .formatting import count_text, decimal_text, percent_text

CARD_COLUMNS = 4
CARD_STYLE = """
QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QLabel#cardValue { font-size: 22pt; font-weight: bold; }
"""


class Card(QFrame):
    """One indicator: what it is, its value, and a line that puts the value in context."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title, self, wordWrap=True)
        self.value = QLabel("–", self, objectName="cardValue")
        self.detail = QLabel("", self, objectName="cardDetail", wordWrap=True)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self.cards = {key: Card(title, self) for key, title in self._card_titles()}
        self.status_box = QGroupBox(self.tr("Equipment by status"), self)
        self.status_form = QFormLayout(self.status_box)
        self._lay_out()

    def _card_titles(self) -> list[tuple[str, str]]:
        return [
            ("officials", self.tr("Officials")),
            ("certified", self.tr("Officials with an IT certificate")),
            ("trained", self.tr("Officials trained this year")),
            ("computers", self.tr("Computers per official")),
            ("lan", self.tr("Computers on the office network (LAN)")),
            ("internet", self.tr("Computers connected to the Internet")),
            ("broken", self.tr("Broken equipment")),
            ("over_age", self.tr("Equipment over {years} years old").format(
                years=OVER_AGE_YEARS)),
        ]

    def _lay_out(self) -> None:
        grid = QGridLayout()
        for n, card in enumerate(self.cards.values()):
            grid.addWidget(card, n // CARD_COLUMNS, n % CARD_COLUMNS)
        grid.addWidget(self.status_box, -(-len(self.cards) // CARD_COLUMNS), 0)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)

    def show_indicators(self, ind: Indicators) -> None:
        of_officials = self.tr("{share} of officials")
        of_computers = self.tr("{share} of computers in use")
        cards = self.cards
        cards["officials"].show_value(count_text(ind.officials))
        cards["certified"].show_value(
            count_text(ind.certified), of_officials.format(share=percent_text(ind.certified_share)))
        cards["trained"].show_value(
            count_text(ind.trained_this_year),
            of_officials.format(share=percent_text(ind.trained_share)))
        cards["computers"].show_value(
            decimal_text(ind.computers_per_official),
            self.tr("{count} computers in use").format(count=count_text(ind.computers)))
        cards["lan"].show_value(
            count_text(ind.computers_lan), of_computers.format(share=percent_text(ind.lan_share)))
        cards["internet"].show_value(
            count_text(ind.computers_internet),
            of_computers.format(share=percent_text(ind.internet_share)))
        cards["broken"].show_value(count_text(ind.broken))
        cards["over_age"].show_value(
            count_text(ind.over_age), self.tr("not counting items disposed of or lost"))
        self._show_statuses(ind)

    def _show_statuses(self, ind: Indicators) -> None:
        while self.status_form.rowCount():
            self.status_form.removeRow(0)
        for key in labels.EQUIPMENT_STATUS.sources:
            count = ind.equipment_by_status.get(key, 0)
            if count:
                self.status_form.addRow(labels.EQUIPMENT_STATUS.label(key), self._number(count))
        self.status_form.addRow(self.tr("Total"), self._number(ind.total_equipment, bold=True))

    def _number(self, value: int, bold: bool = False) -> QLabel:
        label = QLabel(count_text(value), self.status_box)
        if bold:
            label.setStyleSheet("font-weight: bold;")
        return label
