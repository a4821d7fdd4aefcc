"""Vietnamese text helpers: normalisation, accent-insensitive search, collation, ethnicity.

Why this module exists: names typed into a commune register arrive in mixed forms
(NFC from one keyboard, NFD from another, tone marks placed on different vowels,
``H'Mông`` vs ``Hmông``).  Storage, search, sorting and the ethnicity field all need
the same small set of rules, so they live here as pure functions with no dependency
on the rest of the application (but ``app.shipped``, which finds the shipped CSV), the
database or Qt.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from app.shipped import resource

__all__ = [
    "collation_key",
    "load_ethnic_groups",
    "matches",
    "nfc",
    "person_sort_key",
    "resolve_ethnicity",
    "search_key",
]

# Shipped reference data, found where the app runs (source tree, wheel or bundle): the one
# lookup is app.shipped, a standard-library-only module below every layer (its docstring).
DEFAULT_ETHNIC_GROUPS_CSV = resource("reference", "ethnic_groups.csv")

# Typographic apostrophes that users paste from Word or phones; folded to "'" so
# that H’Mông and H'Mông are the same search key.
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u02bb\u2032\u00b4`", "'"))
# đ does not decompose under NFD, so it needs an explicit fold.  U+00D0 (Icelandic
# Eth) is a common look-alike for Đ in legacy Vietnamese data.
_D_FOLD = str.maketrans({"đ": "d", "Đ": "d", "\u00d0": "d"})

# --- collation tables -----------------------------------------------------------------
# Vietnamese alphabet, with the non-Vietnamese Latin letters f j w z in their usual place.
_ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip
_SEPARATOR_WEIGHT = 0  # whitespace sorts first, giving word-by-word order
_DIGIT_BASE = 1  # "0".."9" -> 1..10, before every letter
_LETTER_WEIGHT = {letter: 11 + index for index, letter in enumerate(_ALPHABET)}
_OTHER_BASE = 1000  # everything else: after all letters, by code point

_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# Marks that make a different *letter* (primary difference) rather than a tone.
_MODIFIED_LETTER = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
# Tones in conventional order: ngang (no mark, 0), huyền, hỏi, ngã, sắc, nặng.
_TONE_WEIGHT = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_ClusterWeights = tuple[int, tuple[int, ...], int]


# --- normalisation and search -----------------------------------------------------------
def nfc(text: str | None) -> str:
    """Return *text* trimmed, with whitespace runs collapsed, in Unicode NFC.

    Why: NFC is the canonical storage form, so equal-looking names compare equal in
    the database and exports regardless of the keyboard that produced them.
    """
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())


def search_key(text: str | None) -> str:
    """Return a lowercase, diacritic-free, whitespace-collapsed key for searching.

    Why: clerks often type without tone marks ("nguyen van duc"); comparing these keys
    lets such queries find "Nguyễn Văn Đức".  Typographic apostrophes are folded to
    "'" so pasted and typed spellings agree.  A list of 50,000 records keys every row
    on load, so the fold goes through a per-character table (``_FoldTable``) rather
    than normalising each whole string.
    """
    if not text:
        return ""
    return " ".join(text.translate(_FOLD).split())


def _fold_char(ch: str) -> str:
    """One character's search form: its base letters without marks, đ as d, casefolded."""
    decomposed = unicodedata.normalize("NFD", ch)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.translate(_D_FOLD).casefold().translate(_APOSTROPHES)


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character.

    Every step of the fold (NFD, dropping combining marks, đ → d, casefold, apostrophes)
    maps one character to a string independently of its neighbours, so folding each
    character once and remembering it gives the same key as folding the whole text."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def matches(query: str, key: str) -> bool:
    """Return True when every token of *query* occurs in the precomputed *key*.

    Why: *key* is computed once per record with :func:`search_key`; the query is
    keyed the same way and each token matched as a substring, so partial and
    out-of-order input ("van nguyen", "d" for "Đ") still finds the record.  An empty
    query matches everything, which is what a cleared filter box should show.
    """
    return matches_tokens(query_tokens(query), key)


def query_tokens(query: str) -> tuple[str, ...]:
    """The folded tokens of a query, computed once per keystroke rather than once per row."""
    return tuple(search_key(query).split())


def matches_tokens(tokens: tuple[str, ...], key: str) -> bool:
    return all(token in key for token in tokens)


# --- collation --------------------------------------------------------------------------
def _clusters(text: str) -> list[tuple[str, str]]:
    """Split *text* (after NFD) into (base character, combining marks) pairs.

    A combining mark with no preceding base becomes its own base so nothing is lost.
    """
    clusters: list[tuple[str, str]] = []
    for ch in unicodedata.normalize("NFD", text):
        if clusters and unicodedata.combining(ch):
            base, marks = clusters[-1]
            clusters[-1] = (base, marks + ch)
        else:
            clusters.append((ch, ""))
    return clusters


def _primary_weight(letter: str, base: str) -> int:
    """Return the primary (alphabet) weight of one base character."""
    if letter in _LETTER_WEIGHT:
        return _LETTER_WEIGHT[letter]
    if base.isspace():
        return _SEPARATOR_WEIGHT
    if "0" <= base <= "9":
        return _DIGIT_BASE + int(base)
    return _OTHER_BASE + ord(base)


