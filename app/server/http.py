"""The provincial server over HTTP: the USB exchange (app/sync/transfer.py) behind a small API.

Endpoints, all under ``/api/v1`` and answering JSON (errors as ``{"detail": "<Vietnamese>",
"code", "values"}``: app/sync/refusals.py):

- ``POST /challenge`` → ``{nonce}``: a single-use nonce for signing one request.
- ``POST /claim``: a device's enrolment claim (self-authenticating), before anything else.
- ``POST /uploads`` ``{bundle_id, size, sha256}`` → ``{upload_id, received, committed}``;
  ``PUT /uploads/{id}?offset=N`` (a chunk) → ``{received}``, 409 with the right offset;
  ``POST /uploads/{id}/commit`` → ``{applied, conflicts, duplicate, kind, acknowledged}``,
  422 when the bundle is refused.
- ``POST /pull`` → ``[{bundle_id, kind, size, sha256}]``; ``GET /bundles/{id}`` with
  ``Range: bytes=N-`` (or ``?offset=N``).
- ``GET /health``.

Every request but these three first is signed by the device (see app/sync/http.py); each
signed request's answer carries ``X-Next-Nonce`` so the next one needs no extra round trip.
All writes to the store go through one lock: one worker process, and SQLite has one writer
anyway; imports stay one transaction each, as on the USB path. Nothing personal is logged:
no addresses, no request bodies, no exception messages (they may quote records). Who may
ask and how a refusal reads is app/server/guard.py; a client too slow to send its request
or to read its answer is cut off by app/server/slow_clients.py.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import StreamingResponse
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from app.messages import Message, message
from app.models import RegisteredDevice
from app.models.errors import ModelError
from app.models.store import Store
from app.server.console import mount_console
from app.server.console.usb import UPLOAD, UPLOAD_LIMIT
from app.server.downloads import bundle_from, range_start
from app.server.guard import MAX_HEAD, AuthError, Guard, add_error_handlers, verify_request
from app.server.province import accept_claim, province_me, receive
from app.server.refusal_log import record
from app.server.uploads import Nonces, Spool, SpoolError
from app.sync import bundle, safejson
from app.sync.errors import KeyFormatError, SyncError
from app.sync.http import API, MAX_CHUNK
from app.sync.peers import Peer, active_device, registered_peer
from app.sync.refusals import answer, from_json
from app.sync.transfer import export_changes, export_receipts

MAX_BODY = 1024 * 1024


class ProvinceServer:
    """The server's state: the store, the spool on disk, the nonces, the write lock."""

    def __init__(self, store: Store, spool: Spool, nonces: Nonces) -> None:
        self.store, self.spool, self.nonces = store, spool, nonces
        self.writing = threading.Lock()

    def device(self, device_id: str) -> tuple[Peer | None, str | None]:
        """The registered device of that id and its state, revoked ones included: only its
        key can tell its signed request (told it is revoked) from a forged one (told nothing)."""
        with self.store.sessions() as session:
            entry = session.scalars(select(RegisteredDevice).where(
                RegisteredDevice.device_id == device_id)).first()
            if entry is None or not entry.public_keys:
                return None, None
            try:
                return registered_peer(entry), entry.state
            except KeyFormatError:
                return None, None

    def claim(self, claim: Any) -> dict[str, Any]:
        with self.writing, self.store.sessions.begin() as session:
            province_me(session)
            entry, _label = accept_claim(session, claim)
            return {"device_id": entry.device_id, "state": entry.state}

    def commit(self, device: Peer, upload_id: str) -> dict[str, Any]:
        with self.spool.lock(upload_id):
            upload = self.spool.get(device.id, upload_id)
            if upload.outcome is None:
                data = self.spool.whole(upload)
                try:
                    outcome = self._import(device, upload.bundle_id, data)
                except ModelError as exc:
                    outcome = _refusal(exc.message)
                except IntegrityError:  # as on a stick (files.take_each): refused, said plainly
                    outcome = _refusal(message("server.bundle_conflicts_stored"))
                self.spool.finish(upload, outcome)
        if "refused" in upload.outcome:  # the same answer to a commit repeated
            raise SyncError(_refused_again(upload.outcome))
        return upload.outcome

    def _import(self, device: Peer, bundle_id: str, data: bytes) -> dict[str, Any]:
        try:
            header = bundle.read_header(data)
            if header.sender != device.id or header.bundle_id != bundle_id:
                raise SyncError("server.bundle_not_sender")
        except ModelError as exc:  # refused before receive(), which keeps its own
            record(self.store, device.id, bundle_id, "http", exc.message)
            raise
        with self.writing:
            outcome = receive(self.store, data, via="http")
        return {"kind": header.kind, "applied": outcome.applied, "conflicts": outcome.conflicts,
                "duplicate": outcome.duplicate, "acknowledged": outcome.acknowledged}

    def pull(self, device: Peer) -> list[dict[str, Any]]:
        """This device's receipts and the changes it lacks, left in the spool to download."""
        with self.writing, self.store.sessions.begin() as session:
            me = province_me(session)
            peer = active_device(session, device.id) or device
            out = []
            receipt = export_receipts(session, me, peer)
            if receipt is not None:
                out.append(receipt)
            out += export_changes(session, me, peer, via="http")
            return self.spool.publish(device.id, out)


