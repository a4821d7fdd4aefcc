"""Rows that would add an official the register already holds (issue: near-copies).

A row without an id always adds a new official. When its name (compared without case or
diacritics, as the list's search does) and its birth date (both blank counts as the same)
are those of an official already recorded in the device's communes, it is most likely that
official again: a file imported twice after Excel saved it anew, or a list typed again.
The import then stops and asks (``MatchesExisting``); the officer answers yes for people
who only share a name and birth date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models import Staff
from app.models.vntext import search_key

from .errors import MAX_PROBLEMS, Match, MatchesExisting, RowProblem, counted

Key = tuple[str, date | None]
NewRow = tuple[int, str, date | None]  # row number, full name, birth date


def refuse_near_copies(session: Session, communes: list[str], rows: Iterable[NewRow],
                       label: str) -> None:
    """``MatchesExisting`` naming each new row that matches a live official, if any."""
    wanted = [(number, name, born) for number, name, born in rows]
    if not wanted:
        return
    known = _officials(session, communes)
    matches = [Match(number, name, born, *known[key])
               for number, name, born in wanted if (key := (search_key(name), born)) in known]
    if not matches:
        return
    problems = [RowProblem(m.row, "full_name", _sentence(m), label)
                for m in matches[:MAX_PROBLEMS]]
    raise MatchesExisting(counted("import.matches_existing", len(matches)), matches, problems,
                          max(0, len(matches) - MAX_PROBLEMS))


def _officials(session: Session, communes: list[str]) -> dict[Key, tuple[str, str]]:
    """The live officials of these communes by (name key, birth date): their id and name."""
    rows = session.execute(select(Staff.id, Staff.full_name, Staff.name_key, Staff.birth_date)
                           .where(Staff.commune_code.in_(communes), Staff.deleted.is_(False))
                           .order_by(Staff.id))
    known: dict[Key, tuple[str, str]] = {}
    for row in rows:
        known.setdefault((row.name_key, row.birth_date), (row.id, row.full_name))
    return known


def _sentence(match: Match) -> Message:
    born = (message("import.born_on", day=match.birth_date) if match.birth_date
            else message("import.born_unknown"))
    return message("import.match_row", name=match.full_name, born=born,
                   existing=match.existing_name, existing_id=match.existing_id)
