"""This device and its communes: setting it up, who it is, and the overview of its communes.

The window reads the header (``window_context``) once at start and the overview after
every change; the first-run wizard and ``commune-it setup`` set the device up through the
same ``set_up_device``; every other command starts with ``device.require_set_up``. A list
page's load (``Listing``) is defined here because staff and equipment share its shape.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from app.models.attention import AttentionList, attention
from app.models.indicators import Indicators, commune_indicators, total
from app.models.queries import StaffRow, commune_name
from app.models.reference_queries import (
    CommuneRow,
    ProvinceRow,
    committee_name,
    unit_name_in_text,
)
from app.models.reference_queries import communes_of as _communes_of
from app.models.reference_queries import provinces as _provinces
from app.models.setup import current_device, setup_device
from app.models.store import Store

R = TypeVar("R")
OVER_AGE_YEARS = 5  # the age after which equipment counts as old on the overview


@dataclass(frozen=True)
class WindowContext:
    """Who this device is, for the window's header: read once at start."""

    device_name: str
    commune_codes: tuple[str, ...]
    commune_names: tuple[str, ...]  # as the unit list writes them alone: "Xã Mường Phăng"
    # The first commune's People's Committee, "UBND xã Mường Phăng" (lower-case type inside
    # a name): the organiser a new course of the commune starts with.
    committee: str = ""


@dataclass(frozen=True)
class OverviewData:
    """What the overview shows, read in one load: indicators and what needs attention."""

    indicators: Indicators
    attention: dict[str, AttentionList]


@dataclass(frozen=True)
class Listing(Generic[R]):
    """A register's rows and whether this device may change them, read together so the
    page never shows buttons that the rows it shows would refuse."""

    rows: Sequence[R]
    editable: bool


def window_context(store: Store) -> WindowContext | None:
    """The device's name and communes, or None when it has not been set up yet."""
    with store.sessions() as session:
        device = current_device(session)
        if device is None:
            return None
        codes = tuple(device.communes)
        names = tuple(commune_name(session, code) or code for code in codes)
        first = unit_name_in_text(session, codes[0]) if codes else None
        return WindowContext(device.name, codes, names, committee_name(first) if first else "")


def indicators(store: Store, commune_codes: Sequence[str]) -> Indicators:
    """One commune's indicators, or the total over a trainer's communes."""
    with store.sessions() as session:
        return _indicators(session, commune_codes)


def overview(store: Store, commune_codes: Sequence[str]) -> OverviewData:
    """The indicators and the attention lists of the overview page, from one snapshot."""
    with store.sessions() as session:
        return overview_in(session, commune_codes)


def overview_in(session: Session, commune_codes: Sequence[str],
                staff: Sequence[StaffRow] | None = None) -> OverviewData:
    """``overview`` in a session the caller holds (the console reads a commune's lists in
    the same one); ``staff``: its officials in service, when the caller read them already
    (``attention``)."""
    return OverviewData(_indicators(session, commune_codes),
                        attention(session, commune_codes, staff=staff))


def _indicators(session: Session, commune_codes: Sequence[str]) -> Indicators:
    found = commune_indicators(session, list(commune_codes), over_age_years=OVER_AGE_YEARS)
    return found[0] if len(found) == 1 else total(found)


def set_up_device(store: Store, communes: Sequence[str], name: str,
                  trainer: bool) -> tuple[str, ...]:
    """Give this device its commune (office) or communes (trainer's laptop) and its name,
    for the wizard and ``commune-it setup`` alike; returns the communes' codes as saved."""
    with store.sessions.begin() as session:
        device = setup_device(session, list(communes), name, trainer)
        return tuple(device.communes)



def provinces(store: Store) -> list[ProvinceRow]:
    """The provinces the first-run wizard offers, in Vietnamese order."""
    with store.sessions() as session:
        return _provinces(session)


def communes_of(store: Store, province_code: str) -> list[CommuneRow]:
    """One province's communes and wards, for the wizard's list."""
    with store.sessions() as session:
        return _communes_of(session, province_code)
