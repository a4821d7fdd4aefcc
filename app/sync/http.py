"""The device's client for the provincial server: the same bundles as on a USB stick, over HTTP.

Links from border communes drop often, so every request is retried with exponential back-off
and jitter (a bounded number of attempts and seconds), and a transfer resumes from the byte
the server says it has: an upload in chunks (``PUT …?offset=N``; a wrong offset answers 409
with the right one), a download with ``Range: bytes=N-``. Every request after enrolment is
signed with the device's Ed25519 key over the method, the path, a single-use server nonce and
the body's SHA-256 (see ``signing_text``), so a request can be neither forged nor replayed.

A refusal is read from the answer's JSON: its message code and values when this copy's
catalogue knows them, else the server's own sentence (app/sync/refusals.py), so an error
shows in the window's language. Cancellation is a ``threading.Event`` checked between
chunks and while waiting to retry. Before each wait the client tells ``on_retry`` a
``RetryNotice`` (the try, the wait, the reason): an unreachable server is a minute of
retries, which the officer must see happen and may stop.
"""

from __future__ import annotations

import hashlib
import json
import logging
import ssl
import threading
import time
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

import httpx

from app import version
from app.messages import Message, message

from . import bundle
from .errors import ServerRefusedError, ServerUnreachableError, SyncCancelled, SyncError
from .keys import DeviceKeys, b64encode
from .refusals import answer_message
from .retry_notice import RetryNotice, RetryPolicy

API = "/api/v1"
CHUNK_SIZE = 64 * 1024
MAX_CHUNK = 256 * 1024
SIGNING_LABEL = "CITSYNC1"
JSON, OCTETS = "application/json", "application/octet-stream"
# How long the laptop waits on each step of a request before it takes the link for dropped
# and tries again: opening the connection; each read of the answer (the province may import
# a large bundle before it answers a commit); each write of a chunk (a poor mobile link);
# a free connection of its own. No step waits for ever, whatever the server does.
CONNECT_SECONDS, READ_SECONDS, WRITE_SECONDS, POOL_SECONDS = 10.0, 60.0, 60.0, 10.0
T = TypeVar("T")
BytesDone = Callable[[int], None]
RetryHeard = Callable[[RetryNotice], None]
# httpx logs every request at INFO; a push makes hundreds, which would drown the log file.
logging.getLogger("httpx").setLevel(logging.WARNING)


def signing_text(method: str, path: str, nonce: str, body: bytes) -> bytes:
    """What a device signs: method, path with query (from ``/api/v1`` on), nonce, body hash."""
    return "\n".join((SIGNING_LABEL, method.upper(), path, nonce,
                      hashlib.sha256(body).hexdigest())).encode("utf-8")


class _Transient(Exception):
    """A failure worth another try; ``reason`` says what happened, for the last one."""

    def __init__(self, reason: Message, progressed: bool = False) -> None:
        super().__init__(reason.code)
        self.reason, self.progressed = reason, progressed


@cache
def _tls() -> ssl.SSLContext:
    """The CA bundle, read once a process (httpx reads it for every client: 20 ms of CPU
    a push); made as httpx makes its own, and shared by every client and thread."""
    return httpx.create_ssl_context()


