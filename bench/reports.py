"""A 3,000-row inventory as a PDF (target < 2 s) and as its XLSX twin, each beside a raw
reference measured in the same run: reportlab drawing the same rows as a bare table
(no official frame, no wrapping, no signatures), and openpyxl streaming the same cells
without styles. The gap between the two is what the paper's format costs.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from app.models import Equipment, enums
from app.models.records import create
from app.ops import reports
from app.reports.commune.inventory import LIST_COLUMNS
from bench.common import device_store, report

ITEMS = 3000
BRANDS = [("Dell", "OptiPlex 3080 Micro kèm màn hình 21,5 inch"), ("HP", "LaserJet Pro M404dn"),
          ("Lenovo", "ThinkCentre M70t"), ("Santak", "Blazer 1000 Pro")]


def fill(store) -> None:
    rng = random.Random(3)
    categories, statuses = list(enums.EQUIPMENT_CATEGORY), list(enums.EQUIPMENT_STATUS)
    with store.sessions.begin() as session:
        for number in range(ITEMS):
            brand, model = rng.choice(BRANDS)
            create(session, Equipment, commune_code="03325", category=rng.choice(categories),
                   brand=brand, model=model, serial=f"SN{rng.randint(10**7, 10**8 - 1)}",
                   asset_tag=f"MP-{number:05d}", status=rng.choice(statuses),
                   value_vnd=rng.randint(1, 400) * 50_000,
                   location="Phòng làm việc Văn phòng HĐND và UBND xã",
                   acquired_date=date(2014, 1, 1) + timedelta(days=rng.randint(0, 4000)))


def raw_pdf(rows: list[list[str]], target: Path) -> float:
    """reportlab alone: the same cells as a bare table with a repeated header."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import LongTable, SimpleDocTemplate

    from app.reports.fonts import FACE_NAMES

    start = time.perf_counter()
    table = LongTable([[c.header for c in LIST_COLUMNS], *rows], repeatRows=1)
    table.setStyle([("FONT", (0, 0), (-1, -1), FACE_NAMES["regular"], 8),
                    ("GRID", (0, 0), (-1, -1), 0.5, "black")])
    SimpleDocTemplate(str(target), pagesize=A4).build([table])
    return time.perf_counter() - start


def raw_xlsx(rows: list[list[str]], target: Path) -> float:
    from openpyxl import Workbook

    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("raw")
    for row in rows:
        sheet.append(row)
    workbook.save(target)
    return time.perf_counter() - start


def timed(store, target: Path) -> float:
    start = time.perf_counter()
    reports.make_report(store, "inventory", target)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as folder, device_store(["03325"]) as store:
        fill(store)
        out = Path(folder)
        pdf = timed(store, out / "inventory.pdf")  # the first in the process: fonts checked
        xlsx = timed(store, out / "inventory.xlsx")
        document = reports.document(store, "inventory")
        listing = document.tables[-1]
        rows = [[str(value) if value is not None else "" for value in row]
                for row in listing.rows]
        assert len(rows) == ITEMS
        raw, raw_sheet = raw_pdf(rows, out / "raw.pdf"), raw_xlsx(rows, out / "raw.xlsx")
    report(f"inventory PDF, 3,000 items (bare reportlab table of the same rows: {raw:.2f} s)",
           pdf, "s", 2)
    report(f"inventory XLSX, 3,000 items (bare openpyxl rows: {raw_sheet:.2f} s)", xlsx, "s",
           2)


if __name__ == "__main__":
    main()
