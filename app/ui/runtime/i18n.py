"""Which language the window speaks, and loading its compiled translation.

Vietnamese is the default: the officers who use the app work in Vietnamese. English is
chosen in Settings (remembered on the device) or with ``COMMUNE_IT_LANG=en`` for one run
(support staff, developers; the variable wins over the setting). The source strings in the
code are English, so a missing ``.qm`` is not fatal: the window falls back to English
with a warning in the log, and nothing is compiled at run time (``make`` and the wheel's
build compile the .qm files with pyside6-lrelease).

Qt's own strings (a text field's context menu, the file dialog, standard buttons, the
wizard's buttons) come with no Vietnamese translation from Qt, so the app ships its own
(``qt_vi.ts``, for the parts of Qt the window shows). It is installed before the app's
translator; English needs none, Qt's source strings are English.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import messages
from app.shipped import resource

log = logging.getLogger(__name__)

LANGUAGE_ENV = "COMMUNE_IT_LANG"
DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
# Each language named in itself, so an officer who switched by mistake can find the way back.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
_LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

# Installed translators must stay referenced, or Python frees them under Qt's feet.
_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]
_original_locale: list[QLocale] = []


def requested_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The language asked for in the environment, or None (unset or unknown)."""
    wanted = environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else None


def chosen_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language asked for in the environment, else Vietnamese (an unknown value too)."""
    return requested_language(environ) or DEFAULT_LANGUAGE


def current_language() -> str:
    """The language last installed (what the window speaks, .qm found or not)."""
    return _current[0]


def translations_dir() -> Path:
    """The compiled .qm files: built by ``make`` in a source tree, by the wheel's build when
    installed (see setup.py)."""
    return resource("translations")


def qm_path(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"commune_it_{language}.qm"


def qt_qm_path(language: str, directory: Path | None = None) -> Path:
    """Qt's own strings in ``language`` as the app ships them (only Vietnamese has one)."""
    return (directory or translations_dir()) / f"qt_{language}.qm"


def install(app: QCoreApplication, language: str, directory: Path | None = None) -> bool:
    """Make ``language`` the window's language; False if its .qm could not be loaded.

    Any translator installed before is removed first, so calling this again switches;
    Qt then sends every widget a ``LanguageChange`` event, on which the window retranslates.
    """
    uninstall(app)
    if not _original_locale:
        _original_locale.append(QLocale())
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    _current[0] = language
    messages.set_language(language)  # errors from below the window speak as the window does
    QLocale.setDefault(_LOCALES[language])
    if language != "en":  # Qt's source strings are English already
        _load(app, qt_qm_path(language, directory))
    return _load(app, qm_path(language, directory))


def _load(app: QCoreApplication, path: Path) -> bool:
    """Install the translation in ``path``; False (and a warning) if it cannot be read."""
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("translation %s not found or unreadable; showing source strings", path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def uninstall(app: QCoreApplication) -> None:
    """Back to the source strings and to the number format from before any install."""
    while _installed:
        app.removeTranslator(_installed.pop())
    if _original_locale:
        QLocale.setDefault(_original_locale[0])
