"""The official format on every paper (Nghị định 30/2020/NĐ-CP, DESIGN.md's "Reports"),
read back from the PDFs ``commune-it report`` writes for the demo commune and for a large
register: the title block, no word outside the A4 margins, page numbers from page 2 at
the top, headers on every page, no row parted across pages, long names wrapped inside
their cell, the signatures with the end of the table, landscape for a wide grid, every
font embedded. Each first page is kept as a PNG under artifacts/reports/ to look at."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.report_helpers import (
    ITEMS,
    LONG_NAME,
    MM,
    REPORTS,
    Word,
    big_register,
    cli,
    demo,
    ok,
    page_count,
    pdf_fonts,
    pdf_pages_text,
    pdf_words,
    render_first_page,
)

TOP, BOTTOM, LEFT, RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
SLACK = 0.5  # points: pdftotext rounds glyph boxes


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every report on the demo commune, and the large register's inventory, attendance
    summary and sign-in sheet, as PDFs."""
    folder = tmp_path_factory.mktemp("papers")
    data = demo(folder / "demo")
    made = {}
    for name in REPORTS:
        made[name] = folder / f"{name}.pdf"
        ok(cli(data, "report", name, "--out", str(made[name])))
    big = big_register()
    for name in ("inventory", "attendance-summary", "sign-in-sheet"):
        made[f"large-{name}"] = folder / f"large-{name}.pdf"
        ok(cli(big.folder, "report", name, "--out", str(made[f"large-{name}"])))
    for key, path in made.items():
        render_first_page(path, key)
    return made


def outside(size: tuple[float, float], word: Word) -> bool:
    width, height = size
    return (word.x0 < LEFT - SLACK or word.x1 > width - RIGHT + SLACK
            or word.y0 < TOP - SLACK or word.y1 > height - BOTTOM + SLACK)


def page_number(size: tuple[float, float], word: Word) -> bool:
    """A page number: its own page's, alone in the top margin, centred."""
    centre = (word.x0 + word.x1) / 2
    return (word.text == str(word.page) and word.y1 < TOP
            and abs(centre - size[0] / 2) < 3)


def test_no_word_outside_the_margins_but_the_page_numbers(papers: dict[str, Path]) -> None:
    for key, path in papers.items():
        sizes, words = pdf_words(path)
        assert len(sizes) == page_count(path)
        strays = [w for w in words if outside(sizes[w.page - 1], w)
                  and not page_number(sizes[w.page - 1], w)]
        assert strays == [], (key, strays[:5])
        numbered = {w.page for w in words if page_number(sizes[w.page - 1], w)}
        assert numbered == set(range(2, len(sizes) + 1)), key  # from page 2, every page


def test_the_title_block_of_every_paper(papers: dict[str, Path]) -> None:
    today = date.today()
    dated = f"Mường Phăng, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"
    titles = {"sign-in-sheet": "DANH SÁCH KÝ NHẬN THAM GIA LỚP BỒI DƯỠNG",
              "attendance-summary": "BẢNG TỔNG HỢP ĐIỂM DANH",
              "inventory": "BÁO CÁO KIỂM KÊ THIẾT BỊ CÔNG NGHỆ THÔNG TIN",
              "staff-qualifications": "BÁO CÁO THỐNG KÊ TRÌNH ĐỘ CÁN BỘ, CÔNG CHỨC",
              "ict-indicators": "BÁO CÁO CÁC CHỈ TIÊU ỨNG DỤNG CÔNG NGHỆ THÔNG TIN"}
    for key, path in papers.items():
        lines = [" ".join(line.split()) for line in pdf_pages_text(path)[0].splitlines()
                 if line.strip()]
        assert lines[0] == "UBND XÃ MƯỜNG PHĂNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", key
        assert lines[1] == "Độc lập - Tự do - Hạnh phúc", key
        assert lines[2] == dated, key
        assert lines[3] == titles[key.removeprefix("large-")], key
        sizes, words = pdf_words(path)
        unit = next(w for w in words if w.text == "UBND")
        nation = next(w for w in words if w.text == "CỘNG")
        assert unit.x1 < sizes[0][0] / 2 < nation.x1  # the unit left, the nation right


def test_every_font_is_embedded(papers: dict[str, Path]) -> None:
    for key, path in papers.items():
        found = pdf_fonts(path)
        assert found and {embedded for _, embedded in found} == {"yes"}, (key, found)
        faces = {name.split("+")[-1] for name, _ in found}
        assert any(face.endswith("Italic") for face in faces), (key, faces)  # the date line
        assert any(face.endswith("Bold") for face in faces), (key, faces)


def test_3000_items_paginate_with_headers_on_every_page_and_no_row_parted(papers) -> None:
    path = papers["large-inventory"]
    pages = pdf_pages_text(path)
    assert len(pages) == page_count(path) > 100
    big = big_register()
    page_of: dict[str, int] = {}
    for number, text in enumerate(pages, start=1):
        if number > 1:
            assert "STT" in text and "Tên, nhãn hiệu," in text, number  # the header repeats
        for tag in re.findall(r"MP-\d{5}", text):
            assert tag not in page_of, tag  # each item once
            page_of[tag] = number
    assert len(page_of) == ITEMS
    for item in big.items:  # the tag and the serial share a cell: they share a page
        assert item.serial in pages[page_of[item.tag] - 1], item


def test_the_signatures_go_with_the_end_of_the_table(papers: dict[str, Path]) -> None:
    for key, path in papers.items():
        pages = pdf_pages_text(path)
        signed = [n for n, text in enumerate(pages, start=1) if "NGƯỜI LẬP BIỂU" in text]
        assert signed == [len(pages)], key  # once, on the last page
        if len(pages) > 1:  # never alone: the table's last rows are there, under its header
            assert re.search(r"\bSTT\b", pages[-1]), key
            rows = re.findall(r"^\s*\d+\s+\S", pages[-1], flags=re.M)
            assert len(rows) >= 1, key


def test_a_wide_grid_turns_the_page_and_long_names_wrap_inside_their_cell(papers) -> None:
    sizes, _ = pdf_words(papers["large-attendance-summary"])
    assert all(width > height for width, height in sizes)
    assert all(width < height for width, height in pdf_words(papers["inventory"])[0])
    sizes, words = pdf_words(papers["large-sign-in-sheet"])
    page = next(w.page for w in words if w.text == "Khuê")  # the long name's own word
    on_page = [w for w in words if w.page == page]
    header = {w.text: w for w in on_page if w.text in ("Họ", "Đơn")}
    name_words = LONG_NAME.split()
    found = [w for w in on_page if w.text in name_words and w.y0 > header["Họ"].y1
             and abs(w.y0 - next(x for x in on_page if x.text == "Khuê").y0) < 40]
    assert {w.text for w in found} == set(name_words)
    assert len({round(w.y0) for w in found}) >= 2  # on more than one line
    for word in found:  # inside the name column: after "Họ và tên"'s cell, before the next
        assert header["Họ"].x0 - 60 < word.x0 and word.x1 < header["Đơn"].x0, word


def test_the_first_pages_are_kept_to_look_at(papers: dict[str, Path]) -> None:
    for key in papers:
        png = Path(__file__).resolve().parents[1] / "artifacts" / "reports" / f"{key}.png"
        assert png.is_file() and png.stat().st_size > 5_000, key
