"""Backups an officer can reach from Settings: a copy of the store on a USB stick, and a
copy put back after the laptop's store was lost or spoilt.

A copy is made with SQLite's online backup, after the full integrity check, under a
temporary name that is renamed once written and flushed: the window keeps working, and a
stick pulled out half-way leaves no file that looks like a backup. Its name says whose and
when (``commune-it-03325-xa-muong-phang-2026-12-05-1430.sqlite3``), in plain letters that
every USB stick's file system takes.

A restore replaces everything in the store, so nothing is replaced until the file has
proved itself: a sound SQLite file, a store of this app, of a schema this version knows,
set up for the same communes and kind of computer as this one (``check_backup``, whose
counts the window shows before asking). Then (``restore_backup``):

1. a safety copy of the store in use goes to ``backups/`` (the automatic backups, of which
   the newest five are kept), so a restore chosen by mistake can itself be undone;
2. the chosen file is copied beside the store and opened there as a store of its own: it
   is brought to this version's schema and reference data, and made a new device (its
   changes after the backup were sent under sequence numbers it would reuse: the province
   enrols it again and sends back what it had — as for a copied database, ``instance.py``);
3. that prepared copy replaces the store's content through SQLite's backup, in one write
   transaction: an error on the way leaves the store as it was;
4. the store's identity file is written for its new identity.

On an encrypted store (accounts, ``app.models.cipher``) every copy is encrypted with the
store's own key, its keyring beside it (``backups.py``), and a restore reads the file with
the signed-in store's key. What a restore keeps of the store in use is its accounts: who
may open this laptop's data stays as it is now, whatever the backup held. A plain backup
(made before the first account) is restored encrypted with the store's key; an encrypted
backup is refused by a plain store (no key to read it) and by a store of another key.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, insert, select

from app.messages import Message, message
from app.models import backups
from app.models.cipher import connect, encrypt_copy, errors_of
from app.models.disk import disk_problem
from app.models.errors import StoreError
from app.models.instance import check_instance, write_file_card
from app.models.integrity import check_before_backup
from app.models.local_account import LocalAccount
from app.models.queries import commune_name
from app.models.setup import require_device
from app.models.store import Store, backup, known_revisions
from app.models.vntext import search_key

from .errors import OpsError

log = logging.getLogger(__name__)
PREFIX = "commune-it"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class Counts:
    """Records in a store that a restore replaces."""

    staff: int
    equipment: int
    courses: int


@dataclass(frozen=True)
class RestorePlan:
    """What the window shows before asking: what is in use now, what the file holds."""

    path: Path
    communes: tuple[str, ...]  # names, as the unit list writes them
    made_at: datetime  # the file's time: when the copy was written
    current: Counts
    backup: Counts


@dataclass(frozen=True)
class RestoreResult:
    plan: RestorePlan
    safety_copy: Path  # the store as it was before, in backups/
    device_id: str | None  # the new device the restored store became


def backup_name(store: Store, when: datetime | None = None) -> str:
    """The copy's file name: the communes' codes and the first one's name, and the time."""
    with store.sessions() as session:
        device = require_device(session)
        codes = device.communes
        name = commune_name(session, codes[0]) or ""
    slug = re.sub(r"[^a-z0-9]+", "-", search_key(name)).strip("-")
    stamp = (when or datetime.now()).strftime("%Y-%m-%d-%H%M")
    return "-".join(part for part in (PREFIX, *codes, slug, stamp) if part) + SUFFIX


def back_up_now(store: Store, folder: Path, when: datetime | None = None) -> Path:
    """Write a copy of the store into ``folder`` (a USB stick); the file written."""
    folder = Path(folder)
    if not folder.is_dir():
        raise OpsError("backup.folder_missing", folder=str(folder))
    target = folder / backup_name(store, when)
    raw = store.engine.raw_connection()
    try:
        check_before_backup(raw.driver_connection, store.path, store.backups_dir, store.key)
        backups.copy_database(raw.driver_connection, target, store.key)
        if store.key is not None:
            backups.copy_keyring(store.path, target)
    except (OSError, sqlite3.Error, errors_of(raw.driver_connection).Error) as exc:
        refusal = _cannot_write(exc, folder)
        if refusal is None:
            raise  # not the machine's fault: a bug, for the log
        raise refusal from exc
    finally:
        raw.close()
    _copied(store)
    log.info("backup written to %s", target)
    return target


def _cannot_write(exc: BaseException, folder: Path) -> OpsError | None:
    """The sentence for a copy the machine could not write (a full or read-only stick, one
    pulled out), or None when the failure is not the machine's."""
    problem = disk_problem(exc)
    if problem is None and not isinstance(exc, OSError):
        return None
    if isinstance(exc, FileNotFoundError):
        return OpsError("backup.folder_missing", folder=str(folder))
    reason: Message | str = problem.reason if problem else (exc.strerror or str(exc))
    return OpsError("backup.cannot_write", folder=str(folder), reason=reason)


