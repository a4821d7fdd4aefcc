"""The annual stock-take as the window's Stock-take page and ``commune-it stocktake`` use
it: each function is one unit of work and returns plain values.

The commune is the device's own (an office laptop has one); a trainer's laptop serving
several communes names it. Who counted is the account signed in, else the device's name,
so a count made on the trainer's laptop says so in the round.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import stocktake_ops as rules
from app.models.equipment import Equipment
from app.models.setup import require_device
from app.models.stocktake import StocktakeRound
from app.models.stocktake_ops import Closing, Progress, ScanAnswer, StocktakeError
from app.models.stocktake_queries import RoundRow
from app.models.stocktake_queries import round_rows as _round_rows
from app.models.store import Store

__all__ = ["Closing", "CountSummary", "Progress", "RoundInfo", "ScanAnswer", "StocktakeError",
           "close_round", "count_tags", "current_round", "mark_item", "open_round",
           "read_tag_file", "round_progress", "round_rows", "RoundRow", "scan_tag"]


@dataclass(frozen=True)
class RoundInfo:
    id: str
    commune: str
    opened_on: date
    opened_by: str | None
    committee: list[tuple[str, str]]
    state: str
    closed_on: date | None


@dataclass(frozen=True)
class CountSummary:
    """A file of tags taken in: how many answers of each kind (``ScanAnswer.kind``)."""

    found: int
    unknown: int
    duplicate: int
    answers: list[ScanAnswer]


def _info(rnd: StocktakeRound) -> RoundInfo:
    return RoundInfo(rnd.id, rnd.commune_code, rnd.opened_on, rnd.opened_by, rnd.committee,
                     rnd.state, rnd.closed_on)


def _commune(session: Session, commune: str | None) -> str:
    communes = require_device(session).communes
    if commune is None and len(communes) == 1:
        return communes[0]
    chosen = (commune or "").strip().zfill(5)
    if chosen not in communes:
        raise StocktakeError("stocktake.commune_needed", communes=communes)
    return chosen


def _who(store: Store, session: Session) -> str:
    signed_in = getattr(store, "signed_in", None)
    name = getattr(signed_in, "name", None)
    return name or require_device(session).name


def current_round(store: Store, commune: str | None = None) -> RoundInfo | None:
    """The commune's open round, or None."""
    with store.sessions() as session:
        rnd = rules.open_round_of(session, _commune(session, commune))
        return None if rnd is None else _info(rnd)


def open_round(store: Store, committee: Sequence[tuple[str, str]],
               commune: str | None = None, today: date | None = None) -> RoundInfo:
    """Open a round with its committee ((name, role) each); one open round per commune."""
    with store.sessions.begin() as session:
        rnd = rules.open_round(session, _commune(session, commune), committee,
                               _who(store, session), today or date.today())
        return _info(rnd)


def scan_tag(store: Store, tag: str, commune: str | None = None,
             today: date | None = None) -> ScanAnswer:
    """One tag typed or scanned: found, unknown (found, not in the book) or duplicate."""
    with store.sessions.begin() as session:
        rnd = rules.require_open(session, _commune(session, commune))
        return rules.scan(session, rnd, tag, _who(store, session), today or date.today())


def count_tags(store: Store, tags: Iterable[str], commune: str | None = None,
               today: date | None = None) -> CountSummary:
    """Many tags at once (a scanner's memory): all taken in, or none if one is refused."""
    with store.sessions.begin() as session:
        rnd = rules.require_open(session, _commune(session, commune))
        who, day = _who(store, session), today or date.today()
        answers = [rules.scan(session, rnd, tag, who, day) for tag in tags]
    kinds = [a.kind for a in answers]
    return CountSummary(kinds.count("found"), kinds.count("unknown"), kinds.count("duplicate"),
                        answers)


def mark_item(store: Store, equipment_id: str, found: bool, condition: str | None = None,
              place: str | None = None, commune: str | None = None,
              today: date | None = None) -> None:
    """A ticked row of the page: the item found (condition, place) or missing."""
    with store.sessions.begin() as session:
        rnd = rules.require_open(session, _commune(session, commune))
        item = session.get(Equipment, equipment_id)
        if item is None or item.deleted or item.commune_code != rnd.commune_code:
            raise StocktakeError("stocktake.item_unknown")
        rules.mark(session, rnd, item, found, _who(store, session), today or date.today(),
                   condition=condition, place=place)


def round_progress(store: Store, commune: str | None = None) -> Progress | None:
    """The open round's progress, or None when no round is open."""
    with store.sessions() as session:
        rnd = rules.open_round_of(session, _commune(session, commune))
        return None if rnd is None else rules.progress(session, rnd)


def round_rows(store: Store, commune: str | None = None) -> list[RoundRow]:
    """The open round's table for the page (every item of the book with its answer, then
    the tags not in the book); empty when no round is open."""
    with store.sessions() as session:
        rnd = rules.open_round_of(session, _commune(session, commune))
        if rnd is None:
            return []
        return _round_rows(session, rnd, rules.book_ids(session, rnd.commune_code))


def close_round(store: Store, confirm_missing: bool = False, commune: str | None = None,
                today: date | None = None) -> Closing:
    """Close the open round (see ``app.models.stocktake_ops.close``). Only the commune
    office's laptop closes one: closing writes the register, which a trainer's does not."""
    with store.sessions.begin() as session:
        if not closes_here(session):
            raise StocktakeError("stocktake.close_office_only")
        rnd = rules.require_open(session, _commune(session, commune))
        return rules.close(session, rnd, confirm_missing, today or date.today(),
                           by=_who(store, session))


def closes_here(session: Session) -> bool:
    """Whether this device may close a round: the commune office's laptop only."""
    return require_device(session).role == "office"


def read_tag_file(path: Path) -> list[str]:
    """The tags of a scanner's dump, one a line: a BOM, CR/LF, blank lines and spaces
    around a tag are tolerated; a file that is not text is refused whole."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise StocktakeError("stocktake.file_unreadable", path=str(path),
                             reason=exc.strerror or str(exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StocktakeError("stocktake.file_not_text", path=str(path)) from exc
    if "\x00" in text:
        raise StocktakeError("stocktake.file_not_text", path=str(path))
    tags = [line.strip() for line in text.splitlines()]
    for number, tag in enumerate(tags, start=1):
        if tag:
            try:
                rules.checked_tag(tag)
            except StocktakeError as exc:
                raise StocktakeError("stocktake.file_line_bad", line=number, reason=exc) from exc
    return [tag for tag in tags if tag]
