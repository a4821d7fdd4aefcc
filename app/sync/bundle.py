"""The bundle file: records carried between devices, signed by the sender, readable only by the
receiver. The layout and every check are specified in ``docs/bundle-format.md``.

A bundle may spend weeks on a USB stick in a commune office drawer, so the body (names, phone
numbers, birth dates) is encrypted to the receiver and only a plaintext header without personal
data stays readable; that header lets a device skip files meant for others without any key.
This module seals and opens the body (encryption, signature); the header and the file framing
are in ``bundle_header.py``, the body's JSON lines and their bounds in ``bundle_body.py``, batches
and files in ``bundle_files.py``. It knows nothing of the database: the caller supplies records,
ids, keys, and the check each incoming record must pass.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import os
import uuid
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .bundle_body import compress, read_records

# Callers use bundle.read_header, bundle.Header, bundle.FORMAT_VERSION, bundle.MAX_HEADER_BYTES,
# bundle.record_line and the file helpers through this module.
from .bundle_body import record_line as record_line
from .bundle_files import MAX_BYTES as MAX_BYTES
from .bundle_files import MAX_RECORDS as MAX_RECORDS
from .bundle_files import SUFFIX as SUFFIX
from .bundle_files import bundle_filename as bundle_filename
from .bundle_files import find_bundles as find_bundles
from .bundle_files import split as split
from .bundle_files import write_atomically as write_atomically
from .bundle_header import (
    BAD_HEADER,
    FORMAT_VERSION,
    LENGTH,
    MAGIC,
    NONCE_SIZE,
    PREFIX,
    Header,
    body_end,
    damaged,
    header_problem,
    parse_header,
)
from .bundle_header import MAX_HEADER_BYTES as MAX_HEADER_BYTES
from .bundle_header import read_header as read_header
from .errors import BadSignatureError, NewerFormatError, NotForThisDeviceError
from .keys import DeviceKeys, PublicKeys, b64encode

PROVINCE = "province"
HKDF_INFO = b"CITBNDL v1 body key"
MAX_BODY_BYTES = 64 * 1024 * 1024
# A reader takes at most this many records in one bundle (a writer's batch is MAX_RECORDS),
# so a signed header cannot make it hold millions of small records in memory.
MAX_READ_RECORDS = 4 * MAX_RECORDS
_ZERO_DIGEST = "0" * 64
_DIGEST_MEMBER = b'"body_sha256":"'

SenderKeyLookup = Callable[[str], "Ed25519PublicKey | PublicKeys | None"]
RecordCheck = Callable[[Header, dict[str, Any], int], None]  # (header, record, its number)


# ---------------------------------------------------------------- writing


def _body_key(shared: bytes, ephemeral_raw: bytes, receiver_raw: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_raw + receiver_raw,
                info=HKDF_INFO)
    return hkdf.derive(shared)


def _utc_text(moment: datetime | None) -> str:
    moment = datetime.now(UTC) if moment is None else moment
    if moment.tzinfo is None:
        raise ValueError("created_at must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def encode(records: Iterable[Mapping[str, Any]], *, kind: str, schema: str, sender: str,
           receiver: str, communes: Iterable[str], first_seq: int, last_seq: int,
           signer: DeviceKeys, recipient: PublicKeys | X25519PublicKey,
           bundle_id: str | None = None, created_at: datetime | None = None) -> bytes:
    """Make one bundle. ``records`` may be any iterable (a generator keeps memory flat);
    give at most one ``split()`` batch. Bad arguments are programming errors (ValueError)."""
    compressed, count = compress(records, MAX_BODY_BYTES)
    return seal(compressed, count, kind=kind, schema=schema, sender=sender, receiver=receiver,
                communes=communes, first_seq=first_seq, last_seq=last_seq, signer=signer,
                recipient=recipient, bundle_id=bundle_id, created_at=created_at)


def seal(compressed: bytes, count: int, *, kind: str, schema: str, sender: str,
         receiver: str, communes: Iterable[str], first_seq: int, last_seq: int,
         signer: DeviceKeys, recipient: PublicKeys | X25519PublicKey,
         bundle_id: str | None = None, created_at: datetime | None = None) -> bytes:
    """Encrypt and sign an already compressed body of ``count`` records: ``encode`` after
    its compression. Whatever the body holds, the file is then genuinely the signer's, which
    is why a reader checks every record it opens (and why the tests can seal hostile ones)."""
    receiver_key = recipient.encryption_key if isinstance(recipient, PublicKeys) else recipient
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = ephemeral.public_key().public_bytes_raw()
    nonce = os.urandom(NONCE_SIZE)
    header = Header(
        format=FORMAT_VERSION, schema=schema, kind=kind,
        bundle_id=bundle_id or str(uuid.uuid4()), sender=sender, receiver=receiver,
        communes=tuple(communes), first_seq=first_seq, last_seq=last_seq, count=count,
        created_at=_utc_text(created_at), ephemeral_key=b64encode(ephemeral_raw),
        nonce=b64encode(nonce), body_sha256=_ZERO_DIGEST)
    problem = header_problem(header)
    if problem:
        raise ValueError(f"bad bundle header field {problem}: {getattr(header, problem)!r}")
    associated = header.to_bytes()
    key = _body_key(ephemeral.exchange(receiver_key), ephemeral_raw,
                    receiver_key.public_bytes_raw())
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, compressed, associated)
    del compressed
    digest = hashlib.sha256(ciphertext).hexdigest()
    header_bytes = dataclasses.replace(header, body_sha256=digest).to_bytes()
    signed = b"".join((MAGIC, LENGTH.pack(len(header_bytes)), header_bytes,
                       LENGTH.pack(len(ciphertext)), ciphertext))
    del ciphertext
    return signed + signer.sign(signed)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class _Parts:
    header: Header
    header_bytes: bytes
    ciphertext: memoryview
    signed: memoryview
    signature: memoryview


def _parts(data: bytes | bytearray | memoryview, known_schemas: Container[str] | None
           ) -> _Parts:
    view = memoryview(data).cast("B")
    header, header_end = parse_header(view)
    if known_schemas is not None and header.schema not in known_schemas:
        raise NewerFormatError(header.format, header.schema)
    end = body_end(view, header_end, len(view))
    return _Parts(header, bytes(view[PREFIX:header_end]),
                  view[header_end + LENGTH.size:end], view[:end], view[end:])


def _associated_data(header_bytes: bytes, digest: str) -> bytes:
    member = _DIGEST_MEMBER + digest.encode("ascii") + b'"'
    if header_bytes.count(member) != 1:
        raise damaged(BAD_HEADER)
    return header_bytes.replace(member, _DIGEST_MEMBER + _ZERO_DIGEST.encode("ascii") + b'"')


def _verify(parts: _Parts, sender_key_for: SenderKeyLookup) -> None:
    sender = parts.header.sender
    key = sender_key_for(sender)
    if isinstance(key, PublicKeys):
        key = key.verify_key
    if key is None:
        raise BadSignatureError("bundle.sender_unknown", sender=sender)
    try:
        key.verify(parts.signature, parts.signed)
    except InvalidSignature as exc:
        raise BadSignatureError("bundle.signature_mismatch", sender=sender) from exc


def _decrypt(parts: _Parts, keys: DeviceKeys) -> bytes:
    header = parts.header
    ephemeral_raw = base64.b64decode(header.ephemeral_key)
    own_raw = keys.decryption_key.public_key().public_bytes_raw()
    try:
        shared = keys.decryption_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        cipher = ChaCha20Poly1305(_body_key(shared, ephemeral_raw, own_raw))
        return cipher.decrypt(base64.b64decode(header.nonce), parts.ciphertext,
                              _associated_data(parts.header_bytes, header.body_sha256))
    except (InvalidTag, ValueError) as exc:
        raise NotForThisDeviceError("bundle.other_key", header.receiver) from exc


def decode(data: bytes | bytearray | memoryview, *, keys: DeviceKeys, receiver: str,
           known_schemas: Container[str], sender_key_for: SenderKeyLookup,
           max_body_bytes: int = MAX_BODY_BYTES, check_record: RecordCheck | None = None
           ) -> tuple[Header, list[dict[str, Any]]]:
    """Check a bundle in the documented order and return its header and records.

    ``receiver`` is this device's id (``"province"`` on the server); ``known_schemas`` every
    schema revision this app can read; ``sender_key_for`` maps a device id to its verify key
    (or ``PublicKeys``), or None if unknown or revoked; ``check_record`` judges each record
    as it is read, so a hostile body is refused at its first bad record.
    """
    parts = _parts(data, known_schemas)
    header = parts.header
    _check_signed(parts, sender_key_for)
    if header.receiver != receiver:
        if header.receiver == PROVINCE:
            raise NotForThisDeviceError("bundle.for_province", header.receiver)
        raise NotForThisDeviceError("bundle.for_other_device", header.receiver,
                                    receiver=header.receiver)
    if header.count > MAX_READ_RECORDS:
        raise damaged("bundle.reason_too_many_records", count=header.count,
                      limit=MAX_READ_RECORDS)
    check = None if check_record is None else partial(check_record, header)
    return header, read_records(_decrypt(parts, keys), header.count, max_body_bytes, check)


def verify(data: bytes | bytearray | memoryview, *, sender_key_for: SenderKeyLookup) -> Header:
    """Check the checksum and the sender's signature of a bundle without opening its body.

    A device passes over a bundle meant for another device, which it cannot decrypt; this
    proves the file is one the sender really wrote, so a header damaged or altered on the
    way (a flipped byte in the receiver) is refused instead of passed over as "not mine".
    """
    parts = _parts(data, None)
    _check_signed(parts, sender_key_for)
    return parts.header


def _check_signed(parts: _Parts, sender_key_for: SenderKeyLookup) -> None:
    if hashlib.sha256(parts.ciphertext).hexdigest() != parts.header.body_sha256:
        raise damaged("bundle.reason_checksum")
    _verify(parts, sender_key_for)
