"""The laptop's own accounts: who may open an encrypted store, and what they may do.

Roles (DESIGN.md, "Privacy on the laptop"): ``administrator`` (accounts, setup, enrolment,
settings, erasure), ``officer`` (records, imports, sync, reports), ``viewer`` (read and
print); ``trainer`` on a trainer's laptop, who works as an officer there. Only an Argon2id
hash of the password is kept here (checked when the store is already open: the window's
lock); opening the store is the keyring's wrapped key (``keyring.py``). An account is
disabled, never deleted, so a name is never given twice. A local table: it never travels.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

NAME_LENGTH = 60
ROLES = ("administrator", "officer", "viewer", "trainer")
# What each role may do, by rank: a command needs a rank at least its own.
RANK = {"viewer": 1, "officer": 2, "trainer": 2, "administrator": 3}


class LocalAccount(Base):
    """One person who signs in on this laptop."""

    __tablename__ = "local_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # NFC, case folded: "Lan" and "lan" are one account (and one keyring entry)
    name_key: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(10), default="active")  # active | disabled
    created_at: Mapped[datetime] = mapped_column(DateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime)
