"""Importing the commune's register: staff and equipment, created or updated by id.

Every row is checked before the first write: values, ids (live, in this device's write
scope, not repeated), required fields, the holder of an item, and the checks every writer
of an official or an item passes (``check_staff``, ``check_equipment``), so a value the
form refuses is refused here too, named by row and column. Only then are new records
added, all at once, and existing ones changed field by field, so the journal hook flushes
once and a row that changes nothing journals nothing.

A row whose id is a UUID this device has never seen creates the record with that id
(DESIGN.md): a register restored from an export onto a new laptop keeps its ids, so the
province sees the same people, not copies. A staff row without an id that matches an
official already recorded by name and birth date stops the import to ask (``matches``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models import SYNCED_MODELS, Device, Equipment, Staff
from app.models.equipment_ops import check_equipment, equipment_values
from app.models.staff_ops import check_staff, staff_values
from app.models.validation import Problem

from .columns import EQUIPMENT, STAFF, Column
from .errors import ImportFileError, Problems
from .layout import Layout, match_header
from .matches import refuse_near_copies
from .rows import ParsedRow, parse_rows
from .scope import NotFound, StaffDirectory, register_communes
from .summary import ImportSummary, apply_plans
from .tables import Table
from .values import is_record_id

ID_CHUNK = 500
EXAMPLE_ID = "3f2b8c1e-7a4d-4e0b-9c55-1d2e3f4a5b6c"


@dataclass(frozen=True)
class Kind:
    model: type[Staff] | type[Equipment]
    columns: tuple[Column, ...]
    name: str  # staff, equipment: what import.noun_<name> and import.noun_<name>_start say
    check: Callable[[Mapping[str, Any], Mapping[str, Any] | None, date], list[Problem]]
    stored: Callable[[Any], dict[str, Any]]  # a record's values, as ``check`` reads them

    @property
    def noun(self) -> Message:
        return message(f"import.noun_{self.name}")

    @property
    def noun_start(self) -> Message:
        """The noun that starts a sentence (capitalised; English puts "The" before it)."""
        return message(f"import.noun_{self.name}_start")

    def key_of(self, field_name: str) -> str:
        """The column a field is read from (``ethnicity_code`` from ``ethnicity``)."""
        return next((c.key for c in self.columns if c.field == field_name), field_name)


KINDS = {
    "staff": Kind(Staff, STAFF, "staff", check_staff, staff_values),
    "equipment": Kind(Equipment, EQUIPMENT, "equipment", check_equipment, equipment_values),
}
_NOT_FIELDS = frozenset({"id", "commune", "info"})
# What a UUID names when it is not the kind being imported (a file of the wrong kind): the
# tables with an import.record_<table> of their own; any other is import.record_other.
_OTHER_RECORDS = frozenset({"staff", "equipment", "equipment_status_event", "course",
                            "course_session", "enrollment", "attendance"})


@dataclass
class Plan:
    """What one good row does: change ``obj``, or create a record (with ``new_id`` when the
    file gives one)."""

    obj: Any
    new_id: str | None
    changes: dict[str, Any]
    row: int


@dataclass
class Check:
    """What one file needs to know to judge each row."""

    kind: Kind
    layout: Layout
    problems: Problems
    home: str
    writable: list[str]
    existing: dict[str, Any]
    elsewhere: dict[str, Message]  # id → the other kind of record it names
    staff: StaffDirectory | None
    today: date = field(default_factory=date.today)
    seen: dict[str, int] = field(default_factory=dict)
    # Worked out once per file, not once per row: (field, column key) of each value the
    # file gives, and the columns a creation or an update requires.
    fields: list[tuple[str, str]] = field(init=False)
    required: list[Column] = field(init=False)

    def __post_init__(self) -> None:
        self.fields = [(column.field, column.key) for _, column in self.layout.positions
                       if column.kind not in _NOT_FIELDS]
        self.required = [column for column in self.kind.columns
                         if column.required or column.required_on_update]


def require_register_scope(device: Device) -> list[str]:
    """The communes this device may write staff or equipment in; refuse a trainer's laptop
    (in the words every writer of the register refuses it with)."""
    writable = register_communes(device)
    if not writable:
        raise ImportFileError("scope.trainer_register")
    return writable


def import_register(session: Session, kind_name: str, table: Table, device: Device,
                    add_matching: bool = False) -> ImportSummary:
    """Import a staff or equipment file; ``add_matching`` adds officials without an id even
    where they match one already recorded."""
    kind = KINDS[kind_name]
    writable = require_register_scope(device)
    layout = match_header(table, kind.columns)
    problems = Problems()
    rows = parse_rows(table, layout, problems)
    ids = list(dict.fromkeys(row.given("id") for row in rows if row.given("id")))
    staff = StaffDirectory(session, writable) if kind.model is Equipment else None
    existing = _load(session, kind.model, ids)
    new_ids = [i for i in ids if i not in existing and is_record_id(i)]
    check = Check(kind, layout, problems, writable[0], writable, existing,
                  _elsewhere(session, kind.model, new_ids), staff)
    plans = [plan for row in rows if (plan := _check_row(check, row)) is not None]
    problems.raise_if_any()
    if kind.model is Staff and not add_matching:
        refuse_near_copies(session, writable, (
            (p.row, p.changes["full_name"], p.changes.get("birth_date"))
            for p in plans if p.obj is None and p.new_id is None), layout.label("full_name"))
    return apply_plans(session, kind.model, plans, device)


def _load(session: Session, model: type, ids: Sequence[str]) -> dict[str, Any]:
    """Existing records (deleted ones too, to say so) for the ids in the file, by chunks."""
    found: dict[str, Any] = {}
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start:start + ID_CHUNK]
        found.update((obj.id, obj) for obj in session.scalars(
            select(model).where(model.id.in_(chunk))))
    return found


def _elsewhere(session: Session, model: type, ids: Sequence[str]) -> dict[str, Message]:
    """The new ids that already name another kind of record: one UUID, one record."""
    found: dict[str, Message] = {}
    for other in SYNCED_MODELS:
        if other is model or not ids:
            continue
        table = other.__tablename__
        what = message(f"import.record_{table if table in _OTHER_RECORDS else 'other'}")
        for start in range(0, len(ids), ID_CHUNK):
            chunk = ids[start:start + ID_CHUNK]
            found.update((record_id, what) for record_id in session.scalars(
                select(other.id).where(other.id.in_(chunk))))
    return found


def _check_row(check: Check, row: ParsedRow) -> Plan | None:
    obj = _target(check, row)
    if "id" in row.bad:
        return None
    _check_required(check, row, creating=obj is None)
    _check_commune(check, row, obj)
    given = row.values
    changes = {name: given[key] for name, key in check.fields if key in given}
    if check.staff is not None:
        _resolve_holder(check, row, obj, changes)
    _check_values(check, row, obj, changes)
    if not row.ok:
        return None
    return Plan(obj, row.given("id") if obj is None else None, changes, row.row)


def _fail(check: Check, row: ParsedRow, key: str, why: Message) -> None:
    row.ok = False
    row.bad.add(key)
    check.problems.add(row.row, key, why, check.layout.label(key))


def _target(check: Check, row: ParsedRow) -> Any:
    """The record a row updates (None: a new one, with the row's id if it has one), after
    checking its id."""
    record_id = row.given("id")
    if not record_id:
        return None
    first = check.seen.setdefault(record_id, row.row)
    kind = check.kind
    if first != row.row:
        _fail(check, row, "id", message("import.id_repeated", record_id=record_id, first=first,
                                        noun=kind.noun))
        return None
    obj = check.existing.get(record_id)
    if obj is None:
        _check_new_id(check, row, record_id)
        return None
    if obj.deleted:
        _fail(check, row, "id", message("import.id_deleted", noun_start=kind.noun_start,
                                        record_id=record_id, noun=kind.noun))
        return None
    if obj.commune_code not in check.writable:
        _fail(check, row, "id", message("import.id_other_commune", noun_start=kind.noun_start,
                                        commune=obj.commune_code))
        return None
    return obj


def _check_new_id(check: Check, row: ParsedRow, record_id: str) -> None:
    """An id this device has not seen may create the record, if it can name one."""
    noun = check.kind.noun
    if not is_record_id(record_id):
        _fail(check, row, "id", message("import.id_invalid", record_id=record_id,
                                        example=EXAMPLE_ID, noun=noun))
    elif record_id in check.elsewhere:
        _fail(check, row, "id", message("import.id_other_kind", record_id=record_id,
                                        other=check.elsewhere[record_id], noun=noun))


def _check_values(check: Check, row: ParsedRow, obj: Any, changes: dict[str, Any]) -> None:
    """The checks the form makes, on the record the row would make; one problem a cell."""
    current = check.kind.stored(obj) if obj is not None else None
    for problem in check.kind.check(changes, current, check.today):
        key = check.kind.key_of(problem.field)
        if key not in row.bad:
            _fail(check, row, key, problem.message)


def _check_required(check: Check, row: ParsedRow, creating: bool) -> None:
    for column in check.required:
        if creating and column.required and not check.layout.has(column.key):
            _fail(check, row, column.key, message("import.required_to_create",
                                                  header=column.name, noun=check.kind.noun))
        if not creating and column.required_on_update and column.key in row.blanks:
            _fail(check, row, column.key, message("import.cell_required", header=column.name))


def _check_commune(check: Check, row: ParsedRow, obj: Any) -> None:
    code = row.given("commune_code")
    if code is None:
        return
    if obj is not None and code != obj.commune_code:
        _fail(check, row, "commune_code", message(
            "import.commune_move", noun=check.kind.noun, old=obj.commune_code, new=code))
    elif obj is None and code not in check.writable:
        _fail(check, row, "commune_code", message("import.commune_out_of_scope", code=code,
                                                  home=check.home))


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
            _fail(check, row, "holder_id", message("import.holder_unknown",
                                                   holder_id=holder_id))
        return
    if not check.layout.has("holder_name"):
        return
    name = row.given("holder_name")
    if not name:
        changes["holder_id"] = None
        return
    try:
        changes["holder_id"] = check.staff.resolve_name(name).id
    except NotFound as exc:
        _fail(check, row, "holder_name", exc.message)
