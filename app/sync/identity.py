"""This device's sync identity: its keys (made on first use), renewed with the device when
the database turns out to be a copy (app/models/machine.py).

Keys are kept in the local database. The database also remembers the
machine it was made on; a database file copied or restored onto another laptop would
otherwise go on signing as the old device, so there it becomes a new device (new id, new
keys, no enrolment) that the province must enrol again. Its records and unsent changes
stay; only who it is changes. A copy on the same machine (a data folder copied beside its
original, an older copy put back) is made a new device the same way when the store opens
(app/models/instance.py); here it only shows as a device renewed and not yet enrolled.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.models.machine import MACHINE_ENV, renew_if_copied
from app.models.setup import require_device

from .clock_repair import reissue_as_renewed
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
    if device.previous_id is not None:  # a copy: what it had not sent becomes its own
        reissued = reissue_as_renewed(session, device)
        if reissued:
            log.info("%d unsent changes of %s sent again as device %s's", reissued,
                     device.previous_id, device.id)
    renewed = device.previous_id is not None and device.enrolment_id is None
    return Identity(device.id, DeviceKeys.from_text(device.keys), renewed)
