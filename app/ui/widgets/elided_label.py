"""A one-line label that gives way first when the window is narrow: its text is cut with
"…" and shown whole in its tooltip.

Why: the status line holds several counts and, while a task runs, its name, bar and
stage; with a long file name they asked for more than a 1024-pixel screen, and Qt made
the window wider than the screen to give it to them. ``text()`` stays the whole text
(what tests and screen readers read); only the drawing is cut. The ``elides`` property
tells a layout check that the cut is on purpose.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

MIN_CHARS = 12  # narrower than this, a label would say nothing


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:  # noqa: N803
        super().__init__(parent, objectName=objectName)
        self.setProperty("elides", True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().averageCharWidth() * MIN_CHARS + margins.left() \
            + margins.right()
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), shown, self.foregroundRole())
