"""What the operations layer itself refuses is a code of the one catalogue
(app/messages/ops.py), in Vietnamese and in English alike.

The refusals are provoked through the real operations on a real SQLite store; each must
carry a code the catalogue knows, and read in English with no Vietnamese letter (what the
English window and ``LANG=en`` show).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from app.messages import catalogue, placeholders
from app.messages.ops import TEXTS
from app.models.training_ops import CourseValues
from app.ops import province, settings, training
from app.ops.errors import OpsError
from tests.helpers import make_store

_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    assert TEXTS
    for code, (vietnamese, english) in TEXTS.items():
        assert code.startswith("ops.") and code in catalogue()
        assert vietnamese.strip() and english.strip(), code
        assert placeholders(vietnamese) == placeholders(english), code
        assert VIETNAMESE.search(vietnamese), code
        assert not VIETNAMESE.search(english), code


def test_each_refusal_of_the_operations_is_in_the_catalogue(tmp_path: Path) -> None:
    store = make_store(tmp_path / "office")
    raised: list[OpsError] = []
    with store:
        course = training.create_course(store, CourseValues("Tin học", date.today()))
        for attempt in (lambda: training.enrol_officials(store, course, []),
                        lambda: settings.save_language(store, "fr_FR"),
                        lambda: province.open_province("postgresql+psycopg://a@h:port/db",
                                                       tmp_path / "p.sqlite3", tmp_path)):
            with pytest.raises(OpsError) as caught:
                attempt()
            raised.append(caught.value)
    assert {error.code for error in raised} == set(TEXTS)  # every code, from a real path
    for error in raised:
        assert not VIETNAMESE.search(error.text("en")), error.text("en")
        assert "{" not in error.text("en") and "{" not in error.text("vi")
    assert "“fr_FR”" in raised[1].text("vi") and "“fr_FR”" in raised[1].text("en")
