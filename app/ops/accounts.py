"""Accounts on the laptop and the encrypted store they open (DESIGN.md, "Privacy on the
laptop"): the first administrator, signing in, adding and disabling accounts, and a
forgotten password reset with the recovery key. The window and the command line both call
these.

The first account turns the store into a SQLCipher database. An existing plain store is
encrypted in place: it is opened (so migrated and checked) and backed up, copied into a new
encrypted file whose every table is counted against the plain one, the keyring is written,
the files are swapped, and the plain backups are then encrypted too, the one just made
first — a lost laptop's ``backups/`` must leak no more than its store. Wrong passwords slow
down (``keyring.wait_before``); nothing is ever wiped.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.models import accounts
from app.models.accounts import AccountError
from app.models.backups import advance_generation, copy_keyring
from app.models.cipher import connect_read_only, encrypt_copy, is_encrypted_file, table_counts
from app.models.instance import write_file_card
from app.models.keyring import (
    RECOVERY,
    Keyring,
    failures_of,
    is_locked,
    new_database_key,
    new_recovery_key,
    normal_recovery_key,
    read_keyring,
    record_attempt,
    unwrap,
    wait_before,
    wrap,
    write_keyring,
)
from app.models.store import Store, backup

RECOVERY_ATTEMPTS = "#recovery"  # the failures of the recovery key are counted apart


@dataclass(frozen=True)
class SignedIn:
    """Who opened the store, and with what role."""

    name: str
    role: str


def first_administrator(database: Path, backups: Path, name: str, password: str) -> str:
    """Make the first account (an administrator) and encrypt the store; the recovery key
    to print. A store that has accounts already is refused, untouched."""
    if is_locked(database):
        raise AccountError("privacy.already_encrypted")
    name, _ = accounts.checked_name(name), accounts.checked_password(password)
    key, recovery = new_database_key(), new_recovery_key()
    label = accounts.name_key(name)
    keyring = Keyring({label: wrap(key, password, label)},
                      wrap(key, normal_recovery_key(recovery), RECOVERY))
    if database.exists() and database.stat().st_size > 0:
        encrypt_in_place(database, backups, key, keyring)
    else:
        database.parent.mkdir(parents=True, exist_ok=True)
        write_keyring(database, keyring)
    with Store(database, backups, key) as store, store.sessions.begin() as session:
        accounts.add(session, name, "administrator", password)
    return recovery


def encrypt_in_place(database: Path, backups: Path, key: bytes, keyring: Keyring) -> None:
    """Plain store → encrypted store at the same path, every record kept."""
    with Store(database, backups) as plain:  # migrated to head, checked, WAL folded in
        saved = backup(plain.engine, database, backups, "before-encryption")
        with plain.sessions.begin() as session:  # the backup is older than the store
            card = advance_generation(session)
    if card is not None:
        write_file_card(database, card)
    temp = database.with_name(f".{database.name}.encrypting")
    temp.unlink(missing_ok=True)
    try:
        counts = encrypt_copy(database, temp, key)
        _verify(temp, key, counts)
        write_keyring(database, keyring)
        os.replace(temp, database)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    for side in ("-wal", "-shm"):  # the plain file's, checkpointed when it was closed
        Path(f"{database}{side}").unlink(missing_ok=True)
    _verify(database, key, counts)
    encrypt_backups(database, backups, key, first=saved)


def _verify(path: Path, key: bytes, counts: dict[str, int]) -> None:
    connection = connect_read_only(path, key, immutable=False)
    try:
        same = table_counts(connection) == counts and connection.execute(
            "PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        connection.close()
    if not same:
        raise AccountError("privacy.encrypt_mismatch", path=str(path))


def encrypt_backups(database: Path, backups: Path, key: bytes, first: Path) -> None:
    """Every plain backup of ``database`` replaced by an encrypted one (``first``, the one
    made just before encrypting, verified and swapped first)."""
    found = sorted(p for p in backups.glob(f"{database.stem}-*.sqlite3") if p != first)
    for plain in [first, *found]:
        if not plain.is_file() or is_encrypted_file(plain):
            continue
        temp = plain.with_name(f".{plain.name}.encrypting")
        temp.unlink(missing_ok=True)
        try:
            counts = encrypt_copy(plain, temp, key)
            _verify(temp, key, counts)
            os.replace(temp, plain)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        copy_keyring(database, plain)


def unlock(database: Path, name: str, password: str,
           wait: Callable[[float], object] = time.sleep) -> bytes:
    """The store's key, unwrapped with ``name``'s password. A wrong password (or a name
    without an account: the same work, the same answer) is counted, and the next attempt
    waits longer after a few; nothing else changes."""
    keyring, label = read_keyring(database), accounts.name_key(name)
    _slow_down(database, label, wait)
    entry = keyring.accounts.get(label)
    # an unknown name costs the same derivation, and fails on the label
    key = unwrap(entry if entry is not None else keyring.recovery, password, label)
    record_attempt(database, label, failed=key is None)
    if key is None:
        raise AccountError("privacy.wrong_password")
    return key


def _slow_down(database: Path, label: str, wait: Callable[[float], object]) -> None:
    failures, last = failures_of(database, label)
    remaining = last + wait_before(failures) - time.time()
    if remaining > 0:
        wait(remaining)


def sign_in(database: Path, backups: Path, name: str, password: str,
            wait: Callable[[float], object] = time.sleep) -> tuple[Store, SignedIn]:
    """The encrypted store opened for an active account, and who that is."""
    failed_before = failures_of(database, accounts.name_key(name))[0]
    store = Store(database, backups, unlock(database, name, password, wait))
    try:
        with store.sessions() as session:
            account = accounts.find(session, name)
            if account is None or account.state != "active":
                raise AccountError("privacy.account_disabled", name=name)
            store.signed_in = SignedIn(account.name, account.role)
        from .audit import record_sign_in

        record_sign_in(store, failed_before)
        return store, store.signed_in
    except BaseException:
        store.close()
        raise


def require(signed_in: SignedIn | None, needed: str) -> None:
    """Refuse what ``signed_in``'s role may not do; a plain store (no accounts) allows
    everything, as before accounts existed."""
    if signed_in is not None and not accounts.allows(signed_in.role, needed):
        from app.messages import message

        raise AccountError("privacy.role_refused", name=signed_in.name,
                           role=message(f"privacy.role_{signed_in.role}"),
                           needed=message(f"privacy.role_{needed}"))


def add_account(store: Store, by: SignedIn, name: str, role: str, password: str) -> SignedIn:
    """A new account (administrators only): its row, then its wrapped key."""
    require(by, "administrator")
    with store.sessions.begin() as session:
        made = accounts.add(session, name, role, password)
        made_name, made_role, label = made.name, made.role, made.name_key
    keyring = read_keyring(store.path)
    keyring.accounts[label] = wrap(store.key, password, label)
    write_keyring(store.path, keyring)
    from .audit import record_event

    record_event(store, "account", action="add", target=made_name, role=made_role)
    return SignedIn(made_name, made_role)


def disable_account(store: Store, by: SignedIn, name: str) -> None:
    """Disable an account (never the last administrator): its wrapped key goes, so its
    password no longer opens the store."""
    require(by, "administrator")
    with store.sessions.begin() as session:
        label = accounts.disable(session, name).name_key
    keyring = read_keyring(store.path)
    keyring.accounts.pop(label, None)
    write_keyring(store.path, keyring)
    from .audit import record_event

    record_event(store, "account", action="disable", target=name)


def reset_with_recovery(database: Path, backups: Path, recovery: str, name: str,
                        password: str, wait: Callable[[float], object] = time.sleep) -> None:
    """A forgotten password replaced, with the recovery key from the commune's safe."""
    accounts.checked_password(password)
    keyring = read_keyring(database)
    _slow_down(database, RECOVERY_ATTEMPTS, wait)
    key = unwrap(keyring.recovery, normal_recovery_key(recovery), RECOVERY)
    record_attempt(database, RECOVERY_ATTEMPTS, failed=key is None)
    if key is None:
        raise AccountError("privacy.recovery_wrong")
    with Store(database, backups, key) as store, store.sessions.begin() as session:
        account = accounts.existing(session, name)
        account.password_hash = accounts.hash_password(password)
        label = account.name_key
    keyring.accounts[label] = wrap(key, password, label)
    write_keyring(database, keyring)
    record_attempt(database, label, failed=False)


