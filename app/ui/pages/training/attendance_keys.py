"""Which key sets which attendance mark, and the legend under the grid that says so.

The letters follow the words of the window's language, because that is what an officer's
hand already knows from paper: a Vietnamese sign-in register writes "P" for *vắng có phép*
and "K" for *vắng không phép*, so in the Vietnamese window P is an excused absence, K an
unexcused one, M *(đi) muộn*, and C *có mặt* — with X beside it, the cross a register or a
timesheet puts in a present person's box. The English window keeps P present, L late,
E excused, A absent. The digits 1–4 (the marks in their order) and Space (the next mark)
work in both, so a trainer who switches language keeps a way that does not change.

The letters are part of the translation (context ``AttendanceKeys``), so the keys, the
cells' words and the legend always come from the same language. A translation that breaks
the keys (a letter outside A–Z, a digit, the same letter for two marks) is not used: the
source letters are, and the log says why. The stored values never change
(``app.models.enums.ATTENDANCE``).
"""

from __future__ import annotations

import html
import logging
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.itemmodels.attendance import COLOURS, MARK_TEXT, STATUSES
from app.ui.itemmodels.training import ATTENDANCE

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

LETTERS = {
    #: The key(s) that mark a person Present in the attendance grid: capital letters A-Z,
    #: separated by spaces, taken from the word for "present" in your language.
    "present": QT_TRANSLATE_NOOP("AttendanceKeys", "P"),
    #: The key(s) that mark a person Late: capital letters A-Z separated by spaces.
    "late": QT_TRANSLATE_NOOP("AttendanceKeys", "L"),
    #: The key(s) that mark an Excused absence: capital letters A-Z separated by spaces.
    "excused": QT_TRANSLATE_NOOP("AttendanceKeys", "E"),
    #: The key(s) that mark an Unexcused absence: capital letters A-Z separated by spaces.
    "absent": QT_TRANSLATE_NOOP("AttendanceKeys", "A"),
}
DIGITS = {status: str(number) for number, status in enumerate(STATUSES, 1)}


def status_letters() -> dict[str, tuple[str, ...]]:
    """Each status's letters in the window's language (the source letters if its
    translation is unusable)."""
    translated = tuple(translate("AttendanceKeys", LETTERS[status]) for status in STATUSES)
    return dict(zip(STATUSES, _usable_letters(translated), strict=True))


@lru_cache(maxsize=4)
def _usable_letters(translated: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Checked once per translation (a key press asks every time), so an unusable one is
    logged once."""
    try:
        return _letters_of(translated)
    except ValueError as problem:
        log.warning("attendance keys of the translation not used (%s)", problem)
        return _letters_of(tuple(LETTERS[status] for status in STATUSES))


def _letters_of(translated: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each status's letters, or a ValueError naming what makes them unusable."""
    found: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for status, text in zip(STATUSES, translated, strict=True):
        letters = tuple(text.upper().split())
        if not letters:
            raise ValueError(f"no key for {status}")
        for letter in letters:
            if len(letter) != 1 or not "A" <= letter <= "Z" or letter in seen:
                raise ValueError(f"key {letter!r} for {status}")
            seen.add(letter)
        found.append(letters)
    return tuple(found)


def key_statuses() -> dict[str, str]:
    """Key character (a capital letter or a digit) → the status it sets."""
    keys = {digit: status for status, digit in DIGITS.items()}
    for status, letters in status_letters().items():
        keys.update(dict.fromkeys(letters, status))
    return keys


def status_of_key(key: int, text: str) -> str | None:
    """The status a key press sets, None if it sets none.

    By the key's code first, so Caps Lock and a keypad digit change nothing; by its text
    when the code says nothing (an input method that sends only the character)."""
    if ord("A") <= key <= ord("Z") or ord("0") <= key <= ord("9"):  # Qt.Key_A is "A"
        char = chr(key)
    else:
        char = text.strip().upper()
    return key_statuses().get(char) if len(char) == 1 else None


class AttendanceLegend(QLabel):
    """Under the grid: each mark's keys and meaning on the colour of its cells, then the
    other keys and how the rate counts. Rich text, so it wraps on a narrow screen without
    splitting a key from its meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.retranslate()

    def retranslate(self) -> None:
        marks = "&nbsp;&nbsp;&nbsp; ".join(
            _mark_html(status, letters) for status, letters in status_letters().items())
        others = translate(
            "AttendanceLegend", "After a mark the cursor goes to the next person · Space: "
            "next mark · Delete: clear · arrows: move.")
        rate = translate(
            "AttendanceLegend", "Rate: lessons attended (present or late) out of those held "
            "so far; a lesson with no mark counts as not attended.")
        self.setText(f"{marks}<br>{html.escape(others)} {html.escape(rate)}")
        self.setAccessibleName(translate("AttendanceLegend", "Attendance keys"))


def _mark_html(status: str, letters: tuple[str, ...]) -> str:
    """"C, X or 1" in bold, then the mark's name on its cells' colour, all on one line."""
    keys = _no_break(translate("AttendanceLegend", "{letters} or {digit}")).format(
        letters=",&nbsp;".join(f"<b>{letter}</b>" for letter in letters),
        digit=f"<b>{DIGITS[status]}</b>")
    chip = (f'<span style="background-color:{COLOURS[status].name()}; '
            f'color:{MARK_TEXT.name()}">&nbsp;{_no_break(ATTENDANCE.label(status))}&nbsp;</span>')
    return f"{keys}&nbsp;{chip}"


def _no_break(text: str) -> str:
    return html.escape(text).replace(" ", "&nbsp;")
