"""The bin's table: what was deleted, what it is, and when it was deleted.

The rows are ``app.models.bin_ops.BinRow`` values; this model only words them in the
window's language (an item's category, a course's start, an official's birth date) and
gives each the search key the row carries, so "lo van minh" finds Lò Văn Minh.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.models.bin_ops import BinRow
from app.ui.itemmodels.rows import Column, RowTableModel, person_key, text_key
from app.ui.runtime import labels
from app.ui.runtime.formatting import date_text

CONTEXT = "BinTableModel"
translate = QCoreApplication.translate


def kind_text(row: BinRow) -> str:
    if row.kind == "staff":
        return translate("BinTableModel", "Official")
    if row.kind == "course":
        return translate("BinTableModel", "Course")
    return translate("BinTableModel", "Equipment: {category}").format(
        category=labels.EQUIPMENT_CATEGORY.label(row.category))


def detail_text(row: BinRow) -> str:
    """What tells two records of one name apart: a tag, a birth date, a start date."""
    if row.kind == "equipment":
        return row.code or ""
    if row.day is None:
        return ""
    if row.kind == "staff":
        return translate("BinTableModel", "born {date}").format(date=date_text(row.day))
    return translate("BinTableModel", "starts {date}").format(date=date_text(row.day))


def moment_text(when: datetime | None) -> str:
    return when.strftime("%d/%m/%Y %H:%M") if when else translate("BinTableModel", "not known")


def _name_key(row: BinRow) -> tuple:
    return person_key(row.name) if row.kind == "staff" else text_key(row.name)


class BinTableModel(RowTableModel):
    CONTEXT = CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("BinTableModel", "Kind"), kind_text),
        Column(QT_TRANSLATE_NOOP("BinTableModel", "Name or title"), lambda r: r.name,
               value=lambda r: r, key=_name_key),
        Column(QT_TRANSLATE_NOOP("BinTableModel", "Tag or date"), detail_text),
        Column(QT_TRANSLATE_NOOP("BinTableModel", "Deleted"), lambda r: moment_text(
            r.deleted_at), Qt.AlignmentFlag.AlignCenter, value=lambda r: r.deleted_at,
            key=lambda when: (when is None, when or datetime.min)),
    )
    NATURAL_ORDER = (3, Qt.SortOrder.DescendingOrder)  # the newest deletion first

    def search_key_of(self, row: BinRow) -> str:
        return row.search_key
