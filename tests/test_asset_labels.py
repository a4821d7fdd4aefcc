"""``commune-it report asset-labels`` through the real console script: the sheet read back
with poppler and zbar (each label's QR code decoded from its own cell at 300 dpi, in
order), its words inside their labels, the untagged items refused or given tags from the
commune's pattern (journalled: pending in ``sync status``), and a 3,000-item sheet."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from tests.report_helpers import (
    ARTIFACTS,
    cli,
    demo,
    ok,
    page_count,
    pdf_text,
    pdf_words,
    query,
    refused,
    set_up,
    write_equipment,
)

MM = 72 / 25.4
DPI = 300
# The Tomy/Decal A4 24-label paper (3×8, 70×37 mm, first row 0.5 mm from the top) and the
# 14-label one (2×7, 99.1×38.1 mm, 4.65 mm and 15.15 mm in, 2.5 mm between columns).
PAPERS = {"3x8": (3, 8, 70.0, 37.0, 0.0, 0.5, 0.0), "2x7": (2, 7, 99.1, 38.1, 4.65, 15.15, 2.5)}
ACTIVE = ("in_use", "in_storage", "under_repair", "broken")
ORDER = ("SELECT e.asset_tag FROM equipment e JOIN equipment_category c ON c.code = e.category "
         "WHERE e.deleted = 0 {where} ORDER BY c.rank, e.asset_tag IS NULL, e.asset_tag, "
         "e.acquired_date, e.id")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo(tmp_path_factory.mktemp("demo"))


def cells(paper: str) -> list[tuple[float, float, float, float]]:
    """Each label of a page as x0, y0, x1, y1 in points from the top left (the test's
    own reading of the label paper, not the app's)."""
    columns, rows, width, height, left, top, gap = PAPERS[paper]
    return [((left + c * (width + gap)) * MM, (top + r * height) * MM,
             (left + c * (width + gap) + width) * MM, (top + (r + 1) * height) * MM)
            for r in range(rows) for c in range(columns)]


def decoded(pdf: Path, folder: Path, paper: str, pages: int) -> list[str | None]:
    """The QR code of each label cell, page by page, row by row (None: nothing read)."""
    subprocess.run(["pdftoppm", "-r", str(DPI), "-l", str(pages), "-png", str(pdf),
                    str(folder / "page")], check=True)
    crops = []
    for page in sorted(folder.glob("page-*.png")):
        image = Image.open(page)
        for n, (x0, y0, x1, y1) in enumerate(cells(paper)):
            crop = folder / f"{page.stem}-{n:02d}.png"
            image.crop(tuple(round(v * DPI / 72) for v in (x0, y0, x1, y1))).save(crop)
            crops.append(crop)
    found: list[str | None] = []
    for crop in crops:
        result = subprocess.run(["zbarimg", "-q", "--raw", str(crop)], capture_output=True,
                                text=True)
        lines = result.stdout.splitlines()
        assert len(lines) <= 1, (crop, lines)  # one code per label, never a neighbour's
        found.append(lines[0] if lines else None)
    return found


def tags_in_order(data_dir: Path, where: str = "") -> list[str]:
    return [row[0] for row in query(data_dir, ORDER.format(where=where))]


def active(data_dir: Path) -> list[str]:
    return tags_in_order(data_dir, f"AND e.status IN {ACTIVE!r}")


def test_the_demo_sheet_reads_back_tag_by_tag_in_order(demo_dir: Path, tmp_path: Path):
    pdf = tmp_path / "nhan.pdf"
    expected = active(demo_dir)
    said = ok(cli(demo_dir, "report", "asset-labels", "--out", str(pdf))).stdout.strip()
    pages = -(-len(expected) // 24)
    assert said == f"Đã ghi {len(expected)} nhãn tài sản vào “{pdf}” ({pages} trang)."
    assert page_count(pdf) == pages
    found = decoded(pdf, tmp_path, "3x8", pages)
    assert found[:len(expected)] == expected
    assert found[len(expected):] == [None] * (pages * 24 - len(expected))  # blank labels
    text = pdf_text(pdf)
    assert all(tag in text for tag in expected)
    assert text.count("UBND xã Mường Phăng") == len(expected)
    assert "Máy tính để bàn" in text and "Máy in" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf),
                    str(ARTIFACTS / "asset-labels")], check=True)


