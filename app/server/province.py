"""The province's side: its identity, the device register, and USB exchange per commune.

A device's name in the register is first the label the province gave the enrolment
(``server enroll --device-name``), which is all it knows of a laptop not yet synced; once
the laptop's claim arrives, the register takes the name the laptop chose at its setup (the
first-run wizard promises the officer that the province sees it), so the province's
``server devices`` and the laptop's window name one device alike. The claim is signed by
the device, so the name is its own.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.collector import collector_held
from app.messages import Message, message
from app.models import Device, RegisteredDevice
from app.models.errors import ModelError
from app.models.setup import find_commune, normalise_commune_code
from app.models.store import Store
from app.models.vntext import nfc
from app.sync import enrolment
from app.sync.bundle import PROVINCE
from app.sync.compaction import compact_store
from app.sync.files import FileReport, expand, read_claim, take_each, write_bundle
from app.sync.keys import DeviceKeys, PublicKeys
from app.sync.peers import active_device, devices_for_commune, registered_peer
from app.sync.transfer import Me, Outcome, export_changes, export_receipts, import_bundle

from .locks import hold_sender_partitions
from .refusal_log import recorded  # every refused bundle is written down

NAME_LENGTH = RegisteredDevice.__table__.c.name.type.length  # the register's column


def province_me(session: Session, province_code: str | None = None) -> Me:
    """The server's identity, made on first use for the province of ``province_code``."""
    device = session.get(Device, PROVINCE)
    if device is None:
        if province_code is None:
            raise ModelError("server.no_data")
        # its name is data of the register, in the register's language
        name = message("server.province_device_name").text("vi")
        device = Device(id=PROVINCE, name=name, role="province",
                        province_code=province_code, communes_json="[]",
                        created_at=datetime.now(), clock_wall_ms=0, clock_counter=0,
                        keys=DeviceKeys.generate().to_text())
        session.add(device)
    elif province_code is not None and device.province_code != province_code:
        raise ModelError("server.other_province", province=device.province_code)
    return Me(PROVINCE, DeviceKeys.from_text(device.keys), ())


def issue(store: Store, communes_text: str, name: str, trainer: bool) -> dict[str, Any]:
    codes = [normalise_commune_code(c) for c in communes_text.split(",") if c.strip()]
    with store.sessions.begin() as session:
        province = find_commune(session, codes[0]).province_code if codes else None
        me = province_me(session, province)
        return enrolment.issue(session, communes=codes, name=name, trainer=trainer,
                               province_code=province or "", province_keys=me.keys.public())


@dataclass(frozen=True)
class Revocation:
    """Which device ``revoke`` found, and whether it had been revoked already."""

    name: str
    key: str  # its device id, or its enrolment id before its first sync
    already: bool


def revoke(store: Store, wanted: str) -> Revocation:
    """Refuse every later bundle and claim of a device. Revoking it again changes nothing."""
    with store.sessions.begin() as session:
        entry = find_device(session, wanted)
        already = entry.state == "revoked"
        if not already:
            entry.state, entry.revoked_at = "revoked", datetime.now()
        return Revocation(entry.name, entry.device_id or entry.enrolment_id, already)


def find_device(session: Session, wanted: str) -> RegisteredDevice:
    """A device by its id, its enrolment id or its name. A laptop lost on the way home
    before its first sync has no device id yet, and the province knows it by its name; a
    name two devices share is refused with both listed, so the wrong one is never revoked.
    A name matches whatever its case and Unicode form; revoked devices count only when no
    live one has the name (a laptop that replaced a lost one often takes its name)."""
    key = wanted.strip()
    entry = session.scalars(select(RegisteredDevice).where(
        (RegisteredDevice.device_id == key) | (RegisteredDevice.enrolment_id == key))).first()
    if entry is not None:
        return entry
    name = nfc(key).casefold()
    named = [e for e in session.scalars(select(RegisteredDevice)
                                        .order_by(RegisteredDevice.issued_at))
             if nfc(e.name).casefold() == name]
    candidates = [e for e in named if e.state != "revoked"] or named
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ModelError("server.device_unknown", key=key)
    raise ModelError("server.device_name_shared", count=len(candidates), key=key,
                     devices=_listed([_described(e) for e in candidates]))


def _described(entry: RegisteredDevice) -> Message:
    if entry.device_id:
        return message("server.device_listed", device=entry.device_id,
                       communes=list(entry.communes), state=entry.state)
    return message("server.enrolment_listed", enrolment=entry.enrolment_id,
                   communes=list(entry.communes), state=entry.state)


def _listed(items: list[Message]) -> Message:
    """Items told one after the other, parted by semicolons (each holds commas itself)."""
    told = items[-1]
    for item in reversed(items[:-1]):
        told = message("server.listed_and", first=item, rest=told)
    return told


