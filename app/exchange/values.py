"""Reading one cell as an officer typed it (or as Excel stored it), and writing it back.

CSV cells arrive as text; XLSX cells may already be numbers, dates or booleans. Every
reader accepts both, is forgiving about spelling (case, diacritics, "15.000.000",
"5/2/2026") and strict about meaning (31/02/2025 is refused, not rolled over to March).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from app.messages import Message, PerLanguage, message
from app.models.enums import Labels
from app.models.errors import ValidationError
from app.models.setup import normalise_commune_code
from app.models.vntext import nfc, resolve_ethnicity, search_key

Parser = Callable[[Any], Any]

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_GROUPED = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_CURRENCY = re.compile(r"\s*(?:vnd|dong|d)\.?$")
_TRUE = frozenset({"yes", "y", "co", "true", "1", "x"})
_FALSE = frozenset({"no", "n", "khong", "false", "0"})
_UUID = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12})\}?")
_NIL_UUID = "00000000-0000-0000-0000-000000000000"
# A cell starting with one of these is a formula to a spreadsheet (OWASP, "CSV Injection");
# a CSV export writes a single quote before it, and an import takes that quote off again.
FORMULA_STARTS = frozenset("=+-@\t\r")
QUOTE = "'"
_QUOTED = FORMULA_STARTS | {QUOTE}


class CellError(Exception):
    """A cell that cannot be read; ``message`` says why, in the catalogue's words."""

    def __init__(self, code: str | Message, /, **values: Any) -> None:
        self.message = code if isinstance(code, Message) else message(code, **values)
        super().__init__(self.message.code)


def is_blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def shown(raw: Any) -> str:
    """The cell as it is quoted back in a message (short, one line)."""
    text = " ".join(str(raw).split())
    return text if len(text) <= 60 else text[:57] + "…"


def neutralise(text: str) -> str:
    """A text cell as a CSV export writes it: inert in a spreadsheet, read back unchanged.

    A text that a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``+cmd|…``,
    ``-2+3``, ``@SUM(…)``, a leading tab or carriage return) gets OWASP's single quote in
    front. So does a text that already starts with a quote before such a character or
    another quote, so that ``restore`` takes off exactly what was put on. Only text columns
    pass through here: numbers, dates, codes and ids are written as they are.
    """
    if text[:1] in FORMULA_STARTS or (text[:1] == QUOTE and text[1:2] in _QUOTED):
        return QUOTE + text
    return text


def keep_quote(text: str) -> str:
    """A text cell as an XLSX export writes it: a string cell, never a formula, so it needs
    no quote, except where ``restore`` would otherwise take off one that is part of it."""
    return QUOTE + text if text[:1] == QUOTE and text[1:2] in _QUOTED else text


def restore(text: str) -> str:
    """The text a neutralised cell stands for: a CSV exported here, or a cell an officer
    typed with Excel's quote, reads back as the text itself."""
    return text[1:] if text[:1] == QUOTE and text[1:2] in _QUOTED else text


def parse_text(raw: Any) -> str | None:
    if isinstance(raw, str):
        return nfc(restore(raw)) or None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, datetime | date):
        raw = format_date_vn(raw)
    return nfc(str(raw)) or None


def parse_id(raw: Any) -> str | None:
    """A record's id as written, a UUID in its canonical lower-case form: ids are made
    lower-case on every device, and a spreadsheet or another tool may have raised them."""
    text = str(raw).strip()
    if match := _UUID.fullmatch(text):
        return match.group(1).lower()
    return text or None


def is_record_id(text: str) -> bool:
    """Whether ``text`` (as ``parse_id`` gave it) can name a new record: a UUID, not nil."""
    return _UUID.fullmatch(text) is not None and text != _NIL_UUID


def parse_date(raw: Any) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    text = str(raw).strip() if isinstance(raw, str) else ""
    if match := _ISO.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise CellError("import.not_a_date", value=shown(raw))
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("import.date_not_real", value=text) from None


def parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    key = search_key(str(raw))
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError("import.not_a_bool", value=shown(raw))


def parse_money(raw: Any) -> int:
    """A non-negative whole number of dong: 15000000, "15.000.000", "15,000,000 d" (or
    with the letter d-with-stroke)."""
    if isinstance(raw, bool):
        raise CellError("import.not_money", value=shown(raw))
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int):
        if raw < 0:
            raise CellError("import.money_negative", value=raw)
        return raw
    text = _CURRENCY.sub("", search_key(str(raw))).replace(" ", "")
    if text.isdigit() and text.isascii():
        return int(text)
    if _GROUPED.fullmatch(text):
        return int(re.sub(r"[.,]", "", text))
    if text.startswith("-"):
        raise CellError("import.money_negative", value=shown(raw))
    raise CellError("import.money_invalid", value=shown(raw))


def parse_commune(raw: Any) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    try:
        return normalise_commune_code(str(raw))
    except ValidationError as exc:
        raise CellError(exc.message) from None


def enum_parser(labels: Labels) -> Parser:
    """Accept a key ("university", "in use") or its Vietnamese label (as an XLSX export
    writes it), in any case, with or without diacritics."""
    lookup: dict[str, str] = {}
    for key, label in labels.items():
        for spelling in (key, key.replace("_", " "), label):
            lookup[search_key(spelling)] = key
    # Either spelling is accepted, so each reader is told the one of their language: the
    # Vietnamese labels ("Nam, Nữ"), or the keys ("male, female") in an English sentence.
    choices = PerLanguage(vi=list(labels.values()), en=list(labels))

    def slow(raw: Any) -> str:
        found = lookup.get(search_key(parse_text(raw)))
        if found is None:
            raise CellError("import.enum_invalid", value=shown(raw), choices=choices)
        return found

    return _memoised(slow)


def _memoised(parse: Parser) -> Parser:
    """Remember each distinct spelling: a column of 10,000 cells holds a handful of them."""
    seen: dict[Any, Any] = {}

    def cached(raw: Any) -> Any:
        if raw in seen:
            return seen[raw]
        value = seen[raw] = parse(raw)
        return value

    return cached


def ethnicity_parser(groups: Iterable[tuple[str, str, str]]) -> Parser:
    rows = list(groups)

    @_memoised
    def parse(raw: Any) -> str:
        text = str(int(raw)) if isinstance(raw, int | float) else str(raw)
        code = resolve_ethnicity(text, rows)
        if code is None:
            raise CellError("import.ethnicity_unknown", value=shown(raw))
        return code

    return parse


def format_date_vn(value: date) -> str:
    return value.strftime("%d/%m/%Y")
