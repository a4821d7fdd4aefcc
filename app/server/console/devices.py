"""The console's devices page: the register of enrolled laptops, enrolling one (its file
to download or a QR code to scan) and revoking one after a confirmation.

Enrolling and revoking go through the same functions as ``server enroll`` and ``server
revoke`` (app/server/province.py), so the register cannot tell which door was used. An
issued file carries a one-time code: it is kept in memory for ``KEEP_MINUTES`` only, under
a random address that only an administrator may open, and never written to disk.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass

import segno
from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from app.models.errors import ModelError
from app.server.province import devices, enrolment_text, issue, revoke
from app.server.refusal_log import KEEP

from .auth import Admin, Refused, off_loop, store_of
from .freshness import changed_here
from .register import SHOWN, kept_register
from .sessions import PATH
from .view import HEADERS, redirect, render, render_kept
from .words import language_of

router = APIRouter()
KEEP_MINUTES = 30
_NAME_LENGTH = 80


@dataclass(frozen=True)
class IssuedFile:
    name: str
    text: str
    until: float


class Issued:
    """Enrolment files issued in this process, by a random key, until they expire."""

    def __init__(self, clock=time.monotonic) -> None:
        self._files: dict[str, IssuedFile] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def keep(self, name: str, text: str) -> str:
        key = secrets.token_urlsafe(24)
        with self._lock:
            now = self._clock()
            self._files = {k: f for k, f in self._files.items() if f.until > now}
            self._files[key] = IssuedFile(name, text, now + KEEP_MINUTES * 60)
        return key

    def get(self, key: str) -> IssuedFile | None:
        with self._lock:
            found = self._files.get(key)
        return found if found and found.until > self._clock() else None


def issued_of(request: Request) -> Issued:
    return request.app.state.issued


@router.get("/devices")
async def devices_page(request: Request, staff: Admin) -> Response:
    return await _register(request, 200)


async def _register(request: Request, status: int, **context: object) -> Response:
    context = {"error": None, "done": None, "form": {}, **context}
    return await off_loop(request, _register_answer, request, status, context)


def _register_answer(request: Request, status: int, context: dict[str, object]) -> Response:
    """Read and rendered in one trip to the console's worker: a province's hundreds of
    laptops take tens of milliseconds to lay out, which on the event loop would hold up
    every laptop's request meanwhile. The register's table is laid out once per change of
    the register and kept; the notice and the form around it, for each request."""
    (rows, refused), generation = kept_register(store_of(request))
    return render_kept(request, "devices.html", "devices_main.html", ("devices", generation),
                       status=status, rows=rows, refused=refused, keep=KEEP, shown=SHOWN,
                       **context)


@router.post("/devices/enrol")
async def enrol(request: Request, staff: Admin) -> Response:
    form = await request.form()
    communes = str(form.get("communes", "")).strip()[:500]
    name = " ".join(str(form.get("name", "")).split())[:_NAME_LENGTH]
    trainer = form.get("role") == "trainer"
    kept = {"communes": communes, "name": name, "role": "trainer" if trainer else "office"}
    if not name or not communes.replace(",", "").strip():
        code = "console.enrol_name_missing" if not name else "console.enrol_communes_missing"
        return await _register(request, 400, error=(code, {}), form=kept)
    try:
        data = await off_loop(request, issue, store_of(request), communes, name, trainer)
        changed_here(store_of(request))
    except ModelError as exc:
        return await _register(request, 400, form=kept,
                               error=("console.enrol_refused", {"reason": exc.text(
                                   language_of(request))}))
    text = enrolment_text(data)
    key = issued_of(request).keep(data["device_name"], text)
    return redirect(f"{PATH}/devices/issued/{key}")


@router.get("/devices/issued/{key}")
async def issued_page(request: Request, staff: Admin, key: str) -> Response:
    return await off_loop(request, _issued_answer, request, _issued(request, key), key)


def _issued_answer(request: Request, found: IssuedFile, key: str) -> Response:
    """The issued file's page with its QR code, drawn on the page worker (a code of a few
    kilobytes takes segno milliseconds)."""
    qr = segno.make(found.text.encode("utf-8"), error="l", micro=False)
    svg = qr.svg_inline(scale=3, border=4, title=found.name)
    return render(request, "enrolled.html", device=found.name, key=key, qr=svg,
                  minutes=KEEP_MINUTES)


@router.get("/devices/issued/{key}/enrolment.json")
async def issued_file(request: Request, staff: Admin, key: str) -> Response:
    found = _issued(request, key)
    slug = "".join(c if c.isascii() and c.isalnum() else "-" for c in found.name).strip("-")
    filename = f"enrolment-{slug or 'device'}.json"
    return Response(found.text.encode("utf-8"), media_type="application/json", headers={
        **HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'})


def _issued(request: Request, key: str) -> IssuedFile:
    found = issued_of(request).get(key[:64])
    if found is None:
        raise Refused(404, "console.enrolment_gone")
    return found


@router.get("/devices/revoke")
async def revoke_page(request: Request, staff: Admin, device: str = "") -> Response:
    return await off_loop(request, _revoke_answer, request, device)


def _revoke_answer(request: Request, key: str) -> Response:
    """The confirmation page of one device, found and laid out in one trip to the worker."""
    row = _row(request, key)
    return render(request, "revoke.html", row=row, key=row["id"] or row["enrolment_id"])


def _row(request: Request, key: str) -> dict:
    for row in devices(store_of(request)):
        if key and key in (row["id"], row["enrolment_id"]):
            return row
    raise Refused(404, "console.no_device", key=key[:40])


@router.post("/devices/revoke")
async def revoke_device(request: Request, staff: Admin) -> Response:
    form = await request.form()
    key = str(form.get("device", ""))[:40]
    await off_loop(request, _row, request, key)  # a key of the register, never a name
    done = await off_loop(request, revoke, store_of(request), key)
    changed_here(store_of(request))
    code = "console.revoked_already" if done.already else "console.revoked_done"
    return await _register(request, 200, done=(code, {"name": done.name, "key": done.key}))
