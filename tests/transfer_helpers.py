"""What the resumable-transfer tests share: a real province server on 127.0.0.1 (the app's
own uvicorn server on SQLite), laptops enrolled with it, and a record of what the server's
spool took.

``SpoolLog`` watches the server from inside: it wraps ``Spool.start`` (an upload announced:
which bundle, and where the server says it stands) and ``Spool.append`` (a chunk taken:
which bundle, at which offset, how many bytes). The server's behaviour is unchanged; the
log can only *hold* the request that crosses a given share of a bundle, so that a test can
end the laptop's process at that moment, as a link dropping after the server stored a
chunk but before its answer came back.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Transfer, TransferBundle
from app.models.store import Store
from app.server.uploads import Spool
from app.sync import bundle

COMMUNE_IT = Path(__file__).resolve().parents[1] / ".venv" / "bin" / "commune-it"


@dataclass(frozen=True)
class Put:
    bundle_id: str
    offset: int
    length: int


@dataclass(frozen=True)
class Announce:
    bundle_id: str
    size: int
    sha256: str
    received: int  # what the server said it already had


@dataclass
class SpoolLog:
    """Every announce and chunk the server took since the last ``clear``."""

    puts: list[Put] = field(default_factory=list)
    announces: list[Announce] = field(default_factory=list)
    hold_share: float | None = None  # hold the chunk that crosses this share of a bundle
    held: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> SpoolLog:
        real_start, real_append = Spool.start, Spool.append

        def start(spool: Spool, device: str, bundle_id: str, size: int, sha256: str):
            upload, received = real_start(spool, device, bundle_id, size, sha256)
            self.announces.append(Announce(bundle_id, size, sha256, received))
            return upload, received

        def append(spool: Spool, upload, offset: int, chunk: bytes) -> int:
            received = real_append(spool, upload, offset, chunk)
            self.puts.append(Put(upload.bundle_id, offset, len(chunk)))
            share = self.hold_share
            if share is not None and received >= share * upload.size and not self.held.is_set():
                self.held.set()
                self.release.wait(60)  # the laptop is killed meanwhile; then let go
            return received

        monkeypatch.setattr(Spool, "start", start)
        monkeypatch.setattr(Spool, "append", append)
        return self

    def clear(self) -> None:
        self.puts.clear()
        self.announces.clear()

    def bytes_of(self, bundle_id: str) -> int:
        return sum(p.length for p in self.puts if p.bundle_id == bundle_id)

    def change_bundles(self) -> list[Announce]:
        """Announced bundles larger than a receipt (this module's bundles of officials)."""
        return [a for a in self.announces if a.size > 4096]


def kept(store: Store) -> list[tuple[str, str, bytes]]:
    """(bundle id, direction, bytes) of every bundle a transfer keeps in the store."""
    with store.sessions() as session:
        return [(b.bundle_id, b.direction, b.data) for b in session.scalars(
            select(TransferBundle).order_by(TransferBundle.kept_at))]


def transfers(store: Store) -> list[tuple[str, bool]]:
    """(stage, finished) of each transfer, oldest first."""
    with store.sessions() as session:
        return [(t.stage, t.finished_at is not None) for t in session.scalars(
            select(Transfer).order_by(Transfer.started_at))]


def unfinished(store: Store) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Transfer).where(
            Transfer.finished_at.is_(None)))


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def header_of(path: Path) -> bundle.Header:
    return bundle.read_header(path.read_bytes())
