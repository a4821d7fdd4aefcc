"""Commune IT Register: an offline-first register of a commune's IT equipment, staff IT
qualifications and training, synced to the province by USB stick or network."""

from importlib import metadata

try:
    __version__ = metadata.version("commune-it")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