def _refusal(said: Message) -> dict[str, Any]:
    """A refused commit's outcome, kept in the spool: the answer to give it again."""
    body = answer(said)
    return {"refused": body["detail"], "code": body["code"], "values": body["values"]}


def _refused_again(outcome: dict[str, Any]) -> Message:
    """The kept refusal; one kept before refusals had codes is told in its own words."""
    return from_json(outcome) or message("sync.server_said", detail=str(outcome["refused"]))


async def _signer(request: Request) -> Peer:
    """The device that signed the request. A revoked laptop that proved itself is written
    down among the refusals (its devices page line says it still tries to sync)."""
    province: ProvinceServer = request.app.state.province
    try:
        return await verify_request(request, await request.body(), province.nonces,
                                    province.device)
    except AuthError as exc:
        if exc.reason == "revoked":
            await run_in_threadpool(record, province.store,
                                    request.headers.get("x-device", "")[:64], None, "http",
                                    message("server.device_revoked"))
        raise


SignedBy = Annotated[Peer, Depends(_signer)]


def create_app(store: Store, spool_dir: Path, *, max_body: int = MAX_BODY,
               nonce_seconds: float = 300.0) -> FastAPI:
    """The ASGI app on an open store; spool files (uploads, downloads) under ``spool_dir``."""
    province = ProvinceServer(store, Spool(spool_dir), Nonces(nonce_seconds))
    province.spool.purge()
    app = FastAPI(title="Commune IT Register", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.province = province
    app.add_middleware(Guard, limit=max_body, nonces=province.nonces,
                       wider={UPLOAD: UPLOAD_LIMIT})  # the console's USB desk only
    add_error_handlers(app)

    @app.get(f"{API}/health")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "format": bundle.FORMAT_VERSION}

    @app.post(f"{API}/challenge")
    async def challenge() -> dict[str, str]:
        return {"nonce": province.nonces.issue()}

    @app.post(f"{API}/claim")
    async def claim(request: Request) -> dict[str, Any]:
        return await run_in_threadpool(province.claim, _json_body(await request.body()))

    _add_transfer_routes(app, province)
    mount_console(app, store)  # the department's pages (app/server/console)
    return app


