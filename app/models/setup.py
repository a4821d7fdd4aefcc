"""Setting a device up for its commune (office laptop) or communes (trainer's laptop)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import new_id
from .device import Device
from .errors import NotSetUpError, ValidationError
from .journal import JournalEntry
from .machine import machine_fingerprint
from .reference import Commune


def normalise_commune_code(text: str) -> str:
    """'3325', '03325' and ' 03325 ' all name the same commune; anything else is refused."""
    code = text.strip()
    if not code.isdigit() or len(code) > 5:
        raise ValidationError("setup.commune_code_invalid", code=text.strip())
    return code.zfill(5)


def find_commune(session: Session, text: str) -> Commune:
    code = normalise_commune_code(text)
    commune = session.get(Commune, code)
    if commune is None:
        raise ValidationError("setup.commune_unknown", code=code)
    return commune


def current_device(session: Session) -> Device | None:
    return session.scalars(select(Device)).one_or_none()


def setup_device(session: Session, communes: list[str], name: str, trainer: bool) -> Device:
    """Create (or, before any record exists, redo) this device's identity and scope."""
    if not communes:
        raise ValidationError("setup.commune_missing")
    if len(communes) > 1 and not trainer:
        raise ValidationError("setup.office_one_commune")
    found = [find_commune(session, c) for c in communes]
    provinces = {c.province_code for c in found}
    if len(provinces) > 1:
        raise ValidationError("setup.one_province")
    name = " ".join(name.split())
    if not name:
        raise ValidationError("setup.device_name_missing")
    device = current_device(session)
    if device is not None and device.communes != [c.code for c in found] and _has_records(session):
        raise ValidationError("setup.other_commune_data")
    if device is None:
        device = Device(id=new_id(), created_at=datetime.now(), clock_wall_ms=0, clock_counter=0)
        session.add(device)
    device.name = name
    device.machine = device.machine or machine_fingerprint()
    device.role = "trainer" if trainer else "office"
    device.province_code = provinces.pop()
    device.communes_json = json.dumps(list(dict.fromkeys(c.code for c in found)))
    return device


def _has_records(session: Session) -> bool:
    return session.scalars(select(JournalEntry.seq).limit(1)).first() is not None


def require_device(session: Session) -> Device:
    """This device, or a plain refusal naming the command that sets it up."""
    device = current_device(session)
    if device is None:
        raise NotSetUpError("device.not_set_up")
    return device

