"""What this device may read and write, and the officials an import may refer to.

An office laptop reads and writes its own commune and reads the province; a trainer's
laptop reads its communes' staff and writes only training records, in those communes and
in the province partition (DESIGN.md, "Partitions and scopes"). Import applies the same
rule the server applies, so a file is refused here rather than by the province later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import message
from app.models import Device, Staff, commune_partition, setup
from app.models.errors import NotSetUpError
from app.models.scope import write_partitions
from app.models.vntext import search_key

from .errors import ImportFileError


class NotFound(LookupError):
    """No one person answers a reference in a file; ``message`` says why."""

    def __init__(self, code: str, /, **values: Any) -> None:
        self.message = message(code, **values)
        super().__init__(code)


def require_device(session: Session) -> Device:
    try:
        return setup.require_device(session)
    except NotSetUpError as exc:
        raise ImportFileError(exc.message) from exc


def register_communes(device: Device) -> list[str]:
    """Communes whose staff and equipment this device may write (none for a trainer)."""
    return [device.communes[0]] if device.role == "office" else []


def training_partitions(device: Device) -> frozenset[str]:
    """Partitions in which this device may write courses, sessions, enrolments and marks."""
    return write_partitions(device.role, device.province_code, device.communes)


def read_partitions(device: Device) -> set[str]:
    return {commune_partition(code) for code in device.communes} | {device.province_partition}


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    commune_code: str
    partition: str


class StaffDirectory:
    """The live officials of the device's communes, loaded with one query."""

    def __init__(self, session: Session, communes: Iterable[str]) -> None:
        rows = session.execute(
            select(Staff.id, Staff.full_name, Staff.commune_code, Staff.partition).where(
                Staff.commune_code.in_(list(communes)), Staff.deleted.is_(False)
            )
        )
        self.by_id = {row.id: Person(*row) for row in rows}
        self._by_name: dict[str, list[Person]] | None = None

    def get(self, staff_id: str) -> Person | None:
        return self.by_id.get(staff_id)

    def by_name(self, name: str) -> list[Person]:
        if self._by_name is None:
            self._by_name = {}
            for person in self.by_id.values():
                self._by_name.setdefault(search_key(person.full_name), []).append(person)
        return self._by_name.get(search_key(name), [])

    def resolve_name(self, name: str) -> Person:
        """The one official with this name; ``NotFound`` saying why if there is none."""
        found = self.by_name(name)
        if not found:
            raise NotFound("import.staff_name_unknown", name=name)
        if len(found) > 1:
            raise NotFound("import.staff_name_ambiguous", count=len(found), name=name)
        return found[0]
