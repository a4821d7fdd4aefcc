"""When a training session has taken place: the one rule behind marks, rates and figures.

A session dated today has taken place (a class is marked while it runs); one dated
tomorrow has not, whatever a file or a hurried trainer says. Attendance may be marked only
on sessions that took place (the grid, ``import attendance`` and
``records.mark_attendance`` refuse the rest), and every rate and indicator counts only
those sessions, so the overview's "trained this year" and the grid's rates agree. Marks on
a later session that arrive by sync are kept (another device's record is not ours to
refuse) but count for nothing until the day comes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.messages import Message, message


def took_place(session_date: date, today: date) -> bool:
    """Whether a session dated ``session_date`` has taken place by ``today``."""
    return session_date <= today


def took_place_sql(column: Any, today: date) -> Any:
    """The same rule as a SQL condition on a session-date column."""
    return column <= today


def not_yet_held(session_date: date) -> Message:
    """Why a mark on a later session is refused: the grid, the import and the writer say it
    alike."""
    return message("training.session_not_held", day=session_date)
