"""This installation's preferences and identity card, as the Settings page and the command
line read and change them.

The values live in the store's ``Setting`` rows (``app.models.settings``): they belong to
the installation, not to one officer, and travel with a backup of it. Which keys exist and
their defaults are declared once, in the window's registry (``app.ui.runtime.options``); this
module reads and writes the rows, one unit of work each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from app.messages import LANGUAGES
from app.models import settings
from app.models.settings import LANGUAGE_KEY, DeviceInfo
from app.models.store import Store

from .errors import OpsError


@dataclass(frozen=True)
class SettingsCard:
    """What the Settings page shows: the device's card (None before setup) and the name
    of the provincial department printed on reports."""

    device: DeviceInfo | None
    department: str


def settings_card(store: Store) -> SettingsCard:
    with store.sessions() as session:
        return SettingsCard(settings.device_info(session), settings.department_name(session))


def device_info(store: Store) -> DeviceInfo | None:
    """This device's identity and scope, or None before the first-run setup."""
    with store.sessions() as session:
        return settings.device_info(session)


def read_setting(store: Store, key: str) -> str | None:
    """A saved installation setting, or None when it was never saved."""
    with store.sessions() as session:
        return settings.get_setting(session, key)


def saved_language(store: Store) -> str | None:
    """The language chosen in Settings ("vi", "en"), or None: the window's default."""
    saved = read_setting(store, LANGUAGE_KEY)
    return saved if saved in LANGUAGES else None


def save_language(store: Store, language: str) -> None:
    """Remember the window's language for the next start; only a language we speak."""
    if language not in LANGUAGES:
        raise OpsError("ops.language_unknown", language=language)
    with store.sessions.begin() as session:
        settings.set_setting(session, LANGUAGE_KEY, language)


def save_department(store: Store, text: str) -> str:
    """Check and remember the department's name; returns it as saved."""
    with store.sessions.begin() as session:
        return settings.save_department_name(session, text)


def retype_settings(store: Store,
                    checks: Mapping[str, Callable[[str], str]]) -> dict[str, str | None]:
    """The settings upgrade from free strings to declared values, in one unit of work
    (see ``app.models.settings.retype_settings``); what changed."""
    with store.sessions.begin() as session:
        return settings.retype_settings(session, checks)


# --- the window's idle lock (an encrypted store's; DESIGN.md, "Privacy on the laptop") -----
IDLE_LOCK_KEY = "privacy/idle_lock_minutes"
IDLE_LOCK_DEFAULT = 10
IDLE_LOCK_RANGE = (1, 240)  # minutes: a lock after four hours away is no lock at all


def idle_lock_minutes(store: Store) -> int:
    """After how many minutes without a key or the mouse the window locks. A store row,
    not window.ini: the laptop's rule, whoever uses it, set by an administrator and kept
    in a backup; a missing or hand-broken value is the default."""
    saved = read_setting(store, IDLE_LOCK_KEY)
    try:
        minutes = int(saved) if saved is not None else IDLE_LOCK_DEFAULT
    except ValueError:
        return IDLE_LOCK_DEFAULT
    low, high = IDLE_LOCK_RANGE
    return minutes if low <= minutes <= high else IDLE_LOCK_DEFAULT


def save_idle_lock_minutes(store: Store, minutes: int) -> int:
    """Remember the idle lock's time; a value outside the range is refused."""
    low, high = IDLE_LOCK_RANGE
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not low <= minutes <= high:
        raise OpsError("lock.minutes_invalid", minutes=minutes, low=low, high=high)
    with store.sessions.begin() as session:
        settings.set_setting(session, IDLE_LOCK_KEY, str(minutes))
    return minutes
