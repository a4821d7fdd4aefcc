"""The preview: a paper's pages one under the other, as wide as the area allows, each
rendered only when it comes into view.

Why lazily: a 3,000-item inventory has some 200 pages; rendering them all would take
seconds and hundreds of megabytes, while the officer looks at the first two. Each page is
a fixed-size placeholder until it is scrolled into view; a paper's first pages shown early
(before the whole is laid out) keep their images when the whole arrives, since they are
the same pages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.pages.reports.rendering import POINTS_PER_INCH, PdfPages

translate = QCoreApplication.translate
PAGE_GAP = 12
SIDE_ROOM = 2 * 16  # the margin around the pages, left and right
MAX_SCALE = 1.5  # pixels per point at most: a wide screen does not blow a page up
PAGE_STYLE = "QLabel[page=true] { background: white; border: 1px solid palette(mid); }"


class PreviewArea(QScrollArea):
    """The pages of one paper, or a sentence in their place (none chosen, a refusal)."""

    page_shown = Signal(int)  # the index of a page just rendered on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, widgetResizable=True, objectName="reportPreview")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self._pages: PdfPages | None = None
        self._labels: list[QLabel] = []
        self._images: dict[int, QPixmap] = {}
        self._scale = 1.0
        self._text = ""
        body = QWidget(self, objectName="previewBody")
        body.setStyleSheet(PAGE_STYLE)
        self._layout = QVBoxLayout(body)
        self._layout.setSpacing(PAGE_GAP)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(body, wordWrap=True, objectName="previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self.message)
        self.setWidget(body)
        self._relayout = QTimer(self, singleShot=True, interval=60)
        self._relayout.timeout.connect(self._fit)
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.render_visible())

    # --- what it shows ------------------------------------------------------------------
    def show_text(self, text: str) -> None:
        """A sentence instead of pages: nothing chosen yet, being prepared, refused."""
        self._drop_pages()
        self._text = text
        self.message.setText(text)
        self.message.show()

    def show_pages(self, pages: PdfPages) -> None:
        """The paper's pages; those already shown of the same paper's first pages stay."""
        kept = {index: image for index, image in self._images.items()
                if self._pages is not None and index < len(pages)
                and index < len(self._pages) and self._pages.size(index) == pages.size(index)}
        self._drop_pages()
        self._pages, self._images = pages, kept
        self.message.hide()
        for index in range(len(pages)):
            label = QLabel(self.widget())
            label.setProperty("page", True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._labels.append(label)
            self._layout.addWidget(label)
            if index in kept:
                label.setPixmap(kept[index])
        self._fit()

    def page_count(self) -> int:
        return len(self._labels)

    def rendered(self) -> list[int]:
        """The pages rendered so far (for tests and the benchmark)."""
        return sorted(self._images)

    def page_image(self, index: int) -> QPixmap | None:
        return self._images.get(index)

    def retranslate(self) -> None:
        if not self._labels and not self._text:
            self.message.setText(translate("ReportsView", "Choose a report to see it here."))

    def set_idle_text(self) -> None:
        """Back to the sentence shown before a paper is chosen (the pages let go)."""
        self._drop_pages()
        self._text = ""
        self.message.show()
        self.retranslate()

    # --- layout and rendering -----------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pages is not None and event.size().width() != event.oldSize().width():
            self._relayout.start()

    def _fit(self) -> None:
        """Size every page to the width there is, then render what is in view."""
        if self._pages is None:
            return
        widest = max(self._pages.size(i).width() for i in range(len(self._pages)))
        scale = min(max(self.viewport().width() - SIDE_ROOM, 100) / widest, MAX_SCALE)
        if abs(scale - self._scale) > 0.01:
            self._images.clear()  # another width: render again at it
        self._scale = scale
        for index, label in enumerate(self._labels):
            size = self._pages.size(index)
            label.setFixedSize(QSize(round(size.width() * scale), round(size.height() * scale)))
            if index not in self._images:
                label.clear()
        QTimer.singleShot(0, self.render_visible)

    def render_visible(self) -> None:
        """Render the pages that can be seen (and the next one) and not yet rendered."""
        if self._pages is None:
            return
        self._layout.activate()  # the pages' places, if they were just sized
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self._labels):
            y = label.y()
            if y > bottom + label.height():
                break
            if y + label.height() < top or index in self._images:
                continue
            image = self._pages.render(index, POINTS_PER_INCH * self._scale * ratio)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._images[index] = pixmap
            label.setPixmap(pixmap)
            self.page_shown.emit(index)

    def _drop_pages(self) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels, self._images = [], {}
        if self._pages is not None:
            self._pages.close()  # PDFium's copy of the paper goes with it
            self._pages = None
