"""The province's papers (``server report``), on a province database filled as a province
fills it: three communes' office laptops enter their registers from CSV files and send
their bundles on a stick, which ``server import`` takes in. Each commune's row and the
province's totals are checked against figures computed from those CSV files, in the PDF
(read back with pdftotext) and in its XLSX twin (numbers as numbers); the frame is the
department's under the province's People's Committee, landscape, with every commune of the
province in official code order. One round runs on PostgreSQL 15 (tests/pg.py).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.pg import postgres_cluster, postgres_url  # noqa: F401
from tests.province_report_helpers import (
    CommuneData,
    certificates,
    computers,
    environment,
    fill_province,
    levels,
    over_age,
    skilled,
    stock,
)
from tests.report_helpers import (
    MM,
    cli,
    grouped,
    ok,
    page_count,
    pdf_fonts,
    pdf_pages_text,
    pdf_text,
    pdf_words,
    percent,
    render_first_page,
    sheet_rows,
)

COMMUNES = {"03127": ("Phường Điện Biên Phủ", 40, 30), "03325": ("Xã Mường Phăng", 90, 60),
            "03328": ("Xã Thanh Nưa", 25, 17)}
UNITS_OF_DIEN_BIEN = 45
LANDSCAPE = (841.89, 595.28)
TOP, BOTTOM, LEFT, RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
NAMES = ("inventory", "staff-qualifications", "ict-indicators")


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, CommuneData]]:
    root = tmp_path_factory.mktemp("province")
    return root / "province", fill_province(root, COMMUNES)


@pytest.fixture(scope="module")
def papers(province, tmp_path_factory) -> dict[str, Path]:
    """Each province report as PDF and XLSX; each PDF's first page kept as a PNG."""
    folder, _ = province
    out = tmp_path_factory.mktemp("papers")
    made = {}
    for name in NAMES:
        for ext in ("pdf", "xlsx"):
            made[f"{name}.{ext}"] = out / f"{name}.{ext}"
            ok(cli(folder, "server", "report", name, "--out", str(made[f"{name}.{ext}"]),
                   env=environment("machine-province")))
        render_first_page(made[f"{name}.pdf"], f"province-{name}")
    return made


def tables(rows: list[tuple], first: str = "STT", second: str = "Xã, phường") -> list[list]:
    """The data rows of each of the sheet's tables headed ``first``, ``second``."""
    found = []
    for index, row in enumerate(rows):
        if row[:2] == (first, second):
            body = []
            for data in rows[index + 1:]:
                if not any(cell not in (None, "") for cell in data):
                    break
                body.append(list(data))
            found.append(body)
    return found


def by_name(body: list[list]) -> dict[str, list]:
    return {row[1]: row[2:] for row in body}


def pdf_row(text: str, name: str, occurrence: int = 0) -> list[str]:
    """The figures printed after ``name`` on its row, the ``occurrence``-th time."""
    lines = [line for line in text.splitlines()
             if re.match(rf"\s*\d*\s+{re.escape(name)}\s", line + " ")]
    return lines[occurrence].split()[len(name.split()) + (0 if name == "Toàn tỉnh" else 1):]


def strip(row: list, width: int) -> list:
    """The figures of an XLSX row, shares rounded as the tests compare them."""
    return [round(cell, 6) if isinstance(cell, float) else cell for cell in row[:width]]


def share(part: int, whole: int) -> float | str:
    return round(part / whole, 6) if whole else "–"


# --- the figures --------------------------------------------------------------------------------
def test_inventory_rows_and_totals_match_the_communes_files(province, papers) -> None:
    _, communes = province
    # the first table by commune is the register's; the stock-takes' follows it
    body, by_category = tables(sheet_rows(papers["inventory.xlsx"]))[0], tables(
        sheet_rows(papers["inventory.xlsx"]), "STT", "Loại thiết bị")[0]
    rows = by_name(body)
    text = pdf_text(papers["inventory.pdf"])
    totals = [0] * 8
    for data in communes.values():
        states, count, value = stock(data)
        expected = [*states, count, value]
        assert rows[data.name] == expected, data.name
        assert pdf_row(text, data.name) == [grouped(n) for n in expected]
        totals = [a + b for a, b in zip(totals, expected, strict=True)]
    assert rows["Toàn tỉnh"] == totals
    assert pdf_row(text, "Toàn tỉnh") == [grouped(n) for n in totals]
    assert by_category[-1][1:] == ["Tổng cộng", *totals]  # by category: the same sums
    assert sum(row[-2] for row in by_category[:-1]) == totals[-2]
    lead = " ".join(text.split())
    assert (f"Các xã, phường đã gửi số liệu có {grouped(totals[6])} thiết bị, nguyên giá "
            f"{grouped(totals[7])} đồng") in lead


