"""What the Overview reads: the commune's indicators and what needs attention, in one
operation of ``app.ops.commune`` on the runner's worker; ``view.OverviewPage`` shows it."""

from __future__ import annotations

from collections.abc import Sequence

from app.models.store import Store
from app.ops import commune
from app.ops.commune import OverviewData


class OverviewController:
    """The Overview's data for the commune(s) this window is about."""

    def __init__(self, store: Store, commune_codes: Sequence[str]) -> None:
        self.store, self.communes = store, tuple(commune_codes)

    def load(self) -> OverviewData:
        """On the worker: every indicator and the three attention lists."""
        return commune.overview(self.store, self.communes)
