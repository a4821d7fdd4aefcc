"""The console's reports page against a real ``commune-it server serve`` process: every
province report (``server report --list``) downloads as PDF and XLSX, for a viewer too,
and reads back (pdftotext, openpyxl) as the same paper ``server report NAME --out FILE``
writes from the same database; a stranger is sent to sign in.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook

from tests.console_helpers import (
    Place,
    add_user,
    form_token,
    office_laptop,
    send_by_stick,
    serving,
    sign_in,
)
from tests.helpers import MUONG_PHANG, THANH_NUA
from tests.report_helpers import pdf_text

VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> Iterator[tuple[str, Place]]:
    root = tmp_path_factory.mktemp("console-reports")
    province = Place(root / "province")
    laptops = [office_laptop(root, province, code, f"Máy {code}")
               for code in (MUONG_PHANG, THANH_NUA)]
    for laptop in laptops:
        laptop.ok("demo")
    send_by_stick(root, province, *laptops)
    add_user(province, "thu", "viewer")
    with serving(province) as base:
        yield base, province


def names(province: Place) -> list[str]:
    return [line.split()[0] for line in province.server("report", "--list").splitlines()]


def test_every_report_downloads_as_the_command_line_writes_it(world, tmp_path):
    base, province = world
    viewer = httpx.Client(base_url=base, timeout=300)
    assert sign_in(viewer, "thu").status_code == 303
    page = viewer.get("/console/reports")
    assert page.status_code == 200
    assert names(province) == ["inventory", "staff-qualifications", "ict-indicators"]
    for name in names(province):
        for kind in ("pdf", "xlsx"):
            assert f'href="/console/reports/{name}.{kind}"' in page.text
            got = viewer.get(f"/console/reports/{name}.{kind}")
            assert got.status_code == 200, got.text[-2000:]
            assert "attachment" in got.headers["content-disposition"]
            mine = tmp_path / f"console-{name}.{kind}"
            mine.write_bytes(got.content)
            theirs = tmp_path / f"cli-{name}.{kind}"
            province.server("report", name, "--out", theirs)
            if kind == "pdf":
                assert got.content.startswith(b"%PDF")
                text = pdf_text(mine)
                assert "Mường Phăng" in text and "Thanh Nưa" in text, text[:1000]
                assert text == pdf_text(theirs)
            else:
                assert _cells(mine) == _cells(theirs) and _cells(mine)


def _cells(path: Path) -> list[tuple]:
    book = load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    return [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]


def test_reports_answer_only_signed_in_staff(world):
    base, _province = world
    stranger = httpx.Client(base_url=base)
    for path in ("/console/reports", "/console/reports/inventory.pdf",
                 "/console/reports/ict-indicators.xlsx"):
        answer = stranger.get(path)
        assert answer.status_code == 303 and answer.headers["location"].startswith(
            "/console/sign-in"), path
    viewer = httpx.Client(base_url=base)
    assert sign_in(viewer, "thu").status_code == 303
    for path in ("/console/reports/khong-co.pdf", "/console/reports/inventory.docx"):
        assert viewer.get(path).status_code == 404, path


def test_the_new_pages_speak_english_on_request(world):
    base, _province = world
    viewer = httpx.Client(base_url=base)
    assert sign_in(viewer, "thu").status_code == 303
    token = form_token(viewer.get("/console/reports").text)
    viewer.post("/console/language", data={"to": "en", "next": "/console/reports",
                                           "csrf_token": token})
    for path, said in (("/console/reports", "Each report as a PDF to print"),
                       ("/console/usb", "Answer files for a commune")):
        page = viewer.get(path).text.replace("Tiếng Việt", "")
        assert said in page and not VIETNAMESE.search(page), (path, VIETNAMESE.search(page))
