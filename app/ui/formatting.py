"""How values look on screen, in one place so every page writes them the same way.

Dates are always dd/mm/yyyy: that is how Vietnamese forms and the officers' paper records
write them, whatever the interface language. Numbers follow the default QLocale, which
``i18n.install`` sets with the language (Vietnamese: 1.234 and 0,75).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale


def date_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def count_text(value: int) -> str:
    return QLocale().toString(value)


def decimal_text(value: float, places: int = 2) -> str:
    return QLocale().toString(value, "f", places)


def percent_text(share: float) -> str:
    """A share (0..1) as a whole percentage: "38%"."""
    return f"{QLocale().toString(share * 100, 'f', 0)}%"
