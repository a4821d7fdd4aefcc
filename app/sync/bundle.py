"""The bundle file: records carried between devices, signed by the sender, readable only by the
receiver. The layout and every check are specified in ``docs/bundle-format.md``.

A bundle may spend weeks on a USB stick in a commune office drawer, so the body (names, phone
numbers, birth dates) is encrypted to the receiver and only a plaintext header without personal
data stays readable; that header lets a device skip files meant for others without any key.
This module knows nothing of the database: the caller supplies records, ids and keys.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import io
import json
import os
import re
import struct
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import zstandard
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import (
    BadSignatureError,
    BundleWriteError,
    DamagedBundleError,
    NewerFormatError,
    NotForThisDeviceError,
)
from .keys import KEY_SIZE, DeviceKeys, PublicKeys, b64encode

MAGIC = b"CITBNDL\x00"
FORMAT_VERSION = 1
KINDS = ("changes", "receipt")
PROVINCE = "province"
SIGNATURE_SIZE = 64
NONCE_SIZE = 12
HKDF_INFO = b"CITBNDL v1 body key"
MAX_HEADER_BYTES = 64 * 1024
MAX_RECORDS = 5_000
MAX_BYTES = 8 * 1024 * 1024
MAX_BODY_BYTES = 64 * 1024 * 1024
MAX_WINDOW = 1 << 24
ZSTD_LEVEL = 3
SUFFIX = ".citb"
_LENGTH = struct.Struct(">I")
_PREFIX = len(MAGIC) + _LENGTH.size
_CHUNK = 1 << 18
_ZERO_DIGEST = "0" * 64
_DIGEST_MEMBER = b'"body_sha256":"'
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}\Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_CODE = re.compile(r"[0-9]{1,6}\Z")
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z\Z")
_HEX64 = re.compile(r"[0-9a-f]{64}\Z")

SenderKeyLookup = Callable[[str], "Ed25519PublicKey | PublicKeys | None"]


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


def _header_problem(h: Header) -> str | None:
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


# ---------------------------------------------------------------- writing


def record_line(record: Mapping[str, Any]) -> bytes:
    """One record as it appears in the body: compact UTF-8 JSON and a newline."""
    if not isinstance(record, Mapping):
        raise TypeError(f"a bundle record must be a mapping, not {type(record).__name__}")
    return _ENCODER.encode(record).encode("utf-8") + b"\n"


def _compress(records: Iterable[Mapping[str, Any]]) -> tuple[bytes, int]:
    """Stream records through zstd so the uncompressed body is never held whole."""
    compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compressobj()
    out: list[bytes] = []
    pending: list[bytes] = []
    pending_size = total = count = 0
    for record in records:
        line = record_line(record)
        pending.append(line)
        pending_size += len(line)
        count += 1
        if pending_size >= _CHUNK:
            total += pending_size
            if total > MAX_BODY_BYTES:
                raise ValueError(f"bundle body over {MAX_BODY_BYTES} bytes: use split()")
            out.append(compressor.compress(b"".join(pending)))
            pending, pending_size = [], 0
    if total + pending_size > MAX_BODY_BYTES:
        raise ValueError(f"bundle body over {MAX_BODY_BYTES} bytes: use split()")
    out.append(compressor.compress(b"".join(pending)))
    out.append(compressor.flush())
    return b"".join(out), count


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
    compressed, count = _compress(records)
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
    problem = _header_problem(header)
    if problem:
        raise ValueError(f"bad bundle header field {problem}: {getattr(header, problem)!r}")
    associated = header.to_bytes()
    key = _body_key(ephemeral.exchange(receiver_key), ephemeral_raw,
                    receiver_key.public_bytes_raw())
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, compressed, associated)
    del compressed
    digest = hashlib.sha256(ciphertext).hexdigest()
    header_bytes = dataclasses.replace(header, body_sha256=digest).to_bytes()
    signed = b"".join((MAGIC, _LENGTH.pack(len(header_bytes)), header_bytes,
                       _LENGTH.pack(len(ciphertext)), ciphertext))
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


def _damaged(reason: str) -> DamagedBundleError:
    return DamagedBundleError(f"Gói dữ liệu bị hỏng: {reason}; hãy chép lại tệp từ máy gửi.")


def _not_a_bundle() -> DamagedBundleError:
    return DamagedBundleError("Tệp này không phải gói dữ liệu đồng bộ.")


_TRUNCATED = "tệp bị cắt cụt (chép chưa xong hoặc ổ USB bị rút ra giữa chừng)"
_BAD_HEADER = "phần đầu của tệp không đọc được"


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _parse_header(buffer: memoryview) -> tuple[Header, int]:
    """Magic, header length, header JSON, format, fields. Returns the header and where it ends."""
    start = bytes(buffer[:len(MAGIC)])
    if not start or start != MAGIC[:len(start)]:
        raise _not_a_bundle()
    if len(buffer) < _PREFIX:
        raise _damaged(_TRUNCATED)  # a cut inside the magic or the length field
    (size,) = _LENGTH.unpack_from(buffer, len(MAGIC))
    if size > MAX_HEADER_BYTES:
        raise _not_a_bundle()
    end = _PREFIX + size
    if len(buffer) < end:
        raise _damaged(_TRUNCATED)
    raw = bytes(buffer[_PREFIX:end])
    try:
        fields = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates)
    except ValueError as exc:
        raise _damaged(_BAD_HEADER) from exc
    if not isinstance(fields, dict):
        raise _damaged(_BAD_HEADER)
    return _header_from(fields), end


def _header_from(fields: dict[str, Any]) -> Header:
    version = fields.get("format")
    if type(version) is not int or version < 1:
        raise _damaged(_BAD_HEADER)
    if version > FORMAT_VERSION:
        raise NewerFormatError(version, fields.get("schema", "?"))
    names = [f.name for f in dataclasses.fields(Header)]
    if any(name not in fields for name in names):
        raise _damaged("phần đầu của tệp thiếu thông tin")
    values = {name: fields[name] for name in names}
    if not isinstance(values["communes"], list):
        raise _damaged(_BAD_HEADER)
    values["communes"] = tuple(values["communes"])
    header = Header(**values)
    if _header_problem(header):
        raise _damaged(_BAD_HEADER)
    return header


def _body_end(buffer: memoryview, header_end: int, total_size: int) -> int:
    """Check the ciphertext length field against the real size; returns where it ends."""
    if len(buffer) < header_end + _LENGTH.size:
        raise _damaged(_TRUNCATED)
    (size,) = _LENGTH.unpack_from(buffer, header_end)
    body_end = header_end + _LENGTH.size + size
    if total_size < body_end + SIGNATURE_SIZE:
        raise _damaged(_TRUNCATED)
    if total_size > body_end + SIGNATURE_SIZE:
        raise _damaged("có dữ liệu lạ nối thêm vào cuối tệp")
    return body_end


def _parts(data: bytes | bytearray | memoryview, known_schemas: Collection[str] | None
           ) -> _Parts:
    view = memoryview(data).cast("B")
    header, header_end = _parse_header(view)
    if known_schemas is not None and header.schema not in known_schemas:
        raise NewerFormatError(header.format, header.schema)
    body_end = _body_end(view, header_end, len(view))
    return _Parts(header, bytes(view[_PREFIX:header_end]),
                  view[header_end + _LENGTH.size:body_end], view[:body_end], view[body_end:])


def read_header(data: bytes | bytearray | memoryview) -> Header:
    """The header of a whole bundle, checked for shape and completeness but not authenticity:
    enough to skip bundles for other devices. Trust nothing in it until ``decode`` succeeds."""
    return _parts(data, None).header


def read_header_file(path: Path | str) -> Header:
    """``read_header`` reading only the first bytes of the file (a folder of large bundles)."""
    with open(path, "rb") as stream:
        head = stream.read(_PREFIX)
        if len(head) == _PREFIX and head[:len(MAGIC)] == MAGIC:
            (size,) = _LENGTH.unpack_from(head, len(MAGIC))
            head += stream.read(min(size, MAX_HEADER_BYTES) + _LENGTH.size)
        total = os.fstat(stream.fileno()).st_size
    view = memoryview(head)
    header, header_end = _parse_header(view)
    _body_end(view, header_end, total)
    return header


def _associated_data(header_bytes: bytes, digest: str) -> bytes:
    member = _DIGEST_MEMBER + digest.encode("ascii") + b'"'
    if header_bytes.count(member) != 1:
        raise _damaged(_BAD_HEADER)
    return header_bytes.replace(member, _DIGEST_MEMBER + _ZERO_DIGEST.encode("ascii") + b'"')


def _verify(parts: _Parts, sender_key_for: SenderKeyLookup) -> None:
    sender = parts.header.sender
    key = sender_key_for(sender)
    if isinstance(key, PublicKeys):
        key = key.verify_key
    if key is None:
        raise BadSignatureError(
            f"Gói dữ liệu ghi là của thiết bị «{sender}», nhưng thiết bị này chưa được ghi "
            "danh hoặc đã bị thu hồi; không thể xác minh chữ ký nên không nhận.")
    try:
        key.verify(parts.signature, parts.signed)
    except InvalidSignature as exc:
        raise BadSignatureError(
            f"Chữ ký của gói dữ liệu không khớp với thiết bị «{sender}»: tệp đã bị sửa đổi "
            "hoặc do máy khác làm giả; không nhận.") from exc


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
        raise NotForThisDeviceError(
            "Gói dữ liệu được mã hóa cho một khóa khác với khóa của thiết bị này (máy được cài "
            "lại hoặc khóa đã đổi); hãy đề nghị nơi gửi làm lại gói.", header.receiver) from exc


def _records(body: bytes, max_body_bytes: int) -> list[dict[str, Any]]:
    """Decompress line by line, refusing a body that grows past ``max_body_bytes``."""
    decompressor = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
    stream = io.BufferedReader(decompressor.stream_reader(body, read_across_frames=True),
                               buffer_size=1 << 16)
    records: list[dict[str, Any]] = []
    total = 0
    try:
        while line := stream.readline(max_body_bytes - total + 1):
            total += len(line)
            if total > max_body_bytes:
                raise _damaged(f"nội dung giải nén vượt quá giới hạn {max_body_bytes} byte")
            record = json.loads(line)
            if not line.endswith(b"\n") or not isinstance(record, dict):
                raise ValueError("not a record line")
            records.append(record)
    except (zstandard.ZstdError, ValueError) as exc:
        raise _damaged("nội dung không giải nén hoặc không đọc được") from exc
    return records


def decode(data: bytes | bytearray | memoryview, *, keys: DeviceKeys, receiver: str,
           known_schemas: Collection[str], sender_key_for: SenderKeyLookup,
           max_body_bytes: int = MAX_BODY_BYTES) -> tuple[Header, list[dict[str, Any]]]:
    """Check a bundle in the documented order and return its header and records.

    ``receiver`` is this device's id (``"province"`` on the server); ``known_schemas`` every
    schema revision this app can read; ``sender_key_for`` maps a device id to its verify key
    (or ``PublicKeys``), or None if unknown or revoked.
    """
    parts = _parts(data, known_schemas)
    header = parts.header
    if hashlib.sha256(parts.ciphertext).hexdigest() != header.body_sha256:
        raise _damaged("nội dung không khớp mã kiểm tra (tệp đã thay đổi sau khi ghi)")
    _verify(parts, sender_key_for)
    if header.receiver != receiver:
        whom = "tỉnh" if header.receiver == PROVINCE else f"thiết bị «{header.receiver}»"
        raise NotForThisDeviceError(
            f"Gói dữ liệu này dành cho {whom}, không phải cho thiết bị này.", header.receiver)
    records = _records(_decrypt(parts, keys), max_body_bytes)
    if len(records) != header.count:
        raise _damaged("số bản ghi không khớp với phần đầu của tệp")
    return header, records


# ---------------------------------------------------------------- batches and files


def split(records: Iterable[Mapping[str, Any]], max_records: int = MAX_RECORDS,
          max_bytes: int = MAX_BYTES) -> Iterator[list[Mapping[str, Any]]]:
    """Batches of at most ``max_records`` records and ``max_bytes`` of body (JSON lines);
    a single record larger than ``max_bytes`` travels alone. Lazy: feed it a generator."""
    if max_records < 1 or max_bytes < 1:
        raise ValueError("max_records and max_bytes must be positive")
    batch: list[Mapping[str, Any]] = []
    size = 0
    for record in records:
        line_size = len(record_line(record))
        if batch and (len(batch) >= max_records or size + line_size > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(record)
        size += line_size
    if batch:
        yield batch


def bundle_filename(header: Header) -> str:
    """``citb-<kind>-<sender8>-<first_seq>-<last_seq>-<bundle8>.citb``, sortable per sender."""
    sender = re.sub(r"[^A-Za-z0-9]", "", header.sender)[:8] or "device"
    return (f"citb-{header.kind}-{sender}-{header.first_seq:08d}-{header.last_seq:08d}-"
            f"{header.bundle_id[:8]}{SUFFIX}")


def find_bundles(directory: Path | str) -> list[Path]:
    """Complete bundle files in ``directory`` by name order (temporary ``.part`` files excluded)."""
    return sorted(p for p in Path(directory).glob(f"*{SUFFIX}")
                  if p.is_file() and not p.name.startswith("."))


def write_atomically(directory: Path | str, name: str, data: bytes) -> Path:
    """Write ``.<name>.part``, fsync, then rename to ``name``: a file under its final name is
    always whole, even if the stick is pulled out halfway."""
    if not name or name.startswith(".") or Path(name).name != name:
        raise ValueError(f"not a plain file name: {name!r}")
    folder = Path(directory)
    final, partial = folder / name, folder / f".{name}.part"
    try:
        try:
            with open(partial, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(partial, final)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _fsync_directory(folder)
    except OSError as exc:
        raise BundleWriteError(
            f"Không ghi được gói dữ liệu vào thư mục «{folder}» (ổ đầy, đã bị rút ra hoặc chỉ "
            "cho đọc); hãy kiểm tra rồi làm lại.") from exc
    return final


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems (vfat, network) refuse fsync on a directory
    finally:
        os.close(fd)
