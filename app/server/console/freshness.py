"""The province's figures, computed once per change of the data rather than once per page.

Fifty of the department's staff may have the province page open while twenty laptops push;
each page used to count every commune's officials and equipment again (60 ms on
PostgreSQL for 130 communes), and those counts competed with the pushes for the server's
two cores. The figures only change when the data does, and the data announces it cheaply:
every bundle received sets its laptop's ``last_seen_at``, every enrolment or revocation
changes the device register, and every other write goes through the journal. Those few
values (one indexed maximum, one aggregate over the small device register) are the
**generation**; the figures are kept with the generation they were computed from.

A page whose generation matches takes the kept figures. One that finds them out of date
computes them, and while one request computes, the others are given the kept figures if
they are younger than ``STALE_AT_MOST`` seconds, rather than queueing up to compute the
same thing.

Under a stream of pushes the generation moves every few tenths of a second, and each
province page would compute the figures anew. So a value is computed again at most once
per ``took / SHARE`` seconds after its last computation (``took``: how long that one
took): the figures never take more than a twentieth of a page thread's time however
fast laptops push, and the busier the server, the slower a computation and the longer
the figures stand (a 60 ms computation: 1.2 s). A page says the moment its figures are
of. A lone request after a change (a test, a person back from an import) sees what is in
the database, and a change made from the console itself (a stick's files taken in, a
device enrolled or revoked: ``changed_here``) is shown on the next page at once.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import cache
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Select, bindparam, func, literal, select
from sqlalchemy.orm import Session

from app.models import BundleRefusal, Device, RegisteredDevice
from app.models.base import PROVINCE_PREFIX, commune_partition
from app.models.journal import JournalEntry
from app.models.server_engine import single_reads
from app.models.store import Store

T = TypeVar("T")
STALE_AT_MOST = 10.0  # seconds a page may show figures behind a computation in progress
SHARE = 0.05  # of the time since the last computation, at most, spent computing again


def generation(session: Session | Connection) -> Hashable:
    """What changes whenever the province's figures may: the journal's newest entry and the
    device register's times (a bundle received, an enrolment, a revocation)."""
    newest, *register = session.execute(_generation_query()).one()  # one round trip
    return newest, tuple(register)


def register_generation(session: Session | Connection) -> Hashable:
    """What changes whenever the devices page may: the register's times and the newest
    refusal written down (a refused bundle changes no time of the register)."""
    return tuple(session.execute(_register_query()).one())


def commune_generation(session: Session | Connection, code: str) -> Hashable:
    """What changes whenever a commune's page may, but not when another commune's laptop
    pushes: the newest journal entry of the commune's partition and of the province's (the
    reference data its page names things with). Its laptops' last bundles are not in it: the
    page reads them anew each time (``commune.devices``, one small query)."""
    return tuple(session.execute(_commune_query(), {"partition": commune_partition(code)})
                 .one())  # one round trip


# Each page asks one of these before anything else: built once (building one costs more of
# the server's time than PostgreSQL takes to answer it), their values bound at each asking.

@cache
def _generation_query() -> Select:
    return _register_times(select(func.max(JournalEntry.seq)).scalar_subquery())


@cache
def _register_query() -> Select:
    return _register_times(select(func.max(BundleRefusal.id)).scalar_subquery())


def _register_times(first: Any) -> Select:
    device = RegisteredDevice
    return select(first, func.count(), func.max(device.last_seen_at),
                  func.max(device.revoked_at), func.max(device.enrolled_at),
                  func.max(device.issued_at))


@cache
def _commune_query() -> Select:
    province = select(Device.province_code).limit(1).scalar_subquery()  # this server's
    newest = [select(func.max(JournalEntry.seq)).where(JournalEntry.partition == partition)
              .scalar_subquery() for partition in (
                  bindparam("partition"), literal(PROVINCE_PREFIX).concat(province))]
    return select(*newest)


