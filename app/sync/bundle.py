"""The bundle file: records carried between devices, signed by the sender, readable only by the
receiver. The layout and every check are specified in ``docs/bundle-format.md``.

A bundle may spend weeks on a USB stick in a commune office drawer, so the body (names, phone
numbers, birth dates) is encrypted to the receiver and only a plaintext header without personal
data stays readable; that header lets a device skip files meant for others without any key.
This module makes and opens the body (compression, encryption, signature) and handles batches
and files; the header and the file framing are in ``bundle_header.py``. It knows nothing of the
database: the caller supplies records, ids and keys.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import json
import os
import re
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

# Callers use bundle.read_header, bundle.Header, bundle.FORMAT_VERSION, bundle.MAX_HEADER_BYTES.
from .bundle_header import MAX_HEADER_BYTES as MAX_HEADER_BYTES
from .bundle_header import read_header as read_header
from .errors import BadSignatureError, BundleWriteError, NewerFormatError, NotForThisDeviceError
from .keys import DeviceKeys, PublicKeys, b64encode

PROVINCE = "province"
HKDF_INFO = b"CITBNDL v1 body key"
MAX_RECORDS = 5_000
MAX_BYTES = 8 * 1024 * 1024
MAX_BODY_BYTES = 64 * 1024 * 1024
MAX_WINDOW = 1 << 24
ZSTD_LEVEL = 3
SUFFIX = ".citb"
_CHUNK = 1 << 18
_ZERO_DIGEST = "0" * 64
_DIGEST_MEMBER = b'"body_sha256":"'
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)

SenderKeyLookup = Callable[[str], "Ed25519PublicKey | PublicKeys | None"]


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


def _parts(data: bytes | bytearray | memoryview, known_schemas: Collection[str] | None
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
                raise damaged(f"nội dung giải nén vượt quá giới hạn {max_body_bytes} byte")
            record = json.loads(line)
            if not line.endswith(b"\n") or not isinstance(record, dict):
                raise ValueError("not a record line")
            records.append(record)
    except (zstandard.ZstdError, ValueError) as exc:
        raise damaged("nội dung không giải nén hoặc không đọc được") from exc
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
        raise damaged("nội dung không khớp mã kiểm tra (tệp đã thay đổi sau khi ghi)")
    _verify(parts, sender_key_for)
    if header.receiver != receiver:
        whom = "tỉnh" if header.receiver == PROVINCE else f"thiết bị «{header.receiver}»"
        raise NotForThisDeviceError(
            f"Gói dữ liệu này dành cho {whom}, không phải cho thiết bị này.", header.receiver)
    records = _records(_decrypt(parts, keys), max_body_bytes)
    if len(records) != header.count:
        raise damaged("số bản ghi không khớp với phần đầu của tệp")
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
