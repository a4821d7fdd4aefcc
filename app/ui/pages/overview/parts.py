"""The pieces of the overview: an indicator card, and a short list of what needs attention
whose rows open their record.

An attention row shows its whole text, wrapped at the list's width; an item's code
("MP-PC-2017-05") is one token that never breaks at its hyphens, and the list is never
narrower than its longest token, so a code is never cut in two.
"""

from __future__ import annotations

import re

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
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

ID_ROLE = Qt.ItemDataRole.UserRole
WORD_JOINER = "\u2060"  # no line break here (Unicode line breaking, class WJ)
_INNER_HYPHEN = re.compile(r"(?<=\S)([-/])(?=\S)")


def unbreakable(text: str) -> str:
    """``text`` with no line break allowed inside a word at its hyphens or slashes: an
    asset tag or a serial stays whole on one line. Drawn only; the row's text is kept."""
    return _INNER_HYPHEN.sub(lambda found: found.group(1) + WORD_JOINER, text)


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
        needed = option.fontMetrics.boundingRect(text, int(self.FLAGS),
                                                 self.shown_text(str(index.data())))
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
        painter.drawText(self.text_rect(row.rect), int(self.FLAGS), self.shown_text(text))
        painter.restore()

    @staticmethod
    def shown_text(text: str) -> str:
        """What is drawn (and measured) for a row's text: its codes unbreakable."""
        return unbreakable(text)

    def text_rect(self, rect: QRect) -> QRect:
        """Where a row drawn in ``rect`` puts its text (the test measures with it too)."""
        return rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y)


class AttentionBox(QGroupBox):
    """One short list of things to look at; the record's id is kept on each row, and
    Enter or a double click on a row asks for its record (``open_record``)."""

    open_record = Signal(str)  # the record's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.itemActivated.connect(self._activated)
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
        self._give_room([text for _id, text in rows])
        if rows:
            self.list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)

    def _give_room(self, texts: list[str]) -> None:
        """Never narrower than the longest unbreakable token (a code) of its rows."""
        metrics = self.list.fontMetrics()
        widest = max((metrics.horizontalAdvance(word) for text in texts
                      for word in text.split()), default=0)
        margins = 2 * (WrappingDelegate.MARGIN_X + self.list.spacing() + self.list.frameWidth())
        scroll = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.list.setMinimumWidth(widest + margins + scroll + 2)

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id is not None:
            self.open_record.emit(record_id)

    def ids(self) -> list[str]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [item.data(ID_ROLE) for item in items if item.data(ID_ROLE) is not None]


