"""Figures as a Vietnamese office writes them on paper: 4.392 (a dot between thousands),
22,2% (a decimal comma), 05/02/2026, "ngày 05 tháng 02 năm 2026".

Why not the locale module: the papers are Vietnamese whatever the machine's locale is (a
Windows laptop set to English still prints "4.392"), and Python's locale is global state a
window must not change. Percentages are rounded half up, as people round by hand, so a
figure checked on a calculator agrees with the paper.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .document import Cell, Ratio, Share

DASH = "–"  # what a cell shows when a rate has nothing to count (no session held yet)


def grouped(number: int) -> str:
    """4392 → "4.392"; -1500 → "-1.500"."""
    return f"{number:,}".replace(",", ".")


def decimal_comma(value: float, places: int) -> str:
    """0.8547 with 2 places → "0,85", rounded half up."""
    exponent = Decimal(1).scaleb(-places)
    rounded = Decimal(repr(value)).quantize(exponent, rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{rounded:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    text = sign + grouped(abs(int(whole)))
    return f"{text},{fraction}" if fraction else text


def percent(share: float) -> str:
    """0.2222 → "22,2%", 1.0 → "100%", 0.5 → "50%": one decimal, none when it is 0."""
    text = decimal_comma(share * 100, 1)
    return f"{text.removesuffix(',0')}%"


def day_month_year(day: date) -> str:
    """05/02/2026."""
    return day.strftime("%d/%m/%Y")


def date_line(place: str, day: date) -> str:
    """The place-and-date line: "Mường Phăng, ngày 05 tháng 02 năm 2026" (two-digit day
    and month, as Nghị định 30 writes dates under the national motto)."""
    return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def cell_text(value: Cell, group: bool = True) -> str:
    """What a table cell shows on paper, in NFC; ``group``: a whole number groups its
    thousands (not an ordinal or a year)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise TypeError("a yes/no cell is words, not a number")
    if isinstance(value, int):
        return grouped(value) if group else str(value)
    if isinstance(value, Share):
        return DASH if value.value is None else percent(value.value)
    if isinstance(value, Ratio):
        return DASH if value.value is None else decimal_comma(value.value, value.places)
    return nfc(str(value))


def nfc(text: str) -> str:
    """Text as it is drawn: NFC, so a name typed with combining marks (from another
    keyboard, a file, a device) takes the font's precomposed letters, never a base letter
    with a floating mark."""
    return unicodedata.normalize("NFC", text)
