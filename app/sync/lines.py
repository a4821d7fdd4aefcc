"""A journal entry as the line of a bundle, copied from the journal's text, not re-encoded.

An export reads thousands of entries. Decoding each entry's values and vector from the
journal's JSON only to encode them again into the line (``record_line(entry_to_op(entry))``)
was about a third of a laptop's export of 10,000 changes. The journal keeps its texts in
the line's own form (compact, other scripts' letters as they are: ``VALUES_TEXT`` and
``VECTOR_TEXT`` in app/models/journal.py), so the line is put together around them. An
entry whose texts are in another form (written with spaces by an older version, or with
escapes a re-encoding would write otherwise) takes the long way, so every line is byte for
byte what the long way would make of it.
"""

from __future__ import annotations

from json.encoder import encode_basestring
from typing import Any

from .bundle_body import record_line
from .ops import entry_to_op

# Marks of a text the long way would write otherwise: a space after ':' (json.dumps's
# default separators; a compact text holds one only inside a value, where the long way
# keeps it, so such a text merely goes the long way), an escape that may stand for a
# letter kept as it is, a number JSON has not (the long way refuses it).
_OTHERWISE = ('": ', "\\u", "NaN", "Infinity")


def entry_line(entry: Any) -> bytes:
    """``record_line(entry_to_op(entry))`` of a journal row (see the module's docstring)."""
    changes, vector = entry.changes, entry.vector
    device, stamp = encode_basestring(entry.device_id), encode_basestring(entry.hlc)
    if not vector:
        vector = f"{{{device}:{stamp}}}"
    if not (_as_written(changes) and _as_written(vector)):
        return record_line(entry_to_op(entry))
    account = f',"a":{encode_basestring(entry.account)}' if entry.account else ""
    return (f'{{"t":{encode_basestring(entry.table_name)},"id":{encode_basestring(entry.row_id)},'
            f'"p":{encode_basestring(entry.partition)},"h":{stamp},"d":{device},'
            f'"o":{encode_basestring(entry.op)},"v":{changes},"vv":{vector}{account}}}\n'
            ).encode()


def _as_written(text: str) -> bool:
    """Whether the long way would write ``text`` again as it is (True only where sure)."""
    return text.startswith("{") and not any(mark in text for mark in _OTHERWISE)
