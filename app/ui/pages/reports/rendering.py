"""A report's PDF turned into page images, for the preview and for the printer.

Why PDFium (``pypdfium2``) and not Qt: the PySide6 wheel the app ships (PySide6-Essentials)
has no QtPdf, and the preview must show the very paper that is saved and printed, not a
second drawing of it. pypdfium2's wheels carry PDFium itself for Windows, Linux and macOS,
so the preview works offline on a commune's laptop. PDFium is not thread-safe: every call
goes through one lock, so the GUI thread (the preview) and a worker (printing) can both
render, one page at a time.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72
_PDFIUM = threading.Lock()


def load_renderer() -> None:
    """Load PDFium ahead of the first preview (on a worker, when the page opens)."""
    import pypdfium2  # noqa: F401


class PdfPages:
    """One PDF held in memory, its pages rendered on demand."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        with _PDFIUM:
            self._document = pypdfium2.PdfDocument(data)
            self._sizes = [QSizeF(*self._document.get_page_size(index))
                           for index in range(len(self._document))]

    def __len__(self) -> int:
        return len(self._sizes)

    def size(self, index: int) -> QSizeF:
        """The page's size in points."""
        return self._sizes[index]

    def render(self, index: int, dpi: float) -> QImage:
        """Page ``index`` as an image at ``dpi`` dots per inch, on white."""
        with _PDFIUM:
            page = self._document[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,
                                     prefer_bgrx=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                return image.copy()  # the bitmap's memory goes with it: keep our own
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM:
            self._document.close()
