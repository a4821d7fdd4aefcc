"""The one catalogue of messages: complete in both languages, and the only place below the
window where a sentence is written.

Code below the UI raises errors and returns notes that carry a code and values
(app/messages); these tests keep it that way: every code the code names exists in both
languages with the same placeholders, English holds no Vietnamese letter, and no module
below the window (or the command line) keeps a Vietnamese sentence of its own.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app import messages
from app.messages import Message, language, message, render

ROOT = Path(__file__).resolve().parents[1]
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)
CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+\Z")
BELOW_WINDOW = ["app/models", "app/exchange", "app/sync", "app/server", "app/ops",
                "app/cli.py", "app/cli_common.py", "app/cli_sync.py", "app/cli_server_repair.py",
                "app/cli", "app/config.py", "app/logs.py", "app/shipped.py"]
# Data, not messages: what files and the register hold in Vietnamese by design.
DATA_MODULES = {
    "app/models/enums.py",  # the Vietnamese labels import files may use for enum keys
    "app/models/vntext.py",  # the letters and tones of the Vietnamese collation
    "app/exchange/columns.py",  # the Vietnamese column headers of XLSX files
}
DATA_STRINGS = {
    "Sở Khoa học và Công nghệ",  # the department's name printed on papers, until changed
    "Máy giảng viên", "Máy văn phòng ",  # suggested device names: the province reads them
    "Thành phố ", "Tỉnh ",  # prefixes of official province names, read from the unit list
}


def python_files() -> list[Path]:
    found: list[Path] = []
    for name in BELOW_WINDOW:
        path = ROOT / name
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += sorted(p for p in path.rglob("*.py") if "migrations" not in p.parts)
    return found


def string_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef,
                                       ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings]


def test_no_vietnamese_sentence_is_written_below_the_window():
    files = python_files()
    assert len(files) > 60  # the walk found the layers
    found = []
    for path in files:
        relative = path.relative_to(ROOT).as_posix()
        if relative in DATA_MODULES or relative.startswith("app/messages/"):
            continue
        found += [f"{relative}:{line}: {text[:60]!r}" for line, text in string_literals(path)
                  if VIETNAMESE.search(text) and text not in DATA_STRINGS]
    assert not found, "\n".join(found)


def test_every_entry_speaks_both_languages_with_the_same_placeholders():
    entries = messages.catalogue()
    assert len(entries) > 100
    for code, text in entries.items():
        assert CODE.match(code), code
        assert text.vi.strip() and text.en.strip(), code
        assert messages.placeholders(text.vi) == messages.placeholders(text.en), code
        assert not VIETNAMESE.search(text.en), (code, text.en)


def codes_named_in_code() -> set[tuple[str, str]]:
    """Every literal code handed to an error or to ``message``: the first argument."""
    named = set()
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            first = node.args[0]
            if (name.endswith(("Error", "Cancelled")) or name in ("message", "Message")) \
                    and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                    and CODE.match(first.value):
                named.add((path.relative_to(ROOT).as_posix(), first.value))
    return named


def test_every_code_the_code_names_is_in_the_catalogue():
    named = codes_named_in_code()
    assert len(named) > 100
    missing = sorted(f"{where}: {code}" for where, code in named
                     if code not in messages.catalogue())
    assert not missing, "\n".join(missing)


def test_a_message_renders_its_values_in_either_language():
    inner = message("scope.trainer_register")
    outer = Message("scope.trainer_register")
    assert render(inner, "vi") == render(outer, "vi")
    assert "đào tạo" in render(inner, "vi")
    assert not VIETNAMESE.search(render(inner, "en"))


def test_an_unknown_code_still_says_what_happened(caplog):
    shown = render(message("nobody.wrote_this", file="a.csv"), "en")
    assert shown == "nobody.wrote_this file=a.csv"
    assert "nobody.wrote_this" in caplog.text


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "vi"),
    ({"LANG": "C.UTF-8"}, "vi"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "vi_VN.UTF-8"}, "vi"),
    ({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
    ({"LANGUAGE": "en_GB:en", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"COMMUNE_IT_LANG": "en", "LANG": "vi_VN.UTF-8"}, "en"),
    ({"COMMUNE_IT_LANG": "vi", "LANG": "en_US.UTF-8"}, "vi"),
    ({"COMMUNE_IT_LANG": "fr", "LANG": "en_US.UTF-8"}, "en"),
])
def test_the_command_line_speaks_what_the_environment_asks(environ, expected):
    assert language.from_environment(environ) == expected
