"""The small controller that loads each page, and the start page's early load.

What a page reads comes from ``app.ops`` (one unit of work per call, plain values out); a
``PageController`` joins one such call to the page that shows its result, through the
``TaskRunner``, so pages stay pure views and the loading policy lives in one spot.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:  # the runner's module loads the window's widgets; the start does not wait
    from app.ui.runtime.tasks import TaskRunner

T = TypeVar("T")


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
