"""The commune's officials: the list, the form's data, and adding, changing, deleting one.

The checks and the journal are ``app.models.staff_ops``'s (the same an import gets); this
module makes each of them one unit of work, so a refused save leaves nothing written.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.models import staff_ops
from app.models.erasure import Erased
from app.models.queries import (
    EthnicChoice,
    StaffRow,
    ethnic_groups,
    register_editable,
    staff_details,
    staff_rows,
)
from app.models.store import Store

from .commune import Listing


@dataclass(frozen=True)
class StaffFormData:
    """What the form of one official needs: its stored values and the ethnic groups."""

    values: dict[str, Any] | None  # None: a new official
    groups: list[EthnicChoice]


def list_staff(store: Store, commune_codes: Sequence[str]) -> Listing[StaffRow]:
    """The officials of the communes, and whether this device may change them."""
    with store.sessions() as session:
        return Listing(staff_rows(session, commune_codes), register_editable(session))


def staff_form(store: Store, staff_id: str | None) -> StaffFormData | None:
    """The form's data for an official (``staff_id``) or a new one (None); None when the
    official is gone meanwhile (another device's deletion arrived)."""
    with store.sessions() as session:
        values = staff_details(session, staff_id) if staff_id else None
        if staff_id and values is None:
            return None
        return StaffFormData(values, ethnic_groups(session))


def save_staff(store: Store, values: Mapping[str, Any], staff_id: str | None = None) -> str:
    """Add an official (``staff_id`` None) or change one; the id. All or nothing."""
    with store.sessions.begin() as session:
        return staff_ops.save_staff(session, values, staff_id)


def delete_staff(store: Store, staff_id: str) -> None:
    """Delete an official (kept as a tombstone that travels to the province)."""
    with store.sessions.begin() as session:
        staff_ops.delete_staff(session, staff_id)


def erase_staff(store: Store, staff_id: str) -> Erased:
    """Erase an official who left service (administrators): the personal fields, their
    history on this copy, and every trace of them in the raw file and its WAL; logged."""
    from app.models.erasure import erase_staff as erase
    from app.models.erasure import wipe

    from .accounts import require
    from .audit import record_event

    require(store.signed_in, "administrator")
    with store.sessions.begin() as session:
        erased = erase(session, staff_id)
    record_event(store, "erasure", record_id=staff_id, fields=len(erased.fields))
    wipe(store.engine)
    return erased
