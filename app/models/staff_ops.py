"""Adding, changing and removing one official, and the checks every official must pass.

``check_staff`` is the one set of checks of an official's values, whatever writes them:
the window's staff form asks it to show each problem beside its field, the import to name
each bad row and column, the demo and ``save_staff`` before anything is written (the last
door before the journal). Each function here takes the caller's session, so ``with
store.sessions.begin() as session:`` around one call is one unit of work.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from app.messages import Message, message

from . import enums, records
from .errors import ValidationError
from .setup import require_device
from .staff import Staff
from .validation import (
    AGE,
    DEPENDS,
    EMAIL_FORMAT,
    ORDER,
    PHONE_FORMAT,
    FieldRule,
    Problem,
    check_record,
    refuse_if_any,
    text_lengths,
)
from .vntext import load_ethnic_groups

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
PHONE = re.compile(r"\+?\d{9,12}")
_PHONE_MARKS = re.compile(r"[\s.\-()]")  # what people type between a number's digits
MIN_AGE, MAX_AGE = 16, 80  # a birth date outside this working age is a typing mistake


@cache
def _ethnic_codes() -> frozenset[str]:
    return frozenset(code for code, _name, _variants in load_ethnic_groups())


def _label(name: str) -> Message:
    return message(f"staff.field_{name}")


def _text(name: str) -> FieldRule:
    return FieldRule(_label(name), "text")


def _day(name: str, past: bool = True) -> FieldRule:
    return FieldRule(_label(name), "date", past=past)


def _enum(name: str, labels: Any, default: str | None = None) -> FieldRule:
    return FieldRule(_label(name), "enum", choices=labels, required=default is not None,
                     default=default)


# Every field of an official a writer may set (the form's, and the import's history of a
# former district and commune); text limits come from the columns.
STAFF_RULES: Mapping[str, FieldRule] = text_lengths(Staff, {
    "full_name": FieldRule(_label("full_name"), "text", required=True),
    "gender": _enum("gender", enums.GENDER),
    "birth_date": _day("birth_date"),
    "ethnicity_code": FieldRule(_label("ethnicity"), "enum", choices=_ethnic_codes),
    "unit": _enum("unit", enums.UNIT),
    "position": _text("position"),
    "legacy_title": _enum("legacy_title", enums.LEGACY_TITLE),
    "general_education": _text("general_education"),
    "professional_level": _enum("professional_level", enums.PROFESSIONAL_LEVEL, "none"),
    "professional_field": _text("professional_field"),
    "political_theory_level": _enum("political_theory", enums.POLITICAL_THEORY),
    "state_management_level": _enum("state_management", enums.STATE_MANAGEMENT),
    "it_certificate": _enum("it_certificate", enums.IT_CERTIFICATE, "none"),
    "it_certificate_date": _day("it_certificate_date"),
    "it_certificate_issuer": _text("it_certificate_issuer"),
    "minority_languages": _text("minority_languages"),
    "uses_official_email": FieldRule(_label("official_email"), "bool", required=True,
                                     default=False),
    "phone": _text("phone"),
    "email": _text("email"),
    "service_start": _day("service_start"),
    "service_end": _day("service_end", past=False),
    "former_district": _text("former_district"),
    "former_commune": _text("former_commune"),
    "digital_skills": FieldRule(message("skills.field_confirmed"), "bool", required=True,
                                default=False),
    "digital_skills_date": FieldRule(message("skills.field_date"), "date", past=True),
    "digital_skills_method": FieldRule(message("skills.field_method"), "enum",
                                       choices=enums.DIGITAL_SKILLS_METHOD),
})


def check_staff(values: Mapping[str, Any], current: Mapping[str, Any] | None = None,
                today: date | None = None) -> list[Problem]:
    """Every problem of an official's values, each with its field (empty: all is well).

    ``values`` are the fields being written; ``current`` the stored ones of an existing
    official (None for a new one): see ``validation.check_record``."""
    return check_record(STAFF_RULES, values, current, today, _joined)


def _joined(record: Mapping[str, Any], today: date, bad: set[str]) -> list[Problem]:
    """The rules that read a format or join two fields, on fields not already bad."""
    found = []
    phone, email = record.get("phone"), record.get("email")
    if phone and "phone" not in bad and not PHONE.fullmatch(phone_digits(phone)):
        found.append(Problem("phone", PHONE_FORMAT,
                             message("staff.phone_invalid", phone=phone)))
    if email and "email" not in bad and not EMAIL.fullmatch(email.strip()):
        found.append(Problem("email", EMAIL_FORMAT,
                             message("staff.email_invalid", email=email)))
    start, end = record.get("service_start"), record.get("service_end")
    if start and end and not {"service_start", "service_end"} & bad and end < start:
        found.append(Problem("service_end", ORDER, message(
            "staff.service_end_before_start", end=end, start=start),
            involves=("service_start",)))
    if record.get("birth_date") and not {"birth_date", "service_end"} & bad:
        found += _age_problem(record["birth_date"], end, today)
    return found + _skills_problems(record, bad)


def _skills_problems(record: Mapping[str, Any], bad: set[str]) -> list[Problem]:
    """A date or a way of confirming says the skills were confirmed: without the mark, the
    record contradicts itself (and the province would count the official as not confirmed)."""
    if record.get("digital_skills") or "digital_skills" in bad:
        return []
    found = []
    if record.get("digital_skills_date") is not None and "digital_skills_date" not in bad:
        found.append(Problem("digital_skills_date", DEPENDS, message(
            "skills.date_unconfirmed", date=record["digital_skills_date"]),
            involves=("digital_skills",)))
    if record.get("digital_skills_method") is not None and "digital_skills_method" not in bad:
        found.append(Problem("digital_skills_method", DEPENDS,
                             message("skills.method_unconfirmed"), involves=("digital_skills",)))
    return found


def _age_problem(born: date, end: date | None, today: date) -> list[Problem]:
    """A working age today; a former official may since have grown older than that."""
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    in_service = end is None or end > today
    if age >= MIN_AGE and (age <= MAX_AGE or not in_service):
        return []
    said = message("staff.age_outside_working", born=born, age=age, youngest=MIN_AGE,
                   oldest=MAX_AGE)
    return [Problem("birth_date", AGE, said, {"age": age}, involves=("service_end",))]


def home_commune(session: Session) -> str:
    """The commune whose register this device writes; a trainer's laptop writes none."""
    device = require_device(session)
    if device.role != "office":
        raise ValidationError("scope.trainer_register")
    return device.communes[0]


