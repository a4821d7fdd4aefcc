"""Enrolment: the province vouches for a device, and the device proves it is that device.

1. ``issue`` (province): a file naming the device, its role and communes, the province's
   public keys and a one-time code. It travels to the laptop by hand (USB stick).
2. ``take`` (device): the file must match the device's own setup; the device keeps the
   province's keys and the code.
3. ``claim`` (device): a small signed statement of the device id and its public keys, with
   proof that it holds the code (an HMAC, so the code itself never travels again). It goes
   to the province with the device's first bundles.
4. ``accept`` (province): checks the signature, the proof, that the code was not used by
   another device and not revoked, and binds the device's keys to the enrolment.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models import Device, RegisteredDevice, new_id
from app.models.setup import find_commune, require_device

from .errors import SyncError
from .keys import SIGNATURE, DeviceKeys, PublicKeys, b64decode, b64encode

FILE_KIND = "commune-it-enrolment"
CLAIM_KIND = "commune-it-claim"
FORMAT = 1


class EnrolmentError(SyncError):
    """An enrolment file or claim that cannot be accepted."""


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def issue(session: Session, *, communes: list[str], name: str, trainer: bool,
          province_code: str, province_keys: PublicKeys) -> dict[str, Any]:
    """Register an enrolment for a named device and return the file's contents."""
    codes = [find_commune(session, c) for c in communes]
    if not codes:
        raise EnrolmentError("enrolment.no_commune")
    if len(codes) > 1 and not trainer:
        raise EnrolmentError("enrolment.office_one_commune")
    if any(c.province_code != province_code for c in codes):
        raise EnrolmentError("enrolment.commune_other_province", province=province_code)
    name = " ".join(name.split())
    if not name:
        raise EnrolmentError("enrolment.name_empty")
    entry = RegisteredDevice(
        enrolment_id=new_id(), name=name,
        role="trainer" if trainer else "office", province_code=province_code,
        communes_json=json.dumps([c.code for c in codes]), code=secrets.token_hex(16),
        state="issued", issued_at=datetime.now(),
    )
    session.add(entry)
    return {
        "kind": FILE_KIND, "format": FORMAT, "enrolment_id": entry.enrolment_id,
        "code": entry.code, "device_name": name, "role": entry.role,
        "province": province_code, "communes": entry.communes,
        "province_keys": province_keys.to_dict(), "issued_at": entry.issued_at.isoformat(),
    }


