"""The province console's pages against what the laptops hold, on SQLite and PostgreSQL.

Two office laptops (Xã Mường Phăng, Xã Thanh Nưa) write their registers, send them by
stick, and the province imports them; a third commune (Xã Mường Nhé) is enrolled but has
never sent anything. The server is the app's own uvicorn on 127.0.0.1 (tests/http_helpers
.py), once per backend; each figure of the province table is checked against the same
figure computed in plain SQL over the laptop's own database file.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from app.messages import catalogue
from app.models import Course, CourseSession, Equipment, InboxBundle, Staff, enums
from app.models.errors import ModelError
from app.models.records import create, enroll_staff, mark_attendance
from app.ops.commune import overview
from app.server import province as register
from app.server.accounts import add_account
from app.sync import device as device_sync
from tests.console_helpers import PASSWORD, sign_in, staff_figures
from tests.helpers import MUONG_PHANG, THANH_NUA, make_province
from tests.http_helpers import Laptop, ServerThread, enrolled_laptop, province_server
from tests.pg import BACKENDS, postgres_cluster, postgres_template  # noqa: F401

MUONG_NHE = "03160"  # enrolled, never heard from
TEMPLATES = Path(__file__).resolve().parents[1] / "app" / "server" / "console" / "templates"
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                        re.IGNORECASE)


@dataclass
class World:
    server: ServerThread
    laptops: dict[str, Laptop]
    today: date


def fill(laptop: Laptop, officials: int, certified: int, former: int, seed: int) -> None:
    """A register: officials (some certified, some who left), computers, broken items, and
    a lesson this year that some attended."""
    today = date.today()
    certificates = ["basic", "advanced", "b", "degree"]
    with laptop.store.sessions.begin() as session:
        people = [create(session, Staff, commune_code=laptop.commune,
                         full_name=f"Lò Văn Thử {seed}-{n:03d}",
                         it_certificate=certificates[n % 4] if n < certified else "none",
                         digital_skills=n % 3 == 1)
                  for n in range(officials)]
        for n in range(former):
            create(session, Staff, commune_code=laptop.commune, full_name=f"Cũ {n}",
                   it_certificate="basic", service_start=date(2000, 1, 1),
                   service_end=today - timedelta(days=10))
        for n in range(officials // 2):
            create(session, Equipment, commune_code=laptop.commune,
                   category="laptop" if n % 2 else "desktop",
                   status="broken" if n % 5 == 0 else "in_use", lan=True, internet=n % 3 > 0,
                   asset_tag=f"TB-{seed}-{n:03d}", acquired_date=date(2020, 1, 1))
        session.flush()
        course = create(session, Course, title=f"Kỹ năng số {seed}", start_date=today,
                        commune_code=laptop.commune)
        session.flush()
        lesson = create(session, CourseSession, course_id=course.id, session_date=today,
                        partition=course.partition)
        session.flush()
        for person in people[:seed + 3]:
            mark_attendance(session, lesson, enroll_staff(session, course, person), "present")


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, tmp_path_factory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp(f"console-{request.param}")
    with province_server(request, folder, make_province) as server:
        laptops = {MUONG_PHANG: enrolled_laptop(folder / "mp", server.store, "Máy Mường Phăng",
                                                (MUONG_PHANG,)),
                   THANH_NUA: enrolled_laptop(folder / "tn", server.store, "Máy Thanh Nưa",
                                              (THANH_NUA,))}
        register.issue(server.store, MUONG_NHE, "Máy Mường Nhé", False)
        fill(laptops[MUONG_PHANG], 62, 25, 2, seed=1)
        fill(laptops[THANH_NUA], 9, 2, 0, seed=2)
        stick = folder / "stick"
        stick.mkdir()
        for laptop in laptops.values():
            device_sync.export_to(laptop.store, stick)
        assert not register.import_paths(server.store, [stick]).refused
        with server.store.sessions.begin() as session:  # Thanh Nưa last wrote 40 days ago
            session.execute(update(InboxBundle).where(
                InboxBundle.sender == laptops[THANH_NUA].device_id).values(
                applied_at=datetime.now() - timedelta(days=40)))
        add_account(server.store, "lan", "admin", PASSWORD)
        yield World(server, laptops, date.today())
        for laptop in laptops.values():
            laptop.store.close()


@pytest.fixture
def browser(world: World) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=world.server.url, timeout=30) as client:
        assert sign_in(client, "lan").status_code == 303
        yield client


class Table(HTMLParser):
    """The rows (``data-code``) of one table of a page, each a list of its cells' text."""

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id, self.inside, self.rows = table_id, False, {}
        self.row: list[str] | None = None
        self.code = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        if tag == "table" and found.get("id") == self.table_id:
            self.inside = True
        elif self.inside and tag == "tr" and "data-code" in found:
            self.row, self.code = [], found["data-code"]
            self.rows[self.code] = self.row
        elif self.row is not None and tag == "td":
            self.row.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.inside = False
        elif tag == "tr":
            self.row = None

    def handle_data(self, data: str) -> None:
        if self.row is not None and self.row:
            self.row[-1] = " ".join((self.row[-1] + " " + data).split())


