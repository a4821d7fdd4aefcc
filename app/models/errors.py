"""The one exception base of the storage and domain layer.

Every expected failure (a bad value, a database from a newer app, a device not set up) is a
``ModelError`` whose message is a plain Vietnamese sentence a commune officer can act on; the
CLI and the window show it as it is. Anything else is a bug and is logged with its traceback.
"""

from __future__ import annotations


class ModelError(Exception):
    """An expected failure of the domain layer, with a message fit for the user."""


class StoreError(ModelError):
    """The database file cannot be used as it is (newer version, damaged, locked)."""


class NotSetUpError(ModelError):
    """A write was attempted before this device was set up for a commune."""


class ValidationError(ModelError):
    """A value given by the user is not acceptable."""


class JournalError(ModelError):
    """A write tried to go around the change journal."""
