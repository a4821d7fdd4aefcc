"""The official unit lists as the first-run wizard offers them: provinces, and the
communes and wards of one province, with their precomputed search keys.

Why plain rows with the key: the wizard filters as the officer types ("muong phang" finds
Xã Mường Phăng) over a province's hundred-odd units in memory, so it loads them once and
never queries per keystroke. Units are sorted by their proper name (Mường Phăng, not "Xã
…"), the way an officer looks for them. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .reference import CURRENT_CODE_SYSTEM, Commune, Province
from .vntext import collation_key, matches

DEFAULT_PROVINCE = "11"  # Điện Biên, where the app is first used


@dataclass(frozen=True, slots=True)
class ProvinceRow:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class CommuneRow:
    code: str
    name: str  # the official name with its type: "Xã Mường Phăng"
    division_type: str  # as the official list spells it: "xã", "phường", "đặc khu"
    province_code: str
    search_key: str

    @property
    def proper_name(self) -> str:
        """The name without its type ("Mường Phăng"), for sorting and device names."""
        prefix = f"{self.division_type} "
        if self.name.casefold().startswith(prefix.casefold()):
            return self.name[len(prefix):]
        return self.name


def provinces(session: Session) -> list[ProvinceRow]:
    """The current provinces and centrally-run cities, in Vietnamese alphabetical order."""
    rows = session.execute(select(Province.code, Province.name)
                           .where(Province.code_system == CURRENT_CODE_SYSTEM))
    found = [ProvinceRow(code, name) for code, name in rows]
    return sorted(found, key=lambda p: collation_key(_without_type(p.name)))


def communes_of(session: Session, province_code: str) -> list[CommuneRow]:
    """The current communes, wards and special zones of one province, sorted by name."""
    rows = session.execute(
        select(Commune.code, Commune.name, Commune.division_type, Commune.province_code,
               Commune.search_key)
        .where(Commune.province_code == province_code,
               Commune.code_system == CURRENT_CODE_SYSTEM))
    found = [CommuneRow(*row) for row in rows]
    return sorted(found, key=lambda c: (collation_key(c.proper_name), c.code))


def filter_communes(rows: Iterable[CommuneRow], query: str) -> list[CommuneRow]:
    """The rows whose name holds every word of ``query``, ignoring diacritics and case."""
    return [row for row in rows if matches(query, row.search_key)]


def suggested_device_name(communes: Sequence[CommuneRow], trainer: bool) -> str:
    """A default name for this device as the province's registry will list it.

    Always Vietnamese whatever the window's language: the name is data that the province
    reads, not interface text. An office laptop: "Máy văn phòng xã Mường Phăng".
    """
    if trainer or not communes:
        return "Máy giảng viên"
    commune = communes[0]
    return f"Máy văn phòng {commune.division_type.lower()} {commune.proper_name}"


def _without_type(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name