def _copied(store: Store) -> None:
    """A copy exists now: the store moves on a generation (``backups.advance_generation``)."""
    with store.sessions.begin() as session:
        card = backups.advance_generation(session)
    if card is not None:
        write_file_card(store.path, card)


def check_backup(store: Store, path: Path) -> RestorePlan:
    """Whether ``path`` can replace this store, and what it would replace; refusals are
    errors with a sentence (another program's file, a damaged one, a newer schema, another
    commune or kind of computer)."""
    path = Path(path)
    if _same_file(path, store.path):
        raise OpsError("backup.is_the_store", path=str(path))
    facts = backups.facts(path, store.key)
    if facts.revision not in known_revisions():
        raise StoreError("backup.newer_schema", path=str(path), revision=facts.revision)
    with store.sessions() as session:
        device = require_device(session)
        ours, role = tuple(device.communes), device.role
        names = tuple(commune_name(session, code) or code for code in ours)
        theirs = tuple(commune_name(session, code) or code for code in facts.communes)
        current = Counts(**backups.live_counts(session))
    if sorted(facts.communes) != sorted(ours):
        raise OpsError("backup.other_communes", path=str(path), theirs=list(theirs),
                       ours=list(names))
    if facts.role != role:
        raise OpsError("backup.other_kind", path=str(path), theirs=_kind(facts.role),
                       ours=_kind(role))
    made = datetime.fromtimestamp(path.stat().st_mtime)
    counts = Counts(facts.staff, facts.equipment, facts.courses)
    return RestorePlan(path, names, made, current, counts)


def _kind(role: str) -> Message:
    return message("backup.kind_trainer" if role == "trainer" else "backup.kind_office")


def _same_file(path: Path, store_path: Path | None) -> bool:
    try:
        return store_path is not None and path.resolve() == store_path.resolve()
    except OSError:
        return False


def restore_backup(store: Store, path: Path) -> RestoreResult:
    """Replace the store's content with the backup at ``path`` (see the module's steps)."""
    plan = check_backup(store, path)
    safety = backup(store.engine, store.path, store.backups_dir, "before-restore", store.key)
    work = Path(tempfile.mkdtemp(prefix=".restore-", dir=store.path.parent))
    try:
        prepared, device_id = _prepare(store, Path(path), work)
        _replace(store, prepared)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with store.sessions.begin() as session:  # the prepared copy's folder is gone: a move
        card, _copy = check_instance(session, store.path, backed_up=True)
    write_file_card(store.path, card)
    log.warning("the store %s was restored from %s (safety copy %s); it is now device %s",
                store.path, path, safety, device_id)
    return RestoreResult(plan, safety, device_id)


def _prepare(store: Store, path: Path, work: Path) -> tuple[Path, str | None]:
    """The backup copied into ``work``, encrypted as the store is, at this version's
    schema, as a new device, with the store's accounts (``_keep_accounts``)."""
    prepared = _copied_in(path, work, store.key)
    if store.key is not None:
        backups.copy_keyring(store.path, prepared)  # for the migration's own backup
    with Store(prepared, work / "backups", store.key) as copy:
        with copy.sessions.begin() as session:
            device_id = (require_device(session).id if copy.renewed
                         else backups.become_new(session))
        if store.key is not None:
            _keep_accounts(store, copy)
    return prepared, device_id


def _copied_in(path: Path, work: Path, key: bytes | None) -> Path:
    """The backup's content in ``work``: encrypted with ``key`` when the store is (a plain
    backup is exported into an encrypted file, SQLite's backup cannot encrypt), else plain."""
    prepared = work / "restored.sqlite3"
    plain = prepared if key is None else work / "plain.sqlite3"
    with backups.read_only(path, key) as source:
        if key is not None and not isinstance(source, sqlite3.Connection):
            return backups.copy_database(source, prepared, key)  # encrypted alike
        backups.copy_database(source, plain)
    if key is not None:
        encrypt_copy(plain, prepared, key)
        plain.unlink()
    return prepared


def _keep_accounts(store: Store, copy: Store) -> None:
    """The accounts of the store in use replace the backup's: who may open this laptop's
    data is the laptop's, not the backup's — an account disabled since the backup stays
    disabled, one made since stays, and a plain backup leaves none of them out."""
    table = LocalAccount.__table__
    with store.sessions() as session:
        rows = [dict(row._mapping) for row in session.execute(select(table))]
    with copy.sessions.begin() as session:
        session.execute(delete(table))
        if rows:
            session.execute(insert(table), rows)


def _replace(store: Store, prepared: Path) -> None:
    """Copy the prepared store over the store's content, in one write transaction."""
    source = sqlite3.connect(prepared) if store.key is None else connect(prepared, store.key)
    raw = store.engine.raw_connection()
    try:
        source.backup(raw.driver_connection)
    except errors_of(source).Error as exc:
        problem = disk_problem(exc)
        raise OpsError("backup.cannot_restore",
                       reason=problem.reason if problem else str(exc)) from exc
    finally:
        raw.close()
        source.close()
    store.engine.dispose()  # every connection opens the restored content afresh