def test_staff_qualifications_rows_and_totals(province, papers) -> None:
    _, communes = province
    level_table, certificate_table = tables(sheet_rows(papers["staff-qualifications.xlsx"]))
    text = pdf_text(papers["staff-qualifications.pdf"])
    all_officials = all_certified = all_skilled = 0
    for data in communes.values():
        officials, by_level, trained = levels(data)
        assert strip(by_name(level_table)[data.name], 9) == [
            officials, *by_level, share(trained, officials)]
        assert pdf_row(text, data.name, 0) == [*map(grouped, [officials, *by_level]),
                                               percent(trained, officials)]
        officials, basic, advanced, degree, none, certified = certificates(data)
        confirmed = skilled(data)
        assert strip(by_name(certificate_table)[data.name], 9) == [
            officials, basic, advanced, degree, none, certified, share(certified, officials),
            confirmed, share(confirmed, officials)]
        assert pdf_row(text, data.name, 1)[-3:] == [
            percent(certified, officials), grouped(confirmed), percent(confirmed, officials)]
        all_officials += officials
        all_certified += certified
        all_skilled += confirmed
    assert 0 < all_skilled < all_officials  # neither nobody nor everybody
    assert by_name(certificate_table)["Toàn tỉnh"][0] == all_officials
    assert by_name(certificate_table)["Toàn tỉnh"][5] == all_certified
    assert by_name(certificate_table)["Toàn tỉnh"][7] == all_skilled
    sentence = " ".join(text.split())
    assert (f"{grouped(all_certified)} trên {grouped(all_officials)} cán bộ, công chức "
            f"({percent(all_certified, all_officials)}) có chứng chỉ") in sentence
    assert (f"{grouped(all_skilled)} trên {grouped(all_officials)} cán bộ, công chức "
            f"({percent(all_skilled, all_officials)}) đã được xác nhận kỹ năng số cơ bản"
            ) in sentence


def test_ict_indicators_rows_and_totals(province, papers) -> None:
    _, communes = province
    body = tables(sheet_rows(papers["ict-indicators.xlsx"]))[0]
    text = pdf_text(papers["ict-indicators.pdf"])
    sums = [0] * 7  # officials, computers, certified, working, old, broken, skilled
    for data in communes.values():
        officials, *_ = levels(data)
        certified = certificates(data)[5]
        confirmed = skilled(data)
        machines = computers(data)
        working, old, broken = over_age(data)
        # digital skills beside the IT certificate: the two shares a reader compares
        expected = [officials, machines, round(machines / officials, 6),
                    share(machines, machines), share(0, machines), share(certified, officials),
                    share(confirmed, officials), share(0, officials), broken,
                    share(old, working)]
        assert strip(by_name(body)[data.name], 10) == expected, data.name
        printed = pdf_row(text, data.name)
        ratio = f"{machines / officials:.2f}".replace(".", ",")
        assert printed == [grouped(officials), grouped(machines), ratio, "100%", "0%",
                           percent(certified, officials), percent(confirmed, officials), "0%",
                           grouped(broken), percent(old, working)], data.name
        for index, value in enumerate((officials, machines, certified, working, old, broken,
                                       confirmed)):
            sums[index] += value
    total = strip(by_name(body)["Toàn tỉnh"], 10)
    assert total[:3] == [sums[0], sums[1], round(sums[1] / sums[0], 6)]
    assert total[5:7] == [share(sums[2], sums[0]), share(sums[6], sums[0])]
    assert total[8:] == [sums[5], share(sums[4], sums[3])]


# --- the frame ----------------------------------------------------------------------------------
def test_every_commune_of_the_province_in_code_order_and_a_note_on_the_silent(
        province, papers) -> None:
    _, communes = province
    body = tables(sheet_rows(papers["ict-indicators.xlsx"]))[0]
    units = body[:-1]
    assert [row[0] for row in units] == list(range(1, UNITS_OF_DIEN_BIEN + 1))
    named = [row[1] for row in units]
    assert named[0] == "Phường Điện Biên Phủ" and "Xã Mường Phăng" in named
    assert named.index("Phường Điện Biên Phủ") < named.index("Xã Mường Phăng") < named.index(
        "Xã Thanh Nưa")  # 03127 < 03325 < 03328: code order, not the alphabet
    silent = [row for row in units if row[1] not in {d.name for d in communes.values()}]
    assert len(silent) == UNITS_OF_DIEN_BIEN - 3
    assert all(set(row[2:]) == {"–"} for row in silent)
    text = " ".join(pdf_text(papers["ict-indicators.pdf"]).split())
    assert ("Dòng ghi “–”: chưa nhận được số liệu của xã, phường (42 trên 45 đơn vị); số liệu "
            "toàn tỉnh là tổng của 3 xã, phường đã gửi số liệu.") in text


