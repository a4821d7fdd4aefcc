"""A refusal across the network: the province's server writes a message into its JSON
answer, and a laptop reads it back to show in its own language.

The answer keeps ``detail``, the Vietnamese sentence every client of every version shows,
and adds ``code`` and ``values``: a value is a string, a whole number, a list of values, or
another message as ``{"code", "values"}``. Dates are sent as they read (``dd/mm/yyyy``),
the same in both languages. A client takes the code only if its own catalogue knows it and
every value is of those kinds; anything else (an older server, a newer one with a code this
copy lacks, a hostile answer) falls back to the server's own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.messages import Message, catalogue, message, shown

MAX_DEPTH = 4  # a message inside a message inside a message is already rare
MAX_ITEMS = 200  # values of one message, items of one list
MAX_TEXT = 4000  # characters of one value or of a detail


def to_json(msg: Message) -> dict[str, Any]:
    """``msg`` as JSON-safe data: ``{"code": …, "values": {…}}``."""
    return {"code": msg.code, "values": {name: _value(v) for name, v in msg.values.items()}}


def _value(value: Any) -> Any:
    if isinstance(value, Message):
        return to_json(value)
    carried = getattr(value, "message", None)
    if isinstance(value, Exception) and isinstance(carried, Message):
        return to_json(carried)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, str)):
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_value(item) for item in value]
    return shown(value)  # a date, a path: as it reads, the same in every language


def answer(msg: Message, **extra: Any) -> dict[str, Any]:
    """The body of a refusal: the Vietnamese sentence, and the message for any language."""
    return {"detail": msg.text("vi"), **to_json(msg), **extra}


def answer_message(data: Any, status: int) -> Message:
    """What a refusal says, from the JSON body of the server's answer (None if it had none):
    its code and values when this copy knows them, else the server's Vietnamese sentence,
    else only the status."""
    if isinstance(data, Mapping):
        found = from_json(data)
        if found is not None:
            return found
        detail = data.get("detail")
        if isinstance(detail, str) and detail.strip():
            return message("sync.server_said", detail=detail[:MAX_TEXT])
    return message("sync.server_refused_status", status=status)


def from_json(data: Mapping[str, Any], depth: int = 0) -> Message | None:
    """The message ``to_json`` wrote, or None if it is not one this copy can show."""
    code, values = data.get("code"), data.get("values", {})
    if not isinstance(code, str) or code not in catalogue() or not isinstance(values, Mapping):
        return None
    if depth > MAX_DEPTH or len(values) > MAX_ITEMS:
        return None
    decoded = {}
    for name, raw in values.items():
        value = _decoded(raw, depth + 1)
        if not isinstance(name, str) or value is None:
            return None
        decoded[name] = value
    return message(code, **decoded)


def _decoded(raw: Any, depth: int) -> Any:
    if isinstance(raw, bool) or depth > MAX_DEPTH:
        return None
    if isinstance(raw, int) or (isinstance(raw, str) and len(raw) <= MAX_TEXT):
        return raw
    if isinstance(raw, list) and len(raw) <= MAX_ITEMS:
        items = [_decoded(item, depth + 1) for item in raw]
        return None if any(item is None for item in items) else items
    if isinstance(raw, Mapping):
        return from_json(raw, depth)
    return None
