"""The province server's address, remembered on this device between pushes.

Kept with the installation's other preferences (app/models/settings.py: a local
``Setting`` row, never synced); this module adds the checks an address typed by an
officer needs before it is used and saved.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from .errors import ValidationError
from .settings import get_setting, set_setting

SERVER_URL_KEY = "sync.server_url"
DEFAULT_SCHEME = "http://"


def server_url(session: Session) -> str:
    """The address saved by the last push from the window, or empty."""
    return get_setting(session, SERVER_URL_KEY) or ""


def normalise_server_url(text: str) -> str:
    """An address as the officer typed it, made usable: trimmed, ``http://`` added when no
    scheme was given ("may-chu-tinh:8080"), no trailing slash."""
    text = text.strip()
    if not text:
        raise ValidationError("settings.server_address_missing")
    if "://" not in text:
        text = DEFAULT_SCHEME + text
    parts = urlsplit(text)
    try:
        valid = parts.scheme in ("http", "https") and bool(parts.hostname) and (
            parts.port is None or parts.port > 0)
    except ValueError:  # a port that is not a number
        valid = False
    if not valid:
        raise ValidationError("settings.server_address_invalid", address=text)
    return text.rstrip("/")


def save_server_url(session: Session, text: str) -> str:
    """Check and remember the address; returns it as saved."""
    url = normalise_server_url(text)
    set_setting(session, SERVER_URL_KEY, url)
    return url
