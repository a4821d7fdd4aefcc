"""The console's USB desk: a stick's files taken in, and a commune's answer files given
back as one zip to put on the stick.

The files go through the same function as ``server import`` and the zip is made by the
same one as ``server export --commune CODE --to DIR`` (app/server/province.py), each in a
temporary folder of its own that is removed afterwards. An upload is the one request of
the console that may be large (a stick's bundles: the server's Guard allows
``UPLOAD_LIMIT`` bytes on ``UPLOAD`` only). Its CSRF token rides in the address, not the
body, so the session and the token are checked (auth.py) before a byte of the body is
read; the body is then parsed as it streams, files spooled to disk, never whole in memory.
"""

from __future__ import annotations

import io
import re
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from fastapi import APIRouter
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import Response

from app.models.errors import ModelError
from app.server.province import export_commune, import_paths
from app.sync.files import MAX_BUNDLE_FILE_BYTES, FileReport

from .auth import UPLOAD as UPLOAD  # the address the Guard widens (http.py)
from .auth import Admin, Refused, Staff, long_job, off_loop, store_of
from .freshness import changed_here
from .view import HEADERS, render
from .words import language_of

router = APIRouter()
MAX_FILES = 64
UPLOAD_LIMIT = 4 * MAX_BUNDLE_FILE_BYTES  # a stick's bundles; each file is checked on its own
_UNSAFE = re.compile(r"[^0-9A-Za-z._-]+")
# The page's one script (static/upload.js) shows the upload's progress.
USB_HEADERS = {**HEADERS, "Content-Security-Policy": HEADERS["Content-Security-Policy"]
               .replace("script-src 'none'", "script-src 'self'")}


@router.get("/usb")
async def usb_page(request: Request, staff: Staff) -> Response:
    return await off_loop(request, render, request, "usb.html", headers=USB_HEADERS,
                          report=None, count=0, error=None)


@router.post("/usb/upload")
async def upload(request: Request, staff: Admin) -> Response:
    with tempfile.TemporaryDirectory(prefix="commune-it-usb-") as folder:
        paths = await _received(request, Path(folder))
        if not paths:
            return await off_loop(request, render, request, "usb.html", 400,
                                  headers=USB_HEADERS, report=None, count=0,
                                  error=("console.usb_no_files", {}))
        report = await long_job(request, import_paths, store_of(request), paths)
        changed_here(store_of(request))
    status = 200 if report.ok else 422
    return await off_loop(request, render, request, "usb.html", status, headers=USB_HEADERS,
                          report=_told(report), count=len(paths), error=None)


async def _received(request: Request, folder: Path) -> list[Path]:
    """The uploaded files, written under ``folder`` by their own names (made safe, and
    numbered when two share one)."""
    form = await request.form(max_files=MAX_FILES, max_fields=10)
    paths: list[Path] = []
    for item in form.getlist("files"):
        if not isinstance(item, UploadFile) or not item.filename:
            continue
        name = _UNSAFE.sub("-", Path(item.filename.replace("\\", "/")).name)[-120:] or "file"
        path = folder / name
        if path.exists():
            path = folder / f"{len(paths)}-{name}"
        with path.open("wb") as out:
            while chunk := await item.read(1 << 20):
                out.write(chunk)
        paths.append(path)
    await form.close()
    return paths


def _told(report: FileReport) -> dict[str, list]:
    return {"applied": report.notes, "skipped": report.skipped, "refused": report.refused}


@router.get("/usb/answers.zip")
async def answers(request: Request, staff: Staff, commune: str = "") -> Response:
    code = commune.strip()[:20]
    try:
        data = await long_job(request, _zipped, request, code)
    except ModelError as exc:
        raise Refused(400, "console.usb_answers_refused",
                      reason=exc.text(language_of(request))) from None
    name = f"commune-it-{re.sub(r'[^0-9]', '', code)}-{datetime.now():%Y-%m-%d}.zip"
    return Response(data, media_type="application/zip", headers={
        **HEADERS, "Content-Disposition": f'attachment; filename="{name}"'})


def _zipped(request: Request, code: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="commune-it-answers-") as folder:
        report = export_commune(store_of(request), code, Path(folder))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
            for path in report.written:  # bundles are compressed already
                archive.write(path, path.name)
        return buffer.getvalue()
