"""The province's clock is right again: one unit of work for ``server repair-clock``."""

from __future__ import annotations

from app.models.store import Store
from app.sync.clock_repair import ProvinceRepair, repair_province_clock

from .province import province_me


def repair_clock(store: Store) -> ProvinceRepair:
    """Restamp the changes stamped ahead of the province's clock and confirm the clock;
    refuses (``ModelError``) a database that is not a province's."""
    with store.sessions.begin() as session:
        province_me(session)
        return repair_province_clock(session)
