"""Conflicts to review: the record, the field, both values side by side, and the choice.

A conflict is a field two copies changed without seeing each other's change. Sync kept one
value everywhere (the later change) and logged the other; nothing is settled until an
officer looks. Each conflict is a card, so a person with no IT training reads "Official:
Lò Văn Thắng — Phone number: 0922 222 222 now, 0911 111 111 on the other computer" and
presses one of two buttons. Conflicts are rare, so a card per conflict (up to a bound)
reads better than a table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.models import enums
from app.models.sync_queries import REFERENCE_FIELDS, RecordName, record_names, referenced_names
from app.sync.ops import from_json
from app.sync.status import open_conflicts

from . import labels
from .formatting import count_text, date_text, decimal_text

MAX_CARDS = 50  # beyond this the officer resolves the first ones, then sees the next
KEEP, USE_OTHER = "kept", "lost"  # app.sync.status.resolve's choices
CARD_STYLE = """
QFrame#conflictCard { border: 1px solid palette(mid); border-radius: 6px;
                      background: palette(base); }
QLabel#conflictRecord { font-weight: bold; }
QLabel#conflictField { font-weight: bold; color: #1a4f8b; }
QLabel#conflictField:disabled { color: palette(dark); }
QLabel#valueCaption { color: palette(dark); }
QFrame#valueBox { border: 1px solid palette(midlight); border-radius: 4px; }
QLabel#conflictValue { font-size: 12pt; }
"""

TABLES = {
    "staff": QT_TRANSLATE_NOOP("SyncTable", "Official"),
    "equipment": QT_TRANSLATE_NOOP("SyncTable", "Equipment"),
    "equipment_status_event": QT_TRANSLATE_NOOP("SyncTable", "Equipment status change"),
    "course": QT_TRANSLATE_NOOP("SyncTable", "Course"),
    "course_session": QT_TRANSLATE_NOOP("SyncTable", "Course session"),
    "enrollment": QT_TRANSLATE_NOOP("SyncTable", "Enrolment"),
    "attendance": QT_TRANSLATE_NOOP("SyncTable", "Attendance"),
}

FIELDS = {
    "deleted": QT_TRANSLATE_NOOP("SyncField", "Record deleted"),
    "commune_code": QT_TRANSLATE_NOOP("SyncField", "Commune"),
    "full_name": QT_TRANSLATE_NOOP("SyncField", "Full name"),
    "gender": QT_TRANSLATE_NOOP("SyncField", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("SyncField", "Date of birth"),
    "ethnicity_code": QT_TRANSLATE_NOOP("SyncField", "Ethnic group"),
    "unit": QT_TRANSLATE_NOOP("SyncField", "Unit"),
    "position": QT_TRANSLATE_NOOP("SyncField", "Position"),
    "legacy_title": QT_TRANSLATE_NOOP("SyncField", "Former commune title"),
    "general_education": QT_TRANSLATE_NOOP("SyncField", "General education"),
    "professional_level": QT_TRANSLATE_NOOP("SyncField", "Professional level"),
    "professional_field": QT_TRANSLATE_NOOP("SyncField", "Field of study"),
    "political_theory_level": QT_TRANSLATE_NOOP("SyncField", "Political theory"),
    "state_management_level": QT_TRANSLATE_NOOP("SyncField", "State management"),
    "it_certificate": QT_TRANSLATE_NOOP("SyncField", "IT certificate"),
    "it_certificate_date": QT_TRANSLATE_NOOP("SyncField", "IT certificate date"),
    "it_certificate_issuer": QT_TRANSLATE_NOOP("SyncField", "IT certificate issued by"),
    "minority_languages": QT_TRANSLATE_NOOP("SyncField", "Ethnic minority languages"),
    "uses_official_email": QT_TRANSLATE_NOOP("SyncField", "Uses the official e-mail"),
    "phone": QT_TRANSLATE_NOOP("SyncField", "Phone number"),
    "email": QT_TRANSLATE_NOOP("SyncField", "E-mail"),
    "service_start": QT_TRANSLATE_NOOP("SyncField", "Start of service"),
    "service_end": QT_TRANSLATE_NOOP("SyncField", "End of service"),
    "former_district": QT_TRANSLATE_NOOP("SyncField", "Former district"),
    "former_commune": QT_TRANSLATE_NOOP("SyncField", "Former commune"),
    "category": QT_TRANSLATE_NOOP("SyncField", "Category"),
    "brand": QT_TRANSLATE_NOOP("SyncField", "Brand"),
    "model": QT_TRANSLATE_NOOP("SyncField", "Model"),
    "serial": QT_TRANSLATE_NOOP("SyncField", "Serial number"),
    "asset_tag": QT_TRANSLATE_NOOP("SyncField", "Asset tag"),
    "acquired_date": QT_TRANSLATE_NOOP("SyncField", "Date acquired"),
    "funding_source": QT_TRANSLATE_NOOP("SyncField", "Funding source"),
    "value_vnd": QT_TRANSLATE_NOOP("SyncField", "Value (VND)"),
    "status": QT_TRANSLATE_NOOP("SyncField", "Status"),
    "holder_id": QT_TRANSLATE_NOOP("SyncField", "Holder"),
    "location": QT_TRANSLATE_NOOP("SyncField", "Location"),
    "lan": QT_TRANSLATE_NOOP("SyncField", "On the office network (LAN)"),
    "internet": QT_TRANSLATE_NOOP("SyncField", "Connected to the Internet"),
    "warranty_end": QT_TRANSLATE_NOOP("SyncField", "Warranty ends"),
    "last_inventory_check": QT_TRANSLATE_NOOP("SyncField", "Last inventory check"),
    "changed_on": QT_TRANSLATE_NOOP("SyncField", "Date of change"),
    "note": QT_TRANSLATE_NOOP("SyncField", "Note"),
    "title": QT_TRANSLATE_NOOP("SyncField", "Course title"),
    "topic": QT_TRANSLATE_NOOP("SyncField", "Topic"),
    "organiser": QT_TRANSLATE_NOOP("SyncField", "Organiser"),
    "trainer": QT_TRANSLATE_NOOP("SyncField", "Trainer"),
    "place": QT_TRANSLATE_NOOP("SyncField", "Place"),
    "start_date": QT_TRANSLATE_NOOP("SyncField", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("SyncField", "End date"),
    "hours": QT_TRANSLATE_NOOP("SyncField", "Hours"),
    "funding": QT_TRANSLATE_NOOP("SyncField", "Funding"),
    "course_id": QT_TRANSLATE_NOOP("SyncField", "Course"),
    "session_date": QT_TRANSLATE_NOOP("SyncField", "Session date"),
    "start_time": QT_TRANSLATE_NOOP("SyncField", "Start time"),
    "staff_id": QT_TRANSLATE_NOOP("SyncField", "Official"),
    "participant_name": QT_TRANSLATE_NOOP("SyncField", "Participant"),
    "participant_unit": QT_TRANSLATE_NOOP("SyncField", "Participant's unit"),
    "result": QT_TRANSLATE_NOOP("SyncField", "Result"),
    "certificate_no": QT_TRANSLATE_NOOP("SyncField", "Certificate number"),
}

# Enumerated fields → the on-screen label table's name in app.ui.labels (attendance has its
# own statuses). A table not there yet falls back to the Vietnamese labels of app.models.enums.
ENUM_FIELDS = {
    "gender": "GENDER", "professional_level": "PROFESSIONAL_LEVEL",
    "it_certificate": "IT_CERTIFICATE", "unit": "UNIT", "category": "EQUIPMENT_CATEGORY",
    "status": "EQUIPMENT_STATUS", "legacy_title": "LEGACY_TITLE",
    "political_theory_level": "POLITICAL_THEORY",
    "state_management_level": "STATE_MANAGEMENT", "result": "TRAINING_RESULT",
}
TABLE_ENUM_FIELDS = {("attendance", "status"): "ATTENDANCE"}
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ConflictItem:
    """One open conflict with every name the card needs, read in one unit of work."""

    id: int
    table: str
    field: str
    record: RecordName
    kept: Any
    lost: Any
    detected_at: datetime
    references: dict[str, RecordName] = field(default_factory=dict)


def load_conflicts(session: Session) -> list[ConflictItem]:
    """Open conflicts, oldest first, with the names of their records and referenced values."""
    found = open_conflicts(session)
    names = record_names(session, ((c.table, c.row_id) for c in found))
    refs: dict[str, dict[str, RecordName]] = {}
    for c in found:
        refs.setdefault(c.field, {}).update(
            referenced_names(session, c.field, (c.kept_value, c.lost_value)))
    return [ConflictItem(c.id, c.table, c.field, names.get((c.table, c.row_id), RecordName("")),
                         c.kept_value, c.lost_value, c.detected_at, refs.get(c.field, {}))
            for c in found]


def table_text(table: str) -> str:
    source = TABLES.get(table)
    return QCoreApplication.translate("SyncTable", source) if source else table


def field_text(name: str) -> str:
    source = FIELDS.get(name)
    return QCoreApplication.translate("SyncField", source) if source else name


def record_text(item: ConflictItem) -> str:
    """The record as the officer knows it: a name, else an item's category, else unknown."""
    if item.record.name:
        return item.record.name
    if item.record.category:
        return labels.EQUIPMENT_CATEGORY.label(item.record.category)
    return translate("ConflictView", "(not on this computer)")


