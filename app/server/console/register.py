"""The devices page's register: each enrolled laptop with when it was last heard from,
the bundles the province received from it, and the bundles it refused and why.

The bundles received are counted by the commune page's own query (``commune
.received_from``), so the two pages never disagree; the refusals are those the server
wrote down (app/server/refusal_log.py), newest first, ``SHOWN`` of each on the page.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

from app.models.server_engine import single_reads
from app.models.store import Store
from app.server.province import devices
from app.server.refusal_log import Refusal, refusals

from .commune import received_from
from .freshness import kept_at, register_generation

SHOWN = 5  # refusals of one device on the page


@dataclass(frozen=True)
class Refused:
    """A device's refusals on the page: the newest ``SHOWN`` and how many more are kept."""

    name: str
    key: str
    newest: list[Refusal]
    more: int


def kept_register(store: Store) -> tuple[tuple[list[SimpleNamespace], list[Refused]],
                                         Hashable]:
    """``register``, read once per change of the register or of its refusals and kept,
    with the generation it is of (what its rendered table is kept under). Ten of the
    staff looking at the devices page while laptops push used to read and lay out a
    province's hundreds of laptops at every look: 15 ms of the server's time each, on the
    page thread the other pages wait for. Throttled like the province's figures
    (freshness.py): under a stream of pushes, whose every bundle sets its laptop's last
    seen time, the page may be behind by a fraction of a second; an enrolment or a
    revocation made here shows at once."""
    with single_reads(store.engine).connect() as connection:  # one statement: no session to set up
        current = register_generation(connection)
    return kept_at(store, "devices", lambda: register(store), current)


def register(store: Store) -> tuple[list[SimpleNamespace], list[Refused]]:
    """Every enrolled device (oldest enrolment first) and those with refusals. Each row is
    an object, not a dict: the template reads ``d.state`` of each of a province's hundreds
    of rows, and Jinja tries an attribute before a key, so a dict raised and caught an
    AttributeError at every cell (a third of the page's time)."""
    rows = devices(store)
    with store.sessions() as session:
        received = received_from(session, [row["id"] for row in rows])
    refused = refusals(store, [key for row in rows for key in (row["id"], row["enrolment_id"])])
    told: list[Refused] = []
    for row in rows:
        mine = refused.get(row["id"] or "", []) + refused.get(row["enrolment_id"], [])
        mine.sort(key=lambda refusal: refusal.at, reverse=True)
        last, count = received.get(row["id"] or "", (None, 0))
        row.update(seen=datetime.fromisoformat(row["last_seen_at"])
                   if row["last_seen_at"] else None,
                   last_bundle=last, bundles=count, refused=len(mine))
        if mine:
            key = row["id"] or row["enrolment_id"]
            told.append(Refused(row["name"], key, mine[:SHOWN], len(mine) - SHOWN))
    return [SimpleNamespace(**row) for row in rows], told
