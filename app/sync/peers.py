"""Who is at the other end of a sync, and what it may send and receive.

An office laptop reads its commune and the province, and writes its commune. A trainer's
laptop reads its communes and the province, and writes only training records there. The
province writes anything and its server sends each device exactly its read scope.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Device, RegisteredDevice
from app.models.base import commune_partition, province_partition
from app.models.scope import TRAINER_TABLES, ScopeError, write_partitions

from .bundle import PROVINCE
from .keys import PublicKeys


@dataclass(frozen=True)
class Peer:
    id: str
    name: str
    role: str  # office | trainer | province
    keys: PublicKeys
    communes: tuple[str, ...]
    province_code: str

    @property
    def reads(self) -> frozenset[str]:
        if self.role == "province":
            return frozenset()
        own = {commune_partition(c) for c in self.communes}
        return frozenset(own | {province_partition(self.province_code)})

    def check_writes(self, ops: list[dict]) -> None:
        """Refuse a bundle if any change lies outside what the sender may write."""
        if self.role == "province":
            return
        allowed = write_partitions(self.role, self.province_code, self.communes)
        for op in ops:
            if self.role == "trainer" and op["t"] not in TRAINER_TABLES:
                raise ScopeError("sync.trainer_writes_other", name=self.name, table=op["t"])
            if op["p"] not in allowed:
                raise ScopeError("sync.writes_outside", name=self.name, partition=op["p"])


def province_peer(device: Device) -> Peer | None:
    """The province as this device knows it (None before enrolment)."""
    if not device.province_keys:
        return None
    return Peer(PROVINCE, PROVINCE, "province", PublicKeys.from_dict(json.loads(
        device.province_keys)), (), device.province_code)


def registered_peer(entry: RegisteredDevice) -> Peer:
    return Peer(entry.device_id or "", entry.name, entry.role,
                PublicKeys.from_dict(json.loads(entry.public_keys or "{}")),
                tuple(entry.communes), entry.province_code)


def active_device(session: Session, device_id: str) -> Peer | None:
    """An enrolled, not revoked device, as the province's server sees it."""
    entry = session.scalars(select(RegisteredDevice).where(
        RegisteredDevice.device_id == device_id, RegisteredDevice.state == "active")).first()
    return None if entry is None else registered_peer(entry)


def devices_for_commune(session: Session, code: str) -> list[Peer]:
    entries = session.scalars(select(RegisteredDevice).where(
        RegisteredDevice.state == "active").order_by(RegisteredDevice.name))
    return [registered_peer(e) for e in entries if code in e.communes]
