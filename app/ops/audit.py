"""The audit log for the window and the command line: recording what a signed-in account
did, reading it back with filters, and exporting it (DESIGN.md, "Privacy on the laptop").

Events are recorded only on a store with accounts (``store.signed_in`` set): a plain store
has nobody to name. Each event is its own unit of work, written even when the account is a
viewer (reading and printing are what a viewer does, and are what is logged).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.models import audit
from app.models.audit import Event
from app.models.store import Store

HEADER = ["id", "at", "device_id", "account", "kind", "record_id", "details"]


@dataclass(frozen=True)
class Filters:
    """What the administrator asks to see: an account, a kind, days from and to (both
    included); None leaves that filter out."""

    account: str | None = None
    kind: str | None = None
    since: date | None = None
    until: date | None = None


def record_event(store: Store, kind: str, *, record_id: str | None = None,
                 **details: Any) -> None:
    """Log ``kind`` for the account signed in to ``store`` (nothing on a plain store)."""
    who = store.signed_in
    if who is None:
        return
    with store.sessions.begin() as session:
        audit.record(session, kind, who.name, record_id=record_id, **details)


def record_sign_in(store: Store, failed_before: int) -> None:
    """A sign-in, after the failed attempts of that account counted since its last one: a
    wrong password cannot open the store to be logged, so it is logged by the next
    sign-in that does."""
    if failed_before:
        record_event(store, "sign_in_failed", attempts=failed_before)
    record_event(store, "sign_in")


def list_events(store: Store, filters: Filters = Filters()) -> list[Event]:
    """The events matching ``filters``, oldest first (administrators: the caller checks)."""
    since = _start_of(filters.since)
    until = _start_of(filters.until + timedelta(days=1) if filters.until else None)
    with store.sessions() as session:
        return audit.events(session, account=filters.account, kind=filters.kind,
                            since=since, until=until)


def _start_of(day: date | None) -> datetime | None:
    return datetime.combine(day, datetime.min.time()) if day is not None else None


def export_events(store: Store, path: Path, filters: Filters = Filters()) -> int:
    """Write the matching events to ``path`` (.csv or .xlsx); the number of rows. The log
    holds no person's data, so the file holds none either."""
    from app.exchange.errors import ExportFileError
    from app.exchange.tables import file_format, write_csv, write_xlsx

    rows = [_row(event) for event in list_events(store, filters)]
    if file_format(Path(path), ExportFileError) == "csv":
        write_csv(Path(path), HEADER, rows)
    else:
        write_xlsx(Path(path), "audit", HEADER, rows, [8, 20, 38, 20, 16, 38, 40])
    return len(rows)


def _row(event: Event) -> list[str]:
    details = ", ".join(f"{key}={value}" for key, value in sorted(event.details.items()))
    return [event.id, event.at.isoformat(sep=" "), event.device_id,
            event.account or "", event.kind, event.record_id or "", details]
