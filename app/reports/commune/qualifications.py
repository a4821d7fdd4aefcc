"""Staff qualification statistics, the way the province reports them: how many officials
in service hold each professional level and each IT certificate, with percentages of all
officials, and the figure in words ("975 trên 4.392 cán bộ, công chức (22,2%) có chứng
chỉ …").

The certificate groups are the indicators' (``app.models.enums``): the pre-2014 A, B and C
certificates count as the basic standard of Thông tư 03/2014/TT-BTTTT, a degree in IT
counts as certified; the table still shows each kind on its own row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.models import enums
from app.models.report_queries import StaffCounts

from .. import words
from ..document import Column, Document, Issuer, Share, Signature, Table
from ..numbers import day_month_year, grouped, percent


@dataclass(frozen=True)
class QualificationFigures:
    issuer: Issuer
    counts: StaffCounts
    today: date
    head: tuple[str, ...] = words.COMMUNE_HEAD


def _columns(label: str) -> tuple[Column, ...]:
    return (Column(words.NUMBER, 6, "center", grouped=False), Column(label, 54),
            Column(words.PEOPLE, 16, "right"), Column(words.RATE, 16, "right"))


def build(figures: QualificationFigures) -> Document:
    counts = figures.counts
    return Document(
        name="staff-qualifications", issuer=figures.issuer, day=figures.today,
        title=words.QUALIFICATIONS_TITLE,
        subtitle=words.QUALIFICATIONS_SUBTITLE.format(day=day_month_year(figures.today)),
        lead=sentences(counts),
        tables=(
            _table(words.LEVEL_HEADING, words.LEVEL, counts.by_level, enums.PROFESSIONAL_LEVEL,
                   counts.officials),
            _table(words.CERTIFICATE_HEADING, words.CERTIFICATE, counts.by_certificate,
                   enums.IT_CERTIFICATE, counts.officials),
            _table(words.DIGITAL_SKILLS_HEADING, words.DIGITAL_SKILLS_LABEL,
                   skills_by_state(counts), SKILLS_STATES, counts.officials),
        ),
        notes=(words.LEGACY_NOTE,) if counts.officials else (),
        signatures=(Signature(words.MAKER, words.SIGN_HINT),
                    Signature(figures.head, words.SIGN_SEAL_HINT)),
        sheet="Trình độ cán bộ",
    )


def _table(heading: str, label: str, counts: Mapping[str, int], labels: Mapping[str, str],
           officials: int) -> Table:
    if not officials:
        return Table(_columns(label), [], words.NO_STAFF, heading=heading)
    rows = [(number, labels[key], counts[key], Share(counts[key] / officials))
            for number, key in enumerate(labels, start=1)]
    return Table(_columns(label), rows, words.NO_STAFF, heading=heading,
                 totals=(("", words.TOTAL, officials, Share(1.0)),))


# The two rows of the digital-skills table: confirmed, and not yet.
SKILLS_STATES = {"confirmed": words.DIGITAL_SKILLS_CONFIRMED,
                 "not_confirmed": words.DIGITAL_SKILLS_NOT_CONFIRMED}


def skills_by_state(counts: StaffCounts) -> dict[str, int]:
    return {"confirmed": counts.digital_skills,
            "not_confirmed": counts.officials - counts.digital_skills}


def sentences(counts: StaffCounts) -> tuple[str, ...]:
    """The figures in words, as the province quotes them (its own paper too)."""
    officials = counts.officials
    if not officials:
        return ()
    by = counts.by_certificate
    basic = sum(by[key] for key in enums.IT_BASIC_EQUIVALENT)
    certified = sum(by[key] for key in enums.IT_CERTIFIED)
    trained = officials - counts.by_level["none"]
    return (
        words.CERTIFIED_SENTENCE.format(
            certified=grouped(certified), officials=grouped(officials),
            share=percent(certified / officials), basic=grouped(basic),
            advanced=grouped(by["advanced"]), degree=grouped(by["degree"])),
        words.TRAINED_LEVEL_SENTENCE.format(
            trained=grouped(trained), officials=grouped(officials),
            share=percent(trained / officials)),
        words.DIGITAL_SKILLS_SENTENCE.format(
            confirmed=grouped(counts.digital_skills), officials=grouped(officials),
            share=percent(counts.digital_skills / officials)),
    )
