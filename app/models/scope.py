"""What a device may write (DESIGN.md, "Partitions and scopes").

An office laptop writes its own commune's partition. A trainer's laptop writes only
training records (courses, sessions, enrolments, attendance) in the partitions of its
communes and of the province, and the stock-take's rounds and counts of its communes.
Checking this on the device, at every flush, means a record the province would refuse can
never be made in the first place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from .base import commune_partition, partition_commune, province_partition
from .errors import ModelError

TRAINING_TABLES = frozenset({"course", "course_session", "enrollment", "attendance"})
# A trainer's laptop may help count a commune's stock-take (issue 16): the rounds and counts
# of its communes, never the register itself (closing a round is the office's).
STOCKTAKE_TABLES = frozenset({"stocktake_round", "stocktake_count"})
# Every device logs what its accounts do (issue 15): the audit log travels from each.
TRAINER_TABLES = TRAINING_TABLES | STOCKTAKE_TABLES | {"audit_event"}


class ScopeError(ModelError):
    """A write outside this device's write scope."""


def write_partitions(role: str, province_code: str, communes: Iterable[str]) -> frozenset[str]:
    own = {commune_partition(c) for c in communes}
    if role == "trainer":
        own.add(province_partition(province_code))
    return frozenset(own)


def check_write(role: str, province_code: str, communes_json: str,
                writes: Iterable[tuple[str, str]]) -> None:
    """Refuse the first (table, partition) pair outside the device's write scope."""
    if role == "province":
        return  # the provincial server writes only what devices sent, checked on import
    allowed = write_partitions(role, province_code, json.loads(communes_json))
    for table, partition in writes:
        if role == "trainer" and table not in TRAINER_TABLES:
            raise ScopeError("scope.trainer_register")
        if role == "trainer" and table in STOCKTAKE_TABLES and partition_commune(partition) is None:
            raise ScopeError("scope.outside_partition", partition=partition)
        if partition not in allowed:
            raise ScopeError("scope.outside_partition", partition=partition)
