"""The plaintext side of a bundle file: its framing and its signed header, readable without keys.

A device reads this part to skip files meant for others, and the server to route an upload,
before any key is involved; an old reader uses it to say a file is newer than itself. So it
lives apart from the cryptography in ``bundle.py``, and the header's strict shape rules (only
ids, digit codes, counts and crypto parameters: never a name) sit in one place. Layout and
checks are specified in ``docs/bundle-format.md``.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import os
import re
import struct
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.messages import message

from . import safejson
from .errors import DamagedBundleError, NewerFormatError
from .keys import KEY_SIZE

MAGIC = b"CITBNDL\x00"
FORMAT_VERSION = 1
KINDS = ("changes", "receipt")
SIGNATURE_SIZE = 64
NONCE_SIZE = 12
MAX_HEADER_BYTES = 64 * 1024
LENGTH = struct.Struct(">I")
PREFIX = len(MAGIC) + LENGTH.size

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_CODE = re.compile(r"[0-9]{1,6}\Z")
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\Z")
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")
RECORD_ID = _UUID  # the shape of a record's or a bundle's id


@dataclass(frozen=True)
class Header:
    """The plaintext, signed header. Ids, codes, counts and crypto parameters only: no names."""

    format: int
    schema: str
    kind: str
    bundle_id: str
    sender: str
    receiver: str
    communes: tuple[str, ...]
    first_seq: int
    last_seq: int
    count: int
    created_at: str
    ephemeral_key: str
    nonce: str
    body_sha256: str

    def to_bytes(self) -> bytes:
        """Compact, key-sorted, ASCII JSON: the exact bytes stored (and, modulo the digest, the
        AEAD associated data)."""
        fields = dataclasses.asdict(self)
        fields["communes"] = list(self.communes)
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("ascii")

    @property
    def created(self) -> datetime:
        return datetime.strptime(self.created_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def header_problem(h: Header) -> str | None:
    """The first field that makes ``h`` an invalid format-1 header, or None.

    The shapes are strict on purpose: ids, digits and base64 cannot carry a name or a phone
    number into the plaintext header, whatever a caller passes by mistake.
    """
    def text(value: object, pattern: re.Pattern[str]) -> bool:
        return isinstance(value, str) and pattern.match(value) is not None

    def count(value: object) -> bool:
        return type(value) is int and 0 <= value < 2**63

    checks = [
        (text(h.schema, _ID), "schema"),
        (h.kind in KINDS, "kind"),
        (text(h.bundle_id, _UUID), "bundle_id"),
        (text(h.sender, _ID), "sender"),
        (text(h.receiver, _ID), "receiver"),
        (all(text(c, _CODE) for c in h.communes), "communes"),
        (count(h.first_seq), "first_seq"),
        (count(h.last_seq) and count(h.first_seq) and h.last_seq >= h.first_seq, "last_seq"),
        (count(h.count), "count"),
        (text(h.created_at, _TIME), "created_at"),
        (_is_b64(h.ephemeral_key, KEY_SIZE), "ephemeral_key"),
        (_is_b64(h.nonce, NONCE_SIZE), "nonce"),
        (text(h.body_sha256, _HEX64), "body_sha256"),
    ]
    return next((name for ok, name in checks if not ok), None)


def _is_b64(value: object, size: int) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return len(base64.b64decode(value.encode("ascii"), validate=True)) == size
    except (binascii.Error, UnicodeEncodeError):
        return False


# ---------------------------------------------------------------- reading


def damaged(reason: str, **values: Any) -> DamagedBundleError:
    """A damaged bundle, and why (a ``bundle.reason_*`` code and its values)."""
    return DamagedBundleError("bundle.damaged", reason=message(reason, **values))


def _not_a_bundle() -> DamagedBundleError:
    return DamagedBundleError("bundle.not_a_bundle")


_TRUNCATED = "bundle.reason_truncated"
BAD_HEADER = "bundle.reason_bad_header"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def parse_header(buffer: memoryview) -> tuple[Header, int]:
    """Magic, header length, header JSON, format, fields. Returns the header and where it ends."""
    start = bytes(buffer[:len(MAGIC)])
    if not start or start != MAGIC[:len(start)]:
        raise _not_a_bundle()
    if len(buffer) < PREFIX:
        raise damaged(_TRUNCATED)  # a cut inside the magic or the length field
    (size,) = LENGTH.unpack_from(buffer, len(MAGIC))
    if size > MAX_HEADER_BYTES:
        raise _not_a_bundle()
    end = PREFIX + size
    if len(buffer) < end:
        raise damaged(_TRUNCATED)
    raw = bytes(buffer[PREFIX:end])
    try:  # bounded nesting first: 30,000 brackets must be damage, not a RecursionError
        fields = safejson.loads(raw, object_pairs_hook=_no_duplicates)
    except ValueError as exc:
        raise damaged(BAD_HEADER) from exc
    if not isinstance(fields, dict):
        raise damaged(BAD_HEADER)
    return _header_from(fields), end


def _header_from(fields: dict[str, Any]) -> Header:
    version = fields.get("format")
    if type(version) is not int or version < 1:
        raise damaged(BAD_HEADER)
    if version > FORMAT_VERSION:
        schema = fields.get("schema")
        raise NewerFormatError(version, schema if isinstance(schema, str)
                               and _ID.match(schema) else "?")
    names = [f.name for f in dataclasses.fields(Header)]
    if any(name not in fields for name in names):
        raise damaged("bundle.reason_header_incomplete")
    values = {name: fields[name] for name in names}
    if not isinstance(values["communes"], list):
        raise damaged(BAD_HEADER)
    values["communes"] = tuple(values["communes"])
    header = Header(**values)
    if header_problem(header):
        raise damaged(BAD_HEADER)
    return header


def body_end(buffer: memoryview, header_end: int, total_size: int) -> int:
    """Check the ciphertext length field against the real size; returns where it ends."""
    if len(buffer) < header_end + LENGTH.size:
        raise damaged(_TRUNCATED)
    (size,) = LENGTH.unpack_from(buffer, header_end)
    body_end = header_end + LENGTH.size + size
    if total_size < body_end + SIGNATURE_SIZE:
        raise damaged(_TRUNCATED)
    if total_size > body_end + SIGNATURE_SIZE:
        raise damaged("bundle.reason_trailing_data")
    return body_end


def read_header(data: bytes | bytearray | memoryview) -> Header:
    """The header of a whole bundle, checked for shape and completeness but not authenticity:
    enough to skip bundles for other devices. Trust nothing in it until ``decode`` succeeds."""
    view = memoryview(data).cast("B")
    header, header_end = parse_header(view)
    body_end(view, header_end, len(view))
    return header


def read_header_file(path: Path | str) -> Header:
    """``read_header`` reading only the first bytes of the file (a folder of large bundles)."""
    with open(path, "rb") as stream:
        head = stream.read(PREFIX)
        if len(head) == PREFIX and head[:len(MAGIC)] == MAGIC:
            (size,) = LENGTH.unpack_from(head, len(MAGIC))
            head += stream.read(min(size, MAX_HEADER_BYTES) + LENGTH.size)
        total = os.fstat(stream.fileno()).st_size
    view = memoryview(head)
    header, header_end = parse_header(view)
    body_end(view, header_end, total)
    return header
