"""Python's cyclic collector, held back where it walks thousands of objects to find nothing.

Python's collector starts a young collection every 700 new objects, and the older
generations follow, each walking every object they hold. That is a waste where a program
makes a great many objects of which none is garbage, which it does in two places here.

**The start of a process.** A command that opens the store imports SQLAlchemy and the
models, and the window Qt's bindings besides: a few hundred thousand objects in a few tenths
of a second. On the 2-core test machine the collections were about 110 ms of the 0.39 s of
``import app.models.store`` (best of seven, with and without), and a store-opening command
went from 0.73 s to 0.50 s (``sync status`` through the console script, median of 21).

- ``starting`` raises the young generation's threshold. The collector is not turned off:
  a command that makes a million objects more is still collected.
- ``started`` gives the collector back once the process is up (a command when it ends,
  the province's server before it serves, the window once it is shown). What the start
  made is moved to the oldest generation as it is, without a walk (``freeze`` then
  ``unfreeze``), so the first young collection after it does not walk it all at once.
- At the exit what is left is frozen, so the interpreter's last collection finds nothing
  to walk. Python does not promise to finalize the cycles left at exit anyway, and the
  program closes its files and stores itself.

**A file of thousands of records.** Reading and merging a bundle of 10,000 changes, or
importing a staff list of 10,000 rows, makes some 50,000 dictionaries and lists that live
until the transaction ends: the collector walked them again and again, and once, at the
largest, every object of the process (about a tenth of either import), to find nothing,
since the records are plain data. ``collector_held`` runs such an import with the collector
off and lets it run again afterwards; what cycles the import left (few: sessions, caught
errors) are collected then as they would have been. Holds nest and may overlap (the console
imports a stick in a thread of the server): the collector is enabled again when the last
holder leaves, and only if it was enabled when the first came. Uploads over the network are
not held: a server taking pushes all day would otherwise never collect.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_STARTING = (1_000_000, 20, 100)
_before: tuple[int, int, int] | None = None
_exit_registered = False

_lock = threading.Lock()
_holders = 0
_resume = False  # whether the first holder found the collector enabled


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


@contextmanager
def collector_held() -> Iterator[None]:
    """Run the body with the cyclic collector off (see the module's docstring)."""
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