def _add_transfer_routes(app: FastAPI, province: ProvinceServer) -> None:
    """The signed endpoints: uploads in chunks, their commit, the pull and the downloads."""

    @app.post(f"{API}/uploads")
    async def start_upload(request: Request, peer: SignedBy) -> dict[str, Any]:
        upload, received = await run_in_threadpool(
            province.spool.start, peer.id, *_announced(_json_body(await request.body())))
        return {"upload_id": upload.upload_id, "received": received,
                "committed": upload.outcome is not None}

    @app.put(API + "/uploads/{upload_id}")
    async def put_chunk(upload_id: str, offset: int, request: Request,
                        peer: SignedBy) -> dict[str, int]:
        chunk = await request.body()
        if len(chunk) > MAX_CHUNK:
            raise SpoolError("server.chunk_too_large", 413, limit=MAX_CHUNK // 1024)
        upload = await run_in_threadpool(province.spool.get, peer.id, upload_id)
        received = await run_in_threadpool(province.spool.append, upload, offset, chunk)
        return {"received": received}

    @app.post(API + "/uploads/{upload_id}/commit")
    async def commit(upload_id: str, peer: SignedBy) -> dict[str, Any]:
        return await run_in_threadpool(province.commit, peer, upload_id)

    @app.post(f"{API}/pull")
    async def pull(peer: SignedBy) -> list[dict[str, Any]]:
        return await run_in_threadpool(province.pull, peer)

    @app.get(API + "/bundles/{bundle_id}")
    async def download(bundle_id: str, request: Request, peer: SignedBy,
                       offset: int | None = None) -> StreamingResponse:
        path = province.spool.waiting(peer.id, bundle_id)
        start = offset if offset is not None else range_start(request.headers.get("range", ""),
                                                              path.stat().st_size)
        return bundle_from(path, start)


def _announced(wanted: Any) -> tuple[str, int, str]:
    """The bundle id, size and checksum an upload announces, each of its own type."""
    if isinstance(wanted, dict):
        bundle_id, size, sha256 = (wanted.get(k) for k in ("bundle_id", "size", "sha256"))
        if isinstance(bundle_id, str) and isinstance(sha256, str) and type(size) is int:
            return bundle_id, size, sha256
    raise SpoolError("server.upload_announcement", 422)


def _json_body(body: bytes) -> Any:
    """A request's JSON, bounded in nesting (deep brackets are a plain 400, not a crash)."""
    try:
        return safejson.loads(body)
    except ValueError as exc:
        raise SpoolError("server.body_not_json", 400) from exc


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, or a plain refusal (port taken, address not on this machine)."""
    try:
        sock = socket.create_server((host, port), family=_family(host), reuse_port=False)
    except OSError as exc:
        raise ModelError("server.port_unavailable", port=port, host=host,
                         reason=str(exc.strerror)) from exc
    sock.set_inheritable(True)
    return sock


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def make_server(store: Store, spool_dir: Path, *, client_timeout: float | None = None,
                **options: Any):  # -> uvicorn.Server
    """uvicorn on the app: one worker (the nonces live in its memory), no access log (it
    would record the offices' addresses), and slow or idle clients cut off after
    ``client_timeout`` seconds (app/server/slow_clients.py)."""
    import uvicorn

    from app.server import slow_clients as slow

    seconds = slow.CLIENT_TIMEOUT if client_timeout is None else client_timeout
    config = uvicorn.Config(
        create_app(store, spool_dir), access_log=False, workers=1,
        http=slow.protocol(seconds), timeout_keep_alive=seconds,
        limit_concurrency=slow.MAX_CONNECTIONS, h11_max_incomplete_event_size=MAX_HEAD,
        **{"log_level": "info", **options})
    return uvicorn.Server(config)


def serve(store: Store, spool_dir: Path, host: str, port: int,
          client_timeout: float | None = None) -> None:
    """Run the server until interrupted (Ctrl+C)."""
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    print(message("server.running", url=f"http://{shown}:{port}"), flush=True)
    with contextlib.suppress(KeyboardInterrupt):  # uvicorn shuts down, then passes it on
        make_server(store, spool_dir, client_timeout=client_timeout).run(sockets=[sock])
    print(message("server.stopped"), flush=True)