def _enum_label(table: str, name: str, key: str) -> str | None:
    table_name = TABLE_ENUM_FIELDS.get((table, name)) or ENUM_FIELDS.get(name)
    if table_name is None:
        return None
    shown = getattr(labels, table_name, None)
    if shown is not None:
        return shown.label(key)
    return getattr(enums, table_name, {}).get(key, key)


def value_text(item: ConflictItem, value: Any) -> str:
    """A stored value as words: names for references, labels for keys, dd/mm/yyyy dates."""
    if value is None or value == "":
        return translate("ConflictView", "(empty)")
    if item.field == "deleted":
        return (translate("ConflictView", "Deleted") if value
                else translate("ConflictView", "Not deleted"))
    if item.field in REFERENCE_FIELDS:
        ref = item.references.get(str(value))
        if ref and ref.name:
            return ref.name
        if item.field.endswith("_id"):
            return translate("ConflictView", "(not on this computer)")
        return str(value)  # a code (commune, ethnic group) not in the reference lists
    if isinstance(value, str) and (label := _enum_label(item.table, item.field, value)):
        return label
    try:
        typed = from_json(item.table, item.field, value)
    except (KeyError, ValueError):
        typed = value
    return _typed_text(typed)


def _typed_text(value: Any) -> str:
    if isinstance(value, bool):
        return labels.yes_no(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return date_text(value)
    if isinstance(value, int):
        return count_text(value)
    if isinstance(value, float):
        return decimal_text(value, 1)
    return str(value)


# --- the view ------------------------------------------------------------------------------
class ConflictCard(QFrame):
    """One conflict: what record and field, both values side by side, a button under each."""

    chosen = Signal(int, str)  # conflict id, KEEP or USE_OTHER

    def __init__(self, item: ConflictItem, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="conflictCard")
        self.item = item
        self.title = QLabel(f"{table_text(item.table)}: {record_text(item)}", self,
                            objectName="conflictRecord", wordWrap=True)
        self.field_label = QLabel(field_text(item.field), self, objectName="conflictField")
        self.when = QLabel(self.tr("Found {when}").format(
            when=item.detected_at.strftime("%d/%m/%Y %H:%M")), self)
        self.kept_value = self._value_label(value_text(item, item.kept))
        self.lost_value = self._value_label(value_text(item, item.lost))
        self.keep_button = QPushButton(self.tr("Keep current"), self)
        self.use_other_button = QPushButton(self.tr("Use the other value"), self)
        self.keep_button.clicked.connect(lambda: self._choose(KEEP))
        self.use_other_button.clicked.connect(lambda: self._choose(USE_OTHER))
        self._lay_out()

    def _value_label(self, text: str) -> QLabel:
        label = QLabel(text, self, objectName="conflictValue", wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _box(self, caption: str, value: QLabel, button: QPushButton) -> QFrame:
        box = QFrame(self, objectName="valueBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(QLabel(caption, box, objectName="valueCaption"))
        layout.addWidget(value)
        layout.addStretch(1)
        layout.addWidget(button)
        return box

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.when, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.field_label, 1, 0, 1, 2)
        grid.addWidget(self._box(self.tr("Current value"), self.kept_value, self.keep_button),
                       2, 0)
        grid.addWidget(self._box(self.tr("Other value"), self.lost_value,
                                 self.use_other_button), 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _choose(self, keep: str) -> None:
        self.keep_button.setEnabled(False)  # one choice; the list reloads after it is saved
        self.use_other_button.setEnabled(False)
        self.chosen.emit(self.item.id, keep)


class ConflictList(QWidget):
    """The open conflicts as cards in a scrolling list, or a line saying there are none."""

    chosen = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CARD_STYLE)
        self.items: list[ConflictItem] = []
        self.cards: list[ConflictCard] = []
        self.summary = QLabel(self, wordWrap=True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.inner = QWidget()
        self.cards_layout = QVBoxLayout(self.inner)
        self.cards_layout.addStretch(1)
        self.scroll = QScrollArea(self, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.scroll, 1)
        layout.addStretch(0)
        self.set_items([])

    def set_items(self, items: list[ConflictItem]) -> None:
        self.items = list(items)
        for card in self.cards:
            card.deleteLater()
        self.cards = [ConflictCard(item, self.inner) for item in self.items[:MAX_CARDS]]
        for n, card in enumerate(self.cards):
            card.chosen.connect(self.chosen)
            self.cards_layout.insertWidget(n, card)
            card.show()  # now, not when the layout's queued show comes round
        self.scroll.setVisible(bool(self.cards))
        self._show_summary()

    def retranslate(self) -> None:
        """Cards are rebuilt: every text on them comes from a translation or a label."""
        self.set_items(self.items)

    def _show_summary(self) -> None:
        count = len(self.items)
        if not count:
            text = self.tr("No conflicts to review.")
        else:
            text = self.tr("%Ln conflict(s) to review. Sync kept the current value; choose "
                           "which one is right.", None, count)
        if count > MAX_CARDS:
            text += " " + self.tr("The first {shown} are shown.").format(
                shown=count_text(MAX_CARDS))
        self.summary.setText(text)
