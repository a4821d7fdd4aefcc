"""The commune's staff: one person per role, with a believable mix of peoples and skills.

The mixes are dealt exactly (largest remainder) rather than drawn, so a small commune
still shows the proportions the catalogue describes; one official has just retired and
the IT officer always holds an advanced certificate. Each official passes the checks every
writer of an official passes (``check_staff``), so the demo shows nothing a form refuses.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from app.demo.catalogue import (
    CERTIFICATE_MIX,
    ETHNICITY_MIX,
    FIELDS,
    IT_ROLE,
    LANGUAGE,
    LEVEL_RANK,
    NAMES,
    PHONE_PREFIXES,
    PROFESSIONAL_MIX,
    ROLES,
)
from app.demo.place import Place, deal, demo_id, tag_prefix
from app.models import Staff
from app.models.staff_ops import check_staff, staff_values
from app.models.validation import refuse_if_any
from app.models.vntext import search_key


def _name(rng: random.Random, ethnicity: str, gender: str, taken: set[str]) -> str:
    families, male, female, male_middle, female_middle = NAMES[ethnicity]
    while True:
        given, middle = (male, male_middle) if gender == "male" else (female, female_middle)
        name = f"{rng.choice(families)} {rng.choice(middle)} {rng.choice(given)}"
        if name not in taken:
            taken.add(name)
            return name


def add_staff(session: Session, rng: random.Random, place: Place) -> list[Staff]:
    n = rng.randint(24, 26)
    ethnicities = deal(rng, n, ETHNICITY_MIX)
    genders = deal(rng, n, {"male": 60, "female": 40})
    certificates = deal(rng, n, CERTIFICATE_MIX)
    levels = sorted(deal(rng, n, PROFESSIONAL_MIX),  # better qualified leaders, roughly
                    key=lambda k: LEVEL_RANK[k] + rng.random() * 2.5, reverse=True)
    retired = rng.randrange(10, n)
    taken: set[str] = set()
    people = []
    for i, (position, unit, legacy) in enumerate(ROLES[:n]):
        person = Staff(
            id=demo_id(place.code, "staff", i), partition=place.partition,
            commune_code=place.code, position=position, unit=unit, legacy_title=legacy,
            ethnicity_code=ethnicities[i], gender=genders[i],
            full_name=_name(rng, ethnicities[i], genders[i], taken),
            professional_level=levels[i], it_certificate=certificates[i],
        )
        _fill_person(rng, place, person, leader=unit == "leadership", retired=i == retired)
        if i == IT_ROLE:
            person.professional_level, person.professional_field = "college", "Công nghệ thông tin"
            person.it_certificate = "advanced"
        _fill_certificate(rng, place, person)
        _fill_digital_skills(place, person)
        refuse_if_any(check_staff(staff_values(person), today=place.today))
        session.add(person)
        people.append(person)
    return people


def _fill_person(rng: random.Random, place: Place, person: Staff, leader: bool,
                 retired: bool) -> None:
    age = 60 if retired else rng.randint(24, 56)
    person.birth_date = date(place.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
    start_year = min(person.birth_date.year + rng.randint(21, 28), place.today.year - 1)
    person.service_start = date(start_year, rng.choice([1, 3, 6, 7, 9, 10]), 1)
    if retired:
        person.service_end = place.today - timedelta(days=rng.randint(60, 120))
    person.general_education = "10/10" if age > 50 and rng.random() < 0.5 else "12/12"
    if person.professional_level != "none":
        person.professional_field = rng.choice(FIELDS)
    person.political_theory_level = (rng.choice(["intermediate", "advanced"]) if leader
                                     else rng.choice(["none", "elementary", "intermediate"]))
    person.state_management_level = "officer" if leader or rng.random() < 0.3 else "none"
    person.minority_languages = LANGUAGE.get(person.ethnicity_code)
    if rng.random() < 0.75:
        person.phone = rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**7):07d}"
    if leader or rng.random() < 0.35:
        person.uses_official_email = True
        person.email = _official_email(place, person)
    if place.lineage:
        old = rng.choice(place.lineage)
        person.former_commune, person.former_district = old.old_name, old.old_district_name


def _official_email(place: Place, person: Staff) -> str:
    """'lvphong.mp@dienbien.gov.vn': initials, given name, commune tag, province domain."""
    words = search_key(person.full_name).split()
    handle = "".join(w[0] for w in words[:-1]) + words[-1]
    return f"{handle}.{tag_prefix(place).lower()}@{place.mail_domain}"


def _fill_certificate(rng: random.Random, place: Place, person: Staff) -> None:
    kind = person.it_certificate
    if kind in ("a", "b", "c"):
        person.it_certificate_date = date(rng.randint(2006, 2013), rng.randint(1, 12), 15)
        person.it_certificate_issuer = f"Trung tâm Ngoại ngữ - Tin học {place.province_short}"
    elif kind in ("basic", "advanced"):
        person.it_certificate_date = date(rng.randint(2016, place.today.year - 1),
                                          rng.randint(1, 12), 20)
        person.it_certificate_issuer = "Trường Đại học Tây Bắc"


# How communes confirmed basic digital skills in the "Bình dân học vụ số" campaign: most on
# the national platform, some in the commune's own class, a few by an assessment.
SKILLS_METHODS = ("platform",) * 6 + ("course",) * 3 + ("assessment",)
CAMPAIGN_START = date(2025, 5, 1)


def _fill_digital_skills(place: Place, person: Staff) -> None:
    """About two officials in three confirmed since the campaign began. A generator of its
    own per official, so the rest of the demo stays as it was before these fields."""
    rng = random.Random(f"digital-skills/{person.full_name}/{person.birth_date}")
    days = (place.today - CAMPAIGN_START).days
    if days <= 0 or rng.random() >= 0.65:
        return
    person.digital_skills = True
    person.digital_skills_date = CAMPAIGN_START + timedelta(days=rng.randrange(days))
    person.digital_skills_method = rng.choice(SKILLS_METHODS)
