"""argparse's own words follow the command line's language (``app/cli_words.py``): the
help's "usage:" and "options", and the one-line mistakes argparse finds itself, in
Vietnamese by default and in English when the environment asks for it; exit status 2."""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli_words
from app.messages import catalogue

COMMUNE_IT = Path(sys.executable).with_name("commune-it")
PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


def run(*args: str, lang: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMMUNE_IT_LANG": lang}
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.parametrize(("args", "vietnamese", "english"), [
    (["sync"], "commune-it: thiếu tham số bắt buộc: SYNC",
     "commune-it: the following arguments are required: SYNC"),
    (["import", "staffx", "x.csv"],
     "commune-it: tham số kind: lựa chọn không hợp lệ: 'staffx' (chọn một trong: 'staff', "
     "'equipment', 'attendance')",
     "commune-it: argument kind: invalid choice: 'staffx' (choose from 'staff', 'equipment', "
     "'attendance')"),
    (["import", "staff", "x.csv", "--what"], "commune-it: tham số không hiểu được: --what",
     "commune-it: unrecognized arguments: --what"),
    (["server", "serve", "--port"], "commune-it: tham số --port: cần một giá trị",
     "commune-it: argument --port: expected one argument"),
])
def test_a_mistake_argparse_finds_is_told_in_the_language_asked(tmp_path, args, vietnamese,
                                                                english):
    for lang, said in (("vi", vietnamese), ("en", english)):
        result = run(*args, lang=lang, data_dir=tmp_path)
        assert (result.returncode, result.stderr.strip(), result.stdout) == (2, said, "")


def test_the_help_speaks_one_language(tmp_path):
    vietnamese = run("--help", lang="vi", data_dir=tmp_path).stdout
    assert vietnamese.startswith("cách dùng: commune-it")
    assert "\ntùy chọn:\n" in vietnamese and "in hướng dẫn này rồi thoát" in vietnamese
    assert "usage" not in vietnamese and "options" not in vietnamese
    english = run("--help", lang="en", data_dir=tmp_path).stdout
    assert english.startswith("usage: commune-it") and "show this help message" in english


def test_each_sentence_is_one_argparse_says_and_keeps_its_placeholders():
    source = inspect.getsource(argparse)
    texts = catalogue()
    for english, code in cli_words.CODES.items():
        assert repr(english)[1:-1] in source, english
        assert texts[code].en == english
        assert sorted(PLACEHOLDER.findall(texts[code].vi)) == sorted(
            PLACEHOLDER.findall(english)), english


def test_english_gives_argparse_its_own_words_back():
    try:
        cli_words.speak("vi")
        assert argparse._("options") == "tùy chọn"
        assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == \
            "cần %s giá trị"
        cli_words.speak("en")
        assert argparse._("options") == "options"
        assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == \
            "expected %s arguments"
    finally:
        cli_words.speak("en")
