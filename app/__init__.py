"""Commune IT Register: an offline-first register of a commune's IT equipment, staff IT
qualifications and training, synced to the province by USB stick or network."""

from __future__ import annotations

# The version, as pyproject.toml declares it (tests/test_bundle_spec.py holds the two
# equal). A constant rather than importlib.metadata's answer: that module alone took about
# a fifth of ``commune-it --version`` (18 of 80-100 ms, against a limit of 100), and a
# frozen bundle without the package's metadata would have said nothing true.
__version__ = "0.1.0"


def version() -> str:
    """The program's version."""
    return __version__
