"""The titles of the window's subjects, in one place: the navigation list shows them, the
menus and tests name the pages by them. English sources in the MainWindow translation
context (``add_page`` translates them), so lupdate files them where they always were."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PAGE_TITLES = {
    "overview": QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    "staff": QT_TRANSLATE_NOOP("MainWindow", "Staff"),
    "equipment": QT_TRANSLATE_NOOP("MainWindow", "Equipment"),
    "stocktake": QT_TRANSLATE_NOOP("MainWindow", "Stock-take"),
    "training": QT_TRANSLATE_NOOP("MainWindow", "Training"),
    "sync": QT_TRANSLATE_NOOP("MainWindow", "Sync"),
    "reports": QT_TRANSLATE_NOOP("MainWindow", "Reports"),
    "settings": QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


def page_title(source: str) -> str:
    """A page's title in the window's language (sources are in the MainWindow context)."""
    return QCoreApplication.translate("MainWindow", source)
