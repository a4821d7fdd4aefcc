"""Importing the commune's register: staff and equipment, created or updated by id.

Every row is checked before the first write: values, ids (known, live, in this device's
write scope, not repeated), required fields, the holder of an item. Only then are new
records added, all at once, and existing ones changed field by field, so the journal
hook flushes once and a row that changes nothing journals nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Device, Equipment, Staff, new_id

from .columns import EQUIPMENT, STAFF, Column
from .errors import ImportFileError, Problems
from .layout import Layout, match_header
from .rows import ParsedRow, parse_rows
from .scope import StaffDirectory, register_communes
from .summary import ImportSummary, apply_changes
from .tables import Table

ID_CHUNK = 500


@dataclass(frozen=True)
class Kind:
    model: type[Staff] | type[Equipment]
    columns: tuple[Column, ...]
    noun: str  # "cán bộ", "thiết bị"


KINDS = {
    "staff": Kind(Staff, STAFF, "cán bộ"),
    "equipment": Kind(Equipment, EQUIPMENT, "thiết bị"),
}
_NOT_FIELDS = frozenset({"id", "commune", "info"})


@dataclass
class Check:
    """What one file needs to know to judge each row."""

    kind: Kind
    layout: Layout
    problems: Problems
    home: str
    writable: list[str]
    existing: dict[str, Any]
    staff: StaffDirectory | None
    seen: dict[str, int] = field(default_factory=dict)


def require_register_scope(device: Device, kind_name: str) -> list[str]:
    """The communes this device may write staff or equipment in; refuse a trainer's laptop."""
    writable = register_communes(device)
    if not writable:
        raise ImportFileError(
            f"Máy giảng viên chỉ ghi dữ liệu đào tạo; danh sách {KINDS[kind_name].noun} nằm "
            "ngoài phạm vi ghi của máy này. Hãy nhập trên máy văn phòng của xã."
        )
    return writable


def import_register(session: Session, kind_name: str, table: Table, device: Device
                    ) -> ImportSummary:
    kind = KINDS[kind_name]
    writable = require_register_scope(device, kind_name)
    layout = match_header(table, kind.columns)
    problems = Problems()
    rows = parse_rows(table, layout, problems)
    ids = [row.given("id") for row in rows if row.given("id")]
    staff = StaffDirectory(session, writable) if kind.model is Equipment else None
    check = Check(kind, layout, problems, writable[0], writable,
                  _load(session, kind.model, ids), staff)
    plans = [plan for row in rows if (plan := _check_row(check, row)) is not None]
    problems.raise_if_any()
    return _apply(session, kind.model, plans, device)


def _load(session: Session, model: type[Staff] | type[Equipment], ids: Sequence[str]
          ) -> dict[str, Any]:
    """Existing records (deleted ones too, to say so) for the ids in the file, by chunks."""
    found: dict[str, Any] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), ID_CHUNK):
        chunk = unique[start:start + ID_CHUNK]
        found.update((obj.id, obj) for obj in session.scalars(
            select(model).where(model.id.in_(chunk))))
    return found


def _check_row(check: Check, row: ParsedRow) -> tuple[Any, dict[str, Any]] | None:
    obj = _target(check, row)
    if obj is None and row.given("id"):
        return None
    _check_required(check, row, creating=obj is None)
    _check_commune(check, row, obj)
    changes = {column.field: row.values[column.key]
               for _, column in check.layout.positions
               if column.kind not in _NOT_FIELDS and column.key in row.values}
    if check.staff is not None:
        _resolve_holder(check, row, obj, changes)
    return (obj, changes) if row.ok else None


def _fail(check: Check, row: ParsedRow, key: str, message: str) -> None:
    row.ok = False
    check.problems.add(row.row, key, message, check.layout.label(key))


def _target(check: Check, row: ParsedRow) -> Any:
    """The record a row updates (None: a new one), after checking its id."""
    record_id = row.given("id")
    if not record_id:
        return None
    first = check.seen.setdefault(record_id, row.row)
    noun = check.kind.noun
    if first != row.row:
        _fail(check, row, "id", f"Mã «{record_id}» đã có ở dòng {first}; mỗi {noun} chỉ "
              "được ghi một dòng.")
        return None
    obj = check.existing.get(record_id)
    if obj is None:
        _fail(check, row, "id", f"Không có {noun} nào mang mã «{record_id}». Để thêm {noun} "
              "mới, hãy để trống ô mã.")
        return None
    if obj.deleted:
        _fail(check, row, "id", f"{noun.capitalize()} mang mã «{record_id}» đã bị xóa.")
        return None
    if obj.commune_code not in check.writable:
        _fail(check, row, "id", f"{noun.capitalize()} này thuộc xã {obj.commune_code}, "
              "ngoài phạm vi ghi của máy này.")
        return None
    return obj


def _check_required(check: Check, row: ParsedRow, creating: bool) -> None:
    for column in check.kind.columns:
        if not (column.required or column.required_on_update):
            continue
        if creating and column.required and not check.layout.has(column.key):
            _fail(check, row, column.key, f"Thiếu «{column.header}» để thêm "
                  f"{check.kind.noun} mới.")
        if not creating and column.required_on_update and column.key in row.blanks:
            _fail(check, row, column.key, f"«{column.header}» không được để trống.")


def _check_commune(check: Check, row: ParsedRow, obj: Any) -> None:
    code = row.given("commune_code")
    if code is None:
        return
    if obj is not None and code != obj.commune_code:
        _fail(check, row, "commune_code", f"Không chuyển được {check.kind.noun} sang xã "
              f"khác ({obj.commune_code} → {code}).")
    elif obj is None and code not in check.writable:
        _fail(check, row, "commune_code", f"Xã {code} nằm ngoài phạm vi ghi của máy này "
              f"(máy ghi cho xã {check.home}).")


def _resolve_holder(check: Check, row: ParsedRow, obj: Any, changes: dict[str, Any]) -> None:
    """``holder_id`` must name a live official; without it, ``holder_name`` may stand in.

    An item may keep the holder it already has even if that official has since been
    deleted, so an exported file always reads back unchanged.
    """
    assert check.staff is not None
    holder_id = row.given("holder_id")
    if holder_id:
        kept = obj is not None and obj.holder_id == holder_id
        if not kept and check.staff.get(holder_id) is None:
            _fail(check, row, "holder_id", f"Không có cán bộ nào (đang làm việc) mang mã "
                  f"«{holder_id}».")
        return
    if not check.layout.has("holder_name"):
        return
    name = row.given("holder_name")
    if not name:
        changes["holder_id"] = None
        return
    try:
        changes["holder_id"] = check.staff.resolve_name(name).id
    except LookupError as exc:
        _fail(check, row, "holder_name", str(exc))


def _apply(session: Session, model: type[Staff] | type[Equipment],
           plans: list[tuple[Any, dict[str, Any]]], device: Device) -> ImportSummary:
    summary = ImportSummary()
    created = []
    home = device.communes[0]
    for obj, changes in plans:
        if obj is None:
            given = {name: value for name, value in changes.items() if value is not None}
            created.append(model(id=new_id(), commune_code=home,
                                 partition=device.home_partition, **given))
        elif apply_changes(obj, changes):
            summary.updated += 1
        else:
            summary.unchanged += 1
    session.add_all(created)
    summary.created = len(created)
    return summary
