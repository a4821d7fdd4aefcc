"""The province's memory of the bundles it refused, for the console's devices page.

A refusal used to live only in the answer the laptop got (and, over HTTP, in the spool's
upload file until it was purged); the department could not see that a commune's laptop had
been sending damaged or forged bundles. ``recorded`` wraps the one function both doors go
through (``app.server.province.receive``: the HTTP commit and the USB desk or ``server
import``) and writes down each refusal, in a transaction of its own after the import's has
rolled back, then lets the refusal go on as before. Only the last ``KEEP`` refusals of each
device are kept, so the table cannot grow without bound.

The device is the sender the bundle's header names. Over HTTP it is the signed requester
(app/server/http.py checks they agree before importing); on a stick a forged header may
name another device, which is why the page shows the reason beside it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import ParamSpec, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from app.messages import Message, message
from app.models import BundleRefusal
from app.models.errors import ModelError
from app.models.store import Store
from app.sync import bundle
from app.sync.refusals import from_json, to_json

KEEP = 50  # refusals kept per device
P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Refusal:
    """One refusal as the devices page shows it."""

    at: datetime
    via: str
    reason: Message


def recorded(receive: Callable[P, R]) -> Callable[P, R]:
    """``receive(store, data, via)`` that writes down every refusal before passing it on."""

    @functools.wraps(receive)
    def wrapper(store: Store, data: bytes, via: str) -> R:  # type: ignore[override]
        try:
            return receive(store, data, via)  # type: ignore[call-arg]
        except ModelError as exc:
            record(store, *_named_by(data), via, exc.message)
            raise
        except IntegrityError:
            record(store, *_named_by(data), via, message("server.bundle_conflicts_stored"))
            raise

    return wrapper  # type: ignore[return-value]


def record(store: Store, sender: str, bundle_id: str | None, via: str,
           reason: Message) -> None:
    """Keep one refusal, and only the newest ``KEEP`` of its device. A failure to keep it
    must not hide the refusal itself: it is dropped, and the laptop is answered as before."""
    said = to_json(reason)
    try:
        with store.sessions.begin() as session:
            session.add(BundleRefusal(device_key=sender, bundle_id=bundle_id, via=via[:10],
                                      refused_at=datetime.now(), code=said["code"],
                                      values_json=json.dumps(said["values"],
                                                             ensure_ascii=False)))
            session.flush()
            kept = select(BundleRefusal.id).where(BundleRefusal.device_key == sender).order_by(
                BundleRefusal.id.desc()).limit(KEEP).scalar_subquery()
            session.execute(delete(BundleRefusal).where(
                BundleRefusal.device_key == sender, BundleRefusal.id.not_in(kept)))
    except SQLAlchemyError:
        return


def _named_by(data: bytes) -> tuple[str, str | None]:
    """The sender and bundle id the header names ("" and None when it cannot be read)."""
    try:
        header = bundle.read_header(data)
    except ModelError:
        return "", None
    return str(header.sender)[:64], str(header.bundle_id)[:64]


def refusals(store: Store, keys: list[str]) -> dict[str, list[Refusal]]:
    """The kept refusals of each device of ``keys``, newest first."""
    wanted = [key for key in keys if key]
    if not wanted:
        return {}
    found: dict[str, list[Refusal]] = {}
    with store.sessions() as session:
        for row in session.scalars(select(BundleRefusal).where(
                BundleRefusal.device_key.in_(wanted)).order_by(BundleRefusal.id.desc())):
            found.setdefault(row.device_key, []).append(
                Refusal(row.refused_at, row.via, _reason(row)))
    return found


def _reason(row: BundleRefusal) -> Message:
    """The refusal in words; one whose code this copy no longer knows says so."""
    try:
        values = json.loads(row.values_json)
    except ValueError:
        values = None
    said = from_json({"code": row.code, "values": values}) if isinstance(values, dict) else None
    return said or message("console.refusal_unknown", code=row.code)
