"""The check every command but ``setup`` makes once the store is open: is this device set up?

Apart from ``commune.py`` (the device's setup and the window's overview) because that module
brings the overview's queries — indicators, attention lists, reference queries — about 6 ms
of CPU at every command's start (issue 17), for a check that reads one row.
"""

from __future__ import annotations

from app.models.setup import require_device
from app.models.store import Store


def require_set_up(store: Store) -> None:
    """Refuse (``NotSetUpError``) a store whose device has not been set up: every command
    but ``setup`` needs a commune to work in."""
    with store.sessions() as session:
        require_device(session)
