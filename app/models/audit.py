"""The audit log: who signed in (or failed to), exported or printed personal data, changed
accounts or erased an official, on this device (DESIGN.md, "Privacy on the laptop").

The log is append-only: migration 0015's triggers refuse any update or delete of its rows,
whatever writes to the file. An event never holds a person's data — only the account, the
kind, the record's id and plain counts or names of files and reports — so an erasure has
nothing to scrub in it and the log may be read and exported as it is.

An event is a synced record, insert-only, in the partition the device writes (its commune;
the province's for a trainer's laptop): it travels to the province in the bundles like any
change, and the province keeps it under the same triggers, so the province sees who did
what on each laptop. A bundle that would update or delete an event is refused
(``app/sync/schema.py``).

Who made each change of a record is in the change journal (``change_journal.account``),
written by the journal hook from the session's ``SIGNED_IN`` (``Store.signed_in``); a
viewer's session is refused there, before anything is written (``refuse_viewer``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .base import Base, Synced, commune_partition, province_partition
from .device import Device
from .errors import ModelError

SIGNED_IN = "signed_in"  # the key of Session.info holding who is signed in (store.py)
KINDS = ("sign_in", "sign_in_failed", "account", "export", "report", "erasure")


class AuditError(ModelError):
    """A write this account may not make, or an event that is not one of the log's kinds."""


class AuditEvent(Synced, Base):
    """One thing done on a device; ``device_id`` (of ``Synced``) is the device that did it,
    as an event is never changed after it is made."""

    __tablename__ = "audit_event"

    # local time as ISO text, "2026-12-05 14:30:00": it sorts and compares as text, and
    # travels as the text it is (bundles carry dates and text, not times of day)
    at: Mapped[str] = mapped_column(String(19), index=True)
    account: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[str | None] = mapped_column(String(36))
    details: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


def account_of(session: Session, *, only_log: bool = False) -> str | None:
    """The name of the account a session writes for (None on a plain store); a viewer's
    session is refused: the window greys out its buttons, this is the guard that holds.
    ``only_log``: the flush writes nothing but audit events (a viewer's sign-in or
    printout is what the log is for)."""
    who = session.info.get(SIGNED_IN)
    if who is None:
        return None
    if getattr(who, "role", None) == "viewer" and not only_log:
        raise AuditError("audit.viewer_write", name=who.name)
    return who.name


@dataclass(frozen=True)
class Event:
    """One event as it is read back: plain values for the window, the CLI and exports."""

    id: str
    at: datetime
    device_id: str
    account: str | None
    kind: str
    record_id: str | None
    details: dict[str, Any]


def record(session: Session, kind: str, account: str | None, *, record_id: str | None = None,
           **details: Any) -> None:
    """Append one event; ``details`` are plain non-personal values (counts, a format).
    A store with no device yet has no journal to carry it: nothing is written."""
    if kind not in KINDS:
        raise AuditError("audit.unknown_kind", kind=kind)
    partition = _partition(session)
    if partition is None:
        return  # no device yet (the first account is made before setup ends): no journal
    at = datetime.now().replace(microsecond=0).isoformat(sep=" ")
    text = json.dumps(details, ensure_ascii=False, sort_keys=True)
    session.add(AuditEvent(partition=partition, at=at, account=account, kind=kind,
                           record_id=record_id, details=text))
    session.flush()


def _partition(session: Session) -> str | None:
    """Where this device writes its events: its commune, or the province on a trainer's
    laptop (its communes are many; the province partition is its own)."""
    device = session.scalars(select(Device).limit(1)).first()
    if device is None:
        return None
    if device.role == "trainer" or not device.communes:
        return province_partition(device.province_code)
    return commune_partition(device.communes[0])


def events(session: Session, *, account: str | None = None, kind: str | None = None,
           since: datetime | None = None, until: datetime | None = None) -> list[Event]:
    """The events that match every filter given, oldest first."""
    query = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.hlc)
    if account is not None:
        query = query.where(AuditEvent.account == account)
    if kind is not None:
        query = query.where(AuditEvent.kind == kind)
    if since is not None:
        query = query.where(AuditEvent.at >= since.isoformat(sep=" "))
    if until is not None:
        query = query.where(AuditEvent.at < until.isoformat(sep=" "))
    return [Event(e.id, datetime.fromisoformat(e.at), e.device_id, e.account, e.kind, e.record_id,
                  json.loads(e.details)) for e in session.scalars(query)]
