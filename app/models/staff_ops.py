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

from . import enums, records
from .errors import ValidationError
from .setup import require_device
from .staff import Staff
from .validation import (
    AGE,
    EMAIL_FORMAT,
    ORDER,
    PHONE_FORMAT,
    FieldRule,
    Problem,
    check_record,
    day_text,
    refuse_if_any,
    text_lengths,
)
from .vntext import load_ethnic_groups

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
PHONE = re.compile(r"\+?\d{9,12}")
MIN_AGE, MAX_AGE = 16, 80  # a birth date outside this working age is a typing mistake


@cache
def _ethnic_codes() -> frozenset[str]:
    return frozenset(code for code, _name, _variants in load_ethnic_groups())


def _text(label: str) -> FieldRule:
    return FieldRule(label, "text")


def _day(label: str, past: bool = True) -> FieldRule:
    return FieldRule(label, "date", past=past)


def _enum(label: str, labels: Any, default: str | None = None) -> FieldRule:
    return FieldRule(label, "enum", choices=labels, required=default is not None,
                     default=default)


# Every field of an official a writer may set (the form's, and the import's history of a
# former district and commune); text limits come from the columns.
STAFF_RULES: Mapping[str, FieldRule] = text_lengths(Staff, {
    "full_name": FieldRule("Họ và tên", "text", required=True),
    "gender": _enum("Giới tính", enums.GENDER),
    "birth_date": _day("Ngày sinh"),
    "ethnicity_code": FieldRule("Dân tộc", "enum", choices=_ethnic_codes),
    "unit": _enum("Đơn vị", enums.UNIT),
    "position": _text("Chức vụ, vị trí việc làm"),
    "legacy_title": _enum("Chức danh cũ", enums.LEGACY_TITLE),
    "general_education": _text("Trình độ giáo dục phổ thông"),
    "professional_level": _enum("Trình độ chuyên môn", enums.PROFESSIONAL_LEVEL, "none"),
    "professional_field": _text("Chuyên ngành đào tạo"),
    "political_theory_level": _enum("Trình độ lý luận chính trị", enums.POLITICAL_THEORY),
    "state_management_level": _enum("Trình độ quản lý nhà nước", enums.STATE_MANAGEMENT),
    "it_certificate": _enum("Chứng chỉ tin học", enums.IT_CERTIFICATE, "none"),
    "it_certificate_date": _day("Ngày cấp chứng chỉ tin học"),
    "it_certificate_issuer": _text("Nơi cấp chứng chỉ tin học"),
    "minority_languages": _text("Tiếng dân tộc thiểu số"),
    "uses_official_email": FieldRule("Dùng thư điện tử công vụ", "bool", required=True,
                                     default=False),
    "phone": _text("Số điện thoại"),
    "email": _text("Thư điện tử"),
    "service_start": _day("Ngày bắt đầu công tác"),
    "service_end": _day("Ngày thôi công tác", past=False),
    "former_district": _text("Huyện trước đây"),
    "former_commune": _text("Xã trước đây"),
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
        found.append(Problem("phone", PHONE_FORMAT, f"Số điện thoại “{phone}” không hợp lệ: "
                             "cần 9 đến 12 chữ số, ví dụ 0912 345 678."))
    if email and "email" not in bad and not EMAIL.fullmatch(email.strip()):
        found.append(Problem("email", EMAIL_FORMAT, f"Địa chỉ thư điện tử “{email}” không hợp "
                             "lệ, ví dụ ten@dienbien.gov.vn."))
    start, end = record.get("service_start"), record.get("service_end")
    if start and end and not {"service_start", "service_end"} & bad and end < start:
        found.append(Problem("service_end", ORDER, f"Ngày thôi công tác ({day_text(end)}) "
                             f"phải sau ngày bắt đầu công tác ({day_text(start)}).",
                             involves=("service_start",)))
    if record.get("birth_date") and not {"birth_date", "service_end"} & bad:
        found += _age_problem(record["birth_date"], end, today)
    return found


def _age_problem(born: date, end: date | None, today: date) -> list[Problem]:
    """A working age today; a former official may since have grown older than that."""
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    in_service = end is None or end > today
    if age >= MIN_AGE and (age <= MAX_AGE or not in_service):
        return []
    return [Problem("birth_date", AGE, f"Kiểm tra lại ngày sinh ({day_text(born)}): cán bộ "
                    f"sẽ {age} tuổi, ngoài tuổi làm việc ({MIN_AGE}–{MAX_AGE}).",
                    {"age": age}, involves=("service_end",))]


def home_commune(session: Session) -> str:
    """The commune whose register this device writes; a trainer's laptop writes none."""
    device = require_device(session)
    if device.role != "office":
        raise ValidationError(
            "Máy giảng viên chỉ ghi dữ liệu đào tạo; hồ sơ cán bộ và thiết bị do máy văn "
            "phòng xã cập nhật."
        )
    return device.communes[0]


def phone_digits(text: str) -> str:
    """A phone number as typed ("0912 345 678", "0912.345.678") reduced to its digits."""
    return re.sub(r"[\s.\-()]", "", text)


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
        raise ValidationError("Không tìm thấy cán bộ này; có thể đã bị xóa trên máy khác.")
    return person


def blank_to_none(value: Any) -> Any:
    """A form's empty text field means "not known", stored as NULL, never as ''."""
    if isinstance(value, str):
        return value.strip() or None
    return value