def test_the_department_issues_them_landscape_within_the_margins(papers) -> None:
    today = date.today()
    for name in NAMES:
        pdf = papers[f"{name}.pdf"]
        first = " ".join(pdf_pages_text(pdf)[0].split())
        assert first.startswith("UBND TỈNH ĐIỆN BIÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ "
                                "KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc"), first[:200]
        assert f"Điện Biên, ngày {today:%d} tháng {today:%m} năm {today.year}" in first
        sizes, words = pdf_words(pdf)
        assert len(sizes) == page_count(pdf) > 1
        assert all(size == pytest.approx(LANDSCAPE, abs=0.5) for size in sizes)
        width, height = LANDSCAPE
        strays = [w for w in words if (w.x0 < LEFT - .5 or w.x1 > width - RIGHT + .5
                                       or w.y1 > height - BOTTOM + .5
                                       or (w.y0 < TOP - .5 and w.text != str(w.page)))]
        assert strays == [], (name, strays[:5])
        assert all(embedded == "yes" for _, embedded in pdf_fonts(pdf)), name
        pages = pdf_pages_text(pdf)
        header = "Xã, phường"
        assert all(header in page for page in pages[:-1]), name  # repeated on every page
        text = " ".join(pdf_text(pdf).split())
        assert "NGƯỜI LẬP BIỂU" in text and "GIÁM ĐỐC" in text
        rows = sheet_rows(papers[f"{name}.xlsx"])
        assert rows[0][0] == "UBND TỈNH ĐIỆN BIÊN" and rows[1][0] == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"


def test_a_province_with_no_commune_yet_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "province"
    ok(cli(folder, "server", "enroll", "--commune", "03325", "--device-name", "Máy 1",
           "--out", str(tmp_path / "e.json")))
    for name in NAMES:
        out = tmp_path / f"{name}.pdf"
        ok(cli(folder, "server", "report", name, "--out", str(out)))
        assert "Tỉnh chưa nhận được số liệu của xã, phường nào." in " ".join(
            pdf_text(out).split()), name
    rows = sheet_rows(ok_xlsx(folder, tmp_path))
    assert ("Tỉnh chưa nhận được số liệu của xã, phường nào.",) in [row[:1] for row in rows]


def ok_xlsx(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "inventory.xlsx"
    ok(cli(folder, "server", "report", "inventory", "--out", str(out)))
    return out


# --- PostgreSQL ---------------------------------------------------------------------------------
def test_the_same_papers_from_a_province_on_postgresql(postgres_url, tmp_path) -> None:  # noqa: F811
    communes = fill_province(tmp_path, {code: COMMUNES[code] for code in ("03325", "03328")},
                             db=postgres_url)
    folder = tmp_path / "province"
    for name in NAMES:
        said = ok(cli(folder, "server", "report", name, "--db", postgres_url, "--out",
                      str(tmp_path / f"{name}.pdf"), env=environment("machine-province")))
        assert f"({page_count(tmp_path / f'{name}.pdf')} trang)" in said.stdout
        ok(cli(folder, "server", "report", name, "--db", postgres_url, "--out",
               str(tmp_path / f"{name}.xlsx"), env=environment("machine-province")))
    assert not (folder / "province.sqlite3").exists()  # it read PostgreSQL, not a new file
    body = by_name(tables(sheet_rows(tmp_path / "ict-indicators.xlsx"))[0])
    levels_table = by_name(tables(sheet_rows(tmp_path / "staff-qualifications.xlsx"))[0])
    inventory = by_name(tables(sheet_rows(tmp_path / "inventory.xlsx"))[0])
    for data in communes.values():
        officials, by_level, _ = levels(data)
        assert body[data.name][:2] == [officials, computers(data)]
        assert levels_table[data.name][:8] == [officials, *by_level]
        states, count, value = stock(data)
        assert inventory[data.name] == [*states, count, value]
    assert inventory["Toàn tỉnh"][-1] == sum(stock(d)[2] for d in communes.values())
    assert "Xã Mường Phăng" in pdf_text(tmp_path / "inventory.pdf")
