"""The stock-take's messages (app/messages/stocktake.py): every entry in both languages with
the same placeholders and no Vietnamese letter in the English; every refusal the stock-take
makes, provoked through the real operations on real SQLite files, carries a code of that
catalogue and reads in English without Vietnamese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.demo import fill_demo
from app.messages import catalogue, placeholders
from app.messages.stocktake import TEXTS
from app.ops import stocktake
from app.ops.stocktake import StocktakeError
from tests.helpers import MUONG_PHANG, THANH_NUA, make_store

_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_each_entry_has_both_languages_alike(code):
    vietnamese, english = TEXTS[code]
    assert vietnamese.strip() and english.strip()
    assert placeholders(vietnamese) == placeholders(english)
    assert not VIETNAMESE.search(english), english
    assert code.startswith("stocktake.")
    assert catalogue()[code] == (vietnamese, english)


@pytest.fixture
def store(tmp_path):
    opened = make_store(tmp_path / "office")
    fill_demo(opened)
    yield opened
    opened.close()


def refusal(call, *args, **kwargs) -> StocktakeError:
    with pytest.raises(StocktakeError) as caught:
        call(*args, **kwargs)
    error = caught.value
    assert error.code in TEXTS, error.code
    assert not VIETNAMESE.search(error.text("en")), error.text("en")
    assert VIETNAMESE.search(str(error)), str(error)  # the officers' Vietnamese by default
    return error


def test_every_refusal_of_the_stock_take_is_in_the_catalogue(store, tmp_path: Path):
    assert refusal(stocktake.scan_tag, store, "MP-PC-2017-01").code == "stocktake.no_open_round"
    assert refusal(stocktake.close_round, store).code == "stocktake.no_open_round"
    bad = refusal(stocktake.open_round, store, [("", "Thu kho")])  # user data stays as typed
    assert bad.code == "stocktake.member_bad"
    many = refusal(stocktake.open_round, store, [(f"Member {n}", "") for n in range(12)])
    assert many.code == "stocktake.committee_too_many"
    stocktake.open_round(store, [("Lò Văn Ánh", "Trưởng ban")])
    again = refusal(stocktake.open_round, store, [])
    assert again.code == "stocktake.round_already_open"
    assert refusal(stocktake.scan_tag, store, "  \t ").code == "stocktake.tag_empty"
    assert refusal(stocktake.scan_tag, store, "X" * 41).code == "stocktake.tag_too_long"
    assert refusal(stocktake.mark_item, store, "no-such-id", True).code == "stocktake.item_unknown"
    assert refusal(stocktake.read_tag_file, tmp_path / "none.txt").code == (
        "stocktake.file_unreadable")
    binary = tmp_path / "scan.bin"
    binary.write_bytes(b"\xff\xfe\x00\x00")
    assert refusal(stocktake.read_tag_file, binary).code == "stocktake.file_not_text"
    long_line = tmp_path / "long.txt"
    long_line.write_text("MP-1\n" + "Y" * 50 + "\n", encoding="utf-8")
    line = refusal(stocktake.read_tag_file, long_line)
    assert line.code == "stocktake.file_line_bad" and line.values["line"] == 2


def test_a_laptop_of_several_communes_must_name_one(tmp_path):
    trainer = make_store(tmp_path / "trainer", (MUONG_PHANG, THANH_NUA), trainer=True,
                         name="Máy giảng viên")
    try:
        error = refusal(stocktake.current_round, trainer)
        assert error.code == "stocktake.commune_needed"
        assert stocktake.current_round(trainer, commune=THANH_NUA) is None
    finally:
        trainer.close()
