"""The question asked after the results of a basic digital skills course are saved: may the
officials who passed have their basic digital skills recorded as confirmed?

As with IT certificates, the dialog (``record_question``) lists each official ticked, says
the date and the way the record would get (the course's end, "a class"), and confirms only
those still ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.models.training_results import SkillsOffer
from app.ui.runtime import labels
from app.ui.runtime.formatting import date_text

from .record_question import RecordQuestion


class SkillsQuestion(RecordQuestion):
    """Which of the course's passed officials have their basic digital skills confirmed."""

    def __init__(self, course_title: str, offers: Sequence[SkillsOffer],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = self.tr(
            "%n official(s) passed “{title}”, a basic digital skills course, but their "
            "record does not show their basic digital skills as confirmed yet. Confirm them?",
            "", len(offers)).format(title=course_title)
        facts = self.tr("Confirmed on: {date} · how: {method}").format(
            date=date_text(offers[0].on), method=labels.DIGITAL_SKILLS_METHOD.label("course"))
        self.build(question, facts, [(offer.name, offer.staff_id) for offer in offers],
                   self._confirm_text)
        self.setObjectName("skillsQuestion")
        self.setWindowTitle(self.tr("Confirm basic digital skills?"))

    def _confirm_text(self, count: int) -> str:
        return self.tr("Confirm %n record(s)", "", count)