class Kept(Generic[T]):
    """A value computed from the store and kept for one generation (see the module)."""

    def __init__(self, compute: Callable[[], T]) -> None:
        self._compute = compute
        self._lock = threading.Condition()
        self._computing = False
        self._value: T | None = None
        self._generation: Hashable = None
        self._at = 0.0  # when the kept value was computed (time.monotonic)
        self._took = 0.0  # how long that took
        self._here = 0  # the console's own changes it includes (``changed_here``)

    def value(self) -> tuple[T, Hashable] | None:
        """The kept value and its generation, or None before the first computation."""
        with self._lock:
            return None if self._value is None else (self._value, self._generation)

    def get(self, current: Hashable, here: int = 0,
            compute: Callable[[], T] | None = None) -> tuple[T, Hashable]:
        """The value for the data at ``current`` and the generation it was computed from:
        kept, slightly behind while another request computes it or while the last
        computation is too recent to repeat, or computed here. ``here`` counts the
        console's own changes: one the kept value does not include is always computed.
        ``compute``: this request's own way to compute it (it may know more of the data
        than the first request did), instead of the one given when the value was made."""
        with self._lock:
            while True:
                if self._value is not None and self._generation == current:
                    return self._value, current
                if (self._value is not None and here == self._here and not self._computing
                        and time.monotonic() < self._at + self._took / SHARE):
                    return self._value, self._generation
                if not self._computing:
                    self._computing = True
                    break
                if self._value is not None and time.monotonic() - self._at < STALE_AT_MOST:
                    return self._value, self._generation
                self._lock.wait()
        started = time.monotonic()
        try:
            value = (compute or self._compute)()
        except BaseException:
            with self._lock:
                self._computing = False
                self._lock.notify_all()
            raise
        with self._lock:
            self._computing = False
            self._value, self._generation, self._here = value, current, here
            self._at = time.monotonic()
            self._took = self._at - started
            self._lock.notify_all()
        return value, current


MAX_KEPT = 256  # values kept per store (a commune's page is one per commune and page)
_KEPT: weakref.WeakKeyDictionary[Store, OrderedDict[str, Kept]] = weakref.WeakKeyDictionary()
_KEPT_LOCK = threading.Lock()
_HERE: weakref.WeakKeyDictionary[Store, int] = weakref.WeakKeyDictionary()


def changed_here(store: Store) -> None:
    """The console itself changed the data (a stick's files taken in, a device enrolled or
    revoked): the next page shows it, however recent the last computation."""
    with _KEPT_LOCK:
        _HERE[store] = _HERE.get(store, 0) + 1


def kept(store: Store, key: str, compute: Callable[[], T]) -> tuple[T, Hashable]:
    """The value ``compute`` gives for the store's data now, computed at most once per
    generation of the whole province however many pages ask at once, with the generation
    it is of (what a page made from it may be kept under: ``view.render_kept``)."""
    with single_reads(store.engine).connect() as connection:  # one statement: no session to set up
        current = generation(connection)
    return kept_at(store, key, compute, current)


def held(store: Store, key: str) -> tuple[object, Hashable] | None:
    """The value kept under ``key`` and its generation, as it is, never computed here; None
    when none is kept (a commune's page takes its cards from the province's figures when
    these are recent enough: ``pages._commune``)."""
    with _KEPT_LOCK:
        entry = _KEPT.get(store, {}).get(key)
    return entry.value() if entry is not None else None


def kept_at(store: Store, key: str, compute: Callable[[], T], current: Hashable
            ) -> tuple[T, Hashable]:
    """``kept`` for a generation the caller read itself (a commune's page reads its own
    with its laptops, in one session)."""
    with _KEPT_LOCK:
        entries = _KEPT.setdefault(store, OrderedDict())
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = Kept(compute)
            while len(entries) > MAX_KEPT:
                entries.popitem(last=False)
        entries.move_to_end(key)
        here = _HERE.get(store, 0)
    return entry.get(current, here, compute)
