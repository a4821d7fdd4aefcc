"""The overview: the commune's ICT indicators as cards, its equipment by status as a bar
chart, and three short lists of what needs attention.

Every number here is computed by ``app.models.indicators`` (never typed); this page only
lays them out and words them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.models.attention import ATTENTION_KEYS, AttentionList
from app.models.indicators import Indicators
from app.ops.commune import OVER_AGE_YEARS, OverviewData
from app.ui.runtime import labels
from app.ui.runtime.formatting import count_text, date_text, decimal_text, percent_text
from app.ui.widgets.charts import ACCESSIBLE_COLOURS, Bar, BarChart

CARD_COLUMNS = 4
ID_ROLE = Qt.ItemDataRole.UserRole
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
        self.title.setObjectName("cardTitle")
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


class WrappingDelegate(QStyledItemDelegate):
    """Draws a row's whole text, wrapped at the list's width, and asks for exactly the
    height that takes. Qt's own delegate reserves room for a wrapped text with a line break
    in it, then elides its last line anyway ("hết bảo hành ngày 15/12/2026 · V…")."""

    MARGIN_X, MARGIN_Y = 3, 2  # as Qt's own rows; the list's spacing parts the rows
    FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self.view.viewport().width() - 2 * self.view.spacing()
        text = self.text_rect(QRect(0, 0, width, 1_000_000))
        needed = option.fontMetrics.boundingRect(text, int(self.FLAGS), str(index.data()))
        return QSize(width, needed.height() + 2 * self.MARGIN_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row = QStyleOptionViewItem(option)
        self.initStyleOption(row, index)
        text, row.text = row.text, ""
        style = row.widget.style() if row.widget is not None else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, row, painter, row.widget)
        enabled = bool(row.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        selected = bool(row.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(row.palette.color(group, role))
        painter.drawText(self.text_rect(row.rect), int(self.FLAGS), text)
        painter.restore()

    def text_rect(self, rect: QRect) -> QRect:
        """Where a row drawn in ``rect`` puts its text (the test measures with it too)."""
        return rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y)


class AttentionBox(QGroupBox):
    """One short list of things to look at; the record's id is kept on each row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.list.setWordWrap(True)  # long names and positions wrap rather than hide
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap when resized
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        QVBoxLayout(self).addWidget(self.list)

    def show_rows(self, rows: list[tuple[str, str]], empty: str, more: str = "") -> None:
        """(id, text) rows; ``empty`` says so plainly when there is nothing; ``more``, if
        given, ends the list (how many rows are not shown)."""
        self.list.clear()
        for record_id, text in rows:
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, record_id)
            item.setToolTip(text)
        for note in ([] if rows else [empty]) + ([more] if more else []):
            item = QListWidgetItem(note, self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def ids(self) -> list[str]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [item.data(ID_ROLE) for item in items if item.data(ID_ROLE) is not None]


class OverviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self._shown: OverviewData | Indicators | None = None
        self.cards = {key: Card("", self) for key, _title in self._card_titles()}
        self.status_box = QGroupBox(self)
        self.chart = BarChart(self.status_box)
        self.total_label = QLabel(self.status_box)
        self.attention_box = QGroupBox(self)
        self.attention_lists = {key: AttentionBox(self.attention_box) for key in ATTENTION_KEYS}
        self._lay_out()
        self.retranslate()

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

    def _attention_titles(self) -> dict[str, str]:
        return {
            "broken": self.tr("Broken equipment"),
            "warranty_ending": self.tr("Warranty ending within 90 days"),
            "uncertified": self.tr("Officials without an IT certificate"),
        }

    def _lay_out(self) -> None:
        grid = QGridLayout()
        for n, card in enumerate(self.cards.values()):
            grid.addWidget(card, n // CARD_COLUMNS, n % CARD_COLUMNS)
        status = QVBoxLayout(self.status_box)
        status.addWidget(self.chart)
        status.addWidget(self.total_label)
        status.addStretch(1)
        lists = QHBoxLayout(self.attention_box)
        for box in self.attention_lists.values():
            lists.addWidget(box)
        lower = QHBoxLayout()
        lower.addWidget(self.status_box, 2)
        lower.addWidget(self.attention_box, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(lower, 1)

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

    @staticmethod
    def _row(name: str, *details: str | None) -> str:
        """The name on its own line, then why it is listed and where."""
        detail = " · ".join(d for d in details if d)
        return f"{name}\n{detail}" if detail else name
