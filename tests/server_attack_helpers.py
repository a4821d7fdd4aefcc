"""A real ``commune-it server serve`` process, and raw sockets to send it exact bytes.

Used by tests/test_server_hardening.py. A client library tidies requests up (encodes the
path, refuses odd header bytes, sends a head whole); an attacker does not, so the attacks
go through plain sockets, signed the way app/sync/http.py signs when they should reach an
endpoint.
"""

from __future__ import annotations

import contextlib
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import httpx

from app.models.store import Store
from app.server.uploads import Spool
from app.sync.http import API, signing_text
from app.sync.keys import DeviceKeys, b64encode
from tests.helpers import DB_NAME, fresh_store
from tests.pg import free_port

COMMUNE_IT = Path(sys.executable).with_name("commune-it")  # the console script of this venv


@dataclass
class Served:
    """The server process, its data dir and the province database it serves."""

    folder: Path
    port: int
    store: Store
    log: Path  # the process's stderr

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def spool(self) -> Spool:
        return Spool(self.folder / "server")


@contextmanager
def serving(folder: Path, *options: str) -> Iterator[Served]:
    """``commune-it server serve`` on a free port of 127.0.0.1 over a new province
    database in ``folder``, stopped with Ctrl+C at the end (which must end it cleanly)."""
    fresh_store(folder).close()
    (folder / DB_NAME).rename(folder / "province.sqlite3")
    port = free_port()
    log = folder / "server.log"
    with log.open("w") as err, open(folder / "server.out", "w") as out:
        process = subprocess.Popen(
            [str(COMMUNE_IT), "--data-dir", str(folder), "server", "serve", "--host",
             "127.0.0.1", "--port", str(port), *options], stdout=out, stderr=err)
    store = Store(folder / "province.sqlite3")
    try:
        served = Served(folder, port, store, log)
        _wait_until_up(served, process)
        yield served
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
        store.close()
    assert process.returncode == 0, log.read_text()


def _wait_until_up(served: Served, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(httpx.TransportError):
            if httpx.get(f"{served.url}{API}/health").status_code == 200:
                return
        time.sleep(0.1)
    raise AssertionError(f"the server did not start: {served.log.read_text()}")


@dataclass
class Answer:
    status: int | None  # None: the server closed the connection without a word
    headers: dict[str, bytes]
    body: bytes
    raw: bytes


def signed_headers(served: Served, method: str, target: str, body: bytes, device: str,
                   keys: DeviceKeys, nonce: str | None = None) -> list[tuple[bytes, bytes]]:
    """The three headers of a signed request, over the path as the server decodes it."""
    nonce = nonce or httpx.post(f"{served.url}{API}/challenge").json()["nonce"]
    path, _, query = target.partition("?")
    seen = unquote(path) + (f"?{query}" if query else "")
    signature = keys.sign(signing_text(method, seen, nonce, body))
    return [(b"X-Device", device.encode("utf-8", "surrogateescape")),
            (b"X-Nonce", nonce.encode()), (b"X-Signature", b64encode(signature).encode())]


def send(served: Served, method: str, target: bytes | str, body: bytes = b"",
         headers: list[tuple[bytes, bytes]] = ()) -> Answer:
    """One request, exactly these bytes, on a connection of its own; the whole answer."""
    target = target.encode() if isinstance(target, str) else target
    head = [method.encode() + b" " + target + b" HTTP/1.1", b"Host: 127.0.0.1",
            b"Connection: close", b"Content-Length: %d" % len(body)]
    head += [name + b": " + value for name, value in headers]
    with socket.create_connection(("127.0.0.1", served.port), timeout=30) as sock:
        sock.sendall(b"\r\n".join(head) + b"\r\n\r\n" + body)
        raw = read_to_end(sock)
    return parse(raw)


def read_to_end(sock: socket.socket) -> bytes:
    raw = b""
    with contextlib.suppress(ConnectionResetError):
        while more := sock.recv(65536):
            raw += more
    return raw


def parse(raw: bytes) -> Answer:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    if not lines[0].startswith(b"HTTP/1.1 "):
        return Answer(None, {}, body, raw)
    headers = {}
    for line in lines[1:]:
        name, colon, value = line.partition(b": ")
        if colon:
            headers[name.lower().decode("latin-1")] = value
    return Answer(int(lines[0].split()[1]), headers, body, raw)


def seconds_until_closed(head: bytes = b"", trickle: bytes = b"", *, port: int,
                         every: float = 0.25, limit: float = 8.0) -> float:
    """Open a connection, send ``head`` at once and then ``trickle`` a byte every ``every``
    seconds, reading whatever comes back; how long until the server closed it (``limit``
    if it never did)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        opened = time.monotonic()
        sock.sendall(head)
        while time.monotonic() - opened < limit:
            readable, _, _ = select.select([sock], [], [], every)
            try:
                if readable and not sock.recv(65536):
                    break
                if not readable and trickle:
                    sock.send(trickle[:1])
                    trickle = trickle[1:]
            except OSError:  # reset by the server, or a send into a closed connection
                break
        return min(time.monotonic() - opened, limit)
