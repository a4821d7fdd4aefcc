"""Commune IT Register: an offline-first register of a commune's IT equipment, staff IT
qualifications and training, synced to the province by USB stick or network."""

from __future__ import annotations

from functools import cache


@cache
def version() -> str:
    """The installed version. Looked up when asked, not on import: importlib.metadata
    costs about 30 ms of every start of the window."""
    from importlib import metadata

    try:
        return metadata.version("commune-it")
    except metadata.PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0+source"
