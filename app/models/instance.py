"""Which copy of a database this is, so that a folder copied on the same machine is not
mistaken for its original.

A database copied onto another machine is caught by the machine it remembers
(``machine.py``). A data folder copied on the *same* machine was not: both copies went on
signing as one device, reused its sequence numbers, and the province accepted both while
neither copy ever saw the other's edits. So each store also has an identity of its own,
kept twice and checked one against the other:

- in the database (a ``Setting`` row): a random instance id, the file's absolute path, a
  generation, and the instance id it had before its last renewal;
- in a small file beside it, ``<database>.identity``, written after each change of those.

On every open (``check_instance``):

- recorded path elsewhere, and at that path a database whose identity file names the same
  instance: this is a **copy beside its original**. It becomes a new device (new id, no
  keys, no enrolment), like a copy on another machine; what it had not sent yet goes to
  the province as the new device's changes (app/sync/identity.py). If nothing is left at
  the recorded path, the folder was **moved** (another drive, a renamed folder) and stays
  the device it was.
- identity file naming another instance (other than the one this database had before its
  own last renewal), or any instance while the database has none: another database was
  put in this place — a copy;
- database generation older than the file's: an older copy of this database was put back
  (a backup restored). Its changes after the backup were sent under sequence numbers it
  will now reuse, and the province would never send it back what it lost, so it too
  becomes a new device; the province then sends it everything of its commune.

The generation moves on after each backup (``Store`` takes backups before migrations), so
every backup is older than the store it came from. The database is written first and the
file after: a crash between the two leaves the file behind the database, which these
rules accept (a newer generation, a moved path, the previous instance id), so a crash
never turns the original into a new device. A store without a device (not set up yet) or
the province's server (whose identity is the province's) only gets a new instance id.

Limits: the check needs the original to be findable where it was. Two copies made of a
folder that is then deleted, or a copy made of a copy, both count as moves; the copies'
bundles then carry one device's id, as before this check.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .device import Device, Setting
from .machine import become_new_device, machine_fingerprint

log = logging.getLogger(__name__)
INSTANCE_KEY = "store.instance"
IDENTITY_SUFFIX = ".identity"


@dataclass(frozen=True)
class Card:
    """A store's identity as the database or the file beside it holds it."""

    id: str
    path: str
    generation: int = 0
    previous: str | None = None

    def to_json(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Card | None:
        try:
            data: Any = json.loads(text or "")
            return cls(str(data["id"]), str(data["path"]), int(data.get("generation", 0)),
                       data.get("previous"))
        except (ValueError, TypeError, KeyError):
            return None


def identity_file(path: Path) -> Path:
    return path.with_name(path.name + IDENTITY_SUFFIX)


def read_file_card(path: Path) -> Card | None:
    try:
        return Card.from_json(identity_file(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def check_instance(session: Session, path: Path, *, backed_up: bool,
                   renewed: bool = False) -> tuple[Card, str | None]:
    """Check this store's identity in the session; the card to write beside the database
    once the session has committed, and why it became a new device (None if it did not).
    ``renewed``: the machine check already made it a new device."""
    here = str(path.resolve())
    stored = session.get(Setting, INSTANCE_KEY)
    mine = Card.from_json(stored.value if stored is not None else None)
    reason = "machine" if renewed else copied(mine, read_file_card(path), path)
    if mine is None or reason is not None:
        card = Card(secrets.token_hex(16), here, 0, mine.id if mine else None)
        if reason is not None and reason != "machine":
            _renew_device(session, reason, path)
    else:
        card = Card(mine.id, here, mine.generation, mine.previous)
    if backed_up:  # every backup is now older than the store
        card = Card(card.id, card.path, card.generation + 1, card.previous)
    if card != mine:
        session.merge(Setting(key=INSTANCE_KEY, value=card.to_json()))
    return card, None if reason == "machine" else reason


def copied(mine: Card | None, card: Card | None, path: Path) -> str | None:
    """Why the database at ``path`` is a copy ("copy", "replaced", "restored"), or None."""
    if mine is None:  # a new store or one from before this check, unless the file beside
        return None if card is None else "replaced"  # it was written for another database
    if not _same_file(Path(mine.path), path):
        return "copy" if _alive(mine) else None  # else the folder was moved
    if card is None or card.id == mine.previous:
        return None  # no file yet, or it is behind our own last renewal
    if card.id != mine.id:
        return "replaced"
    if mine.generation < card.generation:
        return "restored"
    return None


def _same_file(recorded: Path, path: Path) -> bool:
    try:
        return recorded == path.resolve() or os.path.samefile(recorded, path)
    except OSError:
        return False


def _alive(mine: Card) -> bool:
    """Is the database ``mine`` was recorded for still where it was, as the same store?"""
    original = Path(mine.path)
    card = read_file_card(original)
    return original.is_file() and card is not None and card.id == mine.id


def _renew_device(session: Session, reason: str, path: Path) -> None:
    device = session.scalars(select(Device)).one_or_none()
    if device is None or device.role == "province":
        return
    log.warning("the database %s is a copy (%s): device %s becomes a new device", path,
                reason, device.id)
    become_new_device(device, machine_fingerprint())


def write_file_card(path: Path, card: Card) -> None:
    """Write the identity file beside the database, whole or not at all."""
    target = identity_file(path)
    if read_file_card(path) == card:
        return
    temp: str | None = None
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(card.to_json())
        os.replace(temp, target)
    except OSError as exc:  # a read-only folder or a full disk: the database still opens
        log.warning("cannot write %s: %s", target, exc)
        if temp is not None:
            Path(temp).unlink(missing_ok=True)
