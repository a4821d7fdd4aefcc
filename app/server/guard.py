"""Who may ask the provincial server, and how much: the checks every request passes
before an endpoint sees it.

A signed request proves which enrolled, active device sent it (its key, a single-use
nonce, the exact method, path and body); one that does not prove it learns nothing about
the device it names. ``Guard`` is the outermost ASGI layer, limiting the head and the body
(counted as it streams), handing a fresh nonce back with every signed answer, and turning
anything unexpected into a plain 500 that is logged without its message (which may quote
a record). Every refusal is answered the same way: ``{"detail": "<Vietnamese>", "code",
"values"}``, the sentence for any client and the message for one that shows it in its own
language (app/sync/refusals.py).
Kept apart from the endpoints (``http.py``) so the rules can be read in one place; how
long a client may take is the protocol's business (``slow_clients.py``).
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect, Request

from app.messages import Message, message
from app.models.errors import ModelError
from app.server.uploads import Nonces, SpoolError
from app.sync.errors import KeyFormatError
from app.sync.http import API, signing_text
from app.sync.keys import SIGNATURE, b64decode
from app.sync.peers import Peer
from app.sync.refusals import answer as refusal

log = logging.getLogger("app.server.http")  # the server's log lines, under one name
MAX_HEAD = 16 * 1024  # bytes of request line and headers; a signed request needs under 1 KiB


class AuthError(ModelError):
    """A request that does not prove it comes from an enrolled, active device; ``reason``
    is a word for the log and for the client (``nonce``: ask for a new one)."""

    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(code)
        self.status, self.reason = status, reason


Lookup = Callable[[str], "tuple[Peer | None, str | None]"]
UNPROVEN = "server.unproven"
# Checked in place of a key when the device is unknown: the same work as for a known one.
_STAND_IN = Ed25519PrivateKey.generate().public_key()


async def verify_request(request: Request, body: bytes, nonces: Nonces, lookup: Lookup) -> Peer:
    """The active device that signed this request, or AuthError.

    Until a request proves it comes from the key of an enrolled device, its answer says
    nothing about the device it names: unknown, revoked or active, a spent nonce or a bad
    signature gets the same 401 in the same words after the same work. Only a device that
    signed with its own key over a fresh nonce learns that it was revoked (403).
    """
    device_id = request.headers.get("x-device", "")
    nonce, signature = request.headers.get("x-nonce", ""), request.headers.get("x-signature", "")
    if not (device_id and nonce and signature):
        raise AuthError(401, "server.unsigned", "unsigned")
    if not nonces.take(nonce):
        raise AuthError(401, "server.nonce_invalid", "nonce")
    peer, state = await run_in_threadpool(lookup, device_id)
    path = request.url.path
    path = path[max(path.find(API), 0):] + (f"?{request.url.query}" if request.url.query else "")
    signed = _verifies(peer.keys.verify_key if peer else _STAND_IN, signature,
                       signing_text(request.method, path, nonce, body))
    if peer is None or not signed or state not in ("active", "revoked"):
        raise AuthError(401, UNPROVEN, "signature")
    if state == "revoked":
        raise AuthError(403, "server.device_revoked", "revoked")
    return peer


def _verifies(key: Ed25519PublicKey, signature: str, text: bytes) -> bool:
    try:
        key.verify(b64decode(signature, 64, SIGNATURE), text)
    except (InvalidSignature, KeyFormatError):
        return False
    return True


def add_error_handlers(app: FastAPI) -> None:
    """Every refusal as ``{"detail": "<Vietnamese>", "code", "values"}``, the framework's
    own ones included."""
    def answer(status: int, said: Message, **extra: Any) -> JSONResponse:
        return JSONResponse(refusal(said, **extra), status_code=status)

    @app.exception_handler(AuthError)
    async def auth_error(_request: Request, exc: AuthError) -> JSONResponse:
        log.info("request refused (%s): %s", exc.status, exc.reason)
        return answer(exc.status, exc.message, reason=exc.reason)

    @app.exception_handler(SpoolError)
    async def spool_error(_request: Request, exc: SpoolError) -> JSONResponse:
        extra = {} if exc.received is None else {"received": exc.received}
        return answer(exc.status, exc.message, **extra)

    @app.exception_handler(ModelError)
    async def refused(_request: Request, exc: ModelError) -> JSONResponse:
        log.info("refused: %s", type(exc).__name__)
        return answer(422, exc.message)

    @app.exception_handler(RequestValidationError)
    async def malformed(_request: Request, _exc: RequestValidationError) -> JSONResponse:
        return answer(422, message("server.request_invalid"))

    @app.exception_handler(StarletteHTTPException)
    async def no_such(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "server.no_such_address", 405: "server.method_not_allowed"}.get(
            exc.status_code, "server.request_invalid")
        return answer(exc.status_code, message(code))


class _TooLarge(Exception):
    pass


class Guard:
    """The outermost layer: the head's limit, the body's (declared and counted as it
    streams), a fresh nonce on the answer to every signed request, and a plain 500 for
    anything unexpected, logged without its message (which may quote a record)."""

    def __init__(self, app: Any, limit: int, nonces: Nonces,
                 wider: dict[str, int] | None = None) -> None:
        self.app, self.limit, self.nonces = app, limit, nonces
        self.wider = wider or {}  # a larger limit on a few exact paths (a stick's files)

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if sum(len(name) + len(value) for name, value in scope["headers"]) > MAX_HEAD:
            await _plain(send, 431, message("server.head_too_long"))
            return
        headers = {k.lower(): v for k, v in scope["headers"]}
        declared = headers.get(b"content-length", b"0")
        limit = self.wider.get(scope["path"], self.limit)
        if not declared.isdigit() or int(declared) > limit:
            await _plain(send, 413 if declared.isdigit() else 400, self._too_large(limit))
            return
        signed, started, seen = b"x-device" in headers, False, 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge
            return message

        async def answer(message: dict) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if signed:
                    extra = (b"x-next-nonce", self.nonces.issue().encode())
                    message = {**message, "headers": [*message.get("headers", []), extra]}
            await send(message)

        try:
            await self.app(scope, counted, answer)
        except ClientDisconnect:
            log.info("client went away during %s %s", scope["method"], scope["path"])
        except _TooLarge:
            if not started:
                await _plain(send, 413, self._too_large(limit))
        except Exception as exc:
            log.error("unexpected %s on %s %s\n%s", type(exc).__name__, scope["method"],
                      scope["path"], "".join(traceback.format_tb(exc.__traceback__)))
            if not started:
                await _plain(send, 500, message("server.unexpected"))

    @staticmethod
    def _too_large(limit: int) -> Message:
        return message("server.body_too_large", limit=limit // 1024)


async def _plain(send: Callable, status: int, said: Message) -> None:
    body = json.dumps(refusal(said), ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