def table(page: str, table_id: str = "communes") -> dict[str, list[str]]:
    parser = Table(table_id)
    parser.feed(page)
    return parser.rows


def vi_percent(part: int, whole: int) -> str:
    text = f"{round(part / whole * 100 + 1e-9, 1):.1f}".replace(".", ",")
    return text.removesuffix(",0") + "%"


def test_the_province_table_shows_what_each_laptop_holds(world, browser):
    page = browser.get("/console/")
    assert page.status_code == 200
    rows = table(page.text)
    assert list(rows) == [MUONG_NHE, MUONG_PHANG, THANH_NUA]  # official code order
    for code, laptop in world.laptops.items():
        expected = staff_figures(laptop.store.path, code, world.today)
        cells = rows[code]
        assert 0 < expected["digital_skills"] < expected["officials"]
        assert cells[2:10] == [
            str(expected["officials"]), str(expected["certified"]),
            vi_percent(expected["certified"], expected["officials"]),
            str(expected["digital_skills"]),
            vi_percent(expected["digital_skills"], expected["officials"]),
            str(expected["trained"]),
            f"{expected['computers'] / expected['officials']:.2f}".replace(".", ","),
            str(expected["broken"])], code
    assert rows[MUONG_PHANG][:2] == [MUONG_PHANG, "Xã Mường Phăng"]
    assert rows[MUONG_PHANG][10] == f"{world.today:%d/%m/%Y} (hôm nay)"
    forty = (datetime.now() - timedelta(days=40)).strftime("%d/%m/%Y")
    assert rows[THANH_NUA][10] == f"{forty} (40 ngày trước) Quá 30 ngày chưa gửi"
    assert rows[MUONG_NHE][2] == "0" and rows[MUONG_NHE][10] == \
        "Chưa nhận gói nào Quá 30 ngày chưa gửi"
    assert re.search(r'<tr data-code="03328" class="silent">', page.text)
    officials = sum(staff_figures(lp.store.path, code, world.today)["officials"]
                    for code, lp in world.laptops.items())
    assert f'data-card="officials">\n  <div class="card-title">Cán bộ, công chức</div>\n  ' \
           f'<div class="card-value">{officials}</div>' in page.text
    assert "2 xã, phường quá 30 ngày chưa gửi" in page.text
    skilled = sum(staff_figures(lp.store.path, code, world.today)["digital_skills"]
                  for code, lp in world.laptops.items())
    assert re.search(rf'data-card="digital_skills">\s*<div class="card-title">Đã xác nhận kỹ '
                     rf'năng số</div>\s*<div class="card-value">{skilled}</div>\s*<div '
                     rf'class="card-detail">{vi_percent(skilled, officials)} số cán bộ, công '
                     rf'chức</div>', page.text)


