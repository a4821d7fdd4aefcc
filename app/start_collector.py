"""Python's cyclic collector held back while the program starts, and at its exit.

A command that opens the store imports SQLAlchemy and the models, and the window Qt's
bindings besides: a few hundred thousand objects made in a few tenths of a second, none of
them garbage. At its defaults the collector starts a young collection every 700 of them and
the older generations follow, walking the growing heap again and again to find nothing; and
at the exit the interpreter walks every object once more. On the 2-core test machine that
was about 110 ms of the 0.39 s of ``import app.models.store`` (best of seven, with and
without), about 70 ms of collections within ``sync status`` and 35 ms after it.

- ``starting`` raises the young generation's threshold for the start. The collector is
  not turned off: a command that makes a million objects more is still collected.
- ``started`` gives the collector back once the process is up (a command when it ends, the
  province's server before it serves, the window once it is shown). What the start made is
  moved to the oldest generation as it is, without a walk (``freeze`` then ``unfreeze``),
  so the first young collection after it does not walk it all at once.
- At the exit what is left is frozen, so the interpreter's last collection finds nothing
  to walk. That collection is not a promise of Python's (cycles left at exit are not
  guaranteed to be finalized), and the program closes its files and stores itself.
"""

from __future__ import annotations

import atexit
import gc

_STARTING = (1_000_000, 20, 100)
_before: tuple[int, int, int] | None = None
_exit_registered = False


def starting() -> None:
    """Hold the collector back until ``started`` (a second call changes nothing)."""
    global _before, _exit_registered
    if _before is None:
        _before = gc.get_threshold()
        gc.set_threshold(*_STARTING)
    if not _exit_registered:
        atexit.register(gc.freeze)
        _exit_registered = True


def started() -> None:
    """The collector's thresholds as they were before ``starting``, what the start made
    already counted old."""
    global _before
    if _before is not None:
        gc.freeze()
        gc.unfreeze()
        gc.set_threshold(*_before)
        _before = None
