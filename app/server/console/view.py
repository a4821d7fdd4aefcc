"""How a console page is answered: its template in the browser's language, with what every
page shows (the signed-in account, the forms' token), and the headers that keep personal
data out of caches and other sites' frames.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from markupsafe import Markup
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


# Page bodies kept, by their length: the province's page is about 90,000 characters with
# its 130 communes, a commune's about 16,000 (its first page of officials and of items), so
# every page of a province in both languages fits several times over in about 16 MB
# (Vietnamese text takes two bytes a character in memory). A count would not do: 64
# bodies, the old limit, had fifty staff reading 130 communes evict each other's.
MAX_PART_CHARS = 8_000_000
_PARTS: OrderedDict[Hashable, Markup] = OrderedDict()
_PARTS_LOCK = threading.Lock()
_PARTS_SIZE = [0]  # characters kept


def render_kept(request: Request, name: str, part: str, key: Hashable, *,
                later: Callable[[], dict[str, Any]] | None = None, status: int = 200,
                **context: Any) -> Response:
    """The page ``name`` whose body is the template ``part``, rendered once per ``key`` and
    language and kept: the body shows the data (``key`` names its generation and the view
    asked, see freshness.py), never who is signed in or a form's token, which the page
    around it adds for each request. Fifty staff reading the province page cost one
    rendering of its 130 rows per change of the data, not fifty. ``later``: what only the
    body shows, computed only when it is rendered (the province's chart); ``status``: the
    page's HTTP status (a form sent back with its error is a 400)."""
    words = Words(language_of(request))
    wanted = (id(console_of(request).templates), part, words.lang, key)
    with _PARTS_LOCK:
        body = _PARTS.get(wanted)
        if body is not None:
            _PARTS.move_to_end(wanted)
    if body is None:
        template = console_of(request).templates.get_template(part)
        shown = {**context, **later()} if later is not None else context
        body = Markup(template.render(shown, w=words, t=words.t, lang=words.lang))
        keep(wanted, body)
    return render(request, name, status, main_html=body, **context)


def keep(key: Hashable, body: Markup) -> None:
    """Keep a rendered body, forgetting the least recently read ones beyond the budget."""
    with _PARTS_LOCK:
        old = _PARTS.pop(key, None)
        _PARTS_SIZE[0] += len(body) - (len(old) if old is not None else 0)
        _PARTS[key] = body
        while _PARTS_SIZE[0] > MAX_PART_CHARS and len(_PARTS) > 1:
            _PARTS_SIZE[0] -= len(_PARTS.popitem(last=False)[1])


def redirect(to: str, then: Callable[[Response], None] | None = None) -> Response:
    """A 303 to ``to`` (a form's answer becomes a GET); ``then`` sets cookies on it."""
    response = RedirectResponse(to, status_code=303, headers=HEADERS)
    if then is not None:
        then(response)
    return response
