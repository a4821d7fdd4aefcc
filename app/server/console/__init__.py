"""The province console: the department's staff in a browser, on the server the laptops
sync with (``server serve``), under ``/console``.

Server-rendered pages (Jinja2 templates and a style sheet shipped in this package), plain
forms and links, no script but the USB desk's progress bar; in Vietnamese, English by a
switch. A sub-application of its own, so its answers are pages in words (a refused form,
a missing page, a viewer at an administrator's door) while the sync API keeps answering
JSON. Who may see what is ``auth.py``; the pages read with sessions of their own and
never take the sync lock.

- ``GET /console/sign-in``, ``POST /console/sign-in`` (``username``, ``password``),
  ``POST /console/sign-out``, ``POST /console/language`` (``signin.py``);
- ``GET /console/`` the province, ``GET /console/province.xlsx`` its table,
  ``GET /console/communes/{code}`` a commune, ``GET /console/accounts`` (admin) (``pages.py``);
- ``/console/devices`` (admin): the register, ``POST …/enrol``, ``GET …/issued/{key}`` (its
  file and QR code), ``GET``/``POST …/revoke`` (``devices.py``);
- ``/console/usb``: the USB desk, ``POST …/upload`` (admin), ``GET …/answers.zip?commune=``
  (``usb.py``); ``/console/reports`` and ``…/reports/{name}.pdf|xlsx`` (``reports.py``);
- ``/console/static/…`` the style sheet (no data: open to all).
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import Depends, FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from app import __version__
from app.models.store import Store

from . import devices, pages, reports, signin, usb
from .auth import Console, Refused, SignInNeeded, check_form, sign_in_address
from .sessions import PATH, Sessions
from .throttle import Throttle
from .view import redirect, render
from .words import STATIC, templates

# A year, and never asked again meanwhile: the address changes with the app's version.
SHIPPED_FOR_GOOD = "public, max-age=31536000, immutable"


class ShippedFiles(StaticFiles):
    """The console's style sheet and script. The pages name them with the app's version
    (``console.css?v=0.1.0``): a browser keeps that copy for a year without asking again
    (with no lifetime given, each browser guessed one, and asked again as it saw fit, each
    time answered "not modified"), and a new version of the app is a new address. Asked for
    without the running version, a file is checked again at each use."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("v")
        response.headers["Cache-Control"] = (SHIPPED_FOR_GOOD if asked == [__version__]
                                             else "no-cache")
        return response


def console_app(store: Store) -> FastAPI:
    console = FastAPI(docs_url=None, redoc_url=None, openapi_url=None,
                      dependencies=[Depends(check_form)])
    console.state.console = Console(store, Sessions(), Throttle(), templates())
    console.include_router(signin.router)
    console.include_router(pages.router)
    console.include_router(devices.router)
    console.include_router(usb.router)
    console.include_router(reports.router)
    console.state.issued = devices.Issued()
    console.mount("/static", ShippedFiles(directory=STATIC), name="static")
    _add_answers(console)
    return console


def mount_console(app: FastAPI, store: Store) -> None:
    """The console under ``/console`` of the server's app; ``/`` leads to it."""
    app.mount(PATH, console_app(store))

    @app.get("/", include_in_schema=False)
    async def root() -> Response:
        return redirect(f"{PATH}/")


def _add_answers(console: FastAPI) -> None:
    """Every refusal as a page in words, in the browser's language."""

    @console.exception_handler(SignInNeeded)
    async def to_sign_in(_request: Request, exc: SignInNeeded) -> Response:
        return redirect(sign_in_address(exc.after))

    @console.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> Response:
        return render(request, "refused.html", exc.status, code=exc.code, values=exc.values)

    @console.exception_handler(HTTPException)
    async def no_such(request: Request, exc: HTTPException) -> Response:
        code = {404: "console.no_page", 405: "console.no_page"}.get(
            exc.status_code, "server.request_invalid")
        return render(request, "refused.html", exc.status_code, code=code, values={})

    @console.exception_handler(RequestValidationError)
    async def malformed(request: Request, _exc: RequestValidationError) -> Response:
        return render(request, "refused.html", 400, code="server.request_invalid", values={})

    @console.exception_handler(Exception)
    async def unexpected(request: Request, _exc: Exception) -> Response:
        # Starlette raises it again once this page is sent: the server's Guard logs it.
        return render(request, "refused.html", 500, code="server.unexpected", values={})
