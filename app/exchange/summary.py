"""What an import did, counted per row of the file."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.vntext import nfc


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged

    def __str__(self) -> str:
        return (f"Đã thêm {self.created}, cập nhật {self.updated}, "
                f"giữ nguyên {self.unchanged} dòng.")


def same(old: Any, new: Any) -> bool:
    """Equal as stored data: text compares in NFC with blank meaning none.

    Why: a value typed through the window may hold a double space or be an empty string;
    its export read back must count as unchanged, not as an edit that travels to the province.
    """
    if isinstance(old, str) or isinstance(new, str):
        return (nfc(old) or None) == (nfc(new) or None)
    return old == new


def apply_changes(obj: Any, changes: dict[str, Any]) -> bool:
    """Set the fields that really differ; True if any did."""
    changed = False
    for name, value in changes.items():
        if not same(getattr(obj, name), value):
            setattr(obj, name, value)
            changed = True
    return changed
