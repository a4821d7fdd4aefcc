"""Staff records: the commune's officials and their IT qualifications (personal data)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, false
from sqlalchemy.orm import Mapped, mapped_column, validates

from . import enums
from .base import Base, Synced
from .errors import ValidationError
from .vntext import nfc, search_key


class Staff(Synced, Base):
    __tablename__ = "staff"

    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), index=True)
    full_name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)
    gender: Mapped[str | None] = mapped_column(String(6))
    birth_date: Mapped[date | None] = mapped_column(Date)
    ethnicity_code: Mapped[str | None] = mapped_column(ForeignKey("ethnic_group.code"))
    unit: Mapped[str | None] = mapped_column(String(20))
    position: Mapped[str | None] = mapped_column(String(120))
    legacy_title: Mapped[str | None] = mapped_column(String(20))
    general_education: Mapped[str | None] = mapped_column(String(10))
    professional_level: Mapped[str] = mapped_column(String(12), default="none")
    professional_field: Mapped[str | None] = mapped_column(String(120))
    political_theory_level: Mapped[str | None] = mapped_column(String(12))
    state_management_level: Mapped[str | None] = mapped_column(String(12))
    it_certificate: Mapped[str] = mapped_column(String(10), default="none")
    it_certificate_date: Mapped[date | None] = mapped_column(Date)
    it_certificate_issuer: Mapped[str | None] = mapped_column(String(160))
    minority_languages: Mapped[str | None] = mapped_column(String(160))
    uses_official_email: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    service_start: Mapped[date | None] = mapped_column(Date)
    service_end: Mapped[date | None] = mapped_column(Date)
    former_district: Mapped[str | None] = mapped_column(String(120))
    former_commune: Mapped[str | None] = mapped_column(String(120))
    # Erased by an administrator (Law 91): personal fields gone, counted anonymously
    # (erasure.py); the merge drops any personal value that arrives for it later.
    erased: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Basic digital skills of the national framework (Quyết định 757/QĐ-BKHCN, 2025): the
    # province asks every commune whether each official's has been confirmed, when and how.
    digital_skills: Mapped[bool] = mapped_column(Boolean, default=False,
                                                 server_default=false())
    digital_skills_date: Mapped[date | None] = mapped_column(Date)
    digital_skills_method: Mapped[str | None] = mapped_column(String(12))

    @validates("full_name")
    def _name(self, _key: str, value: str) -> str:
        value = nfc(value)
        if not value:
            raise ValidationError("staff.name_missing")
        self.name_key = search_key(value)
        return value

    @validates(
        "gender", "professional_level", "it_certificate", "unit", "legacy_title",
        "political_theory_level", "state_management_level", "digital_skills_method",
    )
    def _enum(self, key: str, value: str | None) -> str | None:
        return check_enum(_ENUMS[key], key, value)


_ENUMS = {
    "gender": enums.GENDER,
    "professional_level": enums.PROFESSIONAL_LEVEL,
    "it_certificate": enums.IT_CERTIFICATE,
    "unit": enums.UNIT,
    "legacy_title": enums.LEGACY_TITLE,
    "political_theory_level": enums.POLITICAL_THEORY,
    "state_management_level": enums.STATE_MANAGEMENT,
    "digital_skills_method": enums.DIGITAL_SKILLS_METHOD,
}


def check_enum(labels: enums.Labels, field: str, value: str | None) -> str | None:
    """Refuse a key that is not one of ``labels`` (None stays allowed: unknown)."""
    if value is None or value in labels:
        return value
    raise ValidationError("record.value_invalid", value=value, field=field)
