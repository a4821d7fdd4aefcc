"""The commune being filled, and the small helpers every part of the demo shares.

Ids are derived from the commune code (``demo_id``) rather than drawn at random, so a
second fill finds the first one's records and the demo is the same on every run.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Commune, CommuneLineage, Province, commune_partition
from app.models.reference_queries import name_in_text, proper_name
from app.models.vntext import search_key

SEED = 2025
DEMO_NAMESPACE = uuid.UUID("6b1f0c55-2d7e-4c1a-9a63-0e5d2f8b7a41")
MAX_STAFF, MAX_EQUIPMENT, MAX_SESSIONS = 40, 80, 8


@dataclass
class Place:
    """What the generator needs to know about the commune it fills. The names inside a
    sentence are built from the unit list (type word, then the proper name as the list
    spells it), never by changing a name's case: a province keeps its capitals."""

    code: str
    name: str  # alone, as the unit list writes it: "Xã Mường Phăng"
    province: str  # "Tỉnh Điện Biên"
    today: date
    lineage: list[CommuneLineage]
    short: str = ""  # inside a sentence or another name: "xã Mường Phăng"
    province_short: str = ""  # "tỉnh Điện Biên"
    province_proper: str = ""  # without its type: "Điện Biên"

    @property
    def mail_domain(self) -> str:
        """'dienbien.gov.vn': the province's official mail domain."""
        return search_key(self.province_proper).replace(" ", "") + ".gov.vn"

    @property
    def partition(self) -> str:
        return commune_partition(self.code)


def demo_id(code: str, kind: str, index: int) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{code}/{kind}/{index}"))


def load_place(session: Session, code: str, today: date) -> Place:
    commune = session.get(Commune, code)
    province = session.get(Province, commune.province_code)
    lineage = list(session.scalars(select(CommuneLineage).where(
        CommuneLineage.commune_code == code).order_by(CommuneLineage.old_code)))
    return Place(code, commune.name, province.name, today, lineage,
                 short=name_in_text(commune.name, commune.division_type),
                 province_short=name_in_text(province.name, province.division_type),
                 province_proper=proper_name(province.name, province.division_type))


def tag_prefix(place: Place) -> str:
    """'MP' for Xã Mường Phăng: the initials an officer would paint on the asset tag."""
    words = search_key(place.name).split()[1:] or ["x"]
    return "".join(w[0] for w in words).upper()


def deal(rng: random.Random, n: int, mix: dict[str, int]) -> list[str]:
    """Exactly the proportions of ``mix`` over n people (largest remainder), shuffled."""
    weight = sum(mix.values())
    exact = {key: n * share / weight for key, share in mix.items()}
    counts = {key: int(value) for key, value in exact.items()}
    by_remainder = sorted(mix, key=lambda k: exact[k] - counts[k], reverse=True)
    for key in by_remainder[: n - sum(counts.values())]:
        counts[key] += 1
    dealt = [key for key, count in counts.items() for _ in range(count)]
    rng.shuffle(dealt)
    return dealt


def years_ago(place: Place, rng: random.Random, low: int, high: int) -> date:
    return place.today - timedelta(days=rng.randint(int(low * 365.25), int(high * 365.25)))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, min(day.day, 28))