def signed_in_as(store: Store, who: SignedIn | None) -> None:
    """Who works on ``store`` from now on (the window's sign-in and switch of user): the
    store carries it, so that every later operation knows its account and role."""
    store.signed_in = who


def signed_in_of(store: Store) -> SignedIn | None:
    """Who works on ``store``; None on a plain store (no accounts: everything allowed)."""
    return getattr(store, "signed_in", None)


def checked_new_account(name: str, password: str, again: str) -> str:
    """A new account's name, once its name and password pass the rules and the password
    was typed the same twice (the window's forms ask before anything is written)."""
    kept = accounts.checked_name(name)
    accounts.checked_password(password)
    if password != again:
        raise AccountError("privacy.password_mismatch")
    return kept


def protect_store(database: Path, backups: Path, name: str,
                  password: str) -> tuple[Store, SignedIn, str]:
    """The window's first administrator: the store encrypted (``first_administrator``),
    opened again with the new password, and the recovery key to show once. The caller
    has closed its plain store: the file is replaced."""
    recovery = first_administrator(database, backups, name, password)
    store, who = sign_in(database, backups, name, password)
    return store, who, recovery


def check_in(store: Store, name: str, password: str,
             wait: Callable[[float], object] = time.sleep) -> SignedIn:
    """The open window's idle lock lifted, or another account taking it: ``name``'s
    password checked as at sign-in (counted, slowed after a few wrong ones), its account
    active; the store stays open and works as that account from the next unit of work
    (the sign-in logged is that account's). Run where the store's other work runs."""
    failed_before = failures_of(store.path, accounts.name_key(name))[0]
    if unlock(store.path, name, password, wait) != store.key:  # another store's account
        raise AccountError("privacy.wrong_password")
    with store.sessions() as session:
        account = accounts.find(session, name)
        if account is None or account.state != "active":
            raise AccountError("privacy.account_disabled", name=name)
        who = SignedIn(account.name, account.role)
    signed_in_as(store, who)
    from .audit import record_sign_in

    record_sign_in(store, failed_before)
    return who
