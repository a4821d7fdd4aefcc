"""A province database filled the way a province fills it: office laptops set up for their
communes, enrolled with the province's files, their registers entered from CSV files, their
bundles written to a stick and taken in by ``server import`` — every step a real
``commune-it`` process. The figures the tests expect are computed here from those CSV
files, never through the code that makes the reports.
"""

from __future__ import annotations

import csv
import os
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from app.models.machine import MACHINE_ENV
from tests.report_helpers import Item, cli, ok, write_equipment

LEVELS = ("none", "elementary", "intermediate", "college", "university", "master", "doctor")
CERTIFICATES = ("none", "basic", "advanced", "a", "b", "c", "degree")
BASIC = {"basic", "a", "b", "c"}
ACTIVE = {"in_use", "in_storage", "under_repair", "broken"}
STATES = ("in_use", "in_storage", "under_repair", "broken", "disposed", "lost")
SERVER_DB_ENV = "COMMUNE_IT_SERVER_DB"


@dataclass
class Official:
    level: str
    certificate: str
    in_service: bool
    digital_skills: bool = False


@dataclass
class CommuneData:
    """One commune's register as its CSV files hold it."""

    code: str
    name: str
    items: list[Item] = field(default_factory=list)
    staff: list[Official] = field(default_factory=list)


def environment(machine: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k != SERVER_DB_ENV}
    return {**base, MACHINE_ENV: machine}


def write_staff(path: Path, count: int, seed: int) -> list[Official]:
    """Officials of every level and certificate; one in eight left service last year; one
    in three has basic digital skills confirmed (by number, so the draws stay the same)."""
    rng = random.Random(seed)
    officials = []
    last_year = date.today().replace(month=1, day=1) - timedelta(days=30)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["full_name", "gender", "professional_level", "it_certificate",
                         "service_end", "digital_skills"])
        for number in range(count):
            official = Official(rng.choice(LEVELS), rng.choice(CERTIFICATES), number % 8 != 3,
                                number % 3 == 1)
            officials.append(official)
            writer.writerow([f"Lò Thị Ngọc Hường {seed}-{number}", rng.choice(["male", "female"]),
                             official.level, official.certificate,
                             "" if official.in_service else last_year.isoformat(),
                             "yes" if official.digital_skills else "no"])
    return officials


def fill_province(root: Path, communes: dict[str, tuple[str, int, int]],
                  db: str | None = None) -> dict[str, CommuneData]:
    """``communes``: code → (official name, items, officials). The province lives in
    ``root / "province"`` (its database there, or at ``db``)."""
    province = root / "province"
    database = ("--db", db) if db else ()
    stick = root / "stick"
    stick.mkdir(exist_ok=True)
    filled = {}
    for seed, (code, (name, items, officials)) in enumerate(communes.items(), start=1):
        enrolment = root / f"enrol-{code}.json"
        ok(cli(province, "server", "enroll", *database, "--commune", code, "--device-name",
               f"Máy văn phòng {code}", "--out", str(enrolment),
               env=environment("machine-province")))
        laptop, env = root / f"laptop-{code}", environment(f"machine-{code}")
        ok(cli(laptop, "setup", "--commune", code, "--device-name", f"Máy văn phòng {code}",
               env=env))
        ok(cli(laptop, "enroll", str(enrolment), env=env))
        data = CommuneData(code, name)
        data.items = write_equipment(root / f"equipment-{code}.csv", items, seed=seed)
        data.staff = write_staff(root / f"staff-{code}.csv", officials, seed)
        for kind in ("equipment", "staff"):
            ok(cli(laptop, "import", kind, str(root / f"{kind}-{code}.csv"), env=env))
        ok(cli(laptop, "sync", "export", "--to", str(stick), env=env))
        filled[code] = data
    ok(cli(province, "server", "import", *database, str(stick),
           env=environment("machine-province")))
    return filled


# --- the expected figures, from the CSV files --------------------------------------------------
def stock(data: CommuneData) -> tuple[list[int], int, int]:
    """Items by state (the paper's order), their number, their value."""
    states = Counter(item.status for item in data.items)
    return ([states[state] for state in STATES], len(data.items),
            sum(item.value for item in data.items))


def in_service(data: CommuneData) -> list[Official]:
    return [official for official in data.staff if official.in_service]


def levels(data: CommuneData) -> tuple[int, list[int], int]:
    """Officials in service, by level, and how many have a professional training."""
    serving = in_service(data)
    by = Counter(official.level for official in serving)
    return len(serving), [by[level] for level in LEVELS], len(serving) - by["none"]


def certificates(data: CommuneData) -> tuple[int, int, int, int, int, int]:
    """Officials in service; basic (A, B, C included), advanced, degree, none, certified."""
    serving = in_service(data)
    by = Counter(official.certificate for official in serving)
    basic = sum(by[key] for key in BASIC)
    return (len(serving), basic, by["advanced"], by["degree"], by["none"],
            len(serving) - by["none"])


def skilled(data: CommuneData) -> int:
    """Officials in service whose basic digital skills are confirmed."""
    return sum(1 for official in in_service(data) if official.digital_skills)


def computers(data: CommuneData) -> int:
    """Computers in use (every item the CSV writes is on the LAN and off the Internet)."""
    return sum(1 for item in data.items
               if item.status == "in_use" and item.category in ("desktop", "laptop"))


def over_age(data: CommuneData, years: int = 5) -> tuple[int, int, int]:
    """Working stock, how much of it is older than ``years``, and how much is broken."""
    today = date.today()
    limit = today.replace(year=today.year - years) if not (
        today.month == 2 and today.day == 29) else today.replace(year=today.year - years,
                                                                 day=28)
    working = [item for item in data.items if item.status in ACTIVE]
    return (len(working), sum(1 for item in working if item.acquired < limit),
            sum(1 for item in data.items if item.status == "broken"))