def test_every_word_sits_inside_its_own_label(demo_dir: Path, tmp_path: Path) -> None:
    for paper in PAPERS:
        pdf = tmp_path / f"{paper}.pdf"
        ok(cli(demo_dir, "report", "asset-labels", "--grid", paper, "--out", str(pdf)))
        _sizes, words = pdf_words(pdf)
        grid = cells(paper)
        expected = active(demo_dir)
        per_page = len(grid)
        for word in words:
            inside = [n for n, (x0, y0, x1, y1) in enumerate(grid)
                      if x0 + 3 <= word.x0 and word.x1 <= x1 - 3 and y0 + 3 <= word.y0
                      and word.y1 <= y1 - 3]
            assert len(inside) == 1, (paper, word)
            if re.fullmatch(r"MP-[A-Z]+-\d{4}-\d{2}", word.text):  # the tag of that label
                assert expected[(word.page - 1) * per_page + inside[0]] == word.text
        assert page_count(pdf) == -(-len(expected) // per_page)


def test_labels_have_no_spreadsheet_and_options_are_checked(demo_dir, tmp_path) -> None:
    refused(cli(demo_dir, "report", "asset-labels", "--out", str(tmp_path / "n.xlsx")),
            "chỉ in ra tệp .pdf", "“n.xlsx”")
    refused(cli(demo_dir, "report", "asset-labels", "--grid", "4x10", "--out",
                str(tmp_path / "n.pdf")), "“4x10”", "3x8")
    refused(cli(demo_dir, "report", "asset-labels", "--all", "--tags", "MP-PC-2017-05",
                "--out", str(tmp_path / "n.pdf")), "--all", "--tags")
    refused(cli(demo_dir, "report", "inventory", "--assign-tags", "--out",
                str(tmp_path / "n.pdf")), "asset-labels")
    refused(cli(demo_dir, "report", "asset-labels", "--tags", "MP-XX-1999-01,MP-PC-2017-05",
                "--out", str(tmp_path / "n.pdf")), "MP-XX-1999-01")
    assert list(tmp_path.iterdir()) == []


def test_chosen_tags_and_every_item(demo_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "two.pdf"
    everything = tags_in_order(demo_dir)
    wanted = [everything[5], everything[1]]
    ok(cli(demo_dir, "report", "asset-labels", "--tags", ",".join(wanted), "--out", str(pdf)))
    assert decoded(pdf, tmp_path, "3x8", 1)[:3] == [everything[1], everything[5], None]
    ok(cli(demo_dir, "report", "asset-labels", "--all", "--out", str(pdf)))
    assert len(everything) > len(active(demo_dir))  # the demo has disposed of some
    assert all(tag in pdf_text(pdf) for tag in everything)


CSV_HEAD = "category,brand,model,asset_tag,acquired_date,status\n"


def test_untagged_items_are_refused_then_given_tags_from_the_pattern(tmp_path: Path) -> None:
    data = set_up(tmp_path / "data")
    items = tmp_path / "items.csv"
    items.write_text(CSV_HEAD + "desktop,Dell,Vostro 3888,MP-PC-2021-01,2021-03-02,in_use\n"
                     "desktop,HP,ProDesk 400 G7,,2021-05-04,in_use\n"
                     "printer,Canon,LBP 2900,,2019-01-10,broken\n"
                     "laptop,Dell,Latitude 3420,,,in_storage\n"
                     "desktop,HP,280 G4 MT,,2020-01-01,disposed\n", encoding="utf-8")
    ok(cli(data, "import", "equipment", str(items)))
    pending = json.loads(ok(cli(data, "sync", "status", "--json")).stdout)["pending_changes"]
    pdf = tmp_path / "nhan.pdf"
    refused(cli(data, "report", "asset-labels", "--out", str(pdf)), "3 thiết bị",
            "--assign-tags")
    assert not pdf.exists()
    assert query(data, "SELECT count(*) FROM equipment WHERE asset_tag IS NULL") == [(4,)]
    said = ok(cli(data, "report", "asset-labels", "--assign-tags", "--out", str(pdf)))
    assert said.stdout.splitlines()[0] == "Đã cấp số hiệu tài sản cho 3 thiết bị theo mẫu của xã."
    tags = dict(query(data, "SELECT model, asset_tag FROM equipment"))
    this_year = str(__import__("datetime").date.today().year)
    assert tags["ProDesk 400 G7"] == "MP-PC-2021-02"  # 01 was taken by the Vostro
    assert tags["LBP 2900"] == "MP-MI-2019-01"
    assert tags["Latitude 3420"] == f"MP-LT-{this_year}-01"  # bought on a day not recorded
    assert tags["280 G4 MT"] is None  # disposed of: not labelled, not tagged
    assert len(set(tags.values())) == len(tags)
    assert decoded(pdf, tmp_path, "3x8", 1)[:4] == active(data)
    after = json.loads(ok(cli(data, "sync", "status", "--json")).stdout)["pending_changes"]
    assert after == pending + 3  # each tag is a change that travels to the province
    again = ok(cli(data, "report", "asset-labels", "--assign-tags", "--out", str(pdf)))
    assert "Đã cấp" not in again.stdout  # nothing left to tag


def test_a_three_thousand_item_sheet_paginates(tmp_path: Path) -> None:
    data = set_up(tmp_path / "data")
    write_equipment(tmp_path / "items.csv", 3000)
    ok(cli(data, "import", "equipment", str(tmp_path / "items.csv")))
    pdf = tmp_path / "all.pdf"
    ok(cli(data, "report", "asset-labels", "--all", "--out", str(pdf)))
    assert page_count(pdf) == 125
    words = set(pdf_text(pdf).split())
    assert {f"MP-{n:05d}" for n in range(3000)} <= words
