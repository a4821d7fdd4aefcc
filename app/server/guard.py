"""Who may ask the provincial server, and how much: the checks every request passes
before an endpoint sees it.

A signed request proves which enrolled, active device sent it (its key, a single-use
nonce, the exact method, path and body); ``Guard`` is the outermost ASGI layer, limiting
the body as it streams, handing a fresh nonce back with every signed answer, and turning
anything unexpected into a plain 500 that is logged without its message (which may quote
a record). Kept apart from the endpoints (``http.py``) so the rules can be read in one
place.
"""

from __future__ import annotations

import json
import logging
import traceback
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidSignature
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request

from app.server.uploads import Nonces
from app.sync.errors import KeyFormatError
from app.sync.http import API, signing_text
from app.sync.keys import b64decode
from app.sync.peers import Peer

log = logging.getLogger("app.server.http")  # the server's log lines, under one name


class AuthError(Exception):
    """A request that does not prove it comes from an enrolled, active device."""

    def __init__(self, status: int, message: str, reason: str) -> None:
        super().__init__(message)
        self.status, self.reason = status, reason


Lookup = Callable[[str], "tuple[Peer | None, bool]"]


async def verify_request(request: Request, body: bytes, nonces: Nonces, lookup: Lookup) -> Peer:
    """The device that signed this request, or AuthError (401; 403 for a revoked device)."""
    device_id = request.headers.get("x-device", "")
    nonce, signature = request.headers.get("x-nonce", ""), request.headers.get("x-signature", "")
    if not (device_id and nonce and signature):
        raise AuthError(401, "Yêu cầu chưa được ký bằng khóa của thiết bị.", "unsigned")
    peer, revoked = await run_in_threadpool(lookup, device_id)
    if revoked:
        raise AuthError(403, "Thiết bị này đã bị tỉnh thu hồi; máy chủ từ chối mọi yêu cầu "
                        "của nó.", "revoked")
    if peer is None:
        raise AuthError(401, "Thiết bị này chưa được tỉnh ghi danh (hoặc chưa gửi xác nhận "
                        "ghi danh).", "unknown")
    path = request.url.path
    path = path[max(path.find(API), 0):] + (f"?{request.url.query}" if request.url.query else "")
    try:
        peer.keys.verify_key.verify(b64decode(signature, 64, "chữ ký"),
                                    signing_text(request.method, path, nonce, body))
    except (InvalidSignature, KeyFormatError):
        raise AuthError(401, "Chữ ký của yêu cầu không hợp lệ.", "signature") from None
    if not nonces.take(nonce):
        raise AuthError(401, "Mã dùng một lần của yêu cầu không hợp lệ hoặc đã hết hạn; hãy "
                        "thử lại.", "nonce")
    return peer


class _TooLarge(Exception):
    pass


class Guard:
    """The outermost layer: the request body limit (declared and counted as it streams),
    a fresh nonce on the answer to every signed request, and a plain 500 for anything
    unexpected, logged without its message (which may quote a record)."""

    def __init__(self, app: Any, limit: int, nonces: Nonces) -> None:
        self.app, self.limit, self.nonces = app, limit, nonces

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope["headers"]}
        declared = headers.get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > self.limit:
            await _plain(send, 413 if declared.isdigit() else 400,
                         f"Nội dung yêu cầu vượt quá {self.limit // 1024} KiB.")
            return
        signed, started, seen = b"x-device" in headers, False, 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
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
                await _plain(send, 413, f"Nội dung yêu cầu vượt quá {self.limit // 1024} KiB.")
        except Exception as exc:
            log.error("unexpected %s on %s %s\n%s", type(exc).__name__, scope["method"],
                      scope["path"], "".join(traceback.format_tb(exc.__traceback__)))
            if not started:
                await _plain(send, 500, "Máy chủ gặp lỗi ngoài dự kiến; hãy thử lại sau.")


async def _plain(send: Callable, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
