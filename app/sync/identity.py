"""This device's sync identity: its keys, and the machine they belong to.

Keys are made on first use and kept in the local database. The database also remembers the
machine it was made on; a database file copied or restored onto another laptop would
otherwise go on signing as the old device, so there it becomes a new device (new id, new
keys, no enrolment) that the province must enrol again. Its records and unsent changes
stay; only who it is changes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import Device
from app.models.base import new_id
from app.models.setup import require_device

from .keys import DeviceKeys

log = logging.getLogger(__name__)
MACHINE_ENV = "COMMUNE_IT_MACHINE_ID"  # tests give each simulated laptop its own


def machine_fingerprint() -> str:
    """A stable id of this computer (not secret; hashed so nothing about it leaks)."""
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


@dataclass(frozen=True)
class Identity:
    device_id: str
    keys: DeviceKeys
    renewed: bool  # True when a copied database was just made a new device


def ensure_identity(session: Session) -> Identity:
    """This device's id and keys, making or renewing them as needed (in the session)."""
    device = require_device(session)
    machine = machine_fingerprint()
    renewed = False
    if device.keys and device.machine and device.machine != machine:
        _become_new_device(device)
        renewed = True
    if not device.keys:
        device.keys = DeviceKeys.generate().to_text()
        device.machine = machine
    return Identity(device.id, DeviceKeys.from_text(device.keys), renewed)


def _become_new_device(device: Device) -> None:
    log.warning("database copied from another machine: device %s becomes a new device",
                device.id)
    device.previous_id = device.id
    device.id = new_id()
    device.keys = device.machine = None
    device.enrolment_id = device.enrolment_code = device.province_keys = None
    device.enrolled_at = device.confirmed_at = None
