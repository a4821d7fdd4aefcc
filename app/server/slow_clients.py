"""Slow clients, on purpose or on a dying link, cannot hold the server's connections.

uvicorn times a connection only between two requests (``timeout_keep_alive``), and that
timer stops at the first byte of the next one. A client that opens a connection and says
nothing, sends a header byte every few seconds, lets a body trickle, or never reads its
answer would hold a connection (and a file descriptor, and a task) for ever; a few hundred
of them and the province's server serves nobody (the "slowloris" attack). Middleware cannot
help: the app is called only once the request head is complete. So the HTTP protocol itself
keeps the clock, the way Apache's mod_reqtimeout does:

- a connection may stay silent for ``seconds`` (just opened, or after an answer); from a
  request's first byte the client has ``seconds`` to send it whole, plus one second for
  every ``MIN_RATE`` bytes it has sent: a 256 KiB chunk over a poor mobile link gets its
  time, a trickle does not;
- an answer the client stops reading (the send buffer stays full) is dropped when less than
  ``MIN_RATE`` bytes a second have left the buffer over ``seconds``.

Time the server itself spends (the app working, or uvicorn holding back reading until the
app takes what it has) never counts against the client.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

CLIENT_TIMEOUT = 30.0  # seconds; ``server serve --client-timeout`` changes it
MIN_RATE = 500  # bytes a second: a slower request or download is treated as an attack
MAX_CONNECTIONS = 500  # beyond this many open connections a request gets 503 (the client retries)

log = logging.getLogger("app.server.http")
_WAITING = (h11.IDLE, h11.SEND_BODY)  # the client's side of the exchange is not over yet


def _no_delay(transport: asyncio.Transport) -> None:
    """Send each answer's bytes at once. asyncio switches Nagle's algorithm off only on
    sockets that name TCP as their protocol, and the listening socket made by
    ``http.bind`` (``socket.create_server``) names none: every answer, whose head and body
    are written apart, then waited for the client's delayed acknowledgement, 40 ms a
    request, the laptops' included."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class DeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol with a clock on each request and on each stalled answer."""

    seconds = CLIENT_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reading: asyncio.TimerHandle | None = None
        self._writing: asyncio.TimerHandle | None = None
        self._began = 0.0
        self._received = 0
        self._unsent = 0

    # -- the request: started, fed, finished

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        _no_delay(transport)
        self._follow()

    def data_received(self, data: bytes) -> None:
        if self._reading is not None and self._received == 0:
            self._began = self.loop.time()  # idle until now: the request itself starts here
        self._received += len(data)
        super().data_received(data)
        self._follow()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_reading()
        self._stop_writing()
        super().connection_lost(exc)

    def _follow(self) -> None:
        """Run the clock while the server waits on the client's request, not otherwise."""
        waiting = self.conn.their_state in _WAITING and not self.transport.is_closing()
        if waiting and self._reading is None:
            self._began, self._received = self.loop.time(), 0
            self._reading = self.loop.call_later(self.seconds, self._check_reading)
        elif not waiting:
            self._stop_reading()

    def _check_reading(self) -> None:
        self._reading = None
        if self.conn.their_state not in _WAITING or self.transport.is_closing():
            return
        if self.flow.read_paused:  # uvicorn holds the body back until the app reads it
            self._began = self.loop.time()
            self._received = 0
        due = self._began + self.seconds + self._received / MIN_RATE
        left = due - self.loop.time()
        if left > 0:
            self._reading = self.loop.call_later(left, self._check_reading)
            return
        log.info("closed a connection that took over %.0f s to send its request", self.seconds)
        self.transport.close()

    def _stop_reading(self) -> None:
        if self._reading is not None:
            self._reading.cancel()
            self._reading = None

    # -- the answer: a full send buffer must keep draining

    def pause_writing(self) -> None:
        super().pause_writing()
        if self._writing is None:
            self._unsent = self.transport.get_write_buffer_size()
            self._writing = self.loop.call_later(self.seconds, self._check_writing)

    def resume_writing(self) -> None:
        super().resume_writing()
        self._stop_writing()

    def _check_writing(self) -> None:
        self._writing = None
        unsent = self.transport.get_write_buffer_size()
        if self._unsent - unsent >= MIN_RATE * self.seconds:
            self._unsent = unsent
            self._writing = self.loop.call_later(self.seconds, self._check_writing)
            return
        log.info("dropped a connection that stopped reading its answer for %.0f s", self.seconds)
        self.transport.abort()

    def _stop_writing(self) -> None:
        if self._writing is not None:
            self._writing.cancel()
            self._writing = None


def protocol(seconds: float) -> type[DeadlineProtocol]:
    """The protocol class with its clock set to ``seconds`` (uvicorn makes one per
    connection from the class it is given, with no room for arguments of ours)."""
    return type("DeadlineProtocol", (DeadlineProtocol,), {"seconds": float(seconds)})
