"""Which language the command line speaks: Vietnamese unless the environment asks for English.

``COMMUNE_IT_LANG`` (the same variable the window honours) wins; then the usual locale
variables in POSIX order of precedence. Only a value naming English or Vietnamese decides;
``C.UTF-8`` and the like leave the default, so a bare server speaks Vietnamese.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from . import DEFAULT_LANGUAGE, LANGUAGES

VARIABLES = ("COMMUNE_IT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def from_environment(environ: Mapping[str, str] = os.environ) -> str:
    for name in VARIABLES:
        value = environ.get(name, "").strip().lower()
        if not value:
            continue
        first = value.split(":")[0][:2]  # LANGUAGE may list several: "en_GB:en"
        if first in LANGUAGES:
            return first
        if name == "COMMUNE_IT_LANG":
            continue  # an unknown value there does not hide the locale
        return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
