"""The computer a database belongs to, so that a copied database is not mistaken for it.

A laptop's database remembers the machine it was set up on. Opened on another machine
(a copy, a restore onto a new laptop), it becomes a new device at once — new id, no keys,
no enrolment — before it can write anything, so its changes never pass as the original
device's. Its records stay; the province must enrol it again. A copy made on the same
machine is caught by the store's own identity instead (``instance.py``). The changes it
holds that the province has not acknowledged were made under the old id; the sync layer
makes them the new device's before it sends anything (app/sync/identity.py), so that a
restore onto a new laptop loses nothing the lost one never sent.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import new_id
from .device import Device

log = logging.getLogger(__name__)
MACHINE_ENV = "COMMUNE_IT_MACHINE_ID"  # tests give each simulated laptop its own


def machine_fingerprint() -> str:
    """A stable id of this computer (hashed: nothing about the machine leaks)."""
    raw = os.environ.get(MACHINE_ENV) or _os_machine_id() or f"node-{uuid.getnode():012x}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


def _os_machine_id() -> str | None:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(path).read_text().strip()
        except OSError:
            continue
        if text:
            return text
    if platform.system() == "Windows":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE,
                                r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            return None
    return None


def renew_if_copied(session: Session) -> bool:
    """Make this database a new device if it was set up on another machine; True if so."""
    device = session.scalars(select(Device)).one_or_none()
    if device is None or device.role == "province":
        return False  # the province's server keeps its identity wherever it is restored
    machine = machine_fingerprint()
    if device.machine is None:
        device.machine = machine
        return False
    if device.machine == machine:
        return False
    log.warning("database set up on another machine: device %s becomes a new device",
                device.id)
    become_new_device(device, machine)
    return True


def become_new_device(device: Device, machine: str) -> None:
    """Forget who this device was (``previous_id`` remembers it): a new id, no keys, no
    enrolment, so nothing it writes from now on can pass as the original's."""
    device.previous_id = device.id
    device.id = new_id()
    device.machine = machine
    device.keys = None
    device.enrolment_id = device.enrolment_code = device.province_keys = None
    device.enrolled_at = device.confirmed_at = None
