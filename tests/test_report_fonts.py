"""The papers' typeface: every Vietnamese letter, checked before drawing, embedded in the
PDF, and shipped with the app so that no install prints empty boxes.

A font without Vietnamese (reportlab's own Bitstream Vera stands in for Debian's
fonts-liberation 1.x: the metrics are there, ơ and ư are not) is passed over, never used.
"""

from __future__ import annotations

import ast
import logging
import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import reportlab
from reportlab.pdfbase.ttfonts import TTFontFile

from app.reports import fonts
from app.reports.document import Column, Document, Issuer, Table
from app.reports.errors import ReportError
from app.reports.output import write_document
from tests.report_helpers import ROOT, pdf_fonts, pdf_text

VERA = Path(reportlab.__file__).parent / "fonts"
SHIPPED = ROOT / "resources" / "fonts"


def vera() -> fonts.FontFiles:
    return fonts.FontFiles("Vera (no Vietnamese)", {
        "regular": VERA / "Vera.ttf", "bold": VERA / "VeraBd.ttf",
        "italic": VERA / "VeraIt.ttf", "bold_italic": VERA / "VeraBI.ttf"})


def test_the_letters_checked_are_the_whole_vietnamese_alphabet_with_every_tone() -> None:
    letters = fonts.vietnamese_letters()
    assert {"ư", "Ư", "ơ", "Ợ", "ặ", "Ặ", "ỹ", "Ỹ", "đ", "Đ", "ễ", "Ễ", "ủ", "Ủ"} <= letters
    vowels = {unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy"
              for t in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")}
    assert len(vowels) == 72 and all(len(v) == 1 for v in vowels)  # each one letter in NFC
    assert vowels <= letters and {v.upper() for v in vowels} <= letters


def test_the_shipped_family_covers_every_letter_in_all_four_styles() -> None:
    shipped = fonts.bundled()
    assert shipped.files["regular"] == SHIPPED / "LiberationSerif-Regular.ttf"
    assert shipped.missing(fonts.vietnamese_letters()) == ""
    for style in fonts.STYLES:
        mapped = TTFontFile(str(shipped.files[style])).charToGlyph
        assert ord("ư") in mapped and ord("Ặ") in mapped, style
    licence = (SHIPPED / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Liberation" in licence


def test_a_font_without_vietnamese_is_passed_over_and_logged(caplog) -> None:
    assert "ư" in vera().missing(fonts.vietnamese_letters())  # the stand-in really lacks it
    with caplog.at_level(logging.INFO, logger="app.reports.fonts"):
        chosen = fonts.choose([vera(), fonts.bundled()])
    assert chosen == fonts.bundled()
    assert "Vera (no Vietnamese) not used" in caplog.text and "lacks" in caplog.text


def test_a_damaged_or_missing_font_is_passed_over(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("a.ttf", "b.ttf", "c.ttf", "d.ttf"):
        (broken / name).write_bytes(b"not a font at all" * 10)
    damaged = fonts.FontFiles("damaged", dict(zip(fonts.STYLES, sorted(broken.iterdir()),
                                                  strict=True)))
    gone = fonts.FontFiles("gone", {style: tmp_path / "none" / f"{style}.ttf"
                                    for style in fonts.STYLES})
    assert "unreadable" in damaged.missing(fonts.vietnamese_letters())
    assert fonts.choose([gone, damaged, fonts.bundled()]) == fonts.bundled()


def test_no_usable_font_at_all_is_a_refusal_not_boxes() -> None:
    with pytest.raises(ReportError) as caught:
        fonts.choose([vera()])
    assert caught.value.code == "report.no_font"
    assert "tiếng Việt" in caught.value.text("vi") and "Vietnamese" in caught.value.text("en")


def test_windows_tries_times_new_roman_first_and_every_system_ends_with_the_shipped_one():
    windows = fonts.candidates("win32", {"WINDIR": r"D:\Windows"})
    assert [p.name for p in windows[0].files.values()] == ["times.ttf", "timesbd.ttf",
                                                           "timesi.ttf", "timesbi.ttf"]
    assert str(windows[0].files["regular"]).startswith(r"D:\Windows")
    linux = fonts.candidates("linux", {})
    assert linux[0].files["regular"] == Path(
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf")
    for found in (windows, linux, fonts.candidates("darwin", {})):
        assert found[-1] == fonts.bundled()


def test_the_wheel_build_copies_the_fonts() -> None:
    """setup.py copies resources/ into the wheel, leaving out only translation sources and
    caches: the fonts and their licence go with it."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    left_out = next(ast.literal_eval(node.value) for node in ast.walk(tree)
                    if isinstance(node, ast.Assign)
                    and getattr(node.targets[0], "id", "") == "SOURCES_ONLY")
    ignored = shutil.ignore_patterns(*left_out)(str(SHIPPED), [p.name for p in
                                                                SHIPPED.iterdir()])
    assert ignored == set()
    assert "graft resources" in (ROOT / "MANIFEST.in").read_text()


def test_every_font_of_a_paper_is_embedded_and_nfd_text_is_drawn_as_nfc(tmp_path: Path):
    decomposed = unicodedata.normalize("NFD", "Lường Thị Ánh Nguyệt")
    assert decomposed != "Lường Thị Ánh Nguyệt"
    paper = Document(
        name="test", issuer=Issuer("UBND xã Mường Phăng", "Mường Phăng"), day=date(2026, 2, 5),
        title="DANH SÁCH THỬ", tables=(Table((Column("Họ và tên", 1),), [(decomposed,)],
                                              "Không có dữ liệu."),),
        notes=("Ghi chú in nghiêng.",))
    written = write_document(paper, tmp_path / "paper.pdf")
    found = pdf_fonts(written.path)
    assert found and all(embedded == "yes" for _, embedded in found), found
    assert all("LiberationSerif" in name or "Times" in name for name, _ in found), found
    assert {name.split("+")[-1] for name, _ in found} >= {"LiberationSerif",
                                                           "LiberationSerif-Bold",
                                                           "LiberationSerif-Italic"}
    text = pdf_text(written.path)
    assert "Lường Thị Ánh Nguyệt" in text and decomposed not in text
    assert "Mường Phăng, ngày 05 tháng 02 năm 2026" in text