def _cluster_weights(base: str, marks: str) -> _ClusterWeights:
    """Return (primary, secondary marks, case) weights for one character cluster.

    Breve/circumflex/horn on the right vowel select a distinct letter (primary);
    tone marks give 1..5 and any other (foreign) mark its code point (secondary).
    """
    if base == "\u00d0":  # Eth look-alike used for Đ in legacy data
        base = "Đ"
    lower = base.lower()
    modifier = next((m for m in marks if (lower, m) in _MODIFIED_LETTER), "")
    letter = _MODIFIED_LETTER.get((lower, modifier), lower)
    secondary = tuple(_TONE_WEIGHT.get(m, ord(m)) for m in marks.replace(modifier, "", 1))
    return _primary_weight(letter, base), secondary, int(base.isupper())


def _secondary_groups(
    clusters: list[tuple[str, str]], weights: list[_ClusterWeights]
) -> tuple[tuple[int, ...], ...]:
    """Group secondary weights per syllable (run of letters).

    Why: the tone belongs to the syllable, not to the vowel that carries it, so the
    old and new placements "hoà" and "hòa" must collate the same.
    """
    groups: list[tuple[int, ...]] = []
    current: list[int] = []
    for (base, _marks), (_primary, secondary, _case) in zip(clusters, weights, strict=True):
        if base.isalpha():
            current.extend(secondary)
            continue
        groups += [tuple(current), secondary]
        current = []
    groups.append(tuple(current))
    return tuple(groups)


def collation_key(text: str) -> tuple:
    """Return a sort key implementing Vietnamese alphabetical order.

    Why: Python's default ordering is by code point, which puts "Đ" after "Z" and
    "Ư" after everything.  The key is (primary letters, secondary tones per syllable,
    tertiary case, NFC text): letters follow a ă â b c d đ e ê … u ư v x y (digits
    first, whitespace before any letter, other characters after letters by code
    point); tones ngang < huyền < hỏi < ngã < sắc < nặng count only when letters are
    equal; lowercase precedes uppercase only when letters and tones are equal.  The
    NFC text is a final tie-break so the order is total and deterministic.
    """
    normalized = nfc(text)
    clusters = _clusters(normalized)
    weights = [_cluster_weights(base, marks) for base, marks in clusters]
    primary = tuple(weight[0] for weight in weights)
    tertiary = tuple(weight[2] for weight in weights)
    return primary, _secondary_groups(clusters, weights), tertiary, normalized


def person_sort_key(full_name: str) -> tuple:
    """Return a key ordering people the Vietnamese way: given, middle, then family name.

    Why: Vietnamese lists (class rolls, staff lists) are ordered by the given name,
    which is the last word; ties fall back to the middle name(s) in order and then
    to the family name (first word).  A one-word name is treated as a given name.
    """
    words = nfc(full_name).split(" ")
    given = words[-1]
    middle = tuple(_word_key(word) for word in words[1:-1])
    family = words[0] if len(words) > 1 else ""
    return _word_key(given), middle, _word_key(family)


@lru_cache(maxsize=65536)
def _word_key(word: str) -> tuple:
    """Names repeat the same few hundred words; caching their keys makes a 50,000-name
    sort about ten times faster."""
    return collation_key(word)


# --- ethnic groups ----------------------------------------------------------------------
def load_ethnic_groups(path: Path | None = None) -> list[tuple[str, str, str]]:
    """Read the GSO ethnic-group list as (code, name, variants) rows.

    Why: the list is reference data shipped as a CSV so it can be reviewed and
    corrected without touching code.  A UTF-8 BOM (Excel) is tolerated.
    """
    source = path if path is not None else DEFAULT_ETHNIC_GROUPS_CSV
    with source.open(encoding="utf-8-sig", newline="") as handle:
        return [
            (row["code"].strip(), nfc(row["name"]), nfc(row.get("variants") or ""))
            for row in csv.DictReader(handle)
        ]


def _compact(text: str) -> str:
    """Reduce *text* to lowercase ASCII-ish letters and digits only.

    Why: ethnic names are written with hyphens, spaces, apostrophes or nothing
    ("Khơ-mú", "Khơ mú", "Khơmú", "H'Mông"); dropping every separator makes them equal.
    """
    return "".join(ch for ch in search_key(text) if ch.isalnum())


@lru_cache(maxsize=8)
def _ethnicity_lookup(groups: tuple[tuple[str, str, str], ...]) -> dict[str, str]:
    """Map every compact spelling (code, name, variants) to its code.

    Cached on the rows themselves so bulk imports normalise the list only once.
    Raises ValueError when two groups share a spelling, because that would make
    resolution silently depend on row order.
    """
    lookup: dict[str, str] = {}
    for code, name, variants in groups:
        for spelling in (code, name, *variants.split("|")):
            key = _compact(spelling)
            if key and lookup.setdefault(key, code) != code:
                raise ValueError(f"{spelling!r} is ambiguous: {lookup[key]} and {code}")
    return lookup


def resolve_ethnicity(text: str, groups: Iterable[tuple[str, str, str]]) -> str | None:
    """Return the GSO code for a typed ethnicity, or None when it is not recognised.

    Accepts the official name, any listed variant, or the code ("8" or "08"),
    ignoring case, diacritics, apostrophes and hyphen/space/no-separator differences.
    A leading "Dân tộc" ("ethnic group") is ignored, as people often type it.
    """
    lookup = _ethnicity_lookup(tuple(tuple(row) for row in groups))
    key = _compact(text)
    if key.isascii() and key.isdigit():
        key = f"{int(key):02d}"
    if key not in lookup and key.startswith("dantoc"):
        key = key.removeprefix("dantoc")
    return lookup.get(key)
