"""The one catalogue of what the app tells people when something below the window happens.

Code below the UI (models, exchange, sync, server, the command line) never builds a
sentence: it raises an error, or returns a note, that carries a ``Message`` — a code and its
values. This package turns a message into Vietnamese or English. The window renders it in
its own language (``set_language`` when the language is installed); the command line in
Vietnamese unless the environment asks for English (``language.from_environment``).

Each area keeps its entries in a module of its own (``models``, ``exchange``, ``sync``,
``transfer``, ``server``, ``ops``, ``reports``, ``cli``, ``backup``, ``selfcheck``,
``console``):
``TEXTS`` maps a code to a ``Text`` (Vietnamese, English) whose
``{placeholders}`` are the message's values. A value may itself be a message, an error that
carries one, a date (shown ``dd/mm/yyyy``), or a list (joined with commas).

This package imports only the standard library, so every layer may use it.
"""

from __future__ import annotations

import importlib
import logging
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, NamedTuple

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
_current = [DEFAULT_LANGUAGE]


class Text(NamedTuple):
    """One entry of the catalogue: the sentence in Vietnamese and in English."""

    vi: str
    en: str


@dataclass(frozen=True)
class Message:
    """What to tell, as a code and its values; rendered only when shown."""

    code: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        return render(self, language)

    def __str__(self) -> str:
        return render(self)


def message(code: str, /, **values: Any) -> Message:
    return Message(code, MappingProxyType(dict(values)))


@dataclass(frozen=True)
class Grouped:
    """A whole number shown with its thousands grouped as each language writes them:
    30.000 in Vietnamese, 30,000 in English."""

    number: int


def grouped(number: int) -> Grouped:
    return Grouped(number)


@dataclass(frozen=True)
class PerLanguage:
    """A value that is data, not words of the catalogue, yet differs by language: the
    Vietnamese labels an enum's cell may hold for a Vietnamese reader, the keys (which a
    file accepts too) for an English one."""

    vi: Any
    en: Any


def set_language(language: str) -> None:
    """The language ``str()`` of a message uses in this process (the window's, the CLI's)."""
    _current[0] = language if language in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current[0]


def catalogue() -> Mapping[str, Text]:
    """Every entry of every area, loaded once; a code in two areas is a bug."""
    if not _catalogue:
        from . import (
            audit,
            backup,
            cli,
            console,
            digital_skills,
            exchange,
            models,
            ops,
            privacy,
            recycle_bin,
            reports,
            selfcheck,
            server,
            stocktake,
            sync,
            transfer,
            window_lock,
        )
        from .tables import merged

        areas = (models, exchange, sync, transfer, server, ops, reports, cli, backup, selfcheck,
                 console, privacy, recycle_bin, digital_skills, stocktake, audit, window_lock)
        for code, entry in merged(*(area.TEXTS for area in areas)).items():
            _catalogue[code] = Text(*entry)
    return _catalogue


_catalogue: dict[str, Text] = {}

# The area module that holds a code, by the code's first word: a process that shows a few
# sentences (the command line's help) loads their area, not all of them (~800 entries).
# A code whose first word is not here, or not found there, loads the whole catalogue.
_AREA_OF = {"cli": "cli", "report": "reports", "selfcheck": "selfcheck", "console": "console",
            "import": "exchange", "export": "exchange", "server": "server", "sync": "sync",
            "bundle": "sync", "enrolment": "sync", "transfer": "transfer",
            "privacy": "privacy", "skills": "digital_skills",
            "stocktake": "stocktake", "audit": "audit", "erasure": "audit",
            "lock": "window_lock"}
_areas: dict[str, Mapping[str, tuple[str, str]]] = {}


def _entry(code: str) -> Text | None:
    """The catalogue's entry for ``code``, loading as little of the catalogue as it can."""
    if not _catalogue and (area := _AREA_OF.get(code.partition(".")[0])) is not None:
        if area not in _areas:
            _areas[area] = importlib.import_module(f"{__name__}.{area}").TEXTS
        if (entry := _areas[area].get(code)) is not None:
            return Text(*entry)
    return catalogue().get(code)


def render(msg: Message, language: str | None = None) -> str:
    """The sentence for ``msg`` in ``language`` (default: this process's language).

    An unknown code or a missing value never hides the failure being reported: the code
    and its values are shown as they are, and the slip is logged.
    """
    language = language if language in LANGUAGES else current_language()
    entry = _entry(msg.code)
    values = {key: shown(value, language) for key, value in msg.values.items()}
    if entry is None:
        log.error("no catalogue entry for message code %r", msg.code)
        return " ".join([msg.code, *(f"{k}={v}" for k, v in values.items())])
    template = entry.en if language == "en" else entry.vi
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        log.exception("message %r does not fit its values %r", msg.code, sorted(values))
        return " ".join([template, *(f"{k}={v}" for k, v in values.items())])


def shown(value: Any, language: str | None = None) -> str:
    """One value as it appears inside a sentence."""
    if isinstance(value, Message):
        return render(value, language)
    carried = getattr(value, "message", None)
    if isinstance(value, Exception) and isinstance(carried, Message):
        return render(carried, language)
    if isinstance(value, PerLanguage):
        return shown(value.en if language == "en" else value.vi, language)
    if isinstance(value, Grouped):
        return f"{value.number:,}".replace(",", "," if language == "en" else ".")
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(shown(item, language) for item in value)
    return str(value)


def placeholders(template: str) -> set[str]:
    """The names a template fills in (for the catalogue's own test)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
