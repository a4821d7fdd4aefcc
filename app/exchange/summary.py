"""What an import did, counted per row of the file.

An import changes a record through the same ``records.apply_changes`` the window's forms
use (``same`` says what counts as a change), re-exported here for the importers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.models.records import apply_changes, same

__all__ = ["ImportSummary", "apply_changes", "same"]


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    sheet: str | None = None  # the sheet read, when the workbook has several
    other_sheets: list[str] = field(default_factory=list)  # sheets with data, not read

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    def __str__(self) -> str:
        return (f"Đã thêm {self.created}, cập nhật {self.updated}, "
                f"giữ nguyên {self.unchanged} dòng.")

    def sheet_note(self) -> str | None:
        """Which sheet of a workbook of several was read (and which were not), or None."""
        if self.sheet is None:
            return None
        note = f"Đã đọc trang tính «{self.sheet}»"
        if self.other_sheets:
            note += " (không đọc trang " + ", ".join(f"«{s}»" for s in self.other_sheets) + ")"
        return note + "."
