"""The commune's equipment: the list, the form's data, saving, deleting, changing status.

The checks, the holder rule and the status history are ``app.models.equipment_ops``'s;
each function here is one unit of work around them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.models import equipment_ops
from app.models.queries import (
    EquipmentRow,
    StaffChoice,
    StatusEventRow,
    equipment_details,
    equipment_rows,
    register_editable,
    staff_choices,
    status_history,
)
from app.models.store import Store

from .commune import Listing


@dataclass(frozen=True)
class EquipmentFormData:
    """What the form of one item needs: its values, its status history, the officials it
    may be handed to."""

    values: dict[str, Any] | None  # None: a new item
    history: list[StatusEventRow]
    staff: list[StaffChoice]


def list_equipment(store: Store, commune_codes: Sequence[str]) -> Listing[EquipmentRow]:
    """The items of the communes, and whether this device may change them."""
    with store.sessions() as session:
        return Listing(equipment_rows(session, commune_codes), register_editable(session))


def equipment_form(store: Store, item_id: str | None,
                   commune_codes: Sequence[str]) -> EquipmentFormData | None:
    """The form's data for an item (``item_id``) or a new one (None); None when the item
    is gone meanwhile."""
    with store.sessions() as session:
        values = equipment_details(session, item_id) if item_id else None
        if item_id and values is None:
            return None
        history = status_history(session, item_id) if item_id else []
        return EquipmentFormData(values, history, staff_choices(session, commune_codes))


def save_equipment(store: Store, values: Mapping[str, Any], item_id: str | None = None,
                   status_note: str | None = None) -> str:
    """Add an item or change one (a new status goes into its history with the note)."""
    with store.sessions.begin() as session:
        return equipment_ops.save_equipment(session, values, item_id, status_note)


def delete_equipment(store: Store, item_id: str) -> None:
    """Delete an item (kept as a tombstone that travels to the province)."""
    with store.sessions.begin() as session:
        equipment_ops.delete_equipment(session, item_id)


def change_status(store: Store, item_id: str, status: str, on: date | None = None,
                  note: str | None = None) -> None:
    """What an officer does when the printer breaks: a new status, since ``on``."""
    with store.sessions.begin() as session:
        equipment_ops.set_status(session, item_id, status, on, note)
