"""Confirming officials' basic digital skills from a digital skills course they passed.

The window asks after a course's results are saved (Training, "Results…"); the command
line's ``import attendance --confirm-skills`` goes through ``app.exchange``. Nothing here
confirms anyone the officer did not choose: ``skills_offers`` lists who may be confirmed,
``confirm_skills`` confirms the chosen ones, each one unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.models import training_results
from app.models.store import Store
from app.models.training_results import SkillsOffer


def skills_offers(store: Store, course_id: str) -> list[SkillsOffer]:
    """The course's passed officials whose basic digital skills are not confirmed yet
    (none unless the course is marked as a digital skills course)."""
    with store.sessions() as session:
        return training_results.skills_offers(session, course_id)


def confirm_skills(store: Store, course_id: str, staff_ids: Sequence[str]) -> int:
    """Confirm the chosen officials' basic digital skills (dated the course's end, "course"
    as the way); how many records changed."""
    with store.sessions.begin() as session:
        return training_results.confirm_skills(session, course_id, staff_ids)
