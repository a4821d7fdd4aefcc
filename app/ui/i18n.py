"""Which language the window speaks, and loading its compiled translation.

Vietnamese is the default: the officers who use the app work in Vietnamese. English is
chosen with ``COMMUNE_IT_LANG=en`` (support staff, developers). The source strings in the
code are English, so a missing ``.qm`` is not fatal: the window falls back to English
with a warning in the log, and nothing is compiled at run time (``make`` builds the .qm
files with pyside6-lrelease).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.config import resources_dir

log = logging.getLogger(__name__)

LANGUAGE_ENV = "COMMUNE_IT_LANG"
DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
_LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

# Installed translators must stay referenced, or Python frees them under Qt's feet.
_installed: list[QTranslator] = []


def chosen_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language asked for in the environment, else Vietnamese (an unknown value too)."""
    wanted = environ.get(LANGUAGE_ENV, "").strip().lower()[:2]
    return wanted if wanted in LANGUAGES else DEFAULT_LANGUAGE


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qm_path(language: str, directory: Path | None = None) -> Path:
    return (directory or translations_dir()) / f"commune_it_{language}.qm"


def install(app: QCoreApplication, language: str, directory: Path | None = None) -> bool:
    """Make ``language`` the window's language; False if its .qm could not be loaded.

    Any translator installed before is removed first, so calling this again switches.
    """
    uninstall(app)
    QLocale.setDefault(_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))
    path = qm_path(language, directory)
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("translation %s not found or unreadable; showing source strings", path)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def uninstall(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())
