"""The one exception base of the sync layer, and the refusals a bundle reader can give.

Each message is a plain Vietnamese sentence the CLI prints as it is (exit 2) and the window
shows in a dialog. The classes say *why* a file was refused, so the caller can decide what to
do: skip a bundle meant for another device quietly, but warn loudly about a forged one.
"""

from __future__ import annotations

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
        super().__init__(
            f"Gói dữ liệu này do phiên bản mới hơn tạo ra (định dạng {format_version}, "
            f"lược đồ {schema}); hãy cập nhật ứng dụng.")
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

    def __init__(self, message: str, receiver: str | None = None) -> None:
        super().__init__(message)
        self.receiver = receiver


class ServerUnreachableError(SyncError):
    """No answer from the server after every retry."""


class ServerRefusedError(SyncError):
    """The server understood the request and said no (its Vietnamese reason is the message)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class SyncCancelled(SyncError):
    """The user cancelled; what was done so far is kept, the rest waits for the next time."""

    def __init__(self) -> None:
        super().__init__("Đã hủy.")
