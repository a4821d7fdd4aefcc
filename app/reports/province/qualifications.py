"""The province's staff qualification paper: each commune's officials in service by
professional level and by IT certificate, the province's totals, and the province's
figures in words ("975 trên 4.392 cán bộ, công chức (22,2%) có chứng chỉ …").

The certificate groups are the indicators' (the pre-2014 A, B and C certificates count as
the basic standard); the commune paper words the sentence, this one reuses it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.models import enums
from app.models.province_report_queries import LevelCounts
from app.models.report_queries import StaffCounts

from .. import words
from ..commune.qualifications import sentences
from ..document import Cell, Column, Document, Share
from ..numbers import day_month_year
from .common import ProvinceFrame, per_unit_table, unit_columns

LEVELS = tuple(enums.PROFESSIONAL_LEVEL)
LEVEL_COLUMNS = (Column(words.OFFICIALS_SHORT, 10, "right"),
                 *(Column(enums.PROFESSIONAL_LEVEL[key], 8, "right") for key in LEVELS),
                 Column(words.TRAINED_SHARE, 10, "right"))
CERTIFICATE_COLUMNS = (Column(words.OFFICIALS_SHORT, 10, "right"),
                       Column(words.BASIC_WITH_LEGACY, 12, "right"),
                       Column(enums.IT_CERTIFICATE["advanced"], 10, "right"),
                       Column(enums.IT_CERTIFICATE["degree"], 10, "right"),
                       Column(enums.IT_CERTIFICATE["none"], 9, "right"),
                       Column(words.CERTIFIED_SHORT, 10, "right"),
                       Column(words.RATE, 8, "right"),
                       Column(words.DIGITAL_SKILLS_COUNT_SHORT, 10, "right"),
                       Column(words.SHORT_DIGITAL_SKILLS, 8, "right"))
NOBODY = LevelCounts(0, dict.fromkeys(enums.PROFESSIONAL_LEVEL, 0),
                     dict.fromkeys(enums.IT_CERTIFICATE, 0))


@dataclass(frozen=True)
class ProvinceQualificationFigures:
    frame: ProvinceFrame
    by_unit: Mapping[str, LevelCounts]  # commune code → its officials in service


def build(figures: ProvinceQualificationFigures) -> Document:
    frame = figures.frame
    total = _sum(figures.by_unit.get(unit.code, NOBODY) for unit in frame.reporting_units)
    return Document(
        name="staff-qualifications", issuer=frame.issuer, day=frame.today,
        title=words.PROVINCE_QUALIFICATIONS_TITLE,
        subtitle=words.QUALIFICATIONS_SUBTITLE.format(day=day_month_year(frame.today)),
        lead=sentences(StaffCounts(total.officials, total.by_level, total.by_certificate,
                                   total.digital_skills)),
        tables=(
            per_unit_table(frame, unit_columns(*LEVEL_COLUMNS),
                           lambda unit: _levels(figures.by_unit.get(unit.code, NOBODY)),
                           _levels(total), words.PROVINCE_LEVEL_HEADING),
            per_unit_table(frame, unit_columns(*CERTIFICATE_COLUMNS),
                           lambda unit: _certificates(figures.by_unit.get(unit.code, NOBODY)),
                           _certificates(total), words.PROVINCE_CERTIFICATE_HEADING),
        ),
        notes=(*((words.LEGACY_NOTE,) if total.officials else ()), *frame.notes()),
        signatures=frame.signatures(), landscape=True, sheet="Trình độ cán bộ các xã",
    )


def _sum(parts) -> LevelCounts:
    officials = skilled = 0
    levels = dict.fromkeys(enums.PROFESSIONAL_LEVEL, 0)
    certificates = dict.fromkeys(enums.IT_CERTIFICATE, 0)
    for part in parts:
        officials += part.officials
        skilled += part.digital_skills
        for key in levels:
            levels[key] += part.by_level[key]
        for key in certificates:
            certificates[key] += part.by_certificate[key]
    return LevelCounts(officials, levels, certificates, skilled)


def _share(part: int, whole: int) -> Share:
    return Share(part / whole if whole else None)


def _levels(counts: LevelCounts) -> list[Cell]:
    trained = counts.officials - counts.by_level["none"]
    return [counts.officials, *(counts.by_level[key] for key in LEVELS),
            _share(trained, counts.officials)]


def _certificates(counts: LevelCounts) -> list[Cell]:
    by = counts.by_certificate
    basic = sum(by[key] for key in enums.IT_BASIC_EQUIVALENT)
    certified = sum(by[key] for key in enums.IT_CERTIFIED)
    return [counts.officials, basic, by["advanced"], by["degree"], by["none"], certified,
            _share(certified, counts.officials), counts.digital_skills,
            _share(counts.digital_skills, counts.officials)]

