"""Printing a paper: its PDF pages rendered and painted on the system's printer.

Why paint rendered pages rather than hand the PDF to the printer: Windows has no standard
way to print a PDF without a viewer installed, and Qt prints only what is painted on a
``QPrinter``. The pages are rendered at the printer's resolution, at most 300 dots per
inch (a sharp page of text; 1,200 would cost half a gigabyte a page), and fill the sheet:
the paper's own margins are the decree's, wider than any printer's unprintable edge.
Runs on a worker (Qt paints on a printer outside the GUI thread); one page in memory at
a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from app.ui.pages.reports.rendering import PdfPages

PRINT_DPI = 300


class PrinterUnavailable(Exception):
    """The printer (or the file it prints to) could not be opened."""


def page_range(printer: QPrinter, pages: int) -> range:
    """The pages the print dialog asked for (0-based), all of them by default."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(pages)
    return range(max(first, 1) - 1, min(last, pages))


def print_pages(data: bytes, printer: QPrinter, progress: Callable[[int, int, str], None],
                cancel: threading.Event, label: str) -> int:
    """Paint the PDF ``data``'s chosen pages on ``printer``; how many were printed."""
    pages = PdfPages(data)
    chosen = page_range(printer, len(pages))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterUnavailable
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI)
        for index in chosen:
            if cancel.is_set():
                break
            if printed:
                printer.newPage()
            image = pages.render(index, dpi)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(area.x() + (area.width() - width) / 2,
                                     area.y() + (area.height() - height) / 2, width, height),
                              image)
            printed += 1
            progress(printed, len(chosen), label)
    finally:
        painter.end()
        pages.close()
    return printed
