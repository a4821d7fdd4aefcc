"""A 1,000-change push over a link shaped to 64 kbit/s (a proxy on 127.0.0.1): it should
take less than twice its bytes over the link speed (target ratio < 2)."""

from __future__ import annotations

import contextlib
import socket
import tempfile
import threading
import time
from pathlib import Path

from app.models.store import Store
from app.server.http import bind, make_server
from app.sync.push import push
from bench.common import device_store, report
from bench.sync_bundles import enrol, fill

LINK_BYTES_PER_S = 64_000 / 8


class ShapedProxy:
    """Forwards 127.0.0.1 connections to ``port``, each direction at the link's speed,
    counting every byte; it stops when closed."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.listener = bind("127.0.0.1", 0)
        self.port = self.listener.getsockname()[1]
        self.bytes = 0
        self.lock = threading.Lock()
        self.open = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.open:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target))
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(1024):
                time.sleep(len(data) / LINK_BYTES_PER_S)  # the link's pace, per direction
                with self.lock:
                    self.bytes += len(data)
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self.open = False
        self.listener.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, device_store(["03325"]) as store:
        folder = Path(tmp)
        server_store = Store(folder / "province.sqlite3")
        enrol(store, server_store, folder)
        fill(store, 1_000, folder)
        sock = bind("127.0.0.1", 0)
        server = make_server(server_store, folder / "spool", log_level="warning")
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        proxy = ShapedProxy(sock.getsockname()[1])
        start = time.perf_counter()
        result = push(store, f"http://127.0.0.1:{proxy.port}")
        elapsed = time.perf_counter() - start
        assert result.ok and result.sent_changes >= 1, result
        proxy.close()
        server.should_exit = True
        thread.join(timeout=20)
        server_store.close()
    ideal = proxy.bytes / LINK_BYTES_PER_S
    report(f"1,000-change push at 64 kbit/s ({proxy.bytes:,} bytes): time / ideal",
           elapsed / ideal, "x", 2)


if __name__ == "__main__":
    main()
