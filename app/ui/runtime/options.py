"""Every setting of the app, declared once: its key, its type, its default and where it lives.

Why one registry (as Picard's ``options.py``): before it, three string keys were spread over
three modules, each with its default in the code that read it, and nothing the window
should remember (its size, the lists' columns and order, the last folder) had a place.

Two homes, chosen by who the setting belongs to:

- ``Scope.INSTALLATION``: choices that belong to the installation and travel with a backup
  of its store (the language, the department's name, the server's address). They keep
  living in the store's ``Setting`` rows (``app.models.settings``, no Qt there); the
  registry names their key and default, and ``store_value`` reads them with it.
- ``Scope.WINDOW``: how this computer's window was left (geometry, column widths and sort
  order, last folder). They live in an INI file beside the store (``window.ini`` in the data
  folder), never in the user's registry: ``--data-dir`` keeps tests and several devices on
  one machine apart, and a broken file costs only the window's layout.

``Options`` is the typed wrapper over ``QSettings``: ``get`` returns the declared type (the
default when the file holds nothing usable), ``set`` takes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from app.models.settings import (
    DEFAULT_DEPARTMENT,
    DEPARTMENT_KEY,
    LANGUAGE_KEY,
    clean_department_name,
)
from app.models.store import Store
from app.models.sync_settings import SERVER_URL_KEY, normalise_server_url
from app.ops.settings import read_setting
from app.ui.runtime.i18n import DEFAULT_LANGUAGE, LANGUAGES

T = TypeVar("T", str, int, bool, bytes)
SETTINGS_FILE = "window.ini"


class Scope(Enum):
    INSTALLATION = "installation"  # the store's Setting rows
    WINDOW = "window"  # window.ini beside the store


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting. ``check`` turns a stored string into the canonical value, or raises
    ``ValueError`` (or the models' ValidationError) when it is not one (installation
    settings only: the upgrade of old stores uses it)."""

    key: str
    kind: type[T]
    default: T
    scope: Scope
    check: Callable[[str], str] | None = field(default=None, compare=False)


REGISTRY: dict[str, Option[Any]] = {}


def declare(key: str, kind: type[T], default: T, scope: Scope,
            check: Callable[[str], str] | None = None) -> Option[T]:
    """Add a setting to the registry; a key declared twice is a programming error."""
    if key in REGISTRY:
        raise ValueError(f"setting {key!r} is declared twice")
    option = Option(key, kind, default, scope, check)
    REGISTRY[key] = option
    return option


def canonical_language(text: str) -> str:
    """"vi", "VI", "vi_VN", "en-GB" → the language's code; anything else is refused."""
    code = text.strip().lower()[:2]
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {text!r}")
    return code


# --- the installation's settings (store rows) --------------------------------------------------
LANGUAGE = declare(LANGUAGE_KEY, str, DEFAULT_LANGUAGE, Scope.INSTALLATION, canonical_language)
DEPARTMENT = declare(DEPARTMENT_KEY, str, DEFAULT_DEPARTMENT, Scope.INSTALLATION,
                     clean_department_name)
SERVER_URL = declare(SERVER_URL_KEY, str, "", Scope.INSTALLATION, normalise_server_url)

# --- the window's settings (window.ini) ---------------------------------------------------------
SETTINGS_VERSION = declare("meta/settings_version", int, 0, Scope.WINDOW)
WINDOW_GEOMETRY = declare("window/geometry", bytes, b"", Scope.WINDOW)
STAFF_HEADER = declare("lists/staff_header", bytes, b"", Scope.WINDOW)
EQUIPMENT_HEADER = declare("lists/equipment_header", bytes, b"", Scope.WINDOW)
LAST_FOLDER = declare("files/last_folder", str, "", Scope.WINDOW)
LIST_HEADERS = {"staff": STAFF_HEADER, "equipment": EQUIPMENT_HEADER}


def store_value(store: Store, option: Option[str]) -> str:
    """An installation setting as saved in the store, else its declared default."""
    if option.scope is not Scope.INSTALLATION:
        raise ValueError(f"{option.key} lives in window.ini: use Options.get")
    return read_setting(store, option.key) or option.default


class Options:
    """The window's settings in an INI file (or in memory, for a store with no file)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._memory: dict[str, Any] = {}
        self._settings = (QSettings(str(path), QSettings.Format.IniFormat)
                          if path is not None else None)

    def get(self, option: Option[T]) -> T:
        _window_only(option)
        raw = (self._settings.value(option.key) if self._settings is not None
               else self._memory.get(option.key))
        if raw is None:
            return option.default
        try:
            return cast(T, _typed(option.kind, raw))
        except (TypeError, ValueError):  # a hand-edited or damaged file: the default
            return option.default

    def set(self, option: Option[T], value: T) -> None:
        _window_only(option)
        if not isinstance(value, option.kind):
            raise TypeError(f"{option.key} takes {option.kind.__name__}, not {value!r}")
        stored: Any = QByteArray(value) if isinstance(value, bytes) else value
        if self._settings is None:
            self._memory[option.key] = stored
        else:
            self._settings.setValue(option.key, stored)

    def remove(self, key: str) -> None:
        """Forget a key (an upgrade dropping one that is no longer declared)."""
        if self._settings is None:
            self._memory.pop(key, None)
        else:
            self._settings.remove(key)

    def sync(self) -> None:
        """Write to the file now (Qt also writes when the object goes)."""
        if self._settings is not None:
            self._settings.sync()

    # --- the folder file dialogs open in --------------------------------------------------
    def last_folder(self) -> str:
        """The folder last chosen in a file dialog if it is still there, else Documents."""
        folder = self.get(LAST_FOLDER)
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)

    def remember_folder(self, folder: str | Path) -> None:
        self.set(LAST_FOLDER, str(folder))
        self.sync()


def options_for(store: Store) -> Options:
    """The window's settings of the device whose store this is (its data folder)."""
    return Options(store.path.with_name(SETTINGS_FILE) if store.path is not None else None)


def _window_only(option: Option[Any]) -> None:
    if option.scope is not Scope.WINDOW:
        raise ValueError(f"{option.key} lives in the store: use store_value/set_setting")


def _typed(kind: type, raw: Any) -> Any:
    """A value as QSettings gives it back (INI files keep strings) in the declared type."""
    if kind is bytes:
        if isinstance(raw, QByteArray):
            return raw.data()
        raise TypeError(raw)
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text not in ("true", "false"):
            raise ValueError(raw)
        return text == "true"
    if kind is int:
        if isinstance(raw, bool):
            raise TypeError(raw)
        return int(raw)
    if isinstance(raw, list | QByteArray):
        raise TypeError(raw)
    return str(raw)
