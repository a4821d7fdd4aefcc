"""Who is signed in to the console, and the token each of their forms must carry.

A session is a random token in a cookie (HttpOnly, SameSite=Strict, Secure when the page
came over HTTPS, path ``/console``) and an entry in this process's memory: the server runs
as one worker (its sync nonces live in memory too), and a restart only asks the staff to
sign in again. A visitor not signed in gets a token too (never stored), so the sign-in
form carries a CSRF token like every other form. Signing in always issues a new token:
a token planted before the sign-in (session fixation) never becomes a signed-in session.

Every form's CSRF token is an HMAC of the cookie's token under a key made at start: the
same for every form of a session, unguessable without the cookie, and checked in one place
(``auth.check_form``). A session ends at sign-out, after ``IDLE`` without a request, after
``LONGEST`` in all, or when its account is disabled (each request reads the account).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

COOKIE = "commune_it_session"
LANGUAGE_COOKIE = "commune_it_lang"
PATH = "/console"
IDLE = 8 * 3600.0  # seconds without a request
LONGEST = 12 * 3600.0  # a working day, whatever happens
MOST = 10_000  # live sessions kept; beyond, the oldest ends


@dataclass
class Entry:
    account_id: str
    started: float
    seen: float


class Sessions:
    """The live sessions of this server process (thread-safe: pages run in threads too)."""

    def __init__(self, clock=time.monotonic) -> None:
        self._key = secrets.token_bytes(32)
        self._live: dict[str, Entry] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def start(self, account_id: str) -> str:
        token = secrets.token_urlsafe(32)
        now = self._clock()
        with self._lock:
            if len(self._live) >= MOST:
                del self._live[min(self._live, key=lambda t: self._live[t].seen)]
            self._live[token] = Entry(account_id, now, now)
        return token

    def account_of(self, token: str | None) -> str | None:
        """The account the token is signed in as, None if it is not (any more)."""
        if not token:
            return None
        now = self._clock()
        with self._lock:
            entry = self._live.get(token)
            if entry is None:
                return None
            if now - entry.seen > IDLE or now - entry.started > LONGEST:
                del self._live[token]
                return None
            entry.seen = now
            return entry.account_id

    def end(self, token: str | None) -> None:
        with self._lock:
            self._live.pop(token or "", None)

    def form_token(self, token: str) -> str:
        return hmac.new(self._key, token.encode(), hashlib.sha256).hexdigest()

    def form_ok(self, token: str | None, given: object) -> bool:
        return bool(token) and isinstance(given, str) and hmac.compare_digest(
            self.form_token(token), given)


def visitor_token() -> str:
    """A token for a browser that has none yet (not a session: nothing is stored)."""
    return secrets.token_urlsafe(32)


def over_https(request: Request) -> bool:
    """Whether the browser reached us over HTTPS. uvicorn sets the scheme from
    ``X-Forwarded-Proto`` only for a proxy it trusts (``FORWARDED_ALLOW_IPS``, by default
    127.0.0.1: a reverse proxy on the same machine), so a client cannot claim it."""
    return request.url.scheme == "https"


def set_cookie(response: Response, request: Request, name: str, value: str) -> None:
    """A cookie of the console: never readable by scripts, never sent from another site,
    only over HTTPS when the page came so, for the browser's session only."""
    response.set_cookie(name, value, path=PATH, httponly=True, samesite="strict",
                        secure=over_https(request))