def read_file(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise EnrolmentError("enrolment.file_not_json") from exc
    if not isinstance(data, dict) or data.get("kind") != FILE_KIND:
        raise EnrolmentError("enrolment.not_a_file")
    if data.get("format") != FORMAT:
        raise EnrolmentError("enrolment.file_newer")
    missing = [k for k in ("enrolment_id", "code", "role", "province", "communes",
                           "province_keys") if k not in data]
    if missing:
        raise EnrolmentError("enrolment.file_missing_items", items=missing)
    PublicKeys.from_dict(data["province_keys"])
    return data


def take(session: Session, data: dict[str, Any]) -> Device:
    """Bind this device to the province with an enrolment file meant for it."""
    device = require_device(session)
    if device.enrolment_id == data["enrolment_id"]:
        raise EnrolmentError("enrolment.file_used_here")
    if device.enrolment_id is not None:
        raise EnrolmentError("enrolment.already_enrolled")
    if data["role"] != device.role or sorted(data["communes"]) != sorted(device.communes):
        raise EnrolmentError("enrolment.file_mismatch",
                             intended=_describe(data["role"], data["communes"]),
                             actual=_describe(device.role, device.communes))
    if data["province"] != device.province_code:
        raise EnrolmentError("enrolment.other_province")
    device.enrolment_id, device.enrolment_code = data["enrolment_id"], data["code"]
    device.province_keys = json.dumps(data["province_keys"])
    device.enrolled_at = datetime.now()
    return device


def _describe(role: str, communes: list[str]) -> Message:
    kind = "enrolment.describe_trainer" if role == "trainer" else "enrolment.describe_office"
    return message(kind, communes=list(communes))


def make_claim(device: Device, keys: DeviceKeys) -> dict[str, Any]:
    if device.enrolment_id is None or device.enrolment_code is None:
        raise EnrolmentError("enrolment.not_enrolled")
    claim: dict[str, Any] = {
        "kind": CLAIM_KIND, "format": FORMAT, "enrolment_id": device.enrolment_id,
        "device_id": device.id, "device_name": device.name, "role": device.role,
        "communes": device.communes, "public_keys": keys.public().to_dict(),
    }
    claim["proof"] = _proof(device.enrolment_code, claim)
    claim["signature"] = b64encode(keys.sign(canonical(claim)))
    return claim


def _proof(code: str, claim: dict[str, Any]) -> str:
    body = {k: v for k, v in claim.items() if k not in ("proof", "signature")}
    return hmac.new(code.encode(), canonical(body), hashlib.sha256).hexdigest()


def accept(session: Session, claim: dict[str, Any]) -> RegisteredDevice:
    """Bind a device's keys to its enrolment; the same claim again changes nothing."""
    if not isinstance(claim, dict) or claim.get("kind") != CLAIM_KIND:
        raise EnrolmentError("enrolment.not_a_claim")
    _check_shape(claim)
    entry = session.get(RegisteredDevice, claim["enrolment_id"])
    if entry is None:
        raise EnrolmentError("enrolment.claim_unknown")
    keys = _verified_keys(claim)
    if not hmac.compare_digest(_proof(entry.code, claim), str(claim.get("proof"))):
        raise EnrolmentError("enrolment.claim_proof")
    if entry.state == "revoked":
        raise EnrolmentError("enrolment.device_revoked", name=entry.name)
    if entry.state == "active":
        if entry.device_id == claim["device_id"] and entry.public_keys == json.dumps(
                keys.to_dict(), sort_keys=True):
            return entry
        raise EnrolmentError("enrolment.code_taken")
    if claim["role"] != entry.role or sorted(claim["communes"]) != sorted(entry.communes):
        raise EnrolmentError("enrolment.claim_mismatch")
    taken = session.scalars(select(RegisteredDevice).where(
        RegisteredDevice.device_id == claim["device_id"])).first()
    if taken is not None:
        raise EnrolmentError("enrolment.device_taken")
    entry.state, entry.device_id = "active", claim["device_id"]
    entry.public_keys = json.dumps(keys.to_dict(), sort_keys=True)
    entry.enrolled_at = datetime.now()
    return entry


def _check_shape(claim: dict[str, Any]) -> None:
    """A claim comes from outside (a request, a file on a stick): each part must be of its
    own type before any is used, so a hostile one is refused in a sentence, not a crash."""
    texts = all(isinstance(claim.get(k), str) and 0 < len(claim[k]) <= 200
                for k in ("enrolment_id", "device_id", "device_name", "role", "proof",
                          "signature"))
    communes = claim.get("communes")
    listed = isinstance(communes, list) and 0 < len(communes) <= 100 and all(
        isinstance(c, str) for c in communes)
    if not (texts and listed and isinstance(claim.get("public_keys"), dict)):
        raise EnrolmentError("enrolment.claim_shape")


def _verified_keys(claim: dict[str, Any]) -> PublicKeys:
    keys = PublicKeys.from_dict(claim.get("public_keys"))
    body = {k: v for k, v in claim.items() if k != "signature"}
    try:
        keys.verify_key.verify(b64decode(str(claim.get("signature")), 64, SIGNATURE),
                               canonical(body))
    except Exception as exc:  # cryptography raises InvalidSignature
        raise EnrolmentError("enrolment.claim_signature") from exc
    return keys
