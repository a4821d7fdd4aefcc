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
Imports of different communes run side by side on worker threads of their own, each holding
the locks of its sender's partitions (app/server/transfers.py, locks.py); a province on
SQLite keeps one writer; imports stay one transaction each, as on the USB path. Nothing
personal is logged: no addresses, no request bodies, no exception messages (they may quote
records). Who may ask and how a refusal reads is app/server/guard.py; a client too slow
to send its request or to read its answer is cut off by app/server/slow_clients.py.
"""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import Depends, FastAPI, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from app.messages import message
from app.models.errors import ModelError
from app.models.store import Store
from app.server.console import mount_console
from app.server.console.usb import UPLOAD, UPLOAD_LIMIT
from app.server.downloads import bundle_from, range_start
from app.server.guard import MAX_HEAD, AuthError, Guard, add_error_handlers, verify_request
from app.server.refusal_log import record
from app.server.transfers import ProvinceServer
from app.server.uploads import Nonces, Spool, SpoolError
from app.sync import bundle, safejson
from app.sync.http import API, MAX_CHUNK
from app.sync.peers import Peer

MAX_BODY = 1024 * 1024


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
    app = FastAPI(title="Commune IT Register", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=province.lifespan)
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
        return await anyio.to_thread.run_sync(province.commit, peer, upload_id,
                                              limiter=province.importing)

    @app.post(f"{API}/pull")
    async def pull(peer: SignedBy) -> list[dict[str, Any]]:
        return await anyio.to_thread.run_sync(province.pull, peer, limiter=province.pulling)

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
