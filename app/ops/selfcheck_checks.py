"""The checks of the install's self-check, one function each (``app.ops.selfcheck`` runs
them and words the whole): the user's database read and never written, the schema upgrades
on temporary databases, a printed page, and the data folder. Each returns a ``Check``, the
line it will print; a refusal it meets on its way is raised, and worded by the caller.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.messages import Message, grouped, message
from app.models.backups import copy_database
from app.models.disk import disk_problem
from app.models.errors import StoreError
from app.models.integrity import damaged, problems
from app.models.keyring import keyring_path
from app.models.reference_data import ensure_reference
from app.models.store import (
    check_file,
    current_revision,
    head_revision,
    known_revisions,
    make_engine,
    migrate,
)

PASSED, FAILED, NOTE = "passed", "failed", "note"
# Room the data folder needs: a year of a commune's records is a few MB, but an update
# backs the whole database up before its upgrade, and a restore keeps a copy of the data
# it replaces; 200 MB leaves room for both on the largest register a commune keeps.
MIN_FREE_MB = 200
COPY_NAME, EMPTY_NAME = "copy.sqlite3", "empty.sqlite3"


@dataclass(frozen=True)
class Check:
    """One line of the self-check: what was checked (``subject``: store, migrations, report,
    translations, qt, data_dir), how it went, and what was found, as a message."""

    subject: str
    outcome: str
    detail: Message

    @property
    def failed(self) -> bool:
        return self.outcome == FAILED

    def subject_message(self) -> Message:
        return message(f"selfcheck.subject_{self.subject}")

    def line(self) -> Message:
        return message(f"selfcheck.line_{self.outcome}", subject=self.subject_message(),
                       detail=self.detail)


# --- the store: read, never written ---------------------------------------------------------
@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """``path`` opened to be read only. With no write-ahead log beside it, immutable: SQLite
    then makes no ``-wal`` or ``-shm`` file either. With one (the window is open, or was
    cut off), read-only through it, so the last writes are seen; those files exist."""
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)
    except sqlite3.OperationalError as exc:
        raise StoreError("store.cannot_open", label=str(path), reason=str(exc)) from exc
    try:
        yield connection
    finally:
        connection.close()


def check_store(database: Path, backups: Path, copy: Path) -> Check:
    """Read the user's database: a SQLite file, sound page by page, of a schema this version
    knows, and set up or not; a copy goes to ``copy`` for the migrations check."""
    database, backups = database.absolute(), backups.absolute()
    if not database.exists():
        return Check("store", NOTE, message("selfcheck.store_absent", path=str(database)))
    if keyring_path(database).exists():  # encrypted: checked with its key at each sign-in
        return Check("store", NOTE, message("privacy.selfcheck_encrypted", path=str(database)))
    check_file(database)
    with reading(database) as connection:
        found = problems(connection)
        if found:
            raise damaged(database, backups, found)
        revision, device = _facts(connection)
        if revision is not None and revision not in known_revisions():
            return Check("store", FAILED, message("selfcheck.store_newer", path=str(database),
                                                  revision=revision))
        copy_database(connection, copy)
    if device is None:
        return Check("store", NOTE, message("selfcheck.store_not_set_up", path=str(database),
                                            revision=revision or "-"))
    communes, role = device
    kind = "backup.kind_trainer" if role == "trainer" else "backup.kind_office"
    return Check("store", PASSED, message("selfcheck.store_ok", path=str(database),
                                          revision=revision, kind=message(kind),
                                          communes=communes))


def _facts(connection: sqlite3.Connection) -> tuple[str | None, tuple[list[str], str] | None]:
    """The schema revision, and the device's communes and role (None before setup)."""
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    if "device" not in tables:
        return revision, None
    rows = connection.execute("SELECT communes_json, role FROM device").fetchall()
    if len(rows) != 1:
        return revision, None
    return revision, ([str(code) for code in json.loads(rows[0][0])], str(rows[0][1]))


# --- the schema upgrades, on temporary databases ---------------------------------------------
def check_migrations(scratch: Path) -> Check:
    """Every upgrade step on an empty database, then the store's copy, if the store check
    made one, up to this version's schema and opened with its reference data. Without a
    store, the empty database gets the reference data, as a first start loads it (a third
    of a second: the official unit list)."""
    head, count = head_revision(), len(known_revisions())
    copy = scratch / COPY_NAME
    _, reached = _upgraded(scratch / EMPTY_NAME, reference=not copy.exists())
    if reached != head:
        return Check("migrations", FAILED, message("selfcheck.migration_stopped",
                                                   reached=reached or "-", head=head))
    if not copy.exists():
        return Check("migrations", PASSED, message("selfcheck.empty_migrated", count=count,
                                                   head=head))
    before, reached = _upgraded(copy, reference=True)
    if reached != head:
        return Check("migrations", FAILED, message("selfcheck.migration_stopped",
                                                   reached=reached or "-", head=head))
    if before == head:
        return Check("migrations", PASSED, message("selfcheck.copy_current", head=head,
                                                   count=count))
    return Check("migrations", PASSED, message("selfcheck.copy_migrated", before=before or "-",
                                               head=head, count=count))


