"""The laptop's accounts in the store (``local_account.py``): names, roles, password hashes.

A name is compared as people type it (NFC, case folded). Passwords are kept only as
Argon2id hashes (argon2-cffi's ``PasswordHasher``). The last active administrator can be
neither disabled nor made something else: a laptop must always have someone who can manage
its accounts.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .base import new_id
from .errors import ModelError
from .local_account import NAME_LENGTH, RANK, ROLES, LocalAccount
from .vntext import nfc

MIN_PASSWORD = 10  # characters, as the province console asks
MAX_PASSWORD = 1024


class AccountError(ModelError):
    """An account cannot be made, found or changed as asked."""


def name_key(name: str) -> str:
    return nfc(name).casefold()


def checked_name(name: str) -> str:
    kept = nfc(name.strip())
    if not kept or len(name_key(kept)) > NAME_LENGTH or any(
            c.isspace() or unicodedata.category(c)[0] == "C" for c in kept):
        raise AccountError("privacy.name_invalid", length=NAME_LENGTH)
    return kept


def checked_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError("privacy.password_short", length=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        raise AccountError("privacy.password_long", length=MAX_PASSWORD)
    return password


def checked_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError("privacy.role_unknown", role=role, roles=list(ROLES))
    return role


def hash_password(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher().hash(password)


def password_matches(account: LocalAccount, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return PasswordHasher().verify(account.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def find(session: Session, name: str) -> LocalAccount | None:
    return session.scalar(select(LocalAccount).where(LocalAccount.name_key == name_key(name)))


def add(session: Session, name: str, role: str, password: str) -> LocalAccount:
    """A new active account (its name, role and password checked first)."""
    kept, role = checked_name(name), checked_role(role)
    if find(session, kept) is not None:
        raise AccountError("privacy.name_taken", name=kept)
    account = LocalAccount(id=new_id(), name=kept, name_key=name_key(kept), role=role,
                           password_hash=hash_password(checked_password(password)),
                           state="active", created_at=datetime.now())
    session.add(account)
    session.flush()
    return account


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(LocalAccount)) or 0


def active_administrators(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(LocalAccount).where(
        LocalAccount.role == "administrator", LocalAccount.state == "active")) or 0


def disable(session: Session, name: str) -> LocalAccount:
    """Disable an account; never the last active administrator."""
    account = existing(session, name)
    if account.role == "administrator" and account.state == "active" \
            and active_administrators(session) <= 1:
        raise AccountError("privacy.last_administrator")
    account.state, account.disabled_at = "disabled", datetime.now()
    return account


def existing(session: Session, name: str) -> LocalAccount:
    account = find(session, name)
    if account is None:
        raise AccountError("privacy.no_such_account", name=name)
    return account


def allows(role: str, needed: str) -> bool:
    """Whether ``role`` may do what needs ``needed``."""
    return RANK.get(role, 0) >= RANK[needed]
