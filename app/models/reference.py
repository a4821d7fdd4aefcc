"""Reference data: provinces, communes and their lineage, ethnic groups, categories, levels.

Official units come from the ``vietnam-provinces`` package and nothing else: codes are never
typed by hand. Codes were reused in the 2025 merger (03172 was Thị trấn Mường Chà and is
now Xã Na Sang), so every code is stored with its code system, and the lineage table says
which pre-2025 communes (code system ``2008``) each current one (``2025``) was formed from.
Reference rows are identical on every device because they are loaded from what ships with
the app, so they do not travel through the change journal.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

CURRENT_CODE_SYSTEM = "2025"  # Quyết định 19/2025/QĐ-TTg: 2-digit province, 5-digit commune
LEGACY_CODE_SYSTEM = "2008"  # the three-level list in force until 30 June 2025


class Province(Base):
    __tablename__ = "province"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    division_type: Mapped[str] = mapped_column(String(40))
    code_system: Mapped[str] = mapped_column(String(8), default=CURRENT_CODE_SYSTEM)


class Commune(Base):
    __tablename__ = "commune"

    code: Mapped[str] = mapped_column(String(5), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    division_type: Mapped[str] = mapped_column(String(40))
    province_code: Mapped[str] = mapped_column(ForeignKey("province.code"), index=True)
    code_system: Mapped[str] = mapped_column(String(8), default=CURRENT_CODE_SYSTEM)
    search_key: Mapped[str] = mapped_column(String(120), index=True)


class CommuneLineage(Base):
    """One pre-2025 commune that (wholly or partly) went into a current one."""

    __tablename__ = "commune_lineage"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), index=True)
    old_code: Mapped[str] = mapped_column(String(5))
    old_code_system: Mapped[str] = mapped_column(String(8), default=LEGACY_CODE_SYSTEM)
    old_name: Mapped[str] = mapped_column(String(120))
    old_district_code: Mapped[str | None] = mapped_column(String(3))
    old_district_name: Mapped[str | None] = mapped_column(String(120))


class EthnicGroup(Base):
    """The 54 groups with their GSO codes (Quyết định 1019/QĐ-TCTK)."""

    __tablename__ = "ethnic_group"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    variants: Mapped[str] = mapped_column(String(200), default="")


class EquipmentCategory(Base):
    __tablename__ = "equipment_category"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    is_computer: Mapped[bool] = mapped_column(Boolean, default=False)
    rank: Mapped[int] = mapped_column(Integer)


class QualificationLevel(Base):
    """Ordered levels of one scale: professional, political theory, state management."""

    __tablename__ = "qualification_level"

    scale: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    rank: Mapped[int] = mapped_column(Integer)


class ItCertificateKind(Base):
    """IT certificates; ``standard`` says what a legacy one counts as (A/B/C → basic)."""

    __tablename__ = "it_certificate_kind"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    standard: Mapped[str | None] = mapped_column(String(10))
    rank: Mapped[int] = mapped_column(Integer)
