"""A commune's page: what its officers' overview shows, its laptops, and its registers.

The cards and the attention lists are the laptop's overview itself (``app.ops.commune
.overview_in``: the same indicators and lists, computed the same way), so the department
and the commune never read two versions of one figure. The staff and equipment lists are
read only and paged; officials are those in service, as the overview counts them. No
phone numbers or birth dates: the province's page shows what its figures need.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, func, select

from app.models import InboxBundle, RegisteredDevice
from app.models.attention import attention
from app.models.indicators import Indicators
from app.models.queries import EquipmentRow, StaffRow, commune_name, equipment_rows, staff_rows
from app.models.store import Store
from app.ops.commune import OverviewData, overview_in

PAGE = 50  # rows of a list per page


@dataclass(frozen=True)
class DeviceLine:
    name: str
    role: str
    state: str
    last_bundle: datetime | None
    bundles: int


@dataclass(frozen=True)
class Paged:
    """One page of a list: its rows, which page, how many pages and rows in all."""

    rows: list
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class Registers:
    """What the page shows of the commune's own records: kept while they do not change
    (``freshness.commune_generation``), however often other communes' laptops push."""

    name: str
    overview: OverviewData
    staff: list[StaffRow]
    equipment: list[EquipmentRow]


@dataclass(frozen=True)
class CommuneView:
    code: str
    name: str
    overview: OverviewData
    devices: list[DeviceLine]
    staff: Paged
    equipment: Paged


def registers(store: Store, code: str, cards: Indicators | None = None) -> Registers | None:
    """The commune's name, overview and lists, or None for a code that names no commune.
    ``cards``: its indicators as already counted for the province's page, when they are as
    new as its data (``pages._commune``); counted here otherwise."""
    with store.sessions() as session:
        name = commune_name(session, code)
        if name is None:
            return None
        staff: list[StaffRow] = [row for row in staff_rows(session, [code]) if not row.former]
        equipment: list[EquipmentRow] = equipment_rows(session, [code])
        overview = (overview_in(session, [code], staff) if cards is None
                    else OverviewData(cards, attention(session, [code], staff=staff)))
        return Registers(name, overview, staff, equipment)


def commune_view(code: str, held: Registers, laptops: list[DeviceLine], staff_page: int,
                 equipment_page: int) -> CommuneView:
    """Everything the page shows, its lists cut to the pages asked."""
    return CommuneView(code, held.name, held.overview, laptops,
                       paged(held.staff, staff_page), paged(held.equipment, equipment_page))


def paged(rows: list, page: int) -> Paged:
    pages = max(1, -(-len(rows) // PAGE))
    page = min(max(page, 1), pages)
    return Paged(rows[(page - 1) * PAGE:page * PAGE], page, pages, len(rows))


def devices(session, code: str) -> list[DeviceLine]:
    """The laptops enrolled for the commune (a trainer's among its communes too), with
    the last bundle the province received from each and how many, in one statement. The
    register's list of communes is JSON text: the database picks the entries that mention
    the code, and each is then read for certain (a code is five digits, so no other one
    contains it)."""
    return [DeviceLine(entry.name, entry.role, entry.state, entry.last, entry.count or 0)
            for entry in session.execute(_devices_query(), {"code": f'"{code}"'})
            if code in json.loads(entry.communes_json)]


@cache
def _devices_query() -> Select:
    """Each device naming ``code`` (bound as its JSON text), oldest enrolment first, with
    what ``received_from`` counts of it."""
    device = RegisteredDevice

    def of_device(column: Any) -> Any:  # read by the sender's index, for the few devices
        return select(column).where(InboxBundle.sender == device.device_id).scalar_subquery()

    last, count = _received()
    return (select(device.name, device.role, device.state, device.communes_json,
                   of_device(last).label("last"), of_device(count).label("count"))
            .where(device.communes_json.contains(bindparam("code")))
            .order_by(device.issued_at, device.enrolment_id))


def _received() -> tuple[Any, Any]:
    """When a device's last bundle was applied and how many were: an inbox row may stand
    for several bundles, folded (``app/sync/folds.py``)."""
    return func.max(InboxBundle.applied_at), func.sum(InboxBundle.bundles)


def received_from(session, ids: list[str | None]) -> dict[str, tuple[datetime, int]]:
    """For each device of ``ids`` the province heard from: when its last bundle was applied
    and how many were (``_received``, the figures the commune page reads of its own
    laptops, so the two pages never disagree)."""
    wanted = [device for device in ids if device]
    if not wanted:
        return {}
    return {sender: (last, count) for sender, last, count in session.execute(
        select(InboxBundle.sender, *_received())
        .where(InboxBundle.sender.in_(wanted)).group_by(InboxBundle.sender))}
