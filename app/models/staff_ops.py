"""Adding, changing and removing one official, as the window's staff form does it.

The form checks each field and says what is wrong under it; these functions check again,
because they are the last door before the journal: a value the form let through by mistake
is refused here with a plain sentence and nothing is written. Each takes the caller's
session, so ``with store.sessions.begin() as session:`` around one call is one unit of work.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from . import records
from .errors import ValidationError
from .queries import STAFF_FIELDS
from .setup import require_device
from .staff import Staff

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
PHONE = re.compile(r"\+?\d{9,12}")


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


def check_staff(values: Mapping[str, Any], today: date | None = None) -> None:
    """Refuse values no official can have; the first problem is the message."""
    today = today or date.today()
    unknown = set(values) - set(STAFF_FIELDS)
    if unknown:
        raise ValidationError(f"Trường không sửa được: {', '.join(sorted(unknown))}.")
    if "full_name" in values and not (values["full_name"] or "").strip():
        raise ValidationError("Họ và tên không được để trống.")
    for name in ("birth_date", "it_certificate_date", "service_start"):
        if (values.get(name) or today) > today:
            raise ValidationError("Ngày sinh, ngày cấp chứng chỉ và ngày bắt đầu công tác "
                                  "không được ở tương lai.")
    start, end = values.get("service_start"), values.get("service_end")
    if start and end and end < start:
        raise ValidationError("Ngày thôi công tác phải sau ngày bắt đầu công tác.")
    phone = values.get("phone")
    if phone and not PHONE.fullmatch(phone_digits(phone)):
        raise ValidationError(f"Số điện thoại «{phone}» không hợp lệ.")
    email = values.get("email")
    if email and not EMAIL.fullmatch(email):
        raise ValidationError(f"Địa chỉ thư điện tử «{email}» không hợp lệ.")


def save_staff(session: Session, values: Mapping[str, Any], staff_id: str | None = None
               ) -> str:
    """Create an official (``staff_id`` None) in this device's commune, or change one;
    returns the id. Only the given fields change; unchanged values journal nothing."""
    check_staff(values)
    clean = {key: blank_to_none(value) for key, value in values.items()}
    if staff_id is None:
        given = {key: value for key, value in clean.items() if value is not None}
        person = records.create(session, Staff, commune_code=home_commune(session), **given)
        return person.id
    person = _live(session, staff_id)
    home_commune(session)
    records.update(person, **clean)
    return person.id


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