class SyncClient:
    """One device talking to one server; not shared between threads."""

    def __init__(self, server_url: str, device_id: str, keys: DeviceKeys, *,
                 retry: RetryPolicy | None = None, cancel: threading.Event | None = None,
                 chunk_size: int = CHUNK_SIZE, timeout: float | None = None,
                 on_retry: RetryHeard | None = None) -> None:
        try:
            url = httpx.URL(server_url)
        except httpx.InvalidURL:
            url = None
        if url is None or url.scheme not in ("http", "https") or not url.host:
            raise SyncError("transfer.server_address_invalid", address=server_url)
        self.base = server_url.rstrip("/")
        self.device_id, self.keys = device_id, keys
        self.retry = retry or RetryPolicy()
        self.cancel = cancel
        self.on_retry = on_retry
        self.chunk_size = max(1, min(chunk_size, MAX_CHUNK))
        self._http = httpx.Client(timeout=_timeouts(timeout), verify=_tls(),
                                  headers={"User-Agent": f"commune-it/{version()}"})
        self._nonce: str | None = None

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the API

    def claim(self, claim: dict[str, Any]) -> dict[str, Any]:
        """Send the enrolment claim (self-authenticating: the device is not active yet)."""
        return self._call("POST", "/claim", _json(claim), signed=False, kind=JSON).json()

    def upload(self, data: bytes, progress: BytesDone | None = None) -> dict[str, Any]:
        """Send one bundle in chunks, resuming where the server left off; returns the import
        outcome {applied, conflicts, duplicate, kind, acknowledged}."""
        header = bundle.read_header(data)
        announce = _json({"bundle_id": header.bundle_id, "size": len(data),
                          "sha256": hashlib.sha256(data).hexdigest()})
        for _restart in range(3):
            state = self._call("POST", "/uploads", announce, kind=JSON).json()
            upload_id, offset = state["upload_id"], int(state["received"])
            while offset < len(data):
                self._check_cancel()
                response = self._call("PUT", f"/uploads/{upload_id}?offset={offset}",
                                      data[offset:offset + self.chunk_size], ok=(200, 409))
                offset = int(response.json()["received"])
                if progress:
                    progress(offset)
            response = self._call("POST", f"/uploads/{upload_id}/commit", ok=(200, 409))
            if response.status_code == 200:
                return response.json()
        raise SyncError("transfer.upload_keeps_failing")

    def pull(self) -> list[dict[str, Any]]:
        """Ask the server to prepare this device's bundles; returns [{bundle_id, size, sha256}]."""
        return self._call("POST", "/pull").json()

    def download(self, item: dict[str, Any], progress: BytesDone | None = None) -> bytes:
        """Fetch one prepared bundle, resuming a cut transfer with a Range request."""
        received = bytearray()
        route = f"/bundles/{item['bundle_id']}"

        def attempt() -> None:
            before = len(received)
            headers = self._signed_headers("GET", route, b"")
            if received:
                headers["Range"] = f"bytes={len(received)}-"
            try:
                with self._http.stream("GET", self._url(route), headers=headers) as response:
                    self._take_nonce(response)
                    if response.status_code not in (200, 206):
                        response.read()
                        self._check_status(response)
                    if response.status_code == 200:
                        received.clear()  # the whole file again
                    for chunk in response.iter_bytes(self.chunk_size):
                        self._check_cancel()
                        received.extend(chunk)
                        if progress:
                            progress(len(received))
            except httpx.TransportError as exc:
                raise _Transient(_reason(exc), progressed=len(received) > before) from exc
            if len(received) < item["size"]:
                raise _Transient(message("transfer.reason_cut_midway"),
                                 len(received) > before)

        self._retrying(attempt)
        data = bytes(received)
        if len(data) != item["size"] or hashlib.sha256(data).hexdigest() != item["sha256"]:
            raise SyncError("transfer.download_damaged")
        return data

    # -- requests, signatures, retries

    def _url(self, route: str) -> str:
        return f"{self.base}{API}{route}"

    def _call(self, method: str, route: str, body: bytes = b"", *, signed: bool = True,
              ok: tuple[int, ...] = (200,), kind: str = OCTETS) -> httpx.Response:
        def attempt() -> httpx.Response:
            headers = self._signed_headers(method, route, body) if signed else {}
            if body:
                headers["Content-Type"] = kind
            try:
                response = self._http.request(method, self._url(route), content=body,
                                              headers=headers)
            except httpx.TransportError as exc:
                raise _Transient(_reason(exc)) from exc
            self._take_nonce(response)
            if response.status_code not in ok:
                self._check_status(response)
            return response

        return self._retrying(attempt)

    def _signed_headers(self, method: str, route: str, body: bytes) -> dict[str, str]:
        nonce, self._nonce = self._nonce, None
        if nonce is None:
            try:
                response = self._http.post(self._url("/challenge"))
            except httpx.TransportError as exc:
                raise _Transient(_reason(exc)) from exc
            self._check_status(response)
            nonce = response.json()["nonce"]
        signature = self.keys.sign(signing_text(method, API + route, nonce, body))
        return {"X-Device": self.device_id, "X-Nonce": nonce, "X-Signature": b64encode(signature)}

    def _take_nonce(self, response: httpx.Response) -> None:
        self._nonce = response.headers.get("X-Next-Nonce")

    def _check_status(self, response: httpx.Response) -> None:
        """Return quietly on success; a transient failure is retried, a refusal is raised."""
        status = response.status_code
        if status < 400:
            return
        body = _body(response)
        reason = body.get("reason") if isinstance(body, dict) else None
        if status >= 500 or status in (408, 429) or (status == 401 and reason == "nonce"):
            raise _Transient(message("transfer.reason_status", status=status))
        raise ServerRefusedError(answer_message(body, status), status)

    def _retrying(self, attempt: Callable[[], T]) -> T:
        failures, started = 0, time.monotonic()
        while True:
            self._check_cancel()
            try:
                return attempt()
            except _Transient as exc:
                self._nonce = None
                if exc.progressed:
                    failures, started = 0, time.monotonic()
                failures += 1
                reason = exc.reason
            left = self.retry.seconds - (time.monotonic() - started)
            if failures >= self.retry.attempts or left <= 0:
                raise ServerUnreachableError("transfer.server_unreachable", server=self.base,
                                             reason=reason, attempts=failures)
            wait = min(self.retry.delay(failures), left)
            if self.on_retry is not None:
                self.on_retry(RetryNotice(failures, self.retry.attempts, wait, reason))
            self._sleep(wait)

    def _sleep(self, seconds: float) -> None:
        if self.cancel is None:
            time.sleep(seconds)
        elif self.cancel.wait(seconds):
            raise SyncCancelled()

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise SyncCancelled()


def _timeouts(seconds: float | None) -> httpx.Timeout:
    """Each step's limit; ``seconds`` (a test, a very slow link) sets the reads and writes
    and caps the rest."""
    if seconds is None:
        return httpx.Timeout(connect=CONNECT_SECONDS, read=READ_SECONDS, write=WRITE_SECONDS,
                             pool=POOL_SECONDS)
    return httpx.Timeout(connect=min(CONNECT_SECONDS, seconds), read=seconds, write=seconds,
                         pool=min(POOL_SECONDS, seconds))


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _body(response: httpx.Response) -> Any:
    """The answer's JSON (a refusal: ``detail``, and from newer servers ``code`` and
    ``values`` that app/sync/refusals.py reads), or None."""
    try:
        return response.json()
    except ValueError:
        return None


def _reason(exc: httpx.TransportError) -> Message:
    if isinstance(exc, httpx.TimeoutException):
        return message("transfer.reason_timeout")
    if isinstance(exc, httpx.ConnectError):
        return message("transfer.reason_no_connection")
    return message("transfer.reason_dropped")
