"""The console's pages: the province, a commune, the accounts; and the province table as
a spreadsheet.

Each page reads on a worker thread with a session of its own (``store.sessions()``),
never through the sync server's write lock: staff browsing never holds up a laptop's push,
and a push never holds up a page. Sorting and filtering are query parameters of plain
links and a plain form (``?q=muong&sort=certified_share&order=desc``), so the page works
without JavaScript and a sorted, filtered view can be bookmarked or exported as shown.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from app.models import Device
from app.models.attention import ATTENTION_KEYS, equipment_name
from app.models.indicators import Indicators
from app.models.report_queries import province_names
from app.models.server_engine import single_reads
from app.models.store import Store
from app.ops.commune import OVER_AGE_YEARS
from app.server.accounts import accounts
from app.sync.bundle import PROVINCE

from .auth import Admin, Refused, Staff, long_job, off_loop, store_of
from .chart import certificate_chart
from .commune import commune_view, devices, registers
from .figures import SILENT_DAYS, SORTS, province, shown
from .freshness import commune_generation, held, kept, kept_at
from .view import HEADERS, render, render_kept
from .words import Words, language_of
from .workbook import workbook

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_CODE = re.compile(r"\d{5}\Z")


def _province(store: Store):
    """The province's figures and name, and the moment they are of: computed once per
    change of the data however many staff ask at once (freshness.py)."""
    def compute():
        now = datetime.now()
        with store.sessions() as session:
            device = session.get(Device, PROVINCE)
            names = province_names(session, device.province_code) if device else None
            return province(session, now), (names[1] if names else ""), now

    (figures, name, now), generation = kept(store, _province_key(datetime.now().date()),
                                            compute)
    return figures, name, now, generation


def _province_key(day: date) -> str:
    return f"province {day}"


def _view(query: str, sort: str, order: str) -> tuple[str, str, bool]:
    sort = sort if sort in SORTS else "code"
    return query.strip()[:100], sort, order == "desc"


@router.get("/")
async def province_page(request: Request, staff: Staff, q: str = "", sort: str = "code",
                        order: str = "asc") -> Response:
    # read and rendered on a worker, in one trip there: a 130-row page takes tens of
    # milliseconds, which on the event loop would hold up every laptop's request meanwhile;
    # and it is rendered once per change of the data
    return await off_loop(request, _province_answer, request, store_of(request),
                          *_view(q, sort, order))


def _province_answer(request: Request, store: Store, query: str, sort: str,
                     descending: bool) -> Response:
    figures, name, now, generation = _province(store)
    rows = shown(figures.rows, query, sort, descending)
    return render_kept(
        request, "province.html", "province_main.html",
        ("province", generation, now.date(), query, sort, descending),
        later=lambda: {"chart": certificate_chart(rows)}, province=figures,
        province_name=name, rows=rows, query=query, sort=sort,
        descending=descending, silent_days=SILENT_DAYS, as_of=now)


@router.get("/province.xlsx")
async def province_workbook(request: Request, staff: Staff, q: str = "", sort: str = "code",
                            order: str = "asc") -> Response:
    query, sort, descending = _view(q, sort, order)
    figures, _name, now, _generation = await off_loop(request, _province, store_of(request))
    rows = shown(figures.rows, query, sort, descending)
    data = await long_job(request, workbook, rows, figures.total, Words(language_of(request)))
    name = f"commune-it-province-{now:%Y-%m-%d}.xlsx"
    return Response(data, media_type=XLSX, headers={
        **HEADERS, "Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/communes/{code}")
async def commune_page(request: Request, staff: Staff, code: str, staff_page: str = "1",
                       equipment_page: str = "1") -> Response:
    if not _CODE.match(code):
        raise Refused(404, "console.no_commune", code=code[:20])
    pages = (_number(staff_page), _number(equipment_page))
    answer = await off_loop(request, _commune_answer, request, store_of(request), code, pages)
    if answer is None:
        raise Refused(404, "console.no_commune", code=code[:20])
    return answer


def _commune_answer(request: Request, store: Store, code: str, pages: tuple[int, int]
                    ) -> Response | None:
    """The commune's page, read and rendered in one trip to a worker; None for no such
    commune."""
    found = _commune(store, code)
    if found is None:
        return None
    kept_registers, laptops, generation, day = found
    view = commune_view(code, kept_registers, laptops, *pages)
    return render_kept(
        request, "commune.html", "commune_main.html",
        ("commune", generation, tuple(laptops), day, code, pages), view=view,
        attention_keys=ATTENTION_KEYS, over_age=OVER_AGE_YEARS, item_name=equipment_name)


def _commune(store: Store, code: str):
    """A commune's registers, kept while its own data does not change (another commune's
    push leaves them be), and its laptops as they are now; None for no such commune."""
    day = datetime.now().date()
    with single_reads(store.engine).connect() as connection:  # what every look reads
        current, laptops = commune_generation(connection, code), devices(connection, code)
    kept_registers, generation = kept_at(
        store, f"commune {code} {day}",
        lambda: registers(store, code, _cards(store, code, current, day)), current)
    if kept_registers is None:
        return None
    return kept_registers, laptops, generation, day


def _cards(store: Store, code: str, current: tuple, day: date) -> Indicators | None:
    """The commune's cards from the province's figures kept for its page, when these
    already count every change of the commune's data and of the province's reference data:
    the journal is written in order of its numbers (``journal_order``), so figures computed
    at number N hold every entry up to N. Saves a first look at a commune a third of its
    cost; None when no such figures are kept, or they are older than the commune's data."""
    found = held(store, _province_key(day))
    if found is None:
        return None
    (figures, _name, _now), (newest, _register) = found
    if newest is None or any(seq is not None and seq > newest for seq in current):
        return None
    return next((row.figures for row in figures.rows if row.code == code), None)


@router.get("/accounts")
async def accounts_page(request: Request, staff: Admin) -> Response:
    return await off_loop(request, lambda: render(request, "accounts.html",
                                                  rows=accounts(store_of(request))))


def _number(text: str) -> int:
    return int(text) if text.isdigit() and len(text) < 7 else 1
