"""What the province's printed reports count: every commune of the province at once, in a
few GROUP BY queries, as plain values.

Why per commune in one query rather than a commune's queries run a hundred times: the
province database holds every commune's merged records in the same tables as a laptop,
and a province of 130 communes must print its indicators in well under a second; one
grouped read per figure costs the same for 1 commune or 130. The figures mean what the
commune's papers mean (``report_queries``): the same officials in service, the same live
items, the same scales. No sentences, no Qt.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select, union
from sqlalchemy.orm import Session

from . import enums
from .equipment import Equipment
from .indicators import in_service
from .reference import CURRENT_CODE_SYSTEM, Commune, EquipmentCategory
from .staff import Staff


@dataclass(frozen=True, slots=True)
class UnitRow:
    """A commune or ward of the province, as the unit list names it ("Xã Mường Phăng")."""

    code: str
    name: str


@dataclass(frozen=True)
class StockCounts:
    """Live items by state, and their original value (an item without one adds 0)."""

    by_state: dict[str, int]
    value: int

    @property
    def items(self) -> int:
        return sum(self.by_state.values())


@dataclass(frozen=True)
class LevelCounts:
    """One commune's officials in service by professional level and by IT certificate
    (every key of each scale is there, zeros included)."""

    officials: int
    by_level: dict[str, int]
    by_certificate: dict[str, int]
    digital_skills: int = 0  # with basic digital skills confirmed


def province_units(session: Session, province_code: str) -> list[UnitRow]:
    """The province's current communes and wards in official code order."""
    rows = session.execute(select(Commune.code, Commune.name)
                           .where(Commune.province_code == province_code,
                                  Commune.code_system == CURRENT_CODE_SYSTEM)
                           .order_by(Commune.code))
    return [UnitRow(code, name) for code, name in rows]


def communes_with_records(session: Session, codes: Sequence[str]) -> set[str]:
    """The communes of ``codes`` whose records reached the province: any official or item,
    deleted ones too (a commune that erased its last item has still reported)."""
    wanted = list(codes)
    query = union(select(Staff.commune_code).where(Staff.commune_code.in_(wanted)),
                  select(Equipment.commune_code).where(Equipment.commune_code.in_(wanted)))
    return {code for (code,) in session.execute(query)}


def stock_by_commune(session: Session, codes: Sequence[str]) -> dict[str, StockCounts]:
    """Each commune's live items by state with their value (communes without items are
    absent)."""
    rows = session.execute(
        select(Equipment.commune_code, Equipment.status, func.count(),
               func.coalesce(func.sum(Equipment.value_vnd), 0))
        .where(Equipment.commune_code.in_(list(codes)), Equipment.deleted.is_(False))
        .group_by(Equipment.commune_code, Equipment.status))
    return _stock(rows)


def stock_by_category(session: Session, codes: Sequence[str]) -> dict[str, StockCounts]:
    """The communes' live items summed by category, in the reference list's order."""
    rows = session.execute(
        select(Equipment.category, Equipment.status, func.count(),
               func.coalesce(func.sum(Equipment.value_vnd), 0), func.min(EquipmentCategory.rank))
        .join(EquipmentCategory, EquipmentCategory.code == Equipment.category)
        .where(Equipment.commune_code.in_(list(codes)), Equipment.deleted.is_(False))
        .group_by(Equipment.category, Equipment.status))
    ordered = sorted(rows, key=lambda row: (row[4], row[0]))
    return _stock(row[:4] for row in ordered)


def _stock(rows) -> dict[str, StockCounts]:
    states: dict[str, Counter[str]] = defaultdict(Counter)
    values: Counter[str] = Counter()
    for key, status, count, value in rows:
        states[key][status] += count
        values[key] += int(value or 0)
    return {key: StockCounts({state: states[key][state] for state in enums.EQUIPMENT_STATUS},
                             values[key])
            for key in states}


def levels_by_commune(session: Session, codes: Sequence[str], today: date
                      ) -> dict[str, LevelCounts]:
    """Each commune's officials in service on ``today`` by level and certificate
    (communes without officials in service are absent)."""
    rows = session.execute(
        select(Staff.commune_code, Staff.professional_level, Staff.it_certificate, func.count(),
               func.sum(case((Staff.digital_skills.is_(True), 1), else_=0)))
        .where(Staff.commune_code.in_(list(codes)), in_service(today))
        .group_by(Staff.commune_code, Staff.professional_level, Staff.it_certificate))
    levels: dict[str, Counter[str]] = defaultdict(Counter)
    certificates: dict[str, Counter[str]] = defaultdict(Counter)
    skilled: Counter[str] = Counter()
    for code, level, certificate, count, confirmed in rows:
        levels[code][level or "none"] += count
        certificates[code][certificate or "none"] += count
        skilled[code] += confirmed
    return {code: LevelCounts(sum(levels[code].values()),
                              {key: levels[code][key] for key in enums.PROFESSIONAL_LEVEL},
                              {key: certificates[code][key] for key in enums.IT_CERTIFICATE},
                              skilled[code])
            for code in levels}
