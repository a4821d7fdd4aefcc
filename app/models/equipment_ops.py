"""Adding, changing and removing one item of equipment, and recording a change of status.

A status change is history (DESIGN.md): it goes through ``records.change_status`` with
the date and the officer's note, whether it is made from the item's form or from the list,
so the history says why an item is broken, not only that it is. As in ``staff_ops`` the
values are checked once more here, the last door before the journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from . import records
from .equipment import Equipment
from .errors import ValidationError
from .queries import EQUIPMENT_FIELDS
from .staff import Staff
from .staff_ops import blank_to_none, home_commune


def check_equipment(values: Mapping[str, Any], today: date | None = None) -> None:
    """Refuse values no item can have; the first problem is the message."""
    today = today or date.today()
    unknown = set(values) - set(EQUIPMENT_FIELDS)
    if unknown:
        raise ValidationError(f"Trường không sửa được: {', '.join(sorted(unknown))}.")
    if "category" in values and not values["category"]:
        raise ValidationError("Cần chọn loại thiết bị.")
    value = values.get("value_vnd")
    if value is not None and value < 0:
        raise ValidationError("Giá trị thiết bị không được âm.")
    acquired = values.get("acquired_date")
    if acquired and acquired > today:
        raise ValidationError("Ngày đưa vào sử dụng không được ở tương lai.")
    warranty = values.get("warranty_end")
    if acquired and warranty and warranty < acquired:
        raise ValidationError("Ngày hết bảo hành phải sau ngày đưa vào sử dụng.")


def save_equipment(session: Session, values: Mapping[str, Any], item_id: str | None = None,
                   status_note: str | None = None) -> str:
    """Create an item (``item_id`` None) in this device's commune, or change one; returns
    its id. A new status on an existing item is recorded with ``status_note``."""
    check_equipment(values)
    commune = home_commune(session)
    clean = {key: blank_to_none(value) for key, value in values.items()}
    holder = clean.get("holder_id")
    if item_id is None:
        _check_holder(session, holder, commune)
        given = {key: value for key, value in clean.items() if value is not None}
        return records.create(session, Equipment, commune_code=commune, **given).id
    item = _live(session, item_id)
    if holder != item.holder_id:
        _check_holder(session, holder, commune)
    status = clean.pop("status", None)
    if status:
        records.change_status(session, item, status, note=status_note or None)
    records.update(item, **clean)
    return item.id


def set_status(session: Session, item_id: str, status: str, on: date | None = None,
               note: str | None = None) -> None:
    """Record a new status for an item, dated ``on`` (today by default), with a note."""
    home_commune(session)
    if on is not None and on > date.today():
        raise ValidationError("Ngày đổi tình trạng không được ở tương lai.")
    item = _live(session, item_id)
    records.change_status(session, item, status, on=on, note=(note or "").strip() or None)


def delete_equipment(session: Session, item_id: str) -> None:
    """Mark the item deleted (the tombstone travels; the record is never erased here)."""
    home_commune(session)
    records.soft_delete(_live(session, item_id))


def _check_holder(session: Session, holder_id: str | None, commune: str) -> None:
    if holder_id is None:
        return
    person = records.get_live(session, Staff, holder_id)
    if person is None or person.commune_code != commune:
        raise ValidationError("Người sử dụng phải là cán bộ đang làm việc của xã.")


def _live(session: Session, item_id: str) -> Equipment:
    item = records.get_live(session, Equipment, item_id)
    if item is None:
        raise ValidationError("Không tìm thấy thiết bị này; có thể đã bị xóa trên máy khác.")
    return item
