"""How a console page is answered: its template in the browser's language, with what every
page shows (the signed-in account, the forms' token), and the headers that keep personal
data out of caches and other sites' frames.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from .auth import console_of
from .sessions import COOKIE, set_cookie, visitor_token
from .words import Words, language_of

# No script runs on these pages, and nothing is loaded from elsewhere; no other site may
# frame them (a click on a hidden frame), and no page is kept by a cache.
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'none'; object-src 'none'; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def render(request: Request, name: str, status: int = 200, *,
           headers: dict[str, str] | None = None, **context: Any) -> Response:
    """The page ``name`` with ``context``; a browser without a token gets one, so even the
    sign-in form carries a CSRF token. ``headers`` replace ``HEADERS`` (the USB desk's
    page allows its one script)."""
    console = console_of(request)
    token = request.cookies.get(COOKIE)
    issued = token is None
    token = token or visitor_token()
    words = Words(language_of(request))
    context.update(w=words, t=words.t, lang=words.lang,
                   csrf=console.sessions.form_token(token),
                   account=getattr(request.state, "account", None),
                   here=request.url.path + (f"?{request.url.query}" if request.url.query
                                            else ""))
    response = console.templates.TemplateResponse(request, name, context,
                                                  status_code=status,
                                                  headers=headers or HEADERS)
    if issued:
        set_cookie(response, request, COOKIE, token)
    return response


def redirect(to: str, then: Callable[[Response], None] | None = None) -> Response:
    """A 303 to ``to`` (a form's answer becomes a GET); ``then`` sets cookies on it."""
    response = RedirectResponse(to, status_code=303, headers=HEADERS)
    if then is not None:
        then(response)
    return response
