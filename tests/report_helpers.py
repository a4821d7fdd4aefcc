"""What the report tests share: the real ``commune-it`` console script, data folders (the
demo commune, an empty commune, generated large registers), and readers of the papers
through poppler's tools (pdftotext, pdfinfo, pdffonts, pdftoppm) and openpyxl.

The figures a test checks are computed here independently of the app: from the CSV files
the tests write, or from the store with plain SQL through Python's sqlite3, never through
the code that made the report.
"""

from __future__ import annotations

import csv
import random
import sqlite3
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script
ARTIFACTS = ROOT / "artifacts" / "reports"
DB = "commune-it.sqlite3"
MM = 72 / 25.4  # points per millimetre
A4 = (595.28, 841.89)
REPORTS = ("sign-in-sheet", "attendance-summary", "inventory", "staff-qualifications",
           "ict-indicators")


def cli(data_dir: Path, *args: str, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


def refused(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    """A user's mistake: exit 2, one line on stderr holding each fragment, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


# --- data folders -------------------------------------------------------------------------
def set_up(data_dir: Path, commune: str = "03325") -> Path:
    ok(cli(data_dir, "setup", "--commune", commune, "--device-name", "Máy văn phòng"))
    return data_dir


def demo(data_dir: Path) -> Path:
    set_up(data_dir)
    ok(cli(data_dir, "demo"))
    return data_dir


def query(data_dir: Path, sql: str, *params: object) -> list[tuple]:
    """Plain SQL on the store, read only: the tests' own count of the figures."""
    with sqlite3.connect(f"file:{data_dir / DB}?mode=ro", uri=True) as connection:
        return connection.execute(sql, params).fetchall()


FAMILY = ["Lò", "Lường", "Quàng", "Cà", "Giàng", "Sùng", "Vừ", "Nguyễn", "Tòng", "Điêu"]
MIDDLE = ["Văn", "Thị", "A", "Thị Thu", "Đức", "Thị Ngọc"]
GIVEN = ["Thắng", "Mai", "Páo", "Dua", "Ánh", "Hùng", "Lan", "Dơ", "Đông", "Xuân", "Ương"]
CATEGORIES = ["desktop", "laptop", "printer", "scanner", "network", "ups", "projector", "tv"]
STATUSES = ["in_use", "in_use", "in_use", "in_storage", "under_repair", "broken", "disposed",
            "lost"]
BRANDS = [("Dell", "OptiPlex 3080 Micro Form Factor kèm màn hình 21,5 inch"),
          ("HP", "LaserJet Pro M404dn"), ("Lenovo", "ThinkCentre M70t"),
          ("Santak", "Blazer 1000 Pro"), ("Asus", "ExpertBook B1400")]


@dataclass(frozen=True)
class Item:
    category: str
    status: str
    value: int
    tag: str
    serial: str
    acquired: date


def write_equipment(path: Path, count: int, seed: int = 12) -> list[Item]:
    """A CSV of ``count`` items; the items as written (the tests' own figures)."""
    rng = random.Random(seed)
    items = []
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["category", "brand", "model", "serial", "asset_tag", "acquired_date",
                         "value_vnd", "status", "location", "lan", "internet"])
        for number in range(count):
            brand, model = rng.choice(BRANDS)
            item = Item(rng.choice(CATEGORIES), rng.choice(STATUSES),
                        rng.randint(1, 400) * 50_000, f"MP-{number:05d}",
                        f"SN{rng.randint(10**7, 10**8 - 1)}",
                        date(2014, 1, 1) + timedelta(days=rng.randint(0, 4000)))
            items.append(item)
            writer.writerow([item.category, brand, model, item.serial, item.tag,
                             item.acquired.isoformat(), item.value, item.status,
                             "Phòng làm việc Văn phòng HĐND và UBND xã", "yes", "no"])
    return items


def write_attendance(path: Path, title: str, people: list[str], days: list[date],
                     seed: int = 5) -> dict[tuple[str, date], str]:
    """An attendance CSV of outside participants; the marks as written."""
    rng = random.Random(seed)
    marks = {}
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["course_title", "course_start", "session_date", "staff_id",
                         "participant_name", "status", "participant_unit", "course_place",
                         "course_trainer"])
        for person in people:
            for day in days:
                status = rng.choice(["present", "present", "late", "excused", "absent"])
                marks[(unicodedata.normalize("NFC", person), day)] = status
                writer.writerow([title, days[0].isoformat(), day.isoformat(), "", person,
                                 status, "Trường Tiểu học Mường Phăng", "Hội trường xã",
                                 "Nguyễn Thị Minh Thu"])
    return marks


def person_names(count: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {number}"
            for number in range(1, count + 1)]


