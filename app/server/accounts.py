"""The province console's accounts: made, listed and disabled from the command line
(``server user …``), checked when someone signs in to the console.

Passwords are kept only as Argon2id hashes (argon2-cffi's ``PasswordHasher``, RFC 9106's
recommended parameters). A name is compared as people type it (NFC, case folded), so "Lan"
and "lan" are one account. A sign-in with a name that has no account does the same hashing
work as one with a wrong password, so the time of the answer does not tell which names
exist. Every request of a signed-in session reads its account again (``account``), so a
disabled account or a changed role takes effect at once.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Select, bindparam, select
from sqlalchemy.exc import IntegrityError

from app.models import ConsoleAccount, new_id
from app.models.console_account import NAME_LENGTH, ROLES
from app.models.errors import ModelError
from app.models.server_engine import single_reads
from app.models.store import Store
from app.models.vntext import nfc

MIN_PASSWORD = 10  # characters
MAX_PASSWORD = 1024  # a longer one is refused before it is hashed
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class Account:
    """An account as the console and the command line see it (never the hash)."""

    id: str
    name: str
    role: str
    state: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def name_key(name: str) -> str:
    """The name as accounts are compared: NFC, single spaces, case folded."""
    return nfc(name).casefold()


def checked_name(name: str) -> str:
    """An account's name as kept: NFC, one word of printable characters, not too long."""
    kept = nfc(name)
    if not kept or len(name_key(kept)) > NAME_LENGTH or any(
            c.isspace() or unicodedata.category(c)[0] == "C" for c in kept):
        raise ModelError("console.user_name_invalid", length=NAME_LENGTH)
    return kept


def checked_password(password: str) -> str:
    if not password:
        raise ModelError("console.password_empty")
    if len(password) < MIN_PASSWORD:
        raise ModelError("console.password_short", length=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise ModelError("console.password_long", length=MAX_PASSWORD)
    return password


def checked_role(role: str) -> str:
    if role not in ROLES:
        raise ModelError("console.role_unknown", role=role, roles=list(ROLES))
    return role


def add_account(store: Store, name: str, role: str, password: str) -> Account:
    """A new active account; a name already given (even to a disabled account) is refused."""
    kept, role = checked_name(name), checked_role(role)
    digest = _HASHER.hash(checked_password(password))
    try:
        with store.sessions.begin() as session:
            if _by_name(session, kept) is not None:
                raise ModelError("console.user_exists", name=kept)
            entry = ConsoleAccount(id=new_id(), name=kept, name_key=name_key(kept), role=role,
                                   password_hash=digest, state="active",
                                   created_at=datetime.now())
            session.add(entry)
            return _plain(entry)
    except IntegrityError:  # another `user add` of the same name won the race
        raise ModelError("console.user_exists", name=kept) from None


def accounts(store: Store) -> list[Account]:
    """Every account, by name."""
    with store.sessions() as session:
        rows = session.scalars(select(ConsoleAccount).order_by(ConsoleAccount.name_key))
        return [_plain(entry) for entry in rows]


def disable_account(store: Store, name: str) -> tuple[Account, bool]:
    """Disable an account (its sessions end at their next request); returns it and whether
    it was disabled already (then nothing changes)."""
    with store.sessions.begin() as session:
        entry = _by_name(session, name)
        if entry is None:
            raise ModelError("console.user_unknown", name=nfc(name))
        already = entry.state == "disabled"
        if not already:
            entry.state, entry.disabled_at = "disabled", datetime.now()
        return _plain(entry), already


def authenticate(store: Store, name: str, password: str) -> Account | None:
    """The active account of that name if the password is its own, else None (a wrong
    password, an unknown or disabled account: the caller cannot tell them apart)."""
    with store.sessions() as session:
        entry = _by_name(session, name) if 0 < len(name) <= 4 * NAME_LENGTH else None
        digest = entry.password_hash if entry is not None else _stand_in()
    if not _verifies(digest, password[:MAX_PASSWORD + 1]) or entry is None:
        return None
    if entry.state != "active":
        return None
    if _HASHER.check_needs_rehash(digest):
        _rehash(store, entry.id, digest, password)
    return _plain(entry)


def _rehash(store: Store, account_id: str, digest: str, password: str) -> None:
    """Hash the password again with today's Argon2 parameters: a hash made with weaker
    ones (an older argon2-cffi, or parameters raised since) is replaced the first time
    its owner signs in, the only moment the password is known. Another sign-in that
    replaced it meanwhile wins (the hash is compared before it is written)."""
    renewed = _HASHER.hash(password)
    with store.sessions.begin() as session:
        entry = session.get(ConsoleAccount, account_id)
        if entry is not None and entry.password_hash == digest:
            entry.password_hash = renewed


def account(store: Store, account_id: str) -> Account | None:
    """The account of a signed-in session as it is now (None once disabled): read at every
    page, so as one row of plain columns on a connection, without a session's set-up."""
    with single_reads(store.engine).connect() as connection:
        row = connection.execute(_account_row(), {"id": account_id}).first()
    return Account(*row) if row is not None and row.state == "active" else None


@cache
def _account_row() -> Select:
    entry = ConsoleAccount
    return select(entry.id, entry.name, entry.role, entry.state).where(
        entry.id == bindparam("id"))


@cache
def _stand_in() -> str:
    """What a sign-in with an unknown name is checked against (hashed once, when first
    needed: a tenth of a second no command but the server should pay)."""
    return _HASHER.hash("no account has this password")


def _verifies(digest: str, password: str) -> bool:
    try:
        return _HASHER.verify(digest, password)
    except (VerificationError, InvalidHashError):
        return False


def _by_name(session, name: str) -> ConsoleAccount | None:
    return session.scalars(select(ConsoleAccount).where(
        ConsoleAccount.name_key == name_key(name))).first()


def _plain(entry: ConsoleAccount) -> Account:
    return Account(entry.id, entry.name, entry.role, entry.state)
