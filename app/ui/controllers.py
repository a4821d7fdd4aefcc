"""What the window reads, and the small controller that loads each page.

``CommuneData`` is the only place the window touches the store: each call is one unit of
work (its own session, closed at once) that returns plain values from ``app.models``. A
``PageController`` joins one such call to the page that shows its result, through the
``TaskRunner``, so pages stay pure views and the loading policy lives in one spot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy.orm import Session

from app.models.attention import AttentionList, attention
from app.models.indicators import Indicators, commune_indicators, total
from app.models.queries import EquipmentRow, StaffRow, commune_name, equipment_rows, staff_rows
from app.models.setup import current_device
from app.models.store import Store

if TYPE_CHECKING:  # the runner's module loads the window's widgets; the start does not wait
    from .tasks import TaskRunner

T = TypeVar("T")
OVER_AGE_YEARS = 5  # the age after which equipment counts as old on the overview


@dataclass(frozen=True)
class OverviewData:
    """What the overview shows, read in one load: indicators and what needs attention."""

    indicators: Indicators
    attention: dict[str, AttentionList]


@dataclass(frozen=True)
class WindowContext:
    """Who this device is, for the header: set once at start."""

    device_name: str
    commune_codes: tuple[str, ...]
    commune_names: tuple[str, ...]


def window_context(session: Session) -> WindowContext | None:
    """The device's name and communes, or None when it has not been set up yet."""
    device = current_device(session)
    if device is None:
        return None
    codes = tuple(device.communes)
    names = tuple(commune_name(session, code) or code for code in codes)
    return WindowContext(device.name, codes, names)


def read(store: Store, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one read-only query function in its own session, closed before returning."""
    with store.sessions() as session:
        return query(session, *args, **kwargs)


class CommuneData:
    """Read access to this device's communes: one session per call, plain values out."""

    def __init__(self, store: Store, commune_codes: Sequence[str]) -> None:
        self._store = store
        self._codes = list(commune_codes)

    def indicators(self) -> Indicators:
        """One commune's indicators, or the total over a trainer's communes."""
        found = read(self._store, commune_indicators, self._codes,
                     over_age_years=OVER_AGE_YEARS)
        return found[0] if len(found) == 1 else total(found)

    def overview(self) -> OverviewData:
        """The indicators and the attention lists, for the overview page."""
        return OverviewData(self.indicators(), read(self._store, attention, self._codes))

    def staff(self) -> list[StaffRow]:
        return read(self._store, staff_rows, self._codes)

    def equipment(self) -> list[EquipmentRow]:
        return read(self._store, equipment_rows, self._codes)


class Prefetch(Generic[T]):
    """A page's first load, started on a plain thread as soon as the store is open, while
    the window's modules are still being imported and its widgets built (SQLite runs
    beside that work). The page's controller then takes the result instead of loading
    again — on the runner's worker, so delivery and failures go the usual way."""

    def __init__(self, load: Callable[[], T]) -> None:
        self._value: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(load,), name="prefetch",
                                        daemon=True)
        self._thread.start()

    def _run(self, load: Callable[[], T]) -> None:
        try:
            self._value = load()
        except BaseException as exc:  # noqa: BLE001 (handed to whoever takes the result)
            self._error = exc

    def result(self) -> T:
        """The load's result once it is done (waits for it); its exception if it failed."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


class PageController(Generic[T]):
    """Loads one page's data through the runner and gives it to the page to show."""

    def __init__(self, runner: TaskRunner, load: Callable[[], T],
                 show: Callable[[T], None]) -> None:
        self._runner = runner
        self._load = load
        self._show = show

    def refresh(self, prefetched: Prefetch[T] | None = None) -> None:
        """Load again; or take a load started earlier (``Prefetch``), once."""
        self._runner.run(prefetched.result if prefetched is not None else self._load,
                         self._show)