def _upgraded(path: Path, reference: bool) -> tuple[str | None, str | None]:
    """Bring the database at ``path`` to this version's schema as the store's open does (no
    backup: it is a throwaway); its revision before and after."""
    engine = make_engine(path)
    try:
        before = current_revision(engine)
        migrate(engine, None, None)
        if reference:
            with Session(engine) as session, session.begin():
                ensure_reference(session)
        return before, current_revision(engine)
    finally:
        engine.dispose()


# --- a printed page --------------------------------------------------------------------------
def check_report(scratch: Path) -> Check:
    """A one-page paper in the official frame, printed with the font the reports choose,
    which must have every Vietnamese letter (the reports' own coverage check)."""
    from app.reports.fonts import report_fonts, vietnamese_letters
    from app.reports.pdf import write_pdf

    chosen = report_fonts()
    font = str(chosen.files["regular"])
    letters = vietnamese_letters()
    why = chosen.missing(letters)
    if why:
        return Check("report", FAILED, message("selfcheck.font_lacks", font=font, why=why))
    pages = write_pdf(sample_page(letters), scratch / "selfcheck.pdf")
    if pages != 1:
        return Check("report", FAILED, message("selfcheck.report_pages", pages=pages))
    count = sum(1 for letter in letters if letter.isalpha())
    return Check("report", PASSED, message("selfcheck.report_ok", font=font, count=count))


def sample_page(letters: frozenset[str]):  # -> app.reports.document.Document
    """The test page: always in Vietnamese, every letter with every tone on it."""
    from app.reports.document import Document, Issuer

    def vi(code: str) -> str:
        return message(code).text("vi")

    alphabet = sorted(letter for letter in letters if letter.isalpha())
    lower = " ".join(letter for letter in alphabet if letter.islower())
    upper = " ".join(letter for letter in alphabet if letter.isupper())
    return Document(name="selfcheck", issuer=Issuer(vi("selfcheck.pdf_unit"),
                                                    vi("selfcheck.pdf_place")),
                    day=date.today(), title=vi("selfcheck.pdf_title"), tables=(),
                    lead=(vi("selfcheck.pdf_lead"), lower, upper))


# --- the data folder -------------------------------------------------------------------------
def check_data_dir(data_dir: Path, database: Path, need_mb: int = MIN_FREE_MB) -> Check:
    """A file can be written in the data folder (or, before the first start, in the folder
    that will hold it), the database file can be opened for writing (nothing is written),
    and the disk has ``need_mb`` free."""
    data_dir = data_dir.absolute()
    folder = data_dir if data_dir.is_dir() else _nearest_folder(data_dir)
    try:
        fd, probe = tempfile.mkstemp(prefix=".selfcheck-", dir=folder)
        try:
            os.write(fd, b"commune-it selfcheck\n")
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        return Check("data_dir", FAILED, message("selfcheck.data_dir_unwritable",
                                                 path=str(folder), reason=_reason(exc)))
    if database.is_file():
        try:
            with open(database, "r+b"):
                pass
        except OSError as exc:
            return Check("data_dir", FAILED, message("selfcheck.database_unwritable",
                                                     path=str(database), reason=_reason(exc)))
    free = shutil.disk_usage(folder).free // 2**20
    if free < need_mb:
        return Check("data_dir", FAILED, message("selfcheck.data_dir_full", path=str(folder),
                                                 free=grouped(free), need=need_mb))
    if folder != data_dir:
        return Check("data_dir", PASSED, message(
            "selfcheck.data_dir_new", path=str(data_dir), parent=str(folder),
            free=grouped(free), need=need_mb))
    return Check("data_dir", PASSED, message("selfcheck.data_dir_ok", path=str(folder),
                                             free=grouped(free), need=need_mb))


def _nearest_folder(path: Path) -> Path:
    """The closest existing folder above ``path`` (where the app would make it)."""
    for parent in path.absolute().parents:
        if parent.is_dir():
            return parent
    return Path(path.absolute().anchor)


def _reason(exc: OSError) -> Message | str:
    problem = disk_problem(exc)
    return problem.reason if problem is not None else (exc.strerror or str(exc))
