"""On-screen labels of the stored enumeration keys, translated by Qt.

Why a second table next to ``app.models.enums``: the model layer keeps the Vietnamese labels
that import files use, but the window must follow the chosen language, so its labels go
through Qt Linguist. Each table has its own translation context because the same English
word can need different Vietnamese ("None" of a certificate is not "none" of a degree).
The tests check that every key of ``app.models.enums`` has a label here and that the
Vietnamese translation is the same text the model layer uses in files.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class LabelTable:
    """Keys → English source labels, all in one translation context."""

    context: str
    sources: Mapping[str, str]

    def label(self, key: str | None) -> str:
        """The translated label of ``key``; an unknown key is shown as it is, never hidden."""
        if key is None:
            return ""
        source = self.sources.get(key)
        if source is None:
            return key
        return QCoreApplication.translate(self.context, source)

    def choices(self) -> list[tuple[str, str]]:
        """(label, key) in the stored order, which is the meaningful one (levels rise)."""
        return [(self.label(key), key) for key in self.sources]


DIGITAL_SKILLS_METHOD = LabelTable("DigitalSkillsMethod", {
    "platform": QT_TRANSLATE_NOOP("DigitalSkillsMethod", "Online on the national platform"),
    "course": QT_TRANSLATE_NOOP("DigitalSkillsMethod", "A class run by the commune"),
    "assessment": QT_TRANSLATE_NOOP("DigitalSkillsMethod", "Assessment"),
})

GENDER = LabelTable("Gender", {
    "male": QT_TRANSLATE_NOOP("Gender", "Male"),
    "female": QT_TRANSLATE_NOOP("Gender", "Female"),
})

PROFESSIONAL_LEVEL = LabelTable("ProfessionalLevel", {
    "none": QT_TRANSLATE_NOOP("ProfessionalLevel", "No professional training"),
    "elementary": QT_TRANSLATE_NOOP("ProfessionalLevel", "Elementary"),
    "intermediate": QT_TRANSLATE_NOOP("ProfessionalLevel", "Intermediate"),
    "college": QT_TRANSLATE_NOOP("ProfessionalLevel", "College"),
    "university": QT_TRANSLATE_NOOP("ProfessionalLevel", "University"),
    "master": QT_TRANSLATE_NOOP("ProfessionalLevel", "Master's degree"),
    "doctor": QT_TRANSLATE_NOOP("ProfessionalLevel", "Doctorate"),
})

IT_CERTIFICATE = LabelTable("ItCertificate", {
    "none": QT_TRANSLATE_NOOP("ItCertificate", "None"),
    "basic": QT_TRANSLATE_NOOP("ItCertificate", "Basic IT skills"),
    "advanced": QT_TRANSLATE_NOOP("ItCertificate", "Advanced IT skills"),
    "a": QT_TRANSLATE_NOOP("ItCertificate", "Certificate A"),
    "b": QT_TRANSLATE_NOOP("ItCertificate", "Certificate B"),
    "c": QT_TRANSLATE_NOOP("ItCertificate", "Certificate C"),
    "degree": QT_TRANSLATE_NOOP("ItCertificate", "IT degree"),
})

UNIT = LabelTable("Unit", {
    "leadership": QT_TRANSLATE_NOOP("Unit", "Council and People's Committee leaders"),
    "office": QT_TRANSLATE_NOOP("Unit", "Office of the Council and People's Committee"),
    "economy": QT_TRANSLATE_NOOP("Unit", "Economic Division"),
    "culture_social": QT_TRANSLATE_NOOP("Unit", "Culture and Social Affairs Division"),
    "public_service": QT_TRANSLATE_NOOP("Unit", "Public Administration Service Centre"),
    "other": QT_TRANSLATE_NOOP("Unit", "Other"),
})

EQUIPMENT_CATEGORY = LabelTable("EquipmentCategory", {
    "server": QT_TRANSLATE_NOOP("EquipmentCategory", "Server"),
    "desktop": QT_TRANSLATE_NOOP("EquipmentCategory", "Desktop computer"),
    "laptop": QT_TRANSLATE_NOOP("EquipmentCategory", "Laptop"),
    "printer": QT_TRANSLATE_NOOP("EquipmentCategory", "Printer"),
    "scanner": QT_TRANSLATE_NOOP("EquipmentCategory", "Scanner"),
    "wireless": QT_TRANSLATE_NOOP("EquipmentCategory", "Wi-Fi access point"),
    "network": QT_TRANSLATE_NOOP("EquipmentCategory", "Network device (switch, router)"),
    "security": QT_TRANSLATE_NOOP("EquipmentCategory", "Security device"),
    "storage": QT_TRANSLATE_NOOP("EquipmentCategory", "Storage device"),
    "projector": QT_TRANSLATE_NOOP("EquipmentCategory", "Projector"),
    "camera": QT_TRANSLATE_NOOP("EquipmentCategory", "Camera"),
    "tv": QT_TRANSLATE_NOOP("EquipmentCategory", "Television"),
    "ups": QT_TRANSLATE_NOOP("EquipmentCategory", "Uninterruptible power supply (UPS)"),
    "other": QT_TRANSLATE_NOOP("EquipmentCategory", "Other"),
})

EQUIPMENT_STATUS = LabelTable("EquipmentStatus", {
    "in_use": QT_TRANSLATE_NOOP("EquipmentStatus", "In use"),
    "in_storage": QT_TRANSLATE_NOOP("EquipmentStatus", "In storage"),
    "under_repair": QT_TRANSLATE_NOOP("EquipmentStatus", "Under repair"),
    "broken": QT_TRANSLATE_NOOP("EquipmentStatus", "Broken"),
    "disposed": QT_TRANSLATE_NOOP("EquipmentStatus", "Disposed of"),
    "lost": QT_TRANSLATE_NOOP("EquipmentStatus", "Lost"),
})

POLITICAL_THEORY = LabelTable("PoliticalTheory", {
    "none": QT_TRANSLATE_NOOP("PoliticalTheory", "No training"),
    "elementary": QT_TRANSLATE_NOOP("PoliticalTheory", "Elementary"),
    "intermediate": QT_TRANSLATE_NOOP("PoliticalTheory", "Intermediate"),
    "advanced": QT_TRANSLATE_NOOP("PoliticalTheory", "Advanced"),
})

STATE_MANAGEMENT = LabelTable("StateManagement", {
    "none": QT_TRANSLATE_NOOP("StateManagement", "No training"),
    "officer": QT_TRANSLATE_NOOP("StateManagement", "Officer"),
    "principal": QT_TRANSLATE_NOOP("StateManagement", "Principal officer"),
    "senior": QT_TRANSLATE_NOOP("StateManagement", "Senior officer"),
})

# The six commune titles the 2025 civil service law dropped, kept as history.
LEGACY_TITLE = LabelTable("LegacyTitle", {
    "military": QT_TRANSLATE_NOOP("LegacyTitle", "Military commander"),
    "office_statistics": QT_TRANSLATE_NOOP("LegacyTitle", "Office and statistics"),
    "cadastral": QT_TRANSLATE_NOOP(
        "LegacyTitle", "Land, construction, urban affairs and environment"),
    "finance": QT_TRANSLATE_NOOP("LegacyTitle", "Finance and accounting"),
    "justice": QT_TRANSLATE_NOOP("LegacyTitle", "Justice and civil status"),
    "culture": QT_TRANSLATE_NOOP("LegacyTitle", "Culture and social affairs"),
})

YES_NO = LabelTable("YesNo", {
    "yes": QT_TRANSLATE_NOOP("YesNo", "Yes"),
    "no": QT_TRANSLATE_NOOP("YesNo", "No"),
})


def yes_no(value: bool) -> str:
    return YES_NO.label("yes" if value else "no")
