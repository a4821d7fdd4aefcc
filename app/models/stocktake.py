"""The annual stock-take (kiểm kê): a round and its counts.

A round belongs to one commune and lives in its partition, so it travels like any record:
it survives closing the app, may last days, and the office laptop and a trainer's laptop
of that commune may both count in it. Why a count's id is made from what was counted
(the round and the item, or the round and the tag of an item not in the book): two laptops
that count the same item make the *same* record, and the sync's merge keeps one count with
the later answer field by field, as it does for an attendance mark, never two counts of one
item. Counts of different items are different records and simply add up.
"""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, func, literal_column
from sqlalchemy.orm import Mapped, mapped_column, validates

from . import enums
from .base import Base, Synced
from .equipment import Equipment
from .staff import check_enum
from .vntext import nfc

COUNT_NAMESPACE = uuid.UUID("5d0c3b8e-3f4e-4c55-9f53-1b8e2a7c6d10")
ROUND_STATES = ("open", "closed")
# What a counted item may be found as: the register's states an item on a shelf can be in.
CONDITIONS = enums.Labels({key: enums.EQUIPMENT_STATUS[key]
                            for key in ("in_use", "in_storage", "under_repair", "broken")})
_SPACES = str.maketrans("", "", " \t\r\n\ufeff\u00a0")
_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def tag_key(text: str | None) -> str:
    """A tag as compared: without spaces and in capitals (ASCII only, as SQLite's
    ``upper`` folds), so "mp-pc 2017-03" typed by hand finds the label "MP-PC2017-03".

    The equipment index ``ix_equipment_tag_key`` holds the same expression, so a scan is
    one index look-up on a register of any size."""
    return (nfc(text) or "").translate(_SPACES).translate(_ASCII_UPPER)


# The index a scan looks the tag up in (declared here, beside the only code that uses it).
# The spaces are literals, not bound parameters: SQLite uses an expression index only for
# the very same expression, and ``replace(asset_tag, ?, ?)`` is not it.
TAG_KEY = func.upper(func.replace(Equipment.asset_tag, literal_column("' '"),
                                  literal_column("''")))
Index("ix_equipment_tag_key", TAG_KEY)


def count_id(round_id: str, equipment_id: str | None, tag: str | None) -> str:
    """The same id on every device for the same thing counted in the same round."""
    what = f"item:{equipment_id}" if equipment_id else f"tag:{tag_key(tag)}"
    return str(uuid.uuid5(COUNT_NAMESPACE, f"{round_id}/{what}"))


class StocktakeRound(Synced, Base):
    """One round of counting in a commune, from its opening to its closing."""

    __tablename__ = "stocktake_round"

    commune_code: Mapped[str] = mapped_column(ForeignKey("commune.code"), index=True)
    opened_on: Mapped[date] = mapped_column(Date)
    opened_by: Mapped[str | None] = mapped_column(String(80))
    committee_json: Mapped[str] = mapped_column(String(2000), default="[]")
    state: Mapped[str] = mapped_column(String(8), default="open", index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)

    @property
    def committee(self) -> list[tuple[str, str]]:
        """(name, role) of each member, in the order given."""
        return [(m[0], m[1]) for m in json.loads(self.committee_json or "[]")]

    @validates("state")
    def _state(self, _key: str, value: str) -> str:
        return value if value in ROUND_STATES else "open"


class StocktakeCount(Synced, Base):
    """One item answered for in a round: found (with its condition and place) or missing,
    or — with no ``equipment_id`` — an item found that is not in the book, by its tag."""

    __tablename__ = "stocktake_count"

    round_id: Mapped[str] = mapped_column(ForeignKey("stocktake_round.id"), index=True)
    equipment_id: Mapped[str | None] = mapped_column(ForeignKey("equipment.id"), index=True)
    tag: Mapped[str | None] = mapped_column(String(40))
    found: Mapped[bool] = mapped_column(Boolean, default=True)
    condition: Mapped[str | None] = mapped_column(String(14))
    place: Mapped[str | None] = mapped_column(String(120))
    counted_on: Mapped[date] = mapped_column(Date)
    counted_by: Mapped[str | None] = mapped_column(String(80))

    @validates("condition")
    def _condition(self, key: str, value: str | None) -> str | None:
        return check_enum(CONDITIONS, key, value) if value else None

    @validates("place")
    def _place(self, _key: str, value: str | None) -> str | None:
        return nfc(value) or None
