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
        return proper_name(self.name, self.division_type)


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


def unit_name_in_text(session: Session, commune_code: str) -> str | None:
    """A current commune's or ward's name as it reads inside a sentence or another name
    ("xã Mường Phăng"); None if the code is unknown."""
    row = session.execute(select(Commune.name, Commune.division_type)
                          .where(Commune.code == commune_code)).first()
    return name_in_text(*row) if row is not None else None


def committee_name(commune_in_text: str) -> str:
    """The commune's People's Committee as papers and course records name it ("UBND xã
    Mường Phăng"). Vietnamese whatever the window's language, like a device's name: it is
    data the province reads, not interface text."""
    return f"UBND {commune_in_text}"


def name_in_text(name: str, division_type: str) -> str:
    """A unit's official name inside a sentence or another name: its type in lower case,
    then its proper name exactly as the unit list spells it ("xã Mường Phăng", "tỉnh Điện
    Biên", "thành phố Huế"). Only the type is written anew, never the proper name's case:
    lowering a name's first letter turns a list's "Điện Biên" into "điện Biên"."""
    kind = _type_in_name(name, division_type)
    return f"{kind.lower()} {proper_name(name, kind)}"


def proper_name(name: str, division_type: str) -> str:
    """The name without its leading type ("Mường Phăng", "Điện Biên"), if it has one."""
    kind = _type_in_name(name, division_type)
    if name.casefold().startswith(f"{kind} ".casefold()):
        return name[len(kind) + 1:]
    return name


def _type_in_name(name: str, division_type: str) -> str:
    """The words of the unit's type that its name starts with: a centrally-run city's type
    is longer than what its name says ("Thành phố Huế" is of the type "thành phố trung
    ương"); the whole type when the name says none."""
    words = division_type.split()
    for n in range(len(words), 0, -1):
        kind = " ".join(words[:n])
        if name.casefold().startswith(f"{kind} ".casefold()):
            return kind
    return division_type


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
