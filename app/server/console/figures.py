"""The province page's figures: one row per commune with data, and the province's total.

The counts are the laptops' own indicators (app/models/indicators.py: a few GROUP BY
queries over all the communes at once, never one query per commune), so a commune's row
here and its officers' overview say the same. The age of a commune's data is the last
bundle the province received from one of its office laptops (two more queries, whatever
the number of communes): a trainer's laptop carries only training records, so its visit
says nothing of how old the commune's register is. A commune is silent when that bundle
is more than ``SILENT_DAYS`` old, or when none has come from a laptop enrolled for it.

"With data": a commune that has officials or equipment in the province's database, or a
laptop enrolled for it (not revoked), so a commune enrolled but never heard from is listed
too — that is the one the department must call.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from app.models import Commune, Equipment, InboxBundle, RegisteredDevice, Staff
from app.models.indicators import Indicators, commune_indicators, total
from app.models.vntext import collation_key, matches_tokens, query_tokens
from app.ops.commune import OVER_AGE_YEARS

SILENT_DAYS = 30


@dataclass(frozen=True)
class CommuneRow:
    """One commune's line of the province table."""

    figures: Indicators
    search_key: str
    last_bundle: datetime | None
    age_days: int | None  # whole days since the last bundle; None: none yet
    silent: bool

    @property
    def code(self) -> str:
        return self.figures.commune_code

    @property
    def name(self) -> str:
        return self.figures.commune_name


@dataclass(frozen=True)
class Province:
    """The whole page: every commune's row (official code order) and the total."""

    rows: list[CommuneRow]
    total: Indicators
    silent: int


def province(session: Session, now: datetime) -> Province:
    codes = communes_with_data(session)
    indicators = commune_indicators(session, codes, today=now.date(),
                                    over_age_years=OVER_AGE_YEARS)
    keys = dict(session.execute(select(Commune.code, Commune.search_key)
                                .where(Commune.code.in_(codes))).all()) if codes else {}
    last = last_bundles(session)
    rows = [_row(item, keys.get(item.commune_code, ""), last.get(item.commune_code), now)
            for item in indicators]
    return Province(rows, total(indicators), sum(row.silent for row in rows))


def communes_with_data(session: Session) -> list[str]:
    """Codes of the communes with officials, equipment or a live enrolment, in order."""
    found = set(session.scalars(union(
        select(Staff.commune_code).where(Staff.deleted.is_(False)).distinct(),
        select(Equipment.commune_code).where(Equipment.deleted.is_(False)).distinct())))
    for communes in session.scalars(select(RegisteredDevice.communes_json).where(
            RegisteredDevice.role == "office", RegisteredDevice.state != "revoked")):
        found.update(json.loads(communes))
    return sorted(found)


def last_bundles(session: Session) -> dict[str, datetime]:
    """Per commune, when the province last received a bundle from one of its office
    laptops (revoked ones included: what they sent is in the register)."""
    received = dict(session.execute(select(InboxBundle.sender, func.max(InboxBundle.applied_at))
                                    .group_by(InboxBundle.sender)).all())
    last: dict[str, datetime] = {}
    for device_id, communes in session.execute(select(
            RegisteredDevice.device_id, RegisteredDevice.communes_json).where(
            RegisteredDevice.role == "office", RegisteredDevice.device_id.is_not(None))):
        when = received.get(device_id)
        for code in json.loads(communes) if when else ():
            last[code] = max(when, last.get(code, when))
    return last


def _row(item: Indicators, key: str, last: datetime | None, now: datetime) -> CommuneRow:
    age = (now.date() - last.date()).days if last else None
    return CommuneRow(item, key, last, age, age is None or age > SILENT_DAYS)


def _share(row: CommuneRow) -> float:
    return row.figures.certified_share


SORTS: dict[str, Callable[[CommuneRow], Any]] = {
    "code": lambda row: row.code,
    "name": lambda row: collation_key(row.name),
    "officials": lambda row: row.figures.officials,
    "certified": lambda row: row.figures.certified,
    "certified_share": _share,
    "digital_skills": lambda row: row.figures.digital_skills,
    "digital_skills_share": lambda row: row.figures.digital_skills_share,
    "trained": lambda row: row.figures.trained_this_year,
    "computers": lambda row: row.figures.computers_per_official,
    "broken": lambda row: row.figures.broken,
    # The oldest data first when ascending; none at all is older than any.
    "last_bundle": lambda row: row.last_bundle or datetime.min,
}


def shown(rows: Sequence[CommuneRow], query: str, sort: str, descending: bool
          ) -> list[CommuneRow]:
    """The rows a name filter keeps (without diacritics or case: "muong phang" finds Xã
    Mường Phăng; a code too), in the order asked, ties in code order."""
    tokens = query_tokens(query)
    kept = [row for row in rows if matches_tokens(tokens, f"{row.search_key} {row.code}")]
    key = SORTS.get(sort, SORTS["code"])
    kept.sort(key=lambda row: row.code)
    kept.sort(key=key, reverse=descending)
    return kept
