"""Signing in and out, and the language switch.

The sign-in form's fields are ``username`` and ``password``. A wrong password is answered
401 with the form again; after a few, the next try waits (``throttle.py``: 429 with the
seconds left, the password not even checked). The hash is checked on a worker thread (it
takes a tenth of a second of one core on purpose), never on the event loop that serves the
laptops' sync.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from app.messages import LANGUAGES
from app.server.accounts import authenticate, name_key

from .auth import HOME, SIGN_IN, console_of, long_job, off_loop, safe_next
from .sessions import COOKIE, LANGUAGE_COOKIE, set_cookie
from .view import redirect, render

router = APIRouter()
FIELD_LIMIT = 1100  # characters of a name or a password the form may send


@router.get("/sign-in")
async def sign_in_page(request: Request, next: str = HOME) -> Response:
    console = console_of(request)
    if console.sessions.account_of(request.cookies.get(COOKIE)):
        return redirect(safe_next(next))
    return await off_loop(request, render, request, "sign_in.html", after=safe_next(next),
                          username="", problem=None)


@router.post("/sign-in")
async def sign_in(request: Request) -> Response:
    console = console_of(request)
    form = await request.form()
    username = str(form.get("username") or "")[:FIELD_LIMIT].strip()
    password = str(form.get("password") or "")[:FIELD_LIMIT]
    after = safe_next(str(form.get("next") or HOME))
    keys = (f"name:{name_key(username)}", f"address:{_address(request)}")
    wait = console.throttle.wait(*keys)
    if wait:
        page = await off_loop(request, render, request, "sign_in.html", 429, after=after,
                              username=username,
                              problem=("console.sign_in_wait", {"seconds": wait}))
        page.headers["Retry-After"] = str(wait)
        return page
    found = await long_job(request, authenticate, console.store, username, password)
    if found is None:
        console.throttle.failed(*keys)
        return await off_loop(request, render, request, "sign_in.html", 401, after=after,
                              username=username, problem=("console.sign_in_wrong", {}))
    console.throttle.succeeded(*keys)
    console.sessions.end(request.cookies.get(COOKIE))  # never keep a token from before
    token = console.sessions.start(found.id)
    return redirect(after, lambda response: set_cookie(response, request, COOKIE, token))


@router.post("/sign-out")
async def sign_out(request: Request) -> Response:
    console_of(request).sessions.end(request.cookies.get(COOKIE))
    return redirect(SIGN_IN, lambda response: response.delete_cookie(
        COOKIE, path="/console", httponly=True, samesite="strict"))


@router.post("/language")
async def choose_language(request: Request) -> Response:
    form = await request.form()
    chosen = str(form.get("to") or "")
    after = safe_next(str(form.get("next") or HOME))
    if chosen not in LANGUAGES:
        return redirect(after)
    return redirect(after, lambda response: set_cookie(response, request, LANGUAGE_COOKIE,
                                                       chosen))


def _address(request: Request) -> str:
    """The client's address (a trusted proxy's ``X-Forwarded-For`` already applied by
    uvicorn); requests without one share a key."""
    return request.client.host if request.client else "-"
