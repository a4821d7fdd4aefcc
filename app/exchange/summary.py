"""What an import did, counted per row of the file.

An import changes a record through the same ``records.apply_changes`` the window's forms
use (``same`` says what counts as a change), re-exported here for the importers. What it did
is told as messages of the catalogue; ``str()`` and ``sheet_note()`` word them in this
process's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models import Device, Equipment, Staff, new_id
from app.models.journal import insert_new
from app.models.records import apply_changes, same

from .errors import quoted

__all__ = ["ImportSummary", "apply_changes", "same"]


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    sheet: str | None = None  # the sheet read, when the workbook has several
    other_sheets: list[str] = field(default_factory=list)  # sheets with data, not read
    notes: list[Message] = field(default_factory=list)  # what else to know; not a failure

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    def told(self) -> Message:
        return message("import.summary", created=self.created, updated=self.updated,
                       unchanged=self.unchanged)

    def __str__(self) -> str:
        return self.told().text()

    def sheet_message(self) -> Message | None:
        """Which sheet of a workbook of several was read (and which were not), or None."""
        if self.sheet is None:
            return None
        if self.other_sheets:
            return message("import.sheet_read_others", sheet=self.sheet,
                           others=quoted(self.other_sheets))
        return message("import.sheet_read", sheet=self.sheet)

    def sheet_note(self) -> str | None:
        """``sheet_message`` in this process's language."""
        note = self.sheet_message()
        return None if note is None else note.text()


def apply_plans(session: Session, model: type[Staff] | type[Equipment], plans: list[Any],
                device: Device) -> ImportSummary:
    """Carry out the plans of a checked file (``register.Plan``): change each record a
    row names, create the new ones; counted in the summary."""
    summary = ImportSummary()
    created = []
    home, partition = device.communes[0], device.home_partition
    for plan in plans:
        if plan.obj is None:  # a value the file leaves empty takes the model's default
            created.append(dict(id=plan.new_id or new_id(), commune_code=home,
                                partition=partition, **{
                                    k: v for k, v in plan.changes.items() if v is not None}))
        elif apply_changes(plan.obj, plan.changes):
            summary.updated += 1
        else:
            summary.unchanged += 1
    if model is Staff:  # thousands at once: written without an object each (journal.py)
        insert_new(session, Staff, created)
    else:
        session.add_all([model(**values) for values in created])
    summary.created = len(created)
    return summary
