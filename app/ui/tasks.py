"""The one door through which the window runs data work (loads now; saves, imports later).

Why a door even though loads are synchronous for now: every page asks this runner for its
data and receives the result in a callback, so moving the work to a worker thread later
(a QThreadPool whose results come back to the GUI thread through a signal) changes this
module only, not the pages. The callbacks already run as if they were delivered on the
GUI thread: they get plain values and never a session.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from app.models.errors import ModelError

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskRunner(QObject):
    """Runs ``work`` and hands its result to ``done``; a failure is reported by ``failed``.

    ``failed`` carries the sentence for the user (a ``ModelError``'s own, or empty for a
    bug, which the receiver replaces with a general sentence) and the technical details.
    """

    failed = Signal(str, str)

    def run(self, work: Callable[[], T], done: Callable[[T], None]) -> None:
        try:
            result = work()
        except ModelError as exc:
            log.info("data task refused: %s", exc)
            self.failed.emit(str(exc), "")
            return
        except Exception:
            log.exception("data task failed")
            self.failed.emit("", traceback.format_exc())
            return
        done(result)
