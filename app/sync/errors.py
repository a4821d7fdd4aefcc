"""The one exception base of the sync layer, and the refusals a bundle reader can give.

Each error carries a message code of the catalogue (app/messages/sync.py) and its values:
the CLI prints it in Vietnamese unless asked for English (exit 2), the window shows it in
its own language. The classes say *why* a file was refused, so the caller can decide what
to do: skip a bundle meant for another device quietly, but warn loudly about a forged one.
"""

from __future__ import annotations

from typing import Any

from app.messages import Message
from app.models.errors import ModelError


class SyncError(ModelError):
    """An expected failure of synchronisation, with a message fit for the user."""


class KeyFormatError(SyncError):
    """Stored or received key material cannot be read (wrong length, not base64)."""


class BundleError(SyncError):
    """A bundle cannot be written or read."""


class BundleWriteError(BundleError):
    """A bundle file could not be written (stick full, removed, read-only)."""


class NewerFormatError(BundleError):
    """The bundle was made by a newer version of the app: its format or schema is unknown here."""

    def __init__(self, format_version: object, schema: object) -> None:
        super().__init__("bundle.newer_format", format=format_version, schema=schema)
        self.format_version = format_version
        self.schema = schema


class DamagedBundleError(BundleError):
    """The file is not a bundle, is cut short, or its bytes changed since it was written."""


class BadSignatureError(BundleError):
    """The signature does not prove the claimed sender made this file (tampered or forged)."""


class InvalidContentError(BundleError):
    """A genuinely signed bundle holds a record no copy of this app writes (a missing field,
    a wrong type, an unknown column, a value out of bounds): the sender is broken or hostile,
    and the whole bundle is refused before anything of it is applied."""


class OutOfScopeError(BundleError):
    """A genuinely signed bundle changes what its sender may not: another commune's records,
    another device's changes, records it cannot read. Refused whole."""


class NotForThisDeviceError(BundleError):
    """The bundle is addressed, or encrypted, to another device."""

    def __init__(self, code: str | Message, receiver: str | None = None, /,
                 **values: Any) -> None:
        super().__init__(code, **values)
        self.receiver = receiver


class ServerUnreachableError(SyncError):
    """No answer from the server after every retry."""


class ServerRefusedError(SyncError):
    """The server understood the request and said no: its reason is the message, read from
    the answer's code and values (``refusals.answer_message``), so it shows in the
    window's language; ``status`` is the HTTP status."""

    def __init__(self, code: str | Message, status: int, /, **values: Any) -> None:
        super().__init__(code, **values)
        self.status = status


class SyncCancelled(SyncError):
    """The user cancelled; what was done so far is kept, the rest waits for the next time."""

    def __init__(self) -> None:
        super().__init__("sync.cancelled")
