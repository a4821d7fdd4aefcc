"""Open conflicts as data and as words: what the conflict cards show, without the cards.

``app.ops.sync.conflicts`` reads each open conflict (a ``ConflictItem``) with the names it
needs in one unit of work; ``table_text``, ``field_text``, ``record_text`` and
``value_text`` turn its table, field, record and stored values into what an officer
reads ("Official", "Phone number", a name, a label for a key, a dd/mm/yyyy date). They
live apart from the widgets in ``conflict_view`` because they are most of the work, and can
be read and tested without building a card.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models import enums
from app.models.sync_queries import REFERENCE_FIELDS
from app.ops.sync import ConflictItem
from app.sync.ops import from_json
from app.ui.runtime import labels
from app.ui.runtime.formatting import count_text, date_text, decimal_text

TABLES = {
    "staff": QT_TRANSLATE_NOOP("SyncTable", "Official"),
    "equipment": QT_TRANSLATE_NOOP("SyncTable", "Equipment"),
    "equipment_status_event": QT_TRANSLATE_NOOP("SyncTable", "Equipment status change"),
    "course": QT_TRANSLATE_NOOP("SyncTable", "Course"),
    "course_session": QT_TRANSLATE_NOOP("SyncTable", "Lesson"),
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
    "digital_skills": QT_TRANSLATE_NOOP("SyncField", "Basic digital skills"),
    "digital_skills_date": QT_TRANSLATE_NOOP("SyncField", "Digital skills confirmed on"),
    "digital_skills_method": QT_TRANSLATE_NOOP("SyncField", "Digital skills confirmed by"),
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
    "session_date": QT_TRANSLATE_NOOP("SyncField", "Lesson date"),
    "start_time": QT_TRANSLATE_NOOP("SyncField", "Start time"),
    "staff_id": QT_TRANSLATE_NOOP("SyncField", "Official"),
    "participant_name": QT_TRANSLATE_NOOP("SyncField", "Participant"),
    "participant_unit": QT_TRANSLATE_NOOP("SyncField", "Participant's unit"),
    "result": QT_TRANSLATE_NOOP("SyncField", "Result"),
    "certificate_no": QT_TRANSLATE_NOOP("SyncField", "Certificate number"),
}

# Enumerated fields → the on-screen label table's name in app.ui.runtime.labels (attendance has its
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
__all__ = ["ConflictItem", "field_text", "record_text", "table_text", "value_text"]


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

