"""Managing the laptop's accounts from Settings (administrators only): the list, a new
account, a password reset, disabling and enabling again.

The store's key is wrapped once per active account (``keyring.py``): a reset wraps it
again under the new password; disabling removes the account's wrapped key, so enabling
again needs a new password the administrator gives (the old one can no longer open the
store). The last active administrator cannot be disabled (``models.accounts.disable``):
nobody could then manage the laptop.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import accounts
from app.models.keyring import read_keyring, record_attempt, wrap, write_keyring
from app.models.local_account import LocalAccount
from app.models.store import Store

from .accounts import SignedIn, require


@dataclass(frozen=True)
class AccountRow:
    """One account as Settings lists it."""

    name: str
    role: str
    active: bool


def list_accounts(store: Store, by: SignedIn | None) -> list[AccountRow]:
    """Every account, in name order (disabled ones too: a name is never given twice)."""
    require(by, "administrator")
    with store.sessions() as session:
        rows = session.query(LocalAccount).order_by(LocalAccount.name_key).all()
        return [AccountRow(row.name, row.role, row.state == "active") for row in rows]


def reset_password(store: Store, by: SignedIn | None, name: str, password: str) -> None:
    """A new password for ``name`` (an administrator's reset): its hash, then its wrapped
    key; its failed attempts are forgotten."""
    _set_password(store, by, name, password, enable=False)
    _audit(store, "reset", name)


def enable_account(store: Store, by: SignedIn | None, name: str, password: str) -> None:
    """A disabled account active again, with a new password (its old wrapped key went
    when it was disabled)."""
    _set_password(store, by, name, password, enable=True)
    _audit(store, "enable", name)


def _set_password(store: Store, by: SignedIn | None, name: str, password: str,
                  enable: bool) -> None:
    require(by, "administrator")
    accounts.checked_password(password)
    if store.path is None or store.key is None:
        raise accounts.AccountError("privacy.no_such_account", name=name)
    with store.sessions.begin() as session:
        account = accounts.existing(session, name)
        account.password_hash = accounts.hash_password(password)
        if enable:
            account.state, account.disabled_at = "active", None
        label = account.name_key
    keyring = read_keyring(store.path)
    keyring.accounts[label] = wrap(store.key, password, label)
    write_keyring(store.path, keyring)
    record_attempt(store.path, label, failed=False)


def _audit(store: Store, action: str, name: str) -> None:
    from .audit import record_event

    record_event(store, "account", action=action, target=name)
