"""Who may change what: each change of a signed bundle held against what the receiver knows.

The signature says which device sent a bundle, and ``Peer.check_writes`` that every change
claims a partition the sender may write. A claim is not a fact: a change names its own
partition, record and author, so a laptop of one commune could claim its own partition while
updating another commune's official, move an official to its commune, point its equipment at
another commune's people, or name another device as the author (whose laptop the province
then never sends the change to). So each change is checked here against the stored record
(its partition and commune), the commune a new record claims, the records it links to, the
reference codes it names, the device that signed the bundle and the communes its header
names; and its values against the same rules of fields together as a form and an import
(``app/models`` ``check_staff``, ``check_equipment``). One change out of place refuses the
whole bundle: nothing of it is applied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.messages import Message, message
from app.models import Base
from app.models.base import COMMUNE_PREFIX, PROVINCE_PREFIX, partition_commune
from app.models.equipment_ops import EQUIPMENT_RULES, check_equipment
from app.models.scope import ScopeError
from app.models.staff_ops import STAFF_RULES, check_staff
from app.models.training import attendance_id
from app.models.validation import Problem, RecordRefused

from .bundle_header import Header
from .errors import InvalidContentError, OutOfScopeError
from .lookups import text_rows
from .ops import TABLES, Op, values_from_json
from .peers import Peer
from .schema import rules_of

Key = tuple[str, str]  # (table, record id)
MAX_SEQ = 2 ** 31 - 1  # InboxBundle.first_seq/last_seq are Integer columns
_UNKNOWN = object()


def check_header(header: Header, sender: Peer, own_communes: Iterable[str]) -> None:
    """The communes a header names are the sender's own (a device), or the receiver's (the
    province answering a laptop): the header is what a folder of bundles is sorted by. Its
    change range fits the inbox that remembers it (32-bit integers on PostgreSQL)."""
    if header.last_seq > MAX_SEQ:
        raise InvalidContentError("sync.header_seq_too_large", seq=header.last_seq)
    province = sender.role == "province"
    allowed = set(own_communes if province else sender.communes)
    stray = sorted(set(header.communes) - allowed)
    if stray:
        if province:
            raise OutOfScopeError("sync.header_communes_here", communes=stray)
        raise OutOfScopeError("sync.header_communes_sender", communes=stray, name=sender.name)


def check_changes(session: Session, header: Header, ops: list[Op], sender: Peer,
                  own_communes: Iterable[str], reads: frozenset[str] | None) -> None:
    """Refuse the bundle (OutOfScopeError or InvalidContentError) if any change is out of place.

    ``own_communes`` and ``reads`` are the receiver's (``reads`` None on the province)."""
    _check_authors(ops, sender)
    try:
        sender.check_writes(ops)
    except ScopeError as exc:  # the model layer's refusal, told as the sync layer's
        raise OutOfScopeError(exc.message) from exc
    if reads is not None:
        _check_reads(ops, reads)
    check_header(header, sender, own_communes)
    _check_header_communes(header, ops)
    connection = session.connection()
    stored = _stored(connection, ops)
    _check_places(ops, stored, sender)
    _check_derived_ids(ops)
    _check_references(connection, ops)
    if sender.role != "province":
        _check_links(connection, ops, stored, sender)
    check_together(ops)


def _who(sender: Peer) -> Message:
    if sender.role == "province":
        return message("sync.who_province")
    return message("sync.who_device", name=sender.name)


def _check_authors(ops: list[Op], sender: Peer) -> None:
    """A device sends only its own changes; only the province relays other devices'."""
    if sender.role == "province":
        return
    for op in ops:
        if op["d"] != sender.id:
            raise OutOfScopeError("sync.other_author", name=sender.name, author=op["d"])


def _check_header_communes(header: Header, ops: list[Op]) -> None:
    named = set(header.communes)
    for op in ops:
        commune = partition_commune(op["p"])
        if commune is not None and commune not in named:
            raise OutOfScopeError("sync.commune_not_in_header", commune=commune,
                                  named=sorted(named) or message("sync.no_commune"))


def _check_reads(ops: list[Op], reads: frozenset[str]) -> None:
    for op in ops:
        if op["p"] not in reads:
            raise OutOfScopeError("sync.outside_reads", partition=op["p"])


def _stored(connection: Connection, ops: list[Op]) -> dict[Key, Mapping[str, Any]]:
    """The partition (and commune, where the table has one) of each stored record touched."""
    wanted: dict[str, set[str]] = {}
    for op in ops:
        wanted.setdefault(op["t"], set()).add(op["id"])
    found: dict[Key, Mapping[str, Any]] = {}
    for name, ids in wanted.items():
        columns = ("id", "partition", "commune_code") if _has_commune(name) else (
            "id", "partition")
        for row in text_rows(connection, TABLES[name], columns, ids):
            found[(name, row[0])] = dict(zip(columns, row, strict=True))
    return found


def _check_places(ops: list[Op], stored: Mapping[Key, Mapping[str, Any]], sender: Peer
                  ) -> None:
    """A change stays in its record's partition, and a record's commune matches it."""
    partitions = {key: row["partition"] for key, row in stored.items()}
    communes = {key: row.get("commune_code") for key, row in stored.items()}
    for op in ops:
        key = (op["t"], op["id"])
        home = partitions.setdefault(key, op["p"])
        if home != op["p"]:
            raise OutOfScopeError("sync.wrong_partition", who=_who(sender), record=op["id"],
                                  table=op["t"], home=home, claimed=op["p"])
        if not _has_commune(op["t"]):
            continue
        if op["o"] == "insert" and key not in communes:
            communes[key] = op["v"].get("commune_code")
        commune = op["v"].get("commune_code", communes.get(key, _UNKNOWN))
        if commune is not _UNKNOWN and not _fits(commune, op["p"]):
            raise OutOfScopeError("sync.wrong_commune", who=_who(sender), record=op["id"],
                                  table=op["t"], partition=op["p"],
                                  commune=commune or message("sync.commune_blank"))


