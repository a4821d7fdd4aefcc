"""A small horizontal bar chart drawn with QPainter.

Why not QtCharts: it is not part of PySide6-Essentials, and one chart of a handful of bars
does not justify the larger wheel. The chart draws each bar's label on the left, the bar
(its length proportional to the largest value) and the count right after it, in the
palette's text colour, so the numbers stay readable whatever the bar colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.runtime.formatting import count_text

# Okabe–Ito colours: told apart by people with the common colour-vision deficiencies.
ACCESSIBLE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
                      "#F0E442", "#000000")
BAR_HEIGHT = 18
ROW_GAP = 8
PADDING = 6
MIN_BAR_SPACE = 120


@dataclass(frozen=True)
class Bar:
    """One bar: the key it stands for, its (translated) label, its value and colour."""

    key: str
    label: str
    value: int
    colour: str


class BarChart(QWidget):
    """Horizontal bars, one per row, longest for the largest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.setAccessibleDescription(
            "; ".join(f"{bar.label}: {count_text(bar.value)}" for bar in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        rows = len(self._bars)
        height = 2 * PADDING + rows * BAR_HEIGHT + max(rows - 1, 0) * ROW_GAP
        return QSize(self._label_width() + MIN_BAR_SPACE + self._count_width() + 4 * PADDING,
                     height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(bar.label) for bar in self._bars), default=0)

    def _count_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(count_text(bar.value)) for bar in self._bars),
                   default=0)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn: public so a test can check the lengths."""
        left = PADDING + self._label_width() + PADDING
        space = max(self.width() - left - self._count_width() - 2 * PADDING, 1)
        largest = max((bar.value for bar in self._bars), default=0)
        share = self._bars[index].value / largest if largest else 0.0
        top = PADDING + index * (BAR_HEIGHT + ROW_GAP)
        return QRectF(left, top, space * share, BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        label_width = self._label_width()
        for index, bar in enumerate(self._bars):
            rect = self.bar_rect(index)
            top = int(rect.top())
            painter.setPen(text_colour)
            painter.drawText(QRect(PADDING, top, label_width, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.label)
            if rect.width() > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(bar.colour))
                painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text_colour)
            painter.drawText(QRect(int(rect.right()) + PADDING, top,
                                   self._count_width() + PADDING, BAR_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             count_text(bar.value))
        painter.end()
