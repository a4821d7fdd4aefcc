"""Files imported on this laptop, known by their SHA-256, so the same file is not taken twice.

An officer whose import was cut off (the laptop shut, the window killed) just after its
commit never sees the result and runs it again; a file of new officials without ids would
then add everyone a second time. The digest is written in the same transaction as the
import, so it exists exactly when the import does. The table is local: it never travels
and holds no personal data (a file's name and counts only).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

FILE_NAME_LENGTH = 255


class ImportedFile(Base):
    """One import of one file: the file's digest, what it was, when, and what it did."""

    __tablename__ = "imported_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # staff, equipment, attendance
    file_name: Mapped[str] = mapped_column(String(FILE_NAME_LENGTH))
    imported_at: Mapped[datetime] = mapped_column(DateTime)  # the laptop's local time
    created: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
