"""Compacting the province's journal after bundles taken in over the network.

A stick's files are compacted once the last of them is in (``province.import_paths``). Over
the network every bundle is a request of its own, and compacting inside it would make the
laptop wait for work that is not its own, while holding its partitions' locks (or, on
SQLite, the one writer's) would make every other laptop wait too. So ``server serve``
compacts on a thread of its own, after the imports have committed and their locks are
gone: each committed import pokes it, and it runs once the server has taken no import
for ``QUIET`` seconds (a laptop's push is a few requests in a row — its bundles, its
receipt, its pull — and a compaction between them would only hold the next one back), or
``LONGEST`` seconds after the first poke it has not answered yet, so a province that is
never quiet still compacts. One run covers every import before it (``compact`` looks at
what changed since the limits it last used), and after a burst of pushes it usually finds
nothing to do: a few milliseconds (``compaction.candidates``).

On SQLite the run takes the single writer's lock, as an import does: SQLite would refuse a
write that began reading before another import's commit. On PostgreSQL it takes no lock:
compaction only deletes and trims entries every reader already has, which an import
beside it reads or skips alike. A poke that comes while a run is going is answered by the
next run. What is still waiting when the server stops is compacted after the next import.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager

log = logging.getLogger("app.server.http")  # the server's log lines, under one name

QUIET = 2.0  # seconds without an import before compacting
LONGEST = 60.0  # seconds at most between the first import waiting and its compaction


class Compactor:
    """Runs ``work`` on a thread of its own, holding ``lock``, once imports go quiet."""

    def __init__(self, work: Callable[[], object], lock: Callable[[], AbstractContextManager],
                 *, quiet: float = QUIET, longest: float = LONGEST) -> None:
        self._work, self._lock = work, lock
        self.quiet, self.longest = quiet, longest
        self._wake = threading.Condition()
        self._first: float | None = None  # when the oldest unanswered poke came
        self._last = 0.0  # when the newest one came
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.runs = 0

    def start(self) -> None:
        with self._wake:
            if self._thread is None:
                self._stopping = False
                self._thread = threading.Thread(target=self._loop, name="journal-compaction",
                                                daemon=True)
                self._thread.start()

    def stop(self) -> None:
        """Stop the thread (a run under way finishes first); pokes are then ignored."""
        with self._wake:
            thread, self._thread = self._thread, None
            self._stopping = True
            self._wake.notify_all()
        if thread is not None:
            thread.join()

    def poke(self) -> None:
        """An import has committed: compact once the server is quiet."""
        with self._wake:
            now = time.monotonic()
            if self._first is None:
                self._first = now
            self._last = now
            self._wake.notify_all()

    def _loop(self) -> None:
        while self._next():
            try:
                with self._lock():
                    self._work()
            except Exception:  # a failed run must not end the thread: the next one retries
                log.exception("journal compaction failed")
            self.runs += 1

    def _next(self) -> bool:
        """Wait until a run is due; False when the compactor stops."""
        with self._wake:
            while not self._stopping:
                if self._first is not None:
                    now = time.monotonic()
                    due = min(self._last + self.quiet, self._first + self.longest)
                    if now >= due:
                        self._first = None
                        return True
                    self._wake.wait(due - now)
                else:
                    self._wake.wait()
            return False
