"""The laptop's side of sync by USB stick: enrol, export to a folder, import from one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.messages import Message, message
from app.models.errors import ModelError
from app.models.setup import require_device
from app.models.store import Store

from . import enrolment
from .clock_repair import repair_future_stamps
from .compaction import compact_store
from .files import FileReport, expand, take_each, write_bundle, write_claim
from .identity import ensure_identity
from .peers import Peer, province_peer
from .transfer import Me, Outcome, export_changes, export_receipts, import_bundle


class NotEnrolledError(ModelError):
    """The device has no enrolment from the province yet."""


def enroll_file(store: Store, path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise enrolment.EnrolmentError("enrolment.file_unreadable", path=path,
                                       reason=str(exc.strerror)) from exc
    except UnicodeDecodeError as exc:
        raise enrolment.EnrolmentError("enrolment.not_a_file_named", file=path.name) from exc
    data = enrolment.read_file(text)
    with store.sessions.begin() as session:
        ensure_identity(session)
        device = enrolment.take(session, data)
        return device.name


def sync_context(session) -> tuple[Me, Peer]:
    identity = ensure_identity(session)
    device = require_device(session)
    province = province_peer(device)
    if province is None:
        raise NotEnrolledError("sync.not_enrolled_copy" if identity.renewed
                               else "sync.not_enrolled")
    return Me(identity.device_id, identity.keys, tuple(device.communes)), province


def export_to(store: Store, directory: Path) -> FileReport:
    """Write the claim (until confirmed), receipts and pending changes into ``directory``."""
    if not directory.is_dir():
        raise ModelError("sync.no_folder_usb", folder=directory)
    report = FileReport()
    with store.sessions.begin() as session:
        me, province = sync_context(session)
        device = require_device(session)
        if device.confirmed_at is None:
            report.written.append(write_claim(directory, enrolment.make_claim(device, me.keys)))
        restamped = repair_future_stamps(session, device)
        if restamped:
            report.notes.append(message("sync.note_restamped", count=restamped))
        receipt = export_receipts(session, me, province)
        if receipt is not None:
            report.written.append(write_bundle(directory, receipt))
        for data in export_changes(session, me, province, via="usb"):
            report.written.append(write_bundle(directory, data))
    return report


def import_paths(store: Store, paths: list[Path]) -> FileReport:
    report = FileReport()
    bundles, _claims, missing = expand(paths)
    report.refused += missing
    with store.sessions.begin() as session:
        me, province = sync_context(session)
    # Signatures this laptop can check on files it passes over: the province's, its own.
    known = {province.id: province.keys, me.id: me.keys.public()}
    take_each(bundles, me.id, known, report, lambda _p, data: _take(store, data, report))
    if report.taken:  # its receipts may have confirmed changes; a refusal changes nothing
        compact_store(store)
    return report


def _take(store: Store, data: bytes, report: FileReport) -> Message | None:
    return report.record(receive(store, data, "usb"), message("sync.receiver_province"))


def receive(store: Store, data: bytes, via: str) -> Outcome:
    """Check and import one bundle from the province in its own transaction (the laptop's
    import, the same whichever way the bundle came)."""
    with store.sessions.begin() as session:
        me, province = sync_context(session)
        device = require_device(session)
        reads = Peer(me.id, device.name, device.role, me.keys.public(), tuple(device.communes),
                     device.province_code).reads
        outcome = import_bundle(session, me, data,
                                lambda sender: province if sender == province.id else None,
                                via=via, check_reads=reads)
        if device.confirmed_at is None:
            device.confirmed_at = datetime.now()  # the province answered: it knows our keys
    return outcome
