"""The console's reports page: every province report (``app.ops.province_reports``, the
same papers as ``server report``) as a PDF or an XLSX download. Viewers may download:
reading and printing is what a viewer is for.

The paper is written to a temporary file by the same function as ``server report`` (whole
or not at all), read back and sent; it is made on a worker thread with sessions of its own,
never under the sync server's write lock.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from app.models.errors import ModelError
from app.ops.province_reports import make_province_report, province_report_list

from .auth import Refused, Staff, long_job, off_loop, store_of
from .view import HEADERS, render
from .words import language_of

router = APIRouter()
TYPES = {"pdf": "application/pdf",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@router.get("/reports")
async def reports_page(request: Request, staff: Staff) -> Response:
    return await off_loop(request, render, request, "reports.html",
                          reports=province_report_list())


@router.get("/reports/{name}.{kind}")
async def report_file(request: Request, staff: Staff, name: str, kind: str) -> Response:
    names = {info.name for info in province_report_list()}
    if name not in names or kind not in TYPES:
        raise Refused(404, "console.no_page")
    try:
        data = await long_job(request, _made, request, name, kind)
    except ModelError as exc:
        raise Refused(409, "console.report_refused",
                      reason=exc.text(language_of(request))) from None
    filename = f"{name}-{date.today():%Y-%m-%d}.{kind}"
    return Response(data, media_type=TYPES[kind], headers={
        **HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'})


def _made(request: Request, name: str, kind: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="commune-it-report-") as folder:
        out = Path(folder) / f"{name}.{kind}"
        make_province_report(store_of(request), name, out)
        return out.read_bytes()