@cache
def _has_commune(table_name: str) -> bool:
    """Whether a synced table's records name their commune (asked once per table, not
    once per change: a column collection's ``in`` is slow Python)."""
    return "commune_code" in TABLES[table_name].c


def _fits(commune: str | None, partition: str) -> bool:
    if commune:
        return partition == f"{COMMUNE_PREFIX}{commune}"
    return partition.startswith(PROVINCE_PREFIX)


def _check_derived_ids(ops: list[Op]) -> None:
    """An attendance mark's id is made from its cell (session, enrolment), the same on every
    device: a mark under another id would later collide with every genuine mark of that
    cell and have their bundles refused."""
    for op in ops:
        values = op["v"]
        if op["t"] != "attendance" or not {"session_id", "enrollment_id"} & values.keys():
            continue
        if op["o"] != "insert" or attendance_id(values.get("session_id") or "",
                                                values.get("enrollment_id") or "") != op["id"]:
            raise InvalidContentError("sync.attendance_id", record=op["id"])


def _check_references(connection: Connection, ops: list[Op]) -> None:
    """Codes of reference data (communes, ethnic groups, categories) exist here: a record
    naming a commune that does not exist would otherwise fail the whole transaction late."""
    wanted: dict[tuple[str, str], set[str]] = {}
    for op in ops:
        for name, table, column in rules_of(op["t"]).references:
            value = op["v"].get(name)
            if value is not None:
                wanted.setdefault((table, column), set()).add(value)
    for (table, column), codes in wanted.items():
        known = {code for code, in text_rows(connection, Base.metadata.tables[table],
                                             (column,), codes, key=column)}
        if codes - known:
            raise InvalidContentError("sync.unknown_codes", codes=sorted(codes - known),
                                      table=table)


def _check_links(connection: Connection, ops: list[Op],
                 stored: Mapping[Key, Mapping[str, Any]], sender: Peer) -> None:
    """A device links its records only to records it may read (its commune's, the
    province's): its equipment cannot name another commune's official as holder."""
    claimed = {(op["t"], op["id"]): op["p"] for op in ops}
    claimed.update({key: row["partition"] for key, row in stored.items()})
    targets: dict[str, set[str]] = {}
    for op in ops:
        for name, link in rules_of(op["t"]).links:
            value = op["v"].get(name)
            if value is not None:
                targets.setdefault(link, set()).add(value)
    for table_name, ids in targets.items():
        unknown = [i for i in ids if (table_name, i) not in claimed]
        claimed.update({(table_name, record_id): partition for record_id, partition
                        in text_rows(connection, TABLES[table_name], ("id", "partition"),
                                     unknown)})
        for record_id in sorted(ids):
            partition = claimed.get((table_name, record_id))
            if partition is not None and partition not in sender.reads:
                raise OutOfScopeError("sync.link_outside", name=sender.name, table=table_name,
                                      record=record_id, partition=partition)


# ---------------------------------------------------------------- values together

Check = Callable[[Mapping[str, Any], Mapping[str, Any] | None, date], list[Problem]]
# The one set of checks of each table's values that the form and the import apply.
CHECKS: Mapping[str, tuple[Mapping[str, Any], Check]] = {
    "staff": (STAFF_RULES, check_staff),
    "equipment": (EQUIPMENT_RULES, check_equipment),
}


def check_together(ops: list[Op]) -> None:
    """Refuse a change whose values break the rules a form and an import apply.

    A new record is judged whole, as the form judges it. An edit is judged on what it
    says: a rule joining two fields (an end of service before its start) only when the edit
    carries both. Judged against the receiver's stored record instead, an edit made in good
    faith could be refused for a field another device changed meanwhile, and its bundle,
    sent again at every export, would then never get through."""
    today = date.today()  # asked once a bundle, not once a change
    for op in ops:
        entry = CHECKS.get(op["t"])
        if entry is None:
            continue
        rules, check = entry
        values = _checked_values(op["t"], op["v"], rules)
        new = op["o"] == "insert"
        problems = [p for p in check(values, None, today)
                    if new or {p.field, *p.involves} <= values.keys()]
        if problems:
            # the problems as the form and the import tell them (the models' own message)
            raise InvalidContentError("sync.invalid_values", record=op["id"], table=op["t"],
                                      problems=RecordRefused(problems))


def _checked_values(table_name: str, values: Mapping[str, Any], rules: Mapping[str, Any]
                    ) -> dict[str, Any]:
    """The values of a change that its table's checks judge, as Python values. The fields
    left out are nearly always the table's other columns, a set made once per table (a set
    made per change cost a tenth of the checks); a field no column has makes the exact set."""
    try:
        return values_from_json(table_name, values, _unjudged(table_name))
    except KeyError:
        return values_from_json(table_name, values, values.keys() - rules.keys())


@cache
def _unjudged(table_name: str) -> frozenset[str]:
    """The columns of a table that its checks of values together do not judge."""
    return frozenset(TABLES[table_name].c.keys()) - CHECKS[table_name][0].keys()
