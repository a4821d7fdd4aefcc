"""The server's transfer state: uploads in progress, bundles waiting for download, nonces.

Everything a transfer needs to resume lives in files, not in memory, so a dropped link or a
restarted server costs only the bytes in flight. An upload is ``<id>.part`` (the bytes
received so far: its length *is* the offset to resume from) and ``<id>.json`` (what the
device announced, and once committed the outcome, so a commit repeated after a lost answer
gets the same answer instead of a second import). An upload's id is derived from the device
and the bundle id, so announcing the same bundle again finds the same upload.

Downloads are whole bundle files under ``outgoing/<device id>/``, replaced at each pull.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.models.errors import ModelError
from app.sync import bundle

MAX_UPLOAD = bundle.MAX_BODY_BYTES + bundle.MAX_HEADER_BYTES + 1024  # no bundle is larger
KEEP_SECONDS = 14 * 24 * 3600  # an upload nobody finished is forgotten after two weeks
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_HEX = re.compile(r"[0-9a-f]{64}\Z")
_ID = re.compile(r"[0-9a-f]{32}\Z")


class SpoolError(ModelError):
    """A transfer request that does not fit the upload it names (HTTP status in ``status``)."""

    def __init__(self, code: str, status: int, received: int | None = None, /,
                 **values: Any) -> None:
        super().__init__(code, **values)
        self.status = status
        self.received = received  # where the client must resume, when that is the point


def is_bundle_id(text: str) -> bool:
    return bool(_UUID.match(text))


@dataclass
class Upload:
    upload_id: str
    device: str
    bundle_id: str
    size: int
    sha256: str
    created: float
    outcome: dict[str, Any] | None = None  # set once committed (or refused)


class Spool:
    """Upload parts and outgoing bundles in one folder; safe to share between threads."""

    def __init__(self, folder: Path) -> None:
        self.uploads = folder / "uploads"
        self.outgoing = folder / "outgoing"
        self.uploads.mkdir(parents=True, exist_ok=True)
        self.outgoing.mkdir(parents=True, exist_ok=True)
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}

    def lock(self, upload_id: str) -> threading.Lock:
        """One lock per upload: a retried chunk may arrive while the first is still written."""
        with self._guard:
            return self._locks.setdefault(upload_id, threading.Lock())

    # -- uploads

    def start(self, device: str, bundle_id: str, size: int, sha256: str) -> tuple[Upload, int]:
        """The upload of ``bundle_id`` by ``device``, new or as far as it got."""
        if not is_bundle_id(bundle_id) or not _HEX.match(sha256):
            raise SpoolError("server.upload_ids_invalid", 422)
        if not 0 < size <= MAX_UPLOAD:
            raise SpoolError("server.upload_size_invalid", 413, size=size)
        upload_id = hashlib.sha256(f"{device}\n{bundle_id}".encode()).hexdigest()[:32]
        with self.lock(upload_id):
            upload = self._load(upload_id)
            if upload is None:
                upload = Upload(upload_id, device, bundle_id, size, sha256, time.time())
                self._save(upload)
                self._part(upload_id).write_bytes(b"")
            elif (upload.size, upload.sha256) != (size, sha256):
                raise SpoolError("server.upload_other_content", 409)
            return upload, self.received(upload)

    def get(self, device: str, upload_id: str) -> Upload:
        upload = self._load(upload_id) if _ID.match(upload_id) else None
        if upload is None or upload.device != device:
            raise SpoolError("server.upload_unknown", 404)
        return upload

    def received(self, upload: Upload) -> int:
        if upload.outcome is not None:
            return upload.size
        try:
            return self._part(upload.upload_id).stat().st_size
        except FileNotFoundError:
            return 0

    def append(self, upload: Upload, offset: int, chunk: bytes) -> int:
        """Add ``chunk`` at ``offset``; a wrong offset is refused with the right one."""
        with self.lock(upload.upload_id):
            received = self.received(upload)
            if offset != received or upload.outcome is not None:
                raise SpoolError("server.upload_offset", 409, received, offset=offset,
                                 received=received)
            if received + len(chunk) > upload.size:
                raise SpoolError("server.upload_overflow", 413, received)
            with self._part(upload.upload_id).open("ab") as stream:
                stream.write(chunk)
            return received + len(chunk)

    def whole(self, upload: Upload) -> bytes:
        """The complete upload, or a refusal that sends the client back to the right offset;
        bytes that do not match the announced checksum are dropped to be sent again."""
        received = self.received(upload)
        if received != upload.size:
            raise SpoolError("server.upload_incomplete", 409, received, received=received,
                             size=upload.size)
        data = self._part(upload.upload_id).read_bytes()
        if hashlib.sha256(data).hexdigest() != upload.sha256:
            self._part(upload.upload_id).write_bytes(b"")
            raise SpoolError("server.upload_checksum", 409, 0)
        return data

    def finish(self, upload: Upload, outcome: dict[str, Any]) -> None:
        """Remember the answer (a repeated commit gets it again) and drop the bytes."""
        upload.outcome = outcome
        self._save(upload)
        self._part(upload.upload_id).unlink(missing_ok=True)

    def purge(self, now: float | None = None) -> int:
        """Forget uploads older than KEEP_SECONDS; returns how many."""
        limit = (now or time.time()) - KEEP_SECONDS
        gone = 0
        for meta in self.uploads.glob("*.json"):
            upload = self._load(meta.stem)
            if upload is None or upload.created < limit:
                meta.unlink(missing_ok=True)
                self._part(meta.stem).unlink(missing_ok=True)
                gone += 1
        return gone

    def _part(self, upload_id: str) -> Path:
        return self.uploads / f"{upload_id}.part"

    def _load(self, upload_id: str) -> Upload | None:
        try:
            return Upload(**json.loads((self.uploads / f"{upload_id}.json").read_text()))
        except (OSError, ValueError, TypeError):
            return None

    def _save(self, upload: Upload) -> None:
        path = self.uploads / f"{upload.upload_id}.json"
        temp = path.with_suffix(".tmp")
        temp.write_text(json.dumps(asdict(upload)))
        os.replace(temp, path)

    # -- downloads

    def publish(self, device: str, bundles: list[bytes]) -> list[dict[str, Any]]:
        """Replace ``device``'s waiting bundles with these; returns what the client fetches."""
        folder = self.folder_of(device)
        for old in folder.glob("*.citb"):
            old.unlink(missing_ok=True)
        listed = []
        for data in bundles:
            header = bundle.read_header(data)
            bundle.write_atomically(folder, f"{header.bundle_id}.citb", data)
            listed.append({"bundle_id": header.bundle_id, "kind": header.kind,
                           "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
        return listed

    def waiting(self, device: str, bundle_id: str) -> Path:
        path = self.folder_of(device) / f"{bundle_id}.citb"
        if not is_bundle_id(bundle_id) or not path.is_file():
            raise SpoolError("server.download_unknown", 404)
        return path

    def folder_of(self, device: str) -> Path:
        """Where ``device``'s bundles wait to be downloaded."""
        name = hashlib.sha256(device.encode()).hexdigest()[:32]  # ids never become paths
        folder = self.outgoing / name
        folder.mkdir(exist_ok=True)
        return folder


class Nonces:
    """Single-use nonces, each valid for ``seconds``, in memory: hence one worker process.
    At most ``limit`` are kept (the oldest go first), so asking for many costs nothing."""

    def __init__(self, seconds: float, limit: int = 100_000) -> None:
        self.seconds, self.limit = seconds, limit
        self._issued: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def issue(self) -> str:
        nonce, now = secrets.token_urlsafe(18), time.monotonic()
        with self._lock:
            while self._issued and (next(iter(self._issued.values())) < now
                                    or len(self._issued) >= self.limit):
                self._issued.popitem(last=False)
            self._issued[nonce] = now + self.seconds
        return nonce

    def take(self, nonce: str) -> bool:
        with self._lock:
            expiry = self._issued.pop(nonce, None)
        return expiry is not None and expiry >= time.monotonic()
