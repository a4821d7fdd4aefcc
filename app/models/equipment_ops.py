"""Adding, changing and removing one item of equipment, recording a change of status, and
the checks every item must pass.

A status change is history (DESIGN.md): it goes through ``records.change_status`` with
the date and the officer's note, whether it is made from the item's form or from the list,
so the history says why an item is broken, not only that it is. As ``check_staff`` for
officials, ``check_equipment`` is the one set of checks of an item's values, asked by the
form, the import, the demo and ``save_equipment``, the last door before the journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.messages import Message, message

from . import enums, records
from .equipment import Equipment
from .errors import ValidationError
from .staff import Staff
from .staff_ops import blank_to_none, home_commune
from .validation import (
    ORDER,
    FieldRule,
    Problem,
    check_record,
    refuse_if_any,
    text_lengths,
)


def _label(name: str) -> Message:
    return message(f"equipment.field_{name}")


# Every field of an item a writer may set; text limits come from the columns.
EQUIPMENT_RULES: Mapping[str, FieldRule] = text_lengths(Equipment, {
    "category": FieldRule(_label("category"), "enum", choices=enums.EQUIPMENT_CATEGORY,
                          required=True),
    "brand": FieldRule(_label("brand"), "text"),
    "model": FieldRule(_label("model"), "text"),
    "serial": FieldRule(_label("serial"), "text"),
    "asset_tag": FieldRule(_label("asset_tag"), "text"),
    "acquired_date": FieldRule(_label("acquired_date"), "date", past=True),
    "funding_source": FieldRule(_label("funding_source"), "text"),
    "value_vnd": FieldRule(_label("value"), "money"),
    "status": FieldRule(_label("status"), "enum", choices=enums.EQUIPMENT_STATUS,
                        required=True, default="in_use"),
    "holder_id": FieldRule(_label("holder"), "ref"),
    "location": FieldRule(_label("location"), "text"),
    "lan": FieldRule(_label("lan"), "bool", required=True, default=False),
    "internet": FieldRule(_label("internet"), "bool", required=True, default=False),
    "warranty_end": FieldRule(_label("warranty_end"), "date"),
    "last_inventory_check": FieldRule(_label("last_inventory_check"), "date", past=True),
})


def check_equipment(values: Mapping[str, Any], current: Mapping[str, Any] | None = None,
                    today: date | None = None) -> list[Problem]:
    """Every problem of an item's values, each with its field (empty: all is well).

    ``values`` are the fields being written; ``current`` the stored ones of an existing
    item (None for a new one): see ``validation.check_record``. Whether the holder is a
    live official of the commune needs the database: the writer asks that itself."""
    return check_record(EQUIPMENT_RULES, values, current, today, _joined)


def _joined(record: Mapping[str, Any], _today: date, bad: set[str]) -> list[Problem]:
    acquired, warranty = record.get("acquired_date"), record.get("warranty_end")
    if not acquired or not warranty or {"acquired_date", "warranty_end"} & bad:
        return []
    if warranty >= acquired:
        return []
    said = message("equipment.warranty_before_use", warranty=warranty, acquired=acquired)
    return [Problem("warranty_end", ORDER, said, involves=("acquired_date",))]


def equipment_values(item: Equipment) -> dict[str, Any]:
    """An item's stored values of every field ``check_equipment`` judges."""
    return {name: getattr(item, name) for name in EQUIPMENT_RULES}


def save_equipment(session: Session, values: Mapping[str, Any], item_id: str | None = None,
                   status_note: str | None = None) -> str:
    """Create an item (``item_id`` None) in this device's commune, or change one; returns
    its id. A new status on an existing item is recorded with ``status_note``.
    ``RecordRefused`` (a ``ValidationError``) names every problem; nothing is written."""
    clean = {key: blank_to_none(value) for key, value in values.items()}
    commune = home_commune(session)
    holder = clean.get("holder_id")
    if item_id is None:
        refuse_if_any(check_equipment(clean))
        _check_holder(session, holder, commune)
        given = {key: value for key, value in clean.items() if value is not None}
        return records.create(session, Equipment, commune_code=commune, **given).id
    item = _live(session, item_id)
    refuse_if_any(check_equipment(clean, equipment_values(item)))
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
        raise ValidationError("equipment.status_date_future")
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
        raise ValidationError("equipment.holder_not_staff")


def _live(session: Session, item_id: str) -> Equipment:
    item = records.get_live(session, Equipment, item_id)
    if item is None:
        raise ValidationError("record.not_found", what=message("record.what_item"))
    return item
