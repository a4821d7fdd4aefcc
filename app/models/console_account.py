"""The province console's staff accounts (used by the provincial server only).

The department's staff sign in to the console in a browser (``server serve``); an account
is made, listed and disabled from the command line (``server user …``). Only an Argon2id
hash of the password is kept. An account is disabled, never deleted: a name once given is
not given to someone else by mistake, and disabling it ends its sessions at once (each
request reads the account again). A local table: it never travels.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

NAME_LENGTH = 60
ROLES = ("admin", "viewer")


class ConsoleAccount(Base):
    """One person of the department who may sign in to the console, and what they may do:
    ``viewer`` reads and prints, ``admin`` also enrols, revokes and uploads."""

    __tablename__ = "console_account"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    # The name compared as people type it (NFC, case folded): unique, so "Lan" and "lan"
    # are one account.
    name_key: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    role: Mapped[str] = mapped_column(String(10))
    password_hash: Mapped[str] = mapped_column(String(255))
    state: Mapped[str] = mapped_column(String(10), default="active")  # active | disabled
    created_at: Mapped[datetime] = mapped_column(DateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime)
