"""A real provincial server on 127.0.0.1, laptops that talk to it, and a link that breaks.

The server is the app's own uvicorn server (``app.server.http.make_server``) on a socket
bound to a free port, run in a background thread; laptops are real stores in their own
folders. The proxy stands between them to cut connections after a random number of bytes,
the way a weak mobile link in the mountains does.
"""

from __future__ import annotations

import contextlib
import random
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import func, select

from app.models import InboxBundle, OutboxBundle, Staff
from app.models.records import create
from app.models.setup import require_device
from app.models.store import Store
from app.server import province
from app.server.http import bind, make_server
from app.sync.device import enroll_file
from app.sync.http import API, RetryPolicy
from tests.helpers import MUONG_PHANG, make_store

FAST_RETRY = RetryPolicy(attempts=12, base_delay=0.02, max_delay=0.3, seconds=30.0)


class ServerThread:
    """The HTTP server on an open store, in a thread, until ``stop``."""

    def __init__(self, store: Store, spool: Path, **options) -> None:
        self.store = store
        self.sock = bind("127.0.0.1", 0)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = make_server(store, spool, log_level="warning", **options)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]},
                                       name="http-sync-server", daemon=True)

    def start(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.sock.close()


@contextmanager
def running(store: Store, spool: Path) -> Iterator[ServerThread]:
    server = ServerThread(store, spool).start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Laptop:
    """An enrolled office laptop: its store, its device id and its commune."""

    store: Store
    device_id: str
    commune: str

    def count(self, model: type, *where) -> int:
        with self.store.sessions() as session:
            return session.scalar(select(func.count()).select_from(model).where(*where))

    def unacknowledged(self) -> int:
        return self.count(OutboxBundle, OutboxBundle.acked_at.is_(None))

    def acknowledged_ids(self) -> set[str]:
        with self.store.sessions() as session:
            return set(session.scalars(select(OutboxBundle.bundle_id).where(
                OutboxBundle.acked_at.is_not(None))))


def enrolled_laptop(folder: Path, server: Store, name: str,
                    communes: tuple[str, ...] = (MUONG_PHANG,), trainer: bool = False) -> Laptop:
    """A laptop set up for ``communes`` that has taken an enrolment file from ``server``."""
    store = make_store(folder, communes, trainer, name)
    data = province.issue(server, ",".join(communes), name, trainer)
    path = folder / "ghi-danh.json"
    path.write_text(province.enrolment_text(data), encoding="utf-8")
    enroll_file(store, path)
    with store.sessions() as session:
        return Laptop(store, require_device(session).id, communes[0])


def add_staff(laptop: Laptop, prefix: str, count: int, seed: int = 0) -> list[str]:
    """``count`` officials of the laptop's commune named ``prefix …``, with varied details
    (so bundles do not compress to nothing); returns their ids."""
    rng = random.Random(seed)
    ids = []
    with laptop.store.sessions.begin() as session:
        for n in range(count):
            staff = create(session, Staff, commune_code=laptop.commune,
                           full_name=f"{prefix} {n:05d} {rng.getrandbits(64):x}",
                           phone=f"09{rng.randrange(10**8):08d}",
                           birth_date=date(1960 + rng.randrange(40), 1 + rng.randrange(12),
                                           1 + rng.randrange(28)))
            session.flush()
            ids.append(staff.id)
    return ids


def staff_named(store: Store, prefix: str) -> int:
    with store.sessions() as session:
        return session.scalar(select(func.count()).select_from(Staff).where(
            Staff.full_name.like(f"{prefix} %"), Staff.deleted.is_(False)))


def inbox_ids(store: Store, sender: str) -> list[str]:
    with store.sessions() as session:
        return list(session.scalars(select(InboxBundle.bundle_id).where(
            InboxBundle.sender == sender, InboxBundle.kind == "changes")))


def get_nonce(url: str) -> str:
    return httpx.post(f"{url}/api/v1/challenge").json()["nonce"]


class CutProxy:
    """A TCP proxy on 127.0.0.1 that drops each of the first ``cuts`` connections after a
    random number of bytes (both ways counted) and passes the rest through untouched.

    Every loop is bounded: the accept loop polls a stop flag, each connection's relay ends
    when either side closes or the budget is spent, and ``close`` joins the threads.
    """

    def __init__(self, target_port: int, cuts: int, low: int, high: int, seed: int) -> None:
        self.target_port, self.cuts_left = target_port, cuts
        self.low, self.high, self.rng = low, high, random.Random(seed)
        self.cut = 0  # connections actually cut
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                budget = None
                if self.cuts_left > 0:
                    self.cuts_left -= 1
                    budget = self.rng.randint(self.low, self.high)
            thread = threading.Thread(target=self._relay, args=(client, budget), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _relay(self, client: socket.socket, budget: int | None) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        left, done = [budget], threading.Event()

        def spend(data: bytes) -> tuple[bytes, bool]:
            """What of ``data`` may still pass, and whether the connection is now cut."""
            with self._lock:
                if left[0] is None:
                    return data, False
                take = min(len(data), left[0])
                left[0] -= take
                if take and left[0] == 0:
                    self.cut += 1
                return data[:take], left[0] == 0

        def pump(src: socket.socket, dst: socket.socket) -> None:
            src.settimeout(0.2)
            while not done.is_set() and not self._stop.is_set():
                try:
                    data = src.recv(4096)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not data:
                    break
                data, cut = spend(data)
                try:
                    if data:
                        dst.sendall(data)
                except OSError:
                    break
                if cut:
                    break
            done.set()

        other = threading.Thread(target=pump, args=(upstream, client), daemon=True)
        other.start()
        pump(client, upstream)
        other.join(timeout=5)
        for sock in (client, upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self._stop.set()
        self._accepting.join(timeout=5)
        self.listener.close()
        for thread in self._threads:
            thread.join(timeout=5)


def wait_until_up(base: str, process: subprocess.Popen) -> str:
    """``base`` once the ``server serve`` in ``process`` answers its health check (a
    minute at most: a busy CI machine starts Python slowly)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"{base}{API}/health").status_code == 200:
                return base
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"the server did not start: {process.communicate(timeout=5)}")


@contextmanager
def province_server(request, folder: Path, sqlite_store: Callable[[Path], Store]
                    ) -> Iterator[ServerThread]:
    """A real server on ``request.param``'s backend: SQLite (the store ``sqlite_store``
    makes in ``folder``) or a fresh PostgreSQL database (dropped afterwards)."""
    if request.param == "sqlite":
        store, url, cluster = sqlite_store(folder), None, None
    else:
        cluster = request.getfixturevalue("postgres_cluster")
        url = cluster.create_database(template=request.getfixturevalue("postgres_template"))
        store = Store.for_url(url)
    served = ServerThread(store, folder / "server").start()
    try:
        yield served
    finally:
        served.stop()
        store.close()
        if url is not None:
            cluster.drop_database(url)
