"""Who may see what: the one dependency that yields the signed-in account, the one that
also asks for an administrator, and the one check of every form's CSRF token.

Every console page and download depends on ``signed_in``: without a live session the
browser is sent to the sign-in page (303), which brings it back to where it was going. A
viewer reads and prints; what changes the register (enrolling and revoking devices,
uploading a stick's files) depends on ``admin_only`` and answers a viewer 403 with a page
in words. ``check_form`` runs before every route of the console: a POST whose
``csrf_token`` field is not its session's token is refused (403) before it does anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Annotated, Any, TypeVar
from urllib.parse import quote

import anyio
import anyio.to_thread
from fastapi import Depends
from starlette.requests import Request
from starlette.templating import Jinja2Templates

from app.models.store import Store
from app.server.accounts import Account, account

from .sessions import COOKIE, PATH, Sessions
from .throttle import Throttle

T = TypeVar("T")
HOME = f"{PATH}/"
# The console's own threads, whatever the number of staff: one reads and renders pages, one
# does the long jobs (a stick's import, a report, a workbook, a password's hash). The
# laptops' pushes come first on the province's server: on two cores, the console's pages
# then never take more than one of them, and a page never waits behind a stick of bundles.
PAGE_THREADS = 1
JOB_THREADS = 1
SIGN_IN = f"{PATH}/sign-in"
UPLOAD = f"{PATH}/usb/upload"  # the one form whose token rides in the address (usb.py)


@dataclass
class Console:
    """The console's state, one per server: the store it reads, the live sessions, the
    wrong-password waits, and the templates (app.server.console.words)."""

    store: Store
    sessions: Sessions
    throttle: Throttle
    templates: Jinja2Templates
    limiter: anyio.CapacityLimiter | None = field(default=None, repr=False)
    jobs: anyio.CapacityLimiter | None = field(default=None, repr=False)


def console_of(request: Request) -> Console:
    return request.app.state.console


async def off_loop(request: Request, work: Callable[..., T], /, *args: Any, **kwargs: Any
                   ) -> T:
    """``work(*args, **kwargs)`` on the console's own page thread (``PAGE_THREADS``), not
    on the event loop (where it would hold up every laptop's request) nor on the threads
    the laptops' requests run on."""
    return await _on_lane(request, "limiter", PAGE_THREADS, partial(work, *args, **kwargs))


async def long_job(request: Request, work: Callable[..., T], /, *args: Any, **kwargs: Any
                   ) -> T:
    """``off_loop`` for what takes long (seconds for a stick of bundles or a province's
    report): on the console's job thread (``JOB_THREADS``), so that pages go on meanwhile."""
    return await _on_lane(request, "jobs", JOB_THREADS, partial(work, *args, **kwargs))


async def _on_lane(request: Request, lane: str, threads: int, work: Callable[[], T]) -> T:
    console = console_of(request)
    limiter = getattr(console, lane)
    if limiter is None:  # made in the server's event loop, at its first use
        limiter = anyio.CapacityLimiter(threads)
        setattr(console, lane, limiter)
    return await anyio.to_thread.run_sync(work, limiter=limiter)


class SignInNeeded(Exception):
    """No live session: the browser goes to the sign-in page and comes back ``after``."""

    def __init__(self, after: str) -> None:
        super().__init__(after)
        self.after = after


class Refused(Exception):
    """A request answered with a page in words: ``code`` of the catalogue, HTTP ``status``."""

    def __init__(self, status: int, code: str, /, **values: object) -> None:
        super().__init__(code)
        self.status, self.code, self.values = status, code, values


async def signed_in(request: Request) -> Account:
    """The account of the request's session, read again from the database (a disabled
    account is signed out at once); else ``SignInNeeded``."""
    console = console_of(request)
    token = request.cookies.get(COOKIE)
    account_id = console.sessions.account_of(token)
    found = await off_loop(request, account, console.store, account_id) if account_id else None
    if found is None:
        console.sessions.end(token)
        raise SignInNeeded(_here(request))
    request.state.account = found
    return found


async def admin_only(staff: Annotated[Account, Depends(signed_in)]) -> Account:
    if not staff.is_admin:
        raise Refused(403, "console.admin_only")
    return staff


Staff = Annotated[Account, Depends(signed_in)]
Admin = Annotated[Account, Depends(admin_only)]


async def check_form(request: Request) -> None:
    """Every POST carries its session's token in ``csrf_token`` (a hidden field; in the
    address for the USB desk's upload, so a large body is not read before the check)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.url.path == UPLOAD:  # a stick's files: checked before the body is read
        given = request.query_params.get("csrf_token")
    else:
        given = (await request.form()).get("csrf_token")
    if not console_of(request).sessions.form_ok(request.cookies.get(COOKIE), given):
        raise Refused(403, "console.form_refused")


def _here(request: Request) -> str:
    """Where the browser was going, to come back after signing in (a GET only)."""
    if request.method != "GET":
        return HOME
    query = f"?{request.url.query}" if request.url.query else ""
    return request.url.path + query


def sign_in_address(after: str) -> str:
    return f"{SIGN_IN}?next={quote(after, safe='/')}" if after != HOME else SIGN_IN


def safe_next(after: str | None) -> str:
    """Only a page of the console: never another site (``//host``, ``/\\host``, a scheme)."""
    if not after or not after.startswith(f"{PATH}/") or "\\" in after or "//" in after \
            or any(ord(c) < 32 for c in after):
        return HOME
    return after


def store_of(request: Request) -> Store:
    return console_of(request).store
