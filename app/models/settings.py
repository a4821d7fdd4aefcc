"""This installation's own preferences and identity card, as plain values.

Why in the database rather than a per-user settings file: the commune laptop is shared by
several officers and the choices (interface language, the department's name printed on
reports) belong to the installation, travel with a backup of it, and stay local (a
``Setting`` row is never synced). No Qt here: the window's Settings page reads and writes
through these functions, one unit of work each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .device import Setting
from .errors import ModelError, ValidationError
from .reference import Commune, Province
from .setup import current_device
from .vntext import nfc

LANGUAGE_KEY = "ui.language"
DEPARTMENT_KEY = "province.department"
# Since March 2025 the department that runs IT in state agencies; before, Sở Thông tin và
# Truyền thông. A setting because the name changes with reorganisations, not the app.
DEFAULT_DEPARTMENT = "Sở Khoa học và Công nghệ"
MAX_VALUE_LENGTH = 200


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    stored = session.get(Setting, key)
    return stored.value if stored is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    session.merge(Setting(key=key, value=value))


def clear_setting(session: Session, key: str) -> None:
    """Forget a setting, so its declared default applies again."""
    stored = session.get(Setting, key)
    if stored is not None:
        session.delete(stored)


def retype_settings(session: Session,
                    checks: Mapping[str, Callable[[str], str]]) -> dict[str, str | None]:
    """Put each saved string among ``checks`` (key → canonical form, raising ValueError or
    ModelError when the string is not a value) in its canonical form; one that is not a
    value is forgotten, so the declared default applies. Returns what changed (key → new
    value, None when forgotten): the window's settings upgrade, from strings to types."""
    changed: dict[str, str | None] = {}
    for key, check in checks.items():
        saved = get_setting(session, key)
        if saved is None:
            continue
        try:
            value: str | None = check(saved)
        except (ValueError, ModelError):
            value = None
        if value == saved:
            continue
        if value is None:
            clear_setting(session, key)
        else:
            set_setting(session, key, value)
        changed[key] = value
    return changed


def department_name(session: Session) -> str:
    """The provincial department's name, as reports and the window print it."""
    return get_setting(session, DEPARTMENT_KEY) or DEFAULT_DEPARTMENT


def save_department_name(session: Session, text: str) -> str:
    """Check and remember the department's name; returns it as saved."""
    name = clean_department_name(text)
    set_setting(session, DEPARTMENT_KEY, name)
    return name


def clean_department_name(text: str) -> str:
    """The name as it is saved (NFC, trimmed), or ValidationError when it cannot be one."""
    name = nfc(text)
    if not name:
        raise ValidationError("settings.department_missing")
    if len(name) > MAX_VALUE_LENGTH:
        raise ValidationError("settings.department_too_long", limit=MAX_VALUE_LENGTH)
    return name


@dataclass(frozen=True)
class DeviceInfo:
    """What the Settings page shows about this installation (read only there)."""

    id: str
    name: str
    trainer: bool
    province_code: str
    province_name: str
    communes: tuple[tuple[str, str], ...]  # (code, official name)
    enrolled_at: datetime | None
    confirmed_at: datetime | None

    @property
    def enrolled(self) -> bool:
        return self.enrolled_at is not None


def device_info(session: Session) -> DeviceInfo | None:
    """This device's identity and scope, or None before the first-run setup."""
    device = current_device(session)
    if device is None:
        return None
    codes = device.communes
    rows = session.execute(select(Commune.code, Commune.name).where(Commune.code.in_(codes)))
    names = {code: name for code, name in rows}
    province = session.get(Province, device.province_code)
    return DeviceInfo(
        id=device.id, name=device.name, trainer=device.role == "trainer",
        province_code=device.province_code,
        province_name=province.name if province else device.province_code,
        communes=tuple((code, names.get(code, code)) for code in codes),
        enrolled_at=device.enrolled_at, confirmed_at=device.confirmed_at,
    )
