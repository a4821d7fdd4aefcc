"""The overview: the commune's ICT indicators as cards, its equipment by status as a bar
chart, and three short lists of what needs attention, whose rows open their record
(``open_record``: the window shows the Staff or Equipment page with the record's form).

Every number here is computed by ``app.models.indicators`` (never typed); this page only
lays them out and words them. On a narrow screen (1024 pixels) the chart goes under the
lists instead of beside them and the page scrolls, rather than cutting the lists' titles.
The nine cards take two rows of five, the officials' figures on the first and the
equipment's on the second; narrower, three rows of three; narrower still, two columns.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.models.attention import ATTENTION_KEYS, AttentionList
from app.models.indicators import Indicators
from app.ops.commune import OVER_AGE_YEARS, OverviewData
from app.ui.pages.overview.parts import AttentionBox, Card
from app.ui.runtime import labels
from app.ui.runtime.formatting import count_text, date_text, decimal_text, percent_text
from app.ui.widgets.charts import ACCESSIBLE_COLOURS, Bar, BarChart

CARD_COLUMNS = 5
MIDDLE_CARD_COLUMNS = 3
NARROW_CARD_COLUMNS = 2
CARD_MIN_WIDTH = 150  # five cards need five times this, else they take three columns
# Which page opens the record of each attention list's rows.
RECORD_PAGES = {"broken": "equipment", "warranty_ending": "equipment", "uncertified": "staff"}
CARD_STYLE = """
QFrame#card { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QLabel#cardValue { font-size: 22pt; font-weight: bold; }
"""


class OverviewPage(QWidget):
    open_record = Signal(str, str)  # the page that holds it ("staff", "equipment"), its id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._arrangement: tuple[bool, int] | None = None
        self.setStyleSheet(CARD_STYLE)
        self._shown: OverviewData | Indicators | None = None
        self.cards = {key: Card("", self) for key, _title in self._card_titles()}
        self.status_box = QGroupBox(self)
        self.chart = BarChart(self.status_box)
        self.total_label = QLabel(self.status_box)
        self.attention_box = QGroupBox(self)
        self.attention_lists = {key: AttentionBox(self.attention_box) for key in ATTENTION_KEYS}
        for key, box in self.attention_lists.items():
            box.open_record.connect(
                lambda record_id, page=RECORD_PAGES[key]: self.open_record.emit(page, record_id))
        self._lay_out()
        self.retranslate()

    def _card_titles(self) -> list[tuple[str, str]]:
        return [
            ("officials", self.tr("Officials")),
            ("certified", self.tr("Officials with an IT certificate")),
            ("digital_skills", self.tr("Officials with basic digital skills confirmed")),
            ("trained", self.tr("Officials trained this year")),
            ("computers", self.tr("Computers per official")),
            ("lan", self.tr("Computers on the office network (LAN)")),
            ("internet", self.tr("Computers connected to the Internet")),
            ("broken", self.tr("Broken equipment")),
            ("over_age", self.tr("Equipment over {years} years old").format(
                years=OVER_AGE_YEARS)),
        ]

    def _attention_titles(self) -> dict[str, str]:
        return {
            "broken": self.tr("Broken equipment"),
            "warranty_ending": self.tr("Warranty ending within 90 days"),
            "uncertified": self.tr("Officials without an IT certificate"),
        }

    def _lay_out(self) -> None:
        self.card_grid = QGridLayout()
        status = QVBoxLayout(self.status_box)
        status.addWidget(self.chart)
        status.addWidget(self.total_label)
        status.addStretch(1)
        lists = QHBoxLayout(self.attention_box)
        for box in self.attention_lists.values():
            lists.addWidget(box)
        self.lower = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.card_grid)
        layout.addLayout(self.lower, 1)
        self._arrange(wide=True, columns=CARD_COLUMNS)

    def _wide_width(self) -> int:
        """The width the chart and the lists need side by side (their titles whole)."""
        margins = self.layout().contentsMargins()
        return (self.status_box.minimumSizeHint().width()
                + self.attention_box.minimumSizeHint().width()
                + self.lower.horizontalSpacing() + margins.left() + margins.right())

    def _arrange(self, wide: bool, columns: int) -> None:
        """Cards in ``columns``; the chart beside the lists (``wide``) or under them."""
        if self._arrangement == (wide, columns):
            return
        self._arrangement = (wide, columns)
        for n, card in enumerate(self.cards.values()):
            self.card_grid.removeWidget(card)
            self.card_grid.addWidget(card, n // columns, n % columns)
        for column in range(CARD_COLUMNS):
            self.card_grid.setColumnStretch(column, 1 if column < columns else 0)
        for box in (self.status_box, self.attention_box):
            self.lower.removeWidget(box)
        if wide:
            self.lower.addWidget(self.status_box, 0, 0)
            self.lower.addWidget(self.attention_box, 0, 1)
        else:
            self.lower.addWidget(self.attention_box, 0, 0)
            self.lower.addWidget(self.status_box, 1, 0)
        self.lower.setColumnStretch(0, 2 if wide else 1)
        self.lower.setColumnStretch(1, 5 if wide else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_width(event.size().width())
        super().resizeEvent(event)

    def _fit_width(self, width: int) -> None:
        """The arrangement for ``width`` (on a resize, and when new rows or a new language
        change what the lists and titles need)."""
        columns = next((n for n in (CARD_COLUMNS, MIDDLE_CARD_COLUMNS)
                        if width >= n * CARD_MIN_WIDTH), NARROW_CARD_COLUMNS)
        self._arrange(wide=width >= self._wide_width(), columns=columns)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the narrow arrangement allows, whichever is shown: the page is
        given the width there is, then arranges itself for it."""
        hint = super().minimumSizeHint()
        margins = self.layout().contentsMargins()
        narrow = max(self.status_box.minimumSizeHint().width(),
                     self.attention_box.minimumSizeHint().width(),
                     NARROW_CARD_COLUMNS * CARD_MIN_WIDTH) + margins.left() + margins.right()
        return QSize(min(hint.width(), narrow), hint.height())

    def retranslate(self) -> None:
        """Set every text again in the current language, and word the shown data again."""
        for key, title in self._card_titles():
            self.cards[key].title.setText(title)
        self.status_box.setTitle(self.tr("Equipment by status"))
        self.chart.setAccessibleName(self.tr("Equipment by status"))
        self.attention_box.setTitle(self.tr("What needs attention"))
        for key, title in self._attention_titles().items():
            self.attention_lists[key].setTitle(title)
        if isinstance(self._shown, OverviewData):
            self.show_overview(self._shown)
        elif self._shown is not None:
            self.show_indicators(self._shown)

    def shown(self) -> OverviewData | Indicators | None:
        """What the page shows now; None until the first load arrived."""
        return self._shown

    def show_overview(self, data: OverviewData) -> None:
        self.show_indicators(data.indicators)
        self.show_attention(data.attention)
        self._shown = data

    def show_indicators(self, ind: Indicators) -> None:
        self._shown = ind
        of_officials = self.tr("{share} of officials")
        of_computers = self.tr("{share} of computers in use")
        cards = self.cards
        cards["officials"].show_value(count_text(ind.officials))
        cards["certified"].show_value(
            count_text(ind.certified), of_officials.format(share=percent_text(ind.certified_share)))
        cards["digital_skills"].show_value(
            count_text(ind.digital_skills),
            of_officials.format(share=percent_text(ind.digital_skills_share)))
        cards["trained"].show_value(
            count_text(ind.trained_this_year),
            of_officials.format(share=percent_text(ind.trained_share)))
        cards["computers"].show_value(
            decimal_text(ind.computers_per_official),
            self.tr("%Ln computers in use", "", ind.computers))  # 1 computer, 2 computers
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
        keys = list(labels.EQUIPMENT_STATUS.sources)
        self.chart.set_bars([
            Bar(key, labels.EQUIPMENT_STATUS.label(key), ind.equipment_by_status.get(key, 0),
                ACCESSIBLE_COLOURS[n % len(ACCESSIBLE_COLOURS)])
            for n, key in enumerate(keys)])
        self.total_label.setText(
            self.tr("Total: {count}").format(count=count_text(ind.total_equipment)))

    def show_attention(self, found: dict[str, AttentionList]) -> None:
        """The three lists; each row names the record and says why it is listed. A long
        list shows its first rows and says how many more there are."""
        since = self.tr("broken since {date}")
        ends = self.tr("warranty ends {date}")
        wording = {
            "broken": lambda i: self._row(
                i.name, since.format(date=date_text(i.on)) if i.on else "", i.note),
            "warranty_ending": lambda i: self._row(
                i.name, ends.format(date=date_text(i.on)), i.note),
            "uncertified": lambda i: self._row(i.name, i.note),
        }
        empty = self.tr("Nothing to look at")
        for key in ATTENTION_KEYS:
            found_list = found.get(key, AttentionList([], 0))
            more = (self.tr("… and {count} more").format(count=count_text(found_list.more))
                    if found_list.more > 0 else "")
            self.attention_lists[key].show_rows(
                [(item.id, wording[key](item)) for item in found_list.items], empty, more)
            title = self._attention_titles()[key]
            self.attention_lists[key].setTitle(f"{title} ({count_text(found_list.total)})")
        self._fit_width(self.width())

    @staticmethod
    def _row(name: str, *details: str | None) -> str:
        """The name on its own line, then why it is listed and where."""
        detail = " · ".join(d for d in details if d)
        return f"{name}\n{detail}" if detail else name
