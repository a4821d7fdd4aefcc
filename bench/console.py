"""The province console's province page on PostgreSQL: 130 communes of 100 officials and
100 items each (target < 300 ms a page, signed in, template and all), beside a raw
reference measured in the same run: the plain SQL aggregate alone (officials and items per
commune in two GROUP BY statements, no ratios, no page). The gap is what the page costs.

The database is a throwaway PostgreSQL cluster (tests/pg.py, the tests' own), so the
figure is the production backend's; the page is asked through the app itself (routing,
the session check, the read on a worker thread, the template), as a browser asks it.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
import warnings
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, select

with warnings.catch_warnings():  # starlette would rather its client ran on httpx2
    warnings.simplefilter("ignore", DeprecationWarning)
    from starlette.testclient import TestClient

from app.models import Commune, Equipment, InboxBundle, RegisteredDevice, Staff, enums, journal
from app.models.records import create
from app.models.store import Store
from app.server.accounts import add_account
from app.server.http import create_app
from app.server.province import province_me
from bench.common import report
from tests.pg import start_cluster

COMMUNES = 130
PER_COMMUNE = 100
RUNS = 9
PASSWORD = "mat-khau-do-hieu-nang"


def fill(store: Store) -> list[str]:
    """The communes' registers as the province holds them after their bundles came in,
    each commune's office laptop enrolled and heard from (some long ago)."""
    rng = random.Random(14)
    categories, statuses = list(enums.EQUIPMENT_CATEGORY), list(enums.EQUIPMENT_STATUS)
    certificates = list(enums.IT_CERTIFICATE)
    with store.sessions.begin() as session:
        province_me(session, "11")
        codes = list(session.scalars(select(Commune.code).order_by(Commune.code)
                                     .limit(COMMUNES)))
        for number, code in enumerate(codes):
            for i in range(PER_COMMUNE):
                create(session, Staff, commune_code=code, full_name=f"Cán bộ {code} {i:03d}",
                       it_certificate=rng.choice(certificates))
                create(session, Equipment, commune_code=code, category=rng.choice(categories),
                       status=rng.choice(statuses), lan=rng.random() < .7,
                       internet=rng.random() < .6, acquired_date=date(2026, 1, 1) - timedelta(
                           days=rng.randint(0, 4000)))
            _heard_from(session, code, number, rng)
            session.flush()
    return codes


def _heard_from(session, code: str, number: int, rng: random.Random) -> None:
    device = f"00000000-0000-4000-8000-{number:012d}"
    session.add(RegisteredDevice(
        enrolment_id=f"10000000-0000-4000-8000-{number:012d}", name=f"Máy {code}",
        role="office", province_code="11", communes_json=json.dumps([code]), code="x" * 64,
        state="active", issued_at=datetime(2026, 1, 5), device_id=device))
    session.execute(insert(InboxBundle), [
        {"bundle_id": f"2{number:07d}-0000-4000-8000-{k:012d}", "sender": device,
         "kind": "changes", "first_seq": k, "last_seq": k, "count": 1, "via": "usb",
         "applied_at": datetime.now() - timedelta(days=rng.randint(0, 60), hours=k)}
        for k in range(5)])


def signed_in(store: Store, folder) -> TestClient:
    add_account(store, "bench", "viewer", PASSWORD)
    client = TestClient(create_app(store, folder), base_url="http://127.0.0.1")
    page = client.get("/console/sign-in").text
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
    answer = client.post("/console/sign-in", follow_redirects=False, data={
        "username": "bench", "password": PASSWORD, "csrf_token": token})
    assert answer.status_code == 303, answer.text
    return client


def median_of(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_aggregate(store: Store, codes: list[str]) -> None:
    with store.sessions() as session:
        session.execute(select(Staff.commune_code, func.count()).where(
            Staff.commune_code.in_(codes), Staff.deleted.is_(False))
            .group_by(Staff.commune_code)).all()
        session.execute(select(Equipment.commune_code, Equipment.status, func.count()).where(
            Equipment.commune_code.in_(codes), Equipment.deleted.is_(False))
            .group_by(Equipment.commune_code, Equipment.status)).all()


def main() -> None:
    # The province receives these registers by sync; no single device may write them all,
    # so the write-scope check is lifted for building the data set only.
    journal.check_write = lambda *_args, **_kwargs: None
    cluster = start_cluster()
    try:
        url = cluster.create_database()
        store = Store.for_url(url)
        codes = fill(store)
        client = signed_in(store, cluster.folder / "spool")

        def page() -> None:
            answer = client.get("/console/")
            assert answer.status_code == 200 and answer.text.count("<tr data-code=") == COMMUNES

        page()  # warm: templates compiled, connections pooled
        raw_aggregate(store, codes)
        shown = median_of(page)
        raw = median_of(lambda: raw_aggregate(store, codes))
        client.close()
        store.close()
    finally:
        cluster.stop()
    report("console province page, 130 communes x 100 x 100, PostgreSQL (median of 9)",
           shown * 1000, "ms", 300)
    report("  beside it: the raw SQL aggregate alone (median of 9)", raw * 1000, "ms", 300)


if __name__ == "__main__":
    main()
