"""This device's sync identity: its keys (made on first use), renewed with the device when
the database turns out to be a copy (app/models/machine.py).

Keys are kept in the local database. The database also remembers the
machine it was made on; a database file copied or restored onto another laptop would
otherwise go on signing as the old device, so there it becomes a new device (new id, new
keys, no enrolment) that the province must enrol again. Its records and unsent changes
stay; only who it is changes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.models.machine import MACHINE_ENV, renew_if_copied
from app.models.setup import require_device

from .keys import DeviceKeys

log = logging.getLogger(__name__)
__all__ = ["MACHINE_ENV", "Identity", "ensure_identity"]


@dataclass(frozen=True)
class Identity:
    device_id: str
    keys: DeviceKeys
    renewed: bool  # True when a copied database was just made a new device


def ensure_identity(session: Session) -> Identity:
    """This device's id and keys, making or renewing them as needed (in the session)."""
    renew_if_copied(session)
    device = require_device(session)
    if not device.keys:
        device.keys = DeviceKeys.generate().to_text()
    renewed = device.previous_id is not None and device.enrolment_id is None
    return Identity(device.id, DeviceKeys.from_text(device.keys), renewed)
