"""Every answer of the provincial server leaves at once (issue 14: pushes while staff browse).

The server listens on a socket of its own (``app.server.http.bind``), and asyncio turns
Nagle's algorithm off only on sockets that name TCP as their protocol, which that one does
not. Each answer is written as a head and then a body: with Nagle on, the body waited for
the client's delayed acknowledgement of the head, about 40 ms on every request of every
laptop and every console page. Read here on the server's own end of a real connection.
"""

from __future__ import annotations

import socket
from pathlib import Path

import httpx

from tests.helpers import make_province
from tests.http_helpers import ServerThread


def test_the_servers_end_of_a_connection_sends_without_delay(tmp_path: Path) -> None:
    store = make_province(tmp_path / "province")
    server = ServerThread(store, tmp_path / "spool").start()
    try:
        with httpx.Client(base_url=server.url) as client:
            assert client.get("/api/v1/health").status_code == 200
            ends = [protocol.transport.get_extra_info("socket")
                    for protocol in server.server.server_state.connections]
            assert ends, "the connection is kept alive: its server end is there to read"
            assert all(end.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for end in ends)
    finally:
        server.stop()
        store.close()