def test_the_table_filters_by_name_without_diacritics_and_sorts(world, browser):
    assert list(table(browser.get("/console/?q=muong+phang").text)) == [MUONG_PHANG]
    assert list(table(browser.get("/console/?q=MUONG").text)) == [MUONG_NHE, MUONG_PHANG]
    assert list(table(browser.get("/console/?q=thanh%20nua").text)) == [THANH_NUA]
    nothing = browser.get("/console/?q=khong+co+xa+nay").text
    assert "Không có xã, phường nào khớp với “khong co xa nay”." in nothing
    by_share = table(browser.get("/console/?sort=certified_share&order=desc").text)
    assert list(by_share) == [MUONG_PHANG, THANH_NUA, MUONG_NHE]
    by_age = table(browser.get("/console/?sort=last_bundle&order=asc").text)
    assert list(by_age) == [MUONG_NHE, THANH_NUA, MUONG_PHANG]
    by_name = table(browser.get("/console/?sort=name&order=desc").text)
    assert list(by_name) == [THANH_NUA, MUONG_PHANG, MUONG_NHE]
    assert list(table(browser.get("/console/?sort=no-such&order=sideways").text)) == \
        [MUONG_NHE, MUONG_PHANG, THANH_NUA]


def test_the_spreadsheet_is_the_table_as_shown(world, browser):
    answer = browser.get("/console/province.xlsx?q=muong&sort=officials&order=desc")
    assert answer.status_code == 200
    assert answer.headers["content-disposition"].startswith('attachment; filename="commune-it')
    sheet = load_workbook(io.BytesIO(answer.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][:5] == ["Mã", "Xã, phường", "Cán bộ, công chức", "Có chứng chỉ CNTT",
                             "Tỷ lệ có chứng chỉ"]
    expected = staff_figures(world.laptops[MUONG_PHANG].store.path, MUONG_PHANG, world.today)
    assert values[0][5:7] == ["Đã xác nhận kỹ năng số", "Tỷ lệ có kỹ năng số"]
    assert values[1][:10] == [MUONG_PHANG, "Xã Mường Phăng", expected["officials"],
                              expected["certified"],
                              pytest.approx(expected["certified"] / expected["officials"]),
                              expected["digital_skills"],
                              pytest.approx(expected["digital_skills"] / expected["officials"]),
                              expected["trained"],
                             pytest.approx(expected["computers"] / expected["officials"]),
                             expected["broken"]]
    assert isinstance(values[1][10], datetime) and values[1][11] == 0
    assert values[2][:3] == [MUONG_NHE, "Xã Mường Nhé", 0] and values[2][12] == "Có"
    # the last row is the whole province's, whatever the filter kept
    officials = sum(staff_figures(lp.store.path, code, world.today)["officials"]
                    for code, lp in world.laptops.items())
    assert values[3][1] == "Toàn tỉnh" and values[3][2] == officials
    assert sheet.cell(2, 5).number_format == sheet.cell(2, 7).number_format == "0.0%"


def test_the_chart_draws_the_certificate_share_of_each_commune(world, browser):
    page = browser.get("/console/").text
    chart = page[page.index('<svg id="certificate-chart"'):page.index("</svg>")]
    widths = [float(w) for w in re.findall(r'<rect x="190" y="\d+" width="([\d.]+)"', chart)]
    figures = [staff_figures(world.laptops[c].store.path, c, world.today)
               for c in (MUONG_PHANG, THANH_NUA)]
    assert widths == [0.0, *(pytest.approx(f["certified"] / f["officials"] * 380, abs=0.06)
                             for f in figures)]
    assert "<script" not in page


def test_a_communes_page_shows_its_overview_laptops_and_registers(world, browser):
    laptop = world.laptops[MUONG_PHANG]
    page = browser.get(f"/console/communes/{MUONG_PHANG}").text
    seen = overview(world.server.store, [MUONG_PHANG])
    assert seen.indicators.officials == 62
    for key, value in (("officials", "62"), ("certified", "25"), ("broken", "7")):
        assert re.search(rf'data-card="{key}">\s*<div class="card-title">[^<]*</div>\s*'
                         rf'<div class="card-value">{value}</div>', page), key
    assert f"Thiết bị hỏng <span class=\"count\">{seen.attention['broken'].total}</span>" \
        in page
    assert "Máy Mường Phăng" in page and "Đang hoạt động" in page
    assert staff_list(page).count("Lò Văn Thử 1-") == 50  # 62 in service, 50 a page
    assert "Cũ 0" not in page  # who left is not in service
    second = browser.get(f"/console/communes/{MUONG_PHANG}?staff_page=2").text
    assert staff_list(second).count("Lò Văn Thử 1-") == 12
    assert 'href="?staff_page=1&amp;equipment_page=1#staff"' in second
    assert "Máy tính xách tay" in page and "TB-1-001" in page
    assert laptop.device_id not in page  # ids stay out of the page


def staff_list(page: str) -> str:
    start = page.index('id="staff-list"')
    return page[start:page.index("</table>", start)]


def test_no_page_waits_for_the_sync_lock(world, browser):
    """A push holds the server's write lock while it imports; the pages read beside it."""
    lock: threading.Lock = world.server.server.config.app.state.province.writing
    with lock:
        assert browser.get("/console/", timeout=10).status_code == 200
        assert browser.get(f"/console/communes/{MUONG_PHANG}", timeout=10).status_code == 200
        assert browser.get("/console/province.xlsx", timeout=10).status_code == 200


def test_every_word_of_the_pages_is_in_the_catalogue_in_both_languages():
    entries = catalogue()
    named: set[str] = set()
    for path in TEMPLATES.glob("*.html"):
        text = path.read_text(encoding="utf-8")
        named |= set(re.findall(r"t\('(console\.[a-z_]+)'\)", text))
        named |= set(re.findall(r"t\('(console\.[a-z_]+)',", text))
        outside = VIETNAMESE.findall(re.sub(r"Tiếng Việt", "", text))
        assert not outside, (path.name, outside)  # words live in the catalogue
    kinds = {"level": enums.PROFESSIONAL_LEVEL, "certificate": enums.IT_CERTIFICATE,
             "category": enums.EQUIPMENT_CATEGORY, "status": enums.EQUIPMENT_STATUS}
    for kind, labels in kinds.items():
        for key, label in labels.items():
            assert entries[f"console.{kind}_{key}"].vi == label, (kind, key)
    for suffix in ("role_admin", "role_viewer", "state_active", "state_disabled",
                   "device_role_office", "device_role_trainer", "device_state_issued",
                   "device_state_active", "device_state_revoked",
                   *(f"attention_{key}" for key in ("broken", "warranty_ending", "uncertified"))):
        named.add(f"console.{suffix}")
    assert len(named) > 80
    missing = sorted(code for code in named if code not in entries)
    assert not missing
    for code in (c for c in entries if c.startswith("console.")):
        assert not VIETNAMESE.search(entries[code].en), code


def test_the_english_pages_keep_vietnamese_for_names_only(world, browser):
    page = browser.get("/console/")
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text).group(1)
    browser.post("/console/language", data={"to": "en", "next": "/console/",
                                            "csrf_token": token})
    for path in ("/console/", f"/console/communes/{MUONG_PHANG}"):
        text = browser.get(path).text
        names = ("Xã Mường Phăng", "Xã Thanh Nưa", "Xã Mường Nhé", "Điện Biên", "Tiếng Việt",
                 "Lò Văn Thử", "Máy Mường Phăng", "Kỹ năng số")
        for name in names:
            text = text.replace(name, "")
        assert not VIETNAMESE.findall(text), (path, sorted(set(VIETNAMESE.findall(text))))
    assert "Share certified" in browser.get("/console/").text
    sheet = load_workbook(io.BytesIO(browser.get("/console/province.xlsx").content)).active
    assert sheet.cell(1, 2).value == "Commune or ward"


def test_account_mistakes_carry_codes_of_the_catalogue(tmp_path):
    store = make_province(tmp_path)
    try:
        add_account(store, "lan", "admin", PASSWORD)
        for name, role, password, code in (
                ("lan", "admin", PASSWORD, "console.user_exists"),
                ("hoa", "chief", PASSWORD, "console.role_unknown"),
                ("hoa", "viewer", "", "console.password_empty"),
                ("hoa", "viewer", "short", "console.password_short"),
                ("hoa", "viewer", "x" * 1025, "console.password_long"),
                ("two words", "viewer", PASSWORD, "console.user_name_invalid")):
            with pytest.raises(ModelError) as caught:
                add_account(store, name, role, password)
            assert caught.value.code == code
            assert not VIETNAMESE.search(caught.value.text("en")), code
            assert caught.value.text("vi") != caught.value.text("en")
    finally:
        store.close()
