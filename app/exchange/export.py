"""Exporting staff, equipment and training of this device's read scope to .csv or .xlsx.

A CSV is for machines and round trips: column keys, enumeration keys, ISO dates, yes/no.
An XLSX is for people: Vietnamese headers and labels, real date cells shown DD/MM/YYYY,
sums with thousands separators. Both read back through import unchanged.

Names and other text come from officers and from other devices, so a file opened in a
spreadsheet must not run them: a CSV text cell that would start a formula gets a leading
single quote (``values.neutralise``; numbers, dates, codes and ids are never touched, so
"-5" stays a number), and every XLSX text cell is a string cell, never a formula. Import
takes the quote off again, so exporting and importing changes nothing. Officials whose
record was deleted (erased personal data) are left out of every file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import (
    Attendance,
    Course,
    CourseSession,
    Device,
    Enrollment,
    Equipment,
    EthnicGroup,
    Staff,
)
from app.models.enums import EQUIPMENT_CATEGORY, YES_NO
from app.models.setup import current_device
from app.models.vntext import collation_key, person_sort_key

from .columns import EXPORT_COLUMNS, SHEET_TITLES, Column
from .errors import ExportFileError
from .scope import StaffDirectory, read_partitions
from .tables import file_format, write_csv, write_xlsx
from .values import keep_quote, neutralise

Record = dict[str, Any]
TEXT_KINDS = frozenset({"text", "info"})  # free text typed by people: the cells to neutralise


def export_file(session: Session, kind: str, path: Path) -> int:
    """Write the live records of ``kind`` to ``path`` (.csv or .xlsx); the number of rows."""
    if kind not in EXPORT_COLUMNS:
        raise ExportFileError("export.kind_unknown", kind=kind)
    path = Path(path)
    fmt = file_format(path, ExportFileError)
    device = current_device(session)
    if device is None:
        raise ExportFileError("device.not_set_up")  # the models' sentence, said once
    columns = EXPORT_COLUMNS[kind]
    rows = _ROWS[kind](session, device)
    if fmt == "csv":
        write_csv(path, [c.key for c in columns], (_csv_row(columns, r) for r in rows))
    else:
        write_xlsx(path, SHEET_TITLES[kind], [c.header for c in columns],
                   (_xlsx_row(columns, r) for r in rows), [_width(c) for c in columns])
    return len(rows)


def _csv_row(columns: Sequence[Column], record: Record) -> list[str]:
    return [_csv_value(column, record.get(column.key)) for column in columns]


def _csv_value(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.kind == "bool":
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if column.kind in TEXT_KINDS:
        return neutralise(str(value))
    return str(value)


def _xlsx_row(columns: Sequence[Column], record: Record) -> list[Any]:
    return [_xlsx_value(column, record.get(column.key)) for column in columns]


def _xlsx_value(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "enum" and column.labels is not None:
        return column.labels.get(value, value)
    if column.kind == "bool":
        return YES_NO["yes" if value else "no"]
    if column.kind in TEXT_KINDS and isinstance(value, str):
        return keep_quote(value)
    return value


def _width(column: Column) -> int:
    if column.kind in ("id", "ref"):
        return 38
    if column.kind == "date":
        return 12
    return max(10, min(32, len(column.header) + 2))


def _fields(obj: Any, columns: Sequence[Column]) -> Record:
    return {c.key: getattr(obj, c.field) for c in columns if c.kind != "info"}


def staff_rows(session: Session, device: Device) -> list[Record]:
    names = dict(session.execute(select(EthnicGroup.code, EthnicGroup.name)).all())
    columns = EXPORT_COLUMNS["staff"]
    people = session.scalars(select(Staff).where(
        Staff.commune_code.in_(device.communes), Staff.deleted.is_(False)))
    rows = []
    for person in sorted(people, key=lambda p: (person_sort_key(p.full_name), p.id)):
        record = _fields(person, columns)
        record["ethnicity"] = names.get(person.ethnicity_code or "")
        rows.append(record)
    return rows


def equipment_rows(session: Session, device: Device) -> list[Record]:
    holders = StaffDirectory(session, device.communes)
    columns = EXPORT_COLUMNS["equipment"]
    rank = {code: index for index, code in enumerate(EQUIPMENT_CATEGORY)}
    items = session.scalars(select(Equipment).where(
        Equipment.commune_code.in_(device.communes), Equipment.deleted.is_(False)))
    rows = []
    for item in sorted(items, key=lambda i: (rank.get(i.category, 99), i.asset_tag or "",
                                            i.id)):
        record = _fields(item, columns)
        holder = holders.get(item.holder_id) if item.holder_id else None
        record["holder_name"] = holder.full_name if holder else None
        rows.append(record)
    return rows


def training_rows(session: Session, device: Device) -> list[Record]:
    """One row per live attendance mark of the device's read scope."""
    query = (
        select(
            Course.title.label("course_title"), Course.start_date.label("course_start"),
            CourseSession.session_date, Enrollment.staff_id, Enrollment.participant_name,
            Attendance.status, Staff.full_name.label("staff_name"), Enrollment.participant_unit,
            Enrollment.result, Enrollment.certificate_no, Course.end_date.label("course_end"),
            Course.place.label("course_place"), Course.trainer.label("course_trainer"),
            Course.organiser.label("course_organiser"),
        )
        .join(Enrollment, Attendance.enrollment_id == Enrollment.id)
        .join(CourseSession, Attendance.session_id == CourseSession.id)
        .join(Course, CourseSession.course_id == Course.id)
        .outerjoin(Staff, Enrollment.staff_id == Staff.id)
        .where(
            Attendance.deleted.is_(False), Enrollment.deleted.is_(False),
            CourseSession.deleted.is_(False), Course.deleted.is_(False),
            Attendance.partition.in_(read_partitions(device)),
            or_(Enrollment.staff_id.is_(None), Staff.deleted.is_(False)),
        )
    )
    rows = [dict(row._mapping) for row in session.execute(query)]
    rows.sort(key=_training_order)
    return rows


def _training_order(row: Record) -> tuple:
    person = row["staff_name"] or row["participant_name"] or ""
    return (row["course_start"], collation_key(row["course_title"]), row["session_date"],
            person_sort_key(person), row["staff_id"] or "")


_ROWS = {"staff": staff_rows, "equipment": equipment_rows, "training": training_rows}