def phone_digits(text: str) -> str:
    """A phone number as typed ("0912 345 678", "0912.345.678") reduced to its digits."""
    return _PHONE_MARKS.sub("", text)


def save_staff(session: Session, values: Mapping[str, Any], staff_id: str | None = None
               ) -> str:
    """Create an official (``staff_id`` None) in this device's commune, or change one;
    returns the id. Only the given fields change; unchanged values journal nothing.
    ``RecordRefused`` (a ``ValidationError``) names every problem; nothing is written."""
    clean = {key: blank_to_none(value) for key, value in values.items()}
    if staff_id is None:
        refuse_if_any(check_staff(clean))
        given = {key: value for key, value in clean.items() if value is not None}
        person = records.create(session, Staff, commune_code=home_commune(session), **given)
        return person.id
    person = _live(session, staff_id)
    home_commune(session)
    refuse_if_any(check_staff(clean, staff_values(person)))
    records.update(person, **clean)
    return person.id


def staff_values(person: Staff) -> dict[str, Any]:
    """An official's stored values of every field ``check_staff`` judges."""
    return {name: getattr(person, name) for name in STAFF_RULES}


def delete_staff(session: Session, staff_id: str) -> None:
    """Mark the official deleted (the tombstone travels; the record is never erased here)."""
    home_commune(session)
    records.soft_delete(_live(session, staff_id))


def _live(session: Session, staff_id: str) -> Staff:
    person = records.get_live(session, Staff, staff_id)
    if person is None:
        raise ValidationError("record.not_found", what=message("record.what_official"))
    return person


def blank_to_none(value: Any) -> Any:
    """A form's empty text field means "not known", stored as NULL, never as ''."""
    if isinstance(value, str):
        return value.strip() or None
    return value
