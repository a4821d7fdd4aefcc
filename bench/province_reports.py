"""The province's ICT indicators paper for 130 communes (target < 1 s, from the province's
database to the PDF), beside a raw reference measured in the same run: the indicators'
own grouped queries over the same communes, which every province figure starts from.
The gap is what the paper costs: the other counts, the layout, the file.

The data set is a province as its server holds it: 130 of Thanh Hóa's 166 communes and
wards with 100 officials and 100 items each (the others have sent nothing and print as
dashes), in the same tables as a laptop's.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from app.models import Commune, Equipment, Staff, enums, journal
from app.models.indicators import commune_indicators
from app.models.records import create
from app.models.store import Store
from app.ops import province_reports
from app.server import province
from bench.common import report

PROVINCE = "38"  # Thanh Hóa: 166 communes and wards, the second largest list
COMMUNES = 130
PER_COMMUNE = 100


def fill(store: Store, codes: list[str]) -> None:
    rng = random.Random(7)
    levels, certificates = list(enums.PROFESSIONAL_LEVEL), list(enums.IT_CERTIFICATE)
    categories, statuses = list(enums.EQUIPMENT_CATEGORY), list(enums.EQUIPMENT_STATUS)
    with store.sessions.begin() as session:
        for code in codes:
            for number in range(PER_COMMUNE):
                create(session, Staff, commune_code=code, full_name=f"Cán bộ {number}",
                       professional_level=rng.choice(levels),
                       it_certificate=rng.choice(certificates))
                create(session, Equipment, commune_code=code, category=rng.choice(categories),
                       status=rng.choice(statuses), lan=rng.random() < .7,
                       internet=rng.random() < .6, value_vnd=rng.randint(1, 400) * 50_000,
                       acquired_date=date(2026, 1, 1) - timedelta(days=rng.randint(0, 4000)))
            session.flush()


def main() -> None:
    # The province receives these communes' records by sync; no single device may write
    # them all, so the write-scope check is lifted for building the data set only.
    journal.check_write = lambda *_args, **_kwargs: None
    with tempfile.TemporaryDirectory(prefix="commune-it-bench-") as folder:
        store = Store(Path(folder) / "province.sqlite3")
        try:
            with store.sessions() as session:
                codes = list(session.scalars(
                    select(Commune.code).where(Commune.province_code == PROVINCE)
                    .order_by(Commune.code)))[:COMMUNES]
            province.issue(store, codes[0], "Máy đo hiệu năng", False)  # the province's identity
            fill(store, codes)
            province_reports.make_province_report(store, "ict-indicators",
                                                  Path(folder) / "warm.pdf")  # fonts checked
            start = time.perf_counter()
            written = province_reports.make_province_report(store, "ict-indicators",
                                                            Path(folder) / "chi-tieu.pdf")
            paper = time.perf_counter() - start
            start = time.perf_counter()
            with store.sessions() as session:
                rows = commune_indicators(session, codes)
            raw = time.perf_counter() - start
        finally:
            store.close()
    assert len(rows) == COMMUNES and written.pages
    report(f"province ICT indicators, {COMMUNES} communes x {PER_COMMUNE} officials x "
           f"{PER_COMMUNE} devices, to PDF (the indicators' queries alone: {raw:.2f} s)",
           paper, "s", 1)


if __name__ == "__main__":
    main()
