"""Per-record clocks: the version of every field and what the record has seen.

Each travelling record keeps, in its ``clock`` column, the version (clock stamp, device) of
each field and a version vector — for every device that changed the record, the newest
stamp of it that this copy has seen. With them a merge can tell a later edit (the editor
had seen the value it replaced: fast-forward, nothing to review) from a concurrent one (it
had not: the later version wins, the loser goes to the conflict log for review).
Versions are ``(stamp, device id)`` pairs, so equal stamps of two devices still order the
same way everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii

Version = tuple[str, str]  # (hlc stamp, device id)
VersionVector = dict[str, str]  # device id -> newest stamp seen


def covers(vector: VersionVector, version: Version) -> bool:
    """Had a copy with ``vector`` seen the change ``version``?"""
    stamp, device = version
    seen = vector.get(device)
    return seen is not None and seen >= stamp


def merged_vector(a: VersionVector, b: VersionVector) -> VersionVector:
    out = dict(a)
    for device, stamp in b.items():
        if stamp > out.get(device, ""):
            out[device] = stamp
    return out


# json.dumps with arguments makes an encoder per call; a merge writes thousands of clocks.
_ENCODER = json.JSONEncoder(separators=(",", ":"), sort_keys=True)


def _one_device(created: Version, vector: VersionVector) -> str:
    """``to_json`` of a clock with a creation, one device in its vector and nothing else
    (every record a bundle creates), written as the encoder writes it: its strings quoted
    by the encoder's own function, in the same order, with the same separators. A merge of
    ten thousand new records writes ten thousand of these."""
    (device, stamp), = vector.items()
    if len(created) != 2 or not all(type(text) is str for text in (*created, device, stamp)):
        return _ENCODER.encode({"c": list(created), "vv": vector})
    quote = encode_basestring_ascii
    return (f'{{"c":[{quote(created[0])},{quote(created[1])}],'
            f'"vv":{{{quote(device)}:{quote(stamp)}}}}}')


@dataclass
class RecordClock:
    created: Version
    fields: dict[str, Version] = field(default_factory=dict)
    vector: VersionVector = field(default_factory=dict)
    delete_vector: VersionVector | None = None

    @classmethod
    def new(cls, version: Version) -> RecordClock:
        return cls(created=version, vector={version[1]: version[0]})

    def version(self, name: str) -> Version:
        return self.fields.get(name, self.created)

    def record(self, names: list[str] | tuple[str, ...], version: Version,
               vector: VersionVector | None = None) -> None:
        """Note that ``names`` now hold values of ``version`` (made by a copy with ``vector``)."""
        for name in names:
            if version == self.created:
                self.fields.pop(name, None)
            else:
                self.fields[name] = version
        self.vector = merged_vector(self.vector, vector or {version[1]: version[0]})

    def to_json(self) -> str:
        if not self.fields and self.delete_vector is None and len(self.vector) == 1:
            return _one_device(self.created, self.vector)
        data: dict = {"c": list(self.created), "vv": self.vector}
        if self.fields:
            data["f"] = {k: list(v) for k, v in sorted(self.fields.items())}
        if self.delete_vector is not None:
            data["dvv"] = self.delete_vector
        return _ENCODER.encode(data)

    @classmethod
    def from_json(cls, text: str | None) -> RecordClock | None:
        if not text or text == "{}":
            return None
        data = json.loads(text)
        return cls(
            created=tuple(data["c"]),
            fields={k: tuple(v) for k, v in data.get("f", {}).items()},
            vector=dict(data.get("vv", {})),
            delete_vector=data.get("dvv"),
        )
