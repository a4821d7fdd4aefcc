"""The typeface of the papers: a Times-New-Roman-metric serif that has every Vietnamese
letter, found and checked before anything is drawn.

Why a check and not a name: a font that lacks a letter does not fail, it draws an empty
box, and nobody sees it until the paper is signed (Debian's fonts-liberation 1.x has the
metrics of Times New Roman but not ơ, ư or most toned vowels). So each candidate's four
styles are read and their character maps checked against every Vietnamese letter, upper
and lower case, with every tone; the first family that has them all is used, the others
are passed over with a line in the log. The candidates, in order: the system's Times New
Roman on Windows (and macOS), Liberation Serif 2.x where Linux distributions install it,
and last the Liberation Serif 2.x shipped in ``resources/fonts`` (SIL Open Font License),
so no install ever prints boxes. reportlab embeds the subset of each font a paper uses.
"""

from __future__ import annotations

import logging
import os
import sys
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.shipped import resource

from .errors import ReportError

log = logging.getLogger(__name__)

FAMILY = "ReportSerif"  # the name the papers draw with, whichever files back it
STYLES = ("regular", "bold", "italic", "bold_italic")
FACE_NAMES = {"regular": FAMILY, "bold": f"{FAMILY}-Bold", "italic": f"{FAMILY}-Italic",
              "bold_italic": f"{FAMILY}-BoldItalic"}

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng
_CONSONANTS = "bcdđghklmnpqrstvx" "fjwz"  # with the Latin letters names and models use
_SIGNS = "0123456789.,:;!?%()/-–“”‘’'\"…"


def vietnamese_letters() -> frozenset[str]:
    """Every letter of the Vietnamese alphabet with every tone, upper and lower case (178
    letters), plus the Latin letters, digits and signs the papers print."""
    vowels = {unicodedata.normalize("NFC", vowel + tone) for vowel in _VOWELS for tone in _TONES}
    letters = vowels | set(_CONSONANTS)
    return frozenset(letters | {letter.upper() for letter in letters} | set(_SIGNS))


@dataclass(frozen=True)
class FontFiles:
    """One family's four styles on disk, and where they come from (for the log)."""

    label: str
    files: Mapping[str, Path]  # style → file

    def missing(self, letters: frozenset[str]) -> str:
        """Why this family cannot print ``letters`` ("" when it can): a missing file, an
        unreadable one, or the letters one of its styles lacks."""
        from reportlab.pdfbase.ttfonts import TTFontFile

        for style in STYLES:
            path = self.files[style]
            if not path.is_file():
                return f"no file {path}"
            try:
                mapped = TTFontFile(str(path)).charToGlyph
            except Exception as exc:  # a damaged or foreign file is a font we cannot use
                return f"{path} unreadable ({exc})"
            lacking = "".join(sorted(c for c in letters if ord(c) not in mapped))
            if lacking:
                return f"{path} lacks {lacking[:20]}{'…' if len(lacking) > 20 else ''}"
        return ""


def _family(label: str, folder: Path, names: Sequence[str]) -> FontFiles:
    return FontFiles(label, {style: folder / name for style, name in zip(STYLES, names,
                                                                          strict=True)})


_LIBERATION = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
               "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf")
_LINUX_LIBERATION = ("/usr/share/fonts/truetype/liberation2",  # Debian, Ubuntu
                     "/usr/share/fonts/liberation-serif",  # Fedora
                     "/usr/share/fonts/TTF",  # Arch
                     "/usr/share/fonts/truetype/liberation")  # Debian's 1.x: checked, skipped
_MAC_TIMES = ("Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
              "Times New Roman Bold Italic.ttf")


def bundled() -> FontFiles:
    """The Liberation Serif 2.x that ships with the app."""
    return _family("Liberation Serif (shipped)", resource("fonts"), _LIBERATION)


def candidates(platform: str = sys.platform,
               environ: Mapping[str, str] = os.environ) -> list[FontFiles]:
    """The families worth trying on this system, best first; the shipped one last."""
    found: list[FontFiles] = []
    if platform == "win32":
        folder = Path(environ.get("WINDIR") or r"C:\Windows") / "Fonts"
        found.append(_family("Times New Roman (Windows)", folder,
                             ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")))
    elif platform == "darwin":
        for folder in ("/System/Library/Fonts/Supplemental", "/Library/Fonts"):
            found.append(_family("Times New Roman (macOS)", Path(folder), _MAC_TIMES))
    else:
        found += [_family("Liberation Serif (system)", Path(folder), _LIBERATION)
                  for folder in _LINUX_LIBERATION]
    return [*found, bundled()]


def choose(options: Sequence[FontFiles], letters: frozenset[str] | None = None) -> FontFiles:
    """The first family whose four styles have every letter; the others are logged."""
    letters = letters or vietnamese_letters()
    for option in options:
        why = option.missing(letters)
        if not why:
            return option
        if option.files["regular"].parent.is_dir():  # worth a line only if it is there
            log.info("report font %s not used: %s", option.label, why)
    raise ReportError("report.no_font", folder=str(bundled().files["regular"].parent))


@lru_cache(maxsize=1)
def report_fonts() -> FontFiles:
    """Choose the papers' family once per process and register it with reportlab under
    ``FAMILY`` (and its bold, italic and bold italic faces)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    chosen = choose(candidates())
    for style in STYLES:
        pdfmetrics.registerFont(TTFont(FACE_NAMES[style], str(chosen.files[style])))
    for bold, italic, style in ((0, 0, "regular"), (1, 0, "bold"), (0, 1, "italic"),
                                (1, 1, "bold_italic")):
        addMapping(FAMILY, bold, italic, FACE_NAMES[style])
    log.info("report font: %s", chosen.label)
    return chosen
