"""Validly signed bundles with hostile contents, made with a real device's key.

A stolen laptop, or one whose app was replaced, signs whatever it likes: the signature is
genuine, only the contents lie. ``Forger`` is such a device (an enrolled laptop of a test
world, or the province itself) sealing any body — records that are not what the app would
write, lines that are not JSON, a body that is a zip bomb — under its real key, so the
attack reaches the reader's checks and the merge instead of stopping at the signature.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard
from sqlalchemy import select

from app.models import Device
from app.models.hlc import Stamp, now_ms
from app.models.machine import MACHINE_ENV
from app.models.store import head_revision
from app.sync import bundle
from app.sync.bundle import PROVINCE
from app.sync.bundle_header import LENGTH, MAGIC
from app.sync.keys import DeviceKeys, PublicKeys

NESTED_HEADER_DEPTH = 30_000
COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the installed console script


def run_cli(computer: Any, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """``commune-it --data-dir DIR …`` as its own process on ``computer``'s machine."""
    return subprocess.run([str(COMMUNE_IT), "--data-dir", str(computer.dir), *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, MACHINE_ENV: computer.machine})


def lines_of(records: Iterable[Any]) -> bytes:
    """JSON lines as a hostile writer makes them: any JSON value, not only objects."""
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


def compressed(body: bytes) -> bytes:
    return zstandard.ZstdCompressor(level=3).compress(body)


def compressed_repeat(chunk: bytes, times: int) -> bytes:
    """``chunk`` ``times`` over, compressed as a stream: a bomb without holding it whole."""
    stream = zstandard.ZstdCompressor(level=3).compressobj()
    out = [stream.compress(chunk) for _ in range(times)]
    return b"".join([*out, stream.flush()])


def stamp(offset_ms: int = 0) -> str:
    return Stamp(now_ms() + offset_ms, 0).encode()


def keys_of(computer: Any) -> DeviceKeys:
    """The private keys stored in a test computer's database (usb_helpers.Computer)."""
    with computer.session() as session:
        device = session.scalars(select(Device)).one()
        return DeviceKeys.from_text(device.keys)


@dataclass(frozen=True)
class Forger:
    """A device that signs whatever it is given, as ``sender``, for ``recipient``."""

    sender: str
    keys: DeviceKeys
    recipient: PublicKeys
    receiver: str = PROVINCE
    communes: tuple[str, ...] = ()

    def seal(self, body: bytes, count: int, **header: Any) -> bytes:
        """``body`` (plain JSON lines) compressed, encrypted and signed for real."""
        return self.seal_compressed(compressed(body), count, **header)

    def seal_compressed(self, body: bytes, count: int, **header: Any) -> bytes:
        """An already compressed body, encrypted and signed for real."""
        args: dict[str, Any] = dict(
            kind="changes", schema=head_revision(), sender=self.sender,
            receiver=self.receiver, communes=self.communes, first_seq=900_000,
            last_seq=900_000 + max(count, 1), signer=self.keys, recipient=self.recipient)
        args.update(header)
        return bundle.seal(body, count, **args)

    def bundle(self, records: list[Any], **header: Any) -> bytes:
        return self.seal(lines_of(records), len(records), **header)

    def change(self, table: str, record_id: str, partition: str, values: dict[str, Any],
               kind: str = "update", **fields: Any) -> dict[str, Any]:
        """One op as the app writes it, by this device, stamped now."""
        when = stamp()
        op = {"t": table, "id": record_id, "p": partition, "h": when, "d": self.sender,
              "o": kind, "v": values, "vv": {self.sender: when}}
        op.update(fields)
        return op


def laptop_forger(laptop: Any, province_keys: PublicKeys, communes: tuple[str, ...]) -> Forger:
    """An enrolled laptop of a test world (usb_helpers.Laptop) signing for the province."""
    return Forger(laptop.device_id, keys_of(laptop), province_keys, PROVINCE, communes)


def province_forger(province: Any, laptop: Any, communes: tuple[str, ...]) -> Forger:
    """The province's server signing for one laptop (usb_helpers.Province and Laptop)."""
    keys = keys_of(province)
    with laptop.session() as session:
        device = session.scalars(select(Device)).one()
        laptop_keys = DeviceKeys.from_text(device.keys).public()
    return Forger(PROVINCE, keys, laptop_keys, laptop.device_id, communes)


def nested_header_file(depth: int = NESTED_HEADER_DEPTH) -> bytes:
    """An unsigned file whose header is ``depth`` nested brackets (60 KB for 30,000)."""
    raw = b"[" * depth + b"]" * depth
    return MAGIC + LENGTH.pack(len(raw)) + raw + LENGTH.pack(0) + bytes(64)


def zip_bomb(megabytes: int = 63) -> bytes:
    """Lines of ``{}``, compressed: a few kilobytes that decompress to ``megabytes`` MB."""
    return compressed_repeat(b"{}\n" * (1 << 18), megabytes * 4 // 3)


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def new_id() -> str:
    return str(uuid.uuid4())