def accept_claim(session: Session, claim: Any) -> tuple[RegisteredDevice, str]:
    """Bind a device's keys to its enrolment (``enrolment.accept``) and take the name the
    device gave itself, tidied as the register keeps names (a claim comes from outside);
    returns the entry and the name it had before, the enrolment's label."""
    entry = enrolment.accept(session, claim)
    label, name = entry.name, claimed_name(claim.get("device_name"))
    if name:
        entry.name = name
    return entry, label


def claimed_name(value: Any) -> str:
    """A device's own name from its claim: text in NFC without control characters, single
    spaces, at most as long as the register keeps (else "", and the label stays)."""
    if not isinstance(value, str):
        return ""
    text = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in nfc(value))
    return " ".join(text.split())[:NAME_LENGTH].strip()


def devices(store: Store) -> list[dict[str, Any]]:
    """Every enrolled device, oldest enrolment first, as ``server devices`` and the
    console's register list them: read as columns (a province's hundreds of devices as ORM
    objects cost the console's devices page a third of its time)."""
    entry = RegisteredDevice
    with store.engine.connect() as connection:
        return [{"id": device_id, "enrolment_id": enrolment_id, "name": name, "role": role,
                 "communes": json.loads(communes), "state": state,
                 "last_seen_at": seen.isoformat() if seen else None}
                for device_id, enrolment_id, name, role, communes, state, seen
                in connection.execute(select(
                    entry.device_id, entry.enrolment_id, entry.name, entry.role,
                    entry.communes_json, entry.state, entry.last_seen_at)
                    .order_by(entry.issued_at, entry.enrolment_id))]


def import_paths(store: Store, paths: list[Path]) -> FileReport:
    """Take in the claims and bundles of a stick (or of files named), each in its own
    transaction, with the collector held off (app/collector.py)."""
    with collector_held():
        return _import_paths(store, paths)


def _import_paths(store: Store, paths: list[Path]) -> FileReport:
    report = FileReport()
    bundles, claims, missing = expand(paths)
    report.refused += missing
    for path in claims:
        try:
            with store.sessions.begin() as session:
                province_me(session)
                entry, label = accept_claim(session, read_claim(path))
            report.notes.append(message("server.claim_accepted", file=path.name,
                                        name=entry.name) if label == entry.name else
                                message("server.claim_accepted_renamed", file=path.name,
                                        name=entry.name, label=label))
        except ModelError as exc:
            report.refused.append(message("sync.file_entry", file=path.name, text=exc))
    take_each(bundles, PROVINCE, known_senders(store) if bundles else {}, report,
              lambda _p, data: _take(store, data, report))
    if report.taken:  # their receipts may have confirmed changes; a refusal changes nothing
        compact_store(store)
    return report


def known_senders(store: Store) -> dict[str, PublicKeys]:
    """Whose signature the province can check on a file it passes over: its own (bundles
    it wrote for devices) and every device that has claimed its enrolment."""
    with store.sessions() as session:
        known = {PROVINCE: province_me(session).keys.public()}
        for entry in session.scalars(select(RegisteredDevice).where(
                RegisteredDevice.public_keys.is_not(None))):
            known[entry.device_id] = registered_peer(entry).keys
    return known


def _take(store: Store, data: bytes, report: FileReport) -> Message | None:
    return report.record(receive(store, data, "usb"), message("sync.receiver_device"))


@recorded
def receive(store: Store, data: bytes, via: str) -> Outcome:
    """Check and import one device's bundle in its own transaction (USB or network),
    holding its sender's partitions on PostgreSQL (locks.py: a stick's import beside the
    server's waits for an import of the same commune)."""
    with store.sessions.begin() as session:
        hold_sender_partitions(session, data)
        me = province_me(session)
        outcome = import_bundle(session, me, data, lambda s: active_device(session, s),
                                via=via)
        entry = session.scalars(select(RegisteredDevice).where(
            RegisteredDevice.device_id == outcome.header.sender)).one()
        entry.last_seen_at = datetime.now()
    return outcome


def export_commune(store: Store, commune_text: str, directory: Path) -> FileReport:
    """For each enrolled device of the commune: its receipts and the changes it lacks."""
    if not directory.is_dir():
        raise ModelError("server.no_folder", folder=directory)
    code = normalise_commune_code(commune_text)
    report = FileReport()
    with store.sessions.begin() as session:
        find_commune(session, code)
        me = province_me(session)
        peers = devices_for_commune(session, code)
        if not peers:
            report.notes.append(message("server.commune_no_devices", commune=code))
        for peer in peers:
            receipt = export_receipts(session, me, peer)
            if receipt is not None:
                report.written.append(write_bundle(directory, receipt))
            for data in export_changes(session, me, peer, via="usb"):
                report.written.append(write_bundle(directory, data))
    return report


def enrolment_text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