# --- reading the papers ---------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def pdf_pages_text(path: Path) -> list[str]:
    return pdf_text(path).split("\f")[:-1]


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {key.strip(): value.strip() for key, _, value in
            (line.partition(":") for line in out.splitlines())}


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(name, embedded "yes"/"no") of each font of the PDF."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in out if line.strip()]


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def pdf_words(path: Path) -> tuple[list[tuple[float, float]], list[Word]]:
    """Each page's size, and every word with its box (points, from the top left)."""
    import html
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    sizes, words = [], []
    for line in out.splitlines():
        if page := re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line):
            sizes.append((float(page[1]), float(page[2])))
        elif word := re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                               r'yMax="([\d.]+)">(.*)</word>', line):
            words.append(Word(len(sizes), *(float(word[i]) for i in range(1, 5)),
                              html.unescape(word[5])))
    return sizes, words


def render_first_page(pdf: Path, name: str) -> Path:
    """The first page as a PNG under artifacts/reports/, to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / name
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(target)],
                   check=True)
    return target.with_suffix(".png")


def sheet_rows(path: Path) -> list[tuple]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [tuple(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def table_after(rows: list[tuple], first_header: str, second_header: str) -> list[tuple]:
    """The data rows (totals included) of the sheet's table whose header row starts with
    ``first_header``, ``second_header``: up to the next empty row."""
    for index, row in enumerate(rows):
        if row[:2] == (first_header, second_header):
            found = []
            for data in rows[index + 1:]:
                if not any(cell not in (None, "") for cell in data):
                    break
                found.append(data)
            return found
    raise AssertionError(f"no table headed {first_header!r}, {second_header!r}")


def grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


# --- one large register, made once per test run ------------------------------------------------
ITEMS = 3000
OFFICIALS, CERTIFIED = 4392, 975  # Điện Biên's commune officials in 2012, and how many held
UNTRAINED = 1889  # an IT certificate; 43% with no professional training
LESSONS, PEOPLE = 25, 30
LONG_NAME = "Hoàng Thị Thanh Hương Nguyệt Minh Khuê Ngọc Bích Phương Thảo Lan Anh Diệu Linh"
BIG_COURSE = "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã năm 2026"


@dataclass(frozen=True)
class Big:
    folder: Path
    items: list[Item]
    staff: dict[str, tuple[str, str]]  # name → (professional level, IT certificate)
    marks: dict[tuple[str, date], str]
    people: list[str]
    days: list[date]


def write_staff(path: Path) -> dict[str, tuple[str, str]]:
    """4,392 officials: 975 hold an IT certificate (of every kind), 1,889 have no training."""
    rng = random.Random(8)
    certificates = (["basic"] * 400 + ["a"] * 200 + ["b"] * 150 + ["c"] * 50 + ["advanced"] * 120
                    + ["degree"] * 55 + ["none"] * (OFFICIALS - CERTIFIED))
    levels = ["none"] * UNTRAINED + [rng.choice(["elementary", "intermediate", "college",
                                                 "university", "master"])
                                     for _ in range(OFFICIALS - UNTRAINED)]
    rng.shuffle(certificates)
    staff = {}
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_name", "gender", "professional_level", "it_certificate"])
        for number, (level, certificate) in enumerate(zip(levels, certificates, strict=True)):
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {number}"
            staff[name] = (level, certificate)
            writer.writerow([name, rng.choice(["male", "female"]), level, certificate])
    return staff


_big: list[Big] = []


def big_register() -> Big:
    """A commune with 3,000 items, 4,392 officials and a course of 25 lessons × 30 people
    (one with a very long name), entered through ``commune-it import``; made once."""
    if _big:
        return _big[0]
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="commune-it-big-report-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    data = set_up(folder / "data")
    items = write_equipment(folder / "equipment.csv", ITEMS)
    staff = write_staff(folder / "staff.csv")
    people = [LONG_NAME, *person_names(PEOPLE - 1)]
    today = date.today()
    days = [today - timedelta(days=2 * (LESSONS - i)) for i in range(LESSONS)]
    marks = write_attendance(folder / "attendance.csv", BIG_COURSE, people, days)
    for kind, name in (("equipment", "equipment.csv"), ("staff", "staff.csv"),
                       ("attendance", "attendance.csv")):
        ok(cli(data, "import", kind, str(folder / name)))
    _big.append(Big(data, items, staff, marks, people, days))
    return _big[0]


def percent(part: int, whole: int) -> str:
    """The paper's percentage, worked out here: one decimal, half up, a decimal comma."""
    from decimal import ROUND_HALF_UP, Decimal

    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{value:f}".replace(".", ",").removesuffix(",0") + "%"
