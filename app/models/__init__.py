"""Data model, storage and domain operations. Imports nothing of the app and no Qt."""

from .audit import AuditEvent
from .base import Base, Synced, commune_partition, new_id, partition_commune, province_partition
from .console_account import ConsoleAccount
from .device import Device, Setting
from .equipment import Equipment, StatusEvent
from .imported_file import ImportedFile
from .journal import JournalEntry
from .local_account import LocalAccount
from .reference import (
    Commune,
    CommuneLineage,
    EquipmentCategory,
    EthnicGroup,
    ItCertificateKind,
    Province,
    QualificationLevel,
)
from .refusal import BundleRefusal
from .registry import RegisteredDevice
from .staff import Staff
from .stocktake import StocktakeCount, StocktakeRound
from .sync_state import Conflict, InboxBundle, OutboxBundle
from .training import Attendance, Course, CourseSession, Enrollment
from .transfer import Transfer, TransferBundle

SYNCED_MODELS = (Staff, Equipment, StatusEvent, Course, CourseSession, Enrollment, Attendance,
                 StocktakeRound, StocktakeCount, AuditEvent)

__all__ = [
    "SYNCED_MODELS", "Attendance", "AuditEvent", "Base", "Commune", "CommuneLineage", "Conflict",
    "BundleRefusal", "ConsoleAccount", "Course",
    "CourseSession", "Device", "Enrollment", "Equipment", "EquipmentCategory", "EthnicGroup",
    "ImportedFile", "InboxBundle", "ItCertificateKind", "JournalEntry", "LocalAccount",
    "OutboxBundle", "Province",
    "QualificationLevel", "RegisteredDevice", "Setting", "Staff",
    "StatusEvent", "StocktakeCount", "StocktakeRound", "Synced", "commune_partition",
    "new_id", "partition_commune",
    "province_partition", "Transfer", "TransferBundle",
]
