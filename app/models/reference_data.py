"""Fill the reference tables from what ships with the app.

Runs after migrations whenever the shipped data changed (the version is kept in the local
settings), so a new ``vietnam-provinces`` release reaches an existing database without
touching any record that refers to it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from importlib import metadata

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from . import enums
from .device import Setting
from .reference import (
    Commune,
    CommuneLineage,
    EquipmentCategory,
    EthnicGroup,
    ItCertificateKind,
    Province,
    QualificationLevel,
)
from .vntext import load_ethnic_groups, search_key

log = logging.getLogger(__name__)

REFERENCE_REVISION = "1"
VERSION_KEY = "reference_version"


def shipped_version() -> str:
    """Which reference data ships: ours and the units package's. Read from the package's
    metadata, so a start that finds the tables up to date never imports the package (the
    whole list of units, a tenth of a second)."""
    return f"{REFERENCE_REVISION}/{_units_version()}"


def _units_version() -> str:
    try:
        return metadata.version("vietnam-provinces")
    except metadata.PackageNotFoundError:  # a frozen build without the package's metadata
        import vietnam_provinces

        return str(vietnam_provinces.__version__)


def ensure_reference(session: Session) -> bool:
    """Load the reference tables if they are missing or older than what ships; True if loaded."""
    stored = session.get(Setting, VERSION_KEY)
    if stored is not None and stored.value == shipped_version():
        return False
    load_reference(session)
    session.merge(Setting(key=VERSION_KEY, value=shipped_version()))
    return True


def load_reference(session: Session) -> None:
    _load_units(session)
    _load_lineage(session)
    for code, name, variants in load_ethnic_groups():
        session.merge(EthnicGroup(code=code, name=name, variants=variants))
    for rank, (code, name) in enumerate(enums.EQUIPMENT_CATEGORY.items()):
        is_computer = code in enums.COMPUTER_CATEGORIES
        session.merge(EquipmentCategory(code=code, name=name, is_computer=is_computer, rank=rank))
    for scale, labels in _SCALES.items():
        for rank, (code, name) in enumerate(labels.items()):
            session.merge(QualificationLevel(scale=scale, code=code, name=name, rank=rank))
    for rank, (code, name) in enumerate(enums.IT_CERTIFICATE.items()):
        session.merge(ItCertificateKind(code=code, name=name, standard=_standard(code), rank=rank))


_SCALES = {
    "professional": enums.PROFESSIONAL_LEVEL,
    "political_theory": enums.POLITICAL_THEORY,
    "state_management": enums.STATE_MANAGEMENT,
}


def _standard(code: str) -> str | None:
    if code in enums.IT_BASIC_EQUIVALENT:
        return "basic"
    return None if code == "none" else code


def _load_units(session: Session) -> None:
    from vietnam_provinces import Province as VpProvince
    from vietnam_provinces import Ward as VpWard

    for p in VpProvince.iter_all():
        session.merge(Province(
            code=f"{int(p.code):02d}", name=p.name, division_type=str(p.division_type.value),
        ))
    session.flush()
    known = set(session.scalars(select(Commune.code)))
    rows = []
    for w in VpWard.iter_all():
        code = f"{int(w.code):05d}"
        values = dict(
            code=code, name=w.name, division_type=str(w.division_type.value),
            province_code=f"{int(w.province_code):02d}", search_key=search_key(w.name),
        )
        if code in known:
            session.merge(Commune(**values))
        else:
            rows.append(values)
    if rows:
        session.execute(Commune.__table__.insert(), rows)


def _load_lineage(session: Session) -> None:
    """Old → new commune lineage, where the installed package carries it (2026.x and later)."""
    rows = list(_lineage_rows())
    if not rows:
        log.info("vietnam-provinces %s has no lineage table", _units_version())
        return
    session.execute(delete(CommuneLineage))
    session.execute(CommuneLineage.__table__.insert(), rows)


def _lineage_rows() -> Iterator[dict[str, str | None]]:
    from vietnam_provinces import Ward as VpWard

    if not hasattr(VpWard, "get_legacy_sources"):
        return
    from vietnam_provinces.legacy import District as OldDistrict

    districts: dict[int, str] = {}
    for ward in VpWard.iter_all():
        for old in ward.get_legacy_sources():
            d_code = int(old.district_code)
            if d_code not in districts:
                districts[d_code] = OldDistrict.from_code(old.district_code).name
            yield dict(
                commune_code=f"{int(ward.code):05d}", old_code=f"{int(old.code):05d}",
                old_name=old.name, old_district_code=f"{d_code:03d}",
                old_district_name=districts[d_code],
            )
