"""Declarative base and the columns every travelling record carries.

A record that travels between devices is identified by a UUID made on the device (rows are
created offline, so nothing may depend on a server-assigned number), belongs to one
partition (a commune, or the province), and carries the clock stamp and device of its last
change plus a soft-delete flag, because a delete must travel as a tombstone.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from sqlalchemy import Boolean, MetaData, String, Text, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

COMMUNE_PREFIX = "commune:"
PROVINCE_PREFIX = "province:"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    return str(uuid.uuid4())


def commune_partition(code: str) -> str:
    return f"{COMMUNE_PREFIX}{code}"


def province_partition(code: str) -> str:
    return f"{PROVINCE_PREFIX}{code}"


def partition_commune(partition: str) -> str | None:
    """The commune code of a commune partition, None for the province partition."""
    if partition.startswith(COMMUNE_PREFIX):
        return partition[len(COMMUNE_PREFIX):]
    return None


class Synced:
    """Mixin of every record that travels; the change journal stamps these columns.

    ``hlc`` and ``device_id`` are set by the journal on every flush (see ``journal.py``);
    code never sets them itself.
    """

    journal_exclude: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partition: Mapped[str] = mapped_column(String(24), index=True)
    hlc: Mapped[str] = mapped_column(String(24), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)  # no index: see 0007
    clock: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")


# Columns the journal maintains itself and never records as changed values.
STAMP_COLUMNS = frozenset({"hlc", "device_id", "clock"})


@event.listens_for(Synced, "init", propagate=True)
def _identify(target: Synced, _args: tuple, kwargs: dict) -> None:
    """Give a record its id, and a commune record its partition, as soon as it is made.

    Code that links records before the first flush (an item's first status event, an
    enrolment of a person just added) then always sees real values, not None.
    """
    if kwargs.get("id") is None:
        kwargs["id"] = new_id()
    if kwargs.get("partition") is None and kwargs.get("commune_code"):
        kwargs["partition"] = commune_partition(kwargs["commune_code"])
