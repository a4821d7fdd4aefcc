"""A participant's result and certificate number, and what they may mean for an official's
IT certificate.

``check_result`` is the one set of checks of those two fields, whatever writes them: the
window's results dialog (to show each problem beside its row), the attendance import (to
name the row and column) and ``set_results`` (the last door before the journal). A
certificate number belongs to a pass: a failed or unmarked participant holds none.

A course whose certificate is an IT-application standard of Thông tư 03/2014/TT-BTTTT
makes a passed official with a certificate number certified, but the register is the
official's record, kept by the commune office: nothing here changes it unasked.
``certificate_offers`` lists the officials whose record a course would raise, for the window
to ask about and the import to count in a note; ``update_certificates`` writes the ones
the officer chose, through ``save_staff`` and so through the register's own checks.
A course marked as a basic digital skills course (``Course.digital_skills``) is asked
about the same way: ``skills_offers`` lists the passed officials whose basic digital skills
are not confirmed yet, ``confirm_skills`` confirms the chosen ones (dated the course's end,
"course" as the way).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import message

from . import enums, records
from .errors import ValidationError
from .scope import write_partitions
from .setup import require_device
from .staff import Staff
from .staff_ops import save_staff
from .training import Course, Enrollment
from .validation import DEPENDS, FieldRule, Problem, check_record, refuse_if_any, text_lengths
from .vntext import person_sort_key, search_key

# The certificates a course may give today (the legacy A/B/C are no longer issued, and a
# degree is not a course's).
COURSE_CERTIFICATES = ("basic", "advanced")
# How much a certificate says: a course never replaces an equal or a higher one.
_RANK = {"none": 0, "a": 1, "b": 1, "c": 1, "basic": 1, "advanced": 2, "degree": 3}
_IT_WORDS = ("cntt", "cong nghe thong tin", "tin hoc")

RESULT_RULES: Mapping[str, FieldRule] = text_lengths(Enrollment, {
    "result": FieldRule(message("training.field_result"), "enum",
                        choices=enums.TRAINING_RESULT),
    "certificate_no": FieldRule(message("training.field_certificate_no"), "text"),
})


@dataclass(frozen=True)
class ResultValues:
    """What the officer gives one enrolled person: a result (None: not yet known) and a
    certificate number (None: none)."""

    enrolment_id: str
    result: str | None
    certificate_no: str | None


@dataclass(frozen=True)
class CertificateOffer:
    """An official whose IT certificate the course would raise: from ``current`` to
    ``certificate``, dated ``on`` and issued by ``issuer`` (the course's organiser)."""

    staff_id: str
    name: str
    current: str
    certificate: str
    certificate_no: str
    on: date
    issuer: str | None


def check_result(values: Mapping[str, Any], current: Mapping[str, Any] | None = None,
                 today: date | None = None) -> list[Problem]:
    """Every problem of a participant's result and certificate number (empty: all is
    well); ``current`` the stored ones of an existing enrolment (``check_record``)."""
    return check_record(RESULT_RULES, values, current, today, _joined)


def _joined(record: Mapping[str, Any], _today: date, bad: set[str]) -> list[Problem]:
    number = record.get("certificate_no")
    if not number or not str(number).strip() or {"result", "certificate_no"} & bad:
        return []
    if record.get("result") == "passed":
        return []
    return [Problem("certificate_no", DEPENDS, message("training.certificate_without_pass"),
                    involves=("result",))]


def result_values(enrolment: Enrollment) -> dict[str, Any]:
    return {"result": enrolment.result, "certificate_no": enrolment.certificate_no}


def set_results(session: Session, changes: Sequence[ResultValues]) -> None:
    """Write the results of several people of a course: all of them, or none
    (``RecordRefused`` names each person's problem)."""
    device = require_device(session)
    writes = write_partitions(device.role, device.province_code, device.communes)
    problems: list[Problem] = []
    planned = []
    for change in changes:
        enrolment = records.get_live(session, Enrollment, change.enrolment_id)
        if enrolment is None:
            raise ValidationError("record.not_found", what=message("record.what_enrolment"))
        values = {"result": change.result, "certificate_no": _clean(change.certificate_no)}
        name = _name_of(enrolment)
        if enrolment.partition not in writes:
            raise ValidationError("training.result_out_of_scope", name=name)
        problems += [Problem(p.field, p.code, message("training.result_problem_of", name=name,
                                                      problem=p.message), p.params, p.involves)
                     for p in check_result(values, result_values(enrolment))]
        planned.append((enrolment, values))
    refuse_if_any(problems)
    for enrolment, values in planned:
        records.update(enrolment, **values)


def _clean(text: str | None) -> str | None:
    """A number as typed, its spaces tidied; blank means none."""
    return (" ".join(text.split()) or None) if text else None


def _name_of(enrolment: Enrollment) -> str:
    if enrolment.staff is not None:
        return enrolment.staff.full_name
    return enrolment.participant_name or ""


def certificate_outcome(title: str, topic: str | None = None) -> str | None:
    """The IT certificate a course seems to give, from its title and topic (the window lets
    the officer choose another): None unless they name IT and a standard's level."""
    key = search_key(f"{title} {topic or ''}")
    if not any(word in key for word in _IT_WORDS):
        return None
    if "nang cao" in key:
        return "advanced"
    return "basic" if "co ban" in key else None


def raises(current: str | None, certificate: str) -> bool:
    """Whether ``certificate`` says more than what the official holds."""
    return _RANK.get(certificate, 0) > _RANK.get(current or "none", 0)


def certificate_offers(session: Session, course_id: str, certificate: str | None,
                       today: date | None = None) -> list[CertificateOffer]:
    """The officials who passed the course with a certificate number and whose register
    holds a lesser IT certificate than ``certificate``; none on a trainer's laptop, which
    does not write the register, and none for a course that gives no IT certificate."""
    course = records.get_live(session, Course, course_id)
    device = require_device(session)
    if certificate not in COURSE_CERTIFICATES or course is None or device.role != "office":
        return []
    writes = write_partitions(device.role, device.province_code, device.communes)
    on = min(course.end_date or course.start_date, today or date.today())
    query = (select(Staff, Enrollment.certificate_no)
             .join(Enrollment, Enrollment.staff_id == Staff.id)
             .where(Enrollment.course_id == course_id, Enrollment.deleted.is_(False),
                    Enrollment.result == "passed", Enrollment.certificate_no.is_not(None),
                    Staff.deleted.is_(False), Staff.partition.in_(writes)))
    return sorted((CertificateOffer(staff.id, staff.full_name, staff.it_certificate,
                                    certificate, number, on, course.organiser)
                   for staff, number in session.execute(query)
                   if raises(staff.it_certificate, certificate)),
                  key=lambda offer: (person_sort_key(offer.name), offer.staff_id))


def update_certificates(session: Session, course_id: str, certificate: str,
                        staff_ids: Collection[str], today: date | None = None) -> int:
    """Raise the IT certificate of the chosen officials among the course's offers (read
    again here, so a choice made before another change is not applied blindly); how many
    records changed."""
    chosen = set(staff_ids)
    offers = [o for o in certificate_offers(session, course_id, certificate, today)
              if o.staff_id in chosen]
    for offer in offers:
        save_staff(session, {"it_certificate": offer.certificate,
                             "it_certificate_date": offer.on,
                             "it_certificate_issuer": offer.issuer}, offer.staff_id)
    return len(offers)


@dataclass(frozen=True)
class SkillsOffer:
    """An official who passed a basic digital skills course whose record does not show
    those skills confirmed yet; confirming them would date them ``on``."""

    staff_id: str
    name: str
    on: date


def skills_offers(session: Session, course_id: str, today: date | None = None
                  ) -> list[SkillsOffer]:
    """The course's passed officials whose basic digital skills are not confirmed; none for
    a course not marked as a digital skills course, and none on a trainer's laptop, which
    does not write the register."""
    course = records.get_live(session, Course, course_id)
    device = require_device(session)
    if course is None or not course.digital_skills or device.role != "office":
        return []
    writes = write_partitions(device.role, device.province_code, device.communes)
    on = min(course.end_date or course.start_date, today or date.today())
    query = (select(Staff)
             .join(Enrollment, Enrollment.staff_id == Staff.id)
             .where(Enrollment.course_id == course_id, Enrollment.deleted.is_(False),
                    Enrollment.result == "passed", Staff.deleted.is_(False),
                    Staff.digital_skills.is_(False), Staff.partition.in_(writes)))
    return sorted((SkillsOffer(staff.id, staff.full_name, on)
                   for staff in session.scalars(query)),
                  key=lambda offer: (person_sort_key(offer.name), offer.staff_id))


def confirm_skills(session: Session, course_id: str, staff_ids: Collection[str],
                   today: date | None = None) -> int:
    """Confirm the basic digital skills of the chosen officials among the course's offers
    (read again here, as ``update_certificates`` does); how many records changed."""
    chosen = set(staff_ids)
    offers = [o for o in skills_offers(session, course_id, today) if o.staff_id in chosen]
    for offer in offers:
        save_staff(session, {"digital_skills": True, "digital_skills_date": offer.on,
                             "digital_skills_method": "course"}, offer.staff_id)
    return len(offers)
