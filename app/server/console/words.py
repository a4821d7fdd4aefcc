"""The console's words and figures, in the language the browser chose (a cookie).

Every sentence and label of the pages comes from the one catalogue (app/messages, area
``console``), looked up by the templates through ``t``: no page text is written in Python
or in a template, except the name of the other language on the switch ("English",
"Tiếng Việt"), which is that language's own word. Figures are written as each language
writes them: 4.392 and 22,2% in Vietnamese, 4,392 and 22.2% in English; rounded half up,
as people round by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.requests import Request
from starlette.templating import Jinja2Templates

from app import __version__
from app.messages import DEFAULT_LANGUAGE, LANGUAGES, message

from .sessions import LANGUAGE_COOKIE

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


def language_of(request: Request) -> str:
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    return chosen if chosen in LANGUAGES else DEFAULT_LANGUAGE


@lru_cache(maxsize=4096)
def _label(code: str, lang: str) -> str:
    return message(code).text(lang)


@dataclass(frozen=True)
class Words:
    """What a template calls to word and write figures in one language."""

    lang: str

    def t(self, code: str, /, **values: Any) -> str:
        if not values:  # a label: the same words every time (a list's cells ask hundreds)
            return _label(code, self.lang)
        return message(code, **values).text(self.lang)

    def number(self, value: int) -> str:
        return f"{value:,}".replace(",", "," if self.lang == "en" else ".")

    def decimal(self, value: float, places: int = 2) -> str:
        rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places),
                                                       rounding=ROUND_HALF_UP)
        whole, _, fraction = f"{rounded:f}".partition(".")
        sign = "-" if whole.startswith("-") else ""
        text = sign + self.number(abs(int(whole)))
        if not fraction:
            return text
        return f"{text}{'.' if self.lang == 'en' else ','}{fraction}"

    def percent(self, share: float) -> str:
        """0.2222 → 22,2% (22.2%); a whole number shows no decimal: 50%."""
        text = self.decimal(share * 100, 1)
        return text.removesuffix(",0").removesuffix(".0") + "%"

    def day(self, value: date | datetime | None) -> str:
        return value.strftime("%d/%m/%Y") if value else "—"

    def moment(self, value: datetime | None) -> str:
        return value.strftime("%d/%m/%Y %H:%M") if value else "—"


def templates() -> Jinja2Templates:
    """FastAPI's Jinja2 templates over the package's folder: HTML escaped everywhere, and a
    name a template forgets to pass is an error, not an empty cell. Each is read and
    compiled once: they ship with the app and do not change while it runs."""
    environment = Environment(loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined,
                              autoescape=select_autoescape(["html", "svg"]),
                              trim_blocks=True, lstrip_blocks=True,
                              auto_reload=False)  # shipped files: not looked at per page
    environment.globals["version"] = __version__  # in the shipped files' addresses
    return Jinja2Templates(env=environment)
