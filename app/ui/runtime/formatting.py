"""How values look on screen, in one place so every page writes them the same way.

Dates are always dd/mm/yyyy: that is how Vietnamese forms and the officers' paper records
write them, whatever the interface language. Numbers follow the default QLocale, which
``i18n.install`` sets with the language (Vietnamese: 1.234 and 0,75).
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale

_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_NUMBER = re.compile(r"-?(\d+|\d{1,3}([.,]\d{3})+)")
_CURRENCY = re.compile(r"(đồng|đ|vnd)$", re.IGNORECASE)


def date_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date_text(text: str) -> date | None:
    """A date as an officer types it: dd/mm/yyyy (also 5/2/2026, 05.02.2026, 05-02-2026).

    None for an empty field; ``ValueError`` for anything else that is not a real date
    (31/02/2025 is refused, never rolled over into March).
    """
    text = text.strip()
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    return date(year, month, day)


def parse_whole_number(text: str) -> int | None:
    """A whole number as typed with any thousands separator ("15.000.000", "15 000 000",
    "15,000,000 đ"); None for an empty field, ``ValueError`` if it is not a whole number.
    A minus sign is kept, so the caller can say that the value may not be negative."""
    compact = _CURRENCY.sub("", text.strip()).strip()
    compact = re.sub(r"(?<=\d)[ \u00a0](?=\d{3})", ".", compact)
    if not compact:
        return None
    if not _NUMBER.fullmatch(compact):
        raise ValueError(text)
    return int(compact.replace(".", "").replace(",", ""))


def count_text(value: int) -> str:
    return QLocale().toString(value)


def decimal_text(value: float, places: int = 2) -> str:
    return QLocale().toString(value, "f", places)


def percent_text(share: float) -> str:
    """A share (0..1) as a whole percentage: "38%"."""
    return f"{QLocale().toString(share * 100, 'f', 0)}%"
