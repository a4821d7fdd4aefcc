"""The one exception base of the storage and domain layer.

Every expected failure (a bad value, a database from a newer app, a device not set up) is a
``ModelError`` that carries a ``Message``: a code of the one catalogue (app/messages) and the
values it names. The window shows it in its own language, the command line in Vietnamese
unless asked for English; ``str()`` gives the sentence in this process's language. Anything
else is a bug and is logged with its traceback.
"""

from __future__ import annotations

from typing import Any

from app.messages import Message, message


class ModelError(Exception):
    """An expected failure of the domain layer, told by a code and its values."""

    def __init__(self, code: str | Message, /, **values: Any) -> None:
        self.message = code if isinstance(code, Message) else message(code, **values)
        super().__init__(self.message.code)

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.message.values)

    def text(self, language: str | None = None) -> str:
        return self.message.text(language)

    def __str__(self) -> str:
        return self.message.text()


class StoreError(ModelError):
    """The database file cannot be used as it is (newer version, damaged, locked)."""


class NotSetUpError(ModelError):
    """A write was attempted before this device was set up for a commune."""


class ValidationError(ModelError):
    """A value given by the user is not acceptable."""


class JournalError(ModelError):
    """A write tried to go around the change journal."""
