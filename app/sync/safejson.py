"""JSON from files and requests nobody vouches for: bounded nesting, finite numbers.

Python's parser recurses once per level of nesting, so 30,000 brackets in a 60 KB file
raise RecursionError, not ValueError, in whatever reads it; and it turns ``NaN``,
``Infinity`` and ``1e400`` into floats that no column can hold and no comparison orders.
Every reader of outside JSON (a bundle header before anything else, each line of a bundle
body, a request to the province's server) goes through ``loads``, which measures the
nesting on the raw bytes first and refuses all of these with a ``ValueError``, the same
error as any other malformed JSON, so callers need one ``except`` and no special cases.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 8  # a bundle header is 2 deep, a change 2, a request body 3
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(rb"[^\[\]{}]+")
_OPENING = frozenset(b"[{")


def too_deep(raw: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether ``raw`` nests deeper than ``limit``, found without parsing it.

    Strings are set aside first (a bracket in a name is not nesting); an unterminated string
    leaves its brackets counted, which can only overstate. The common case, with few
    brackets at all, costs two ``count`` calls; the scan stops once past ``limit``.
    """
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    skeleton = _NOT_BRACKET.sub(b"", _STRING.sub(b"", raw))
    level = 0
    for byte in skeleton:
        level += 1 if byte in _OPENING else -1
        if level > limit:
            return True
    return False


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


# json.loads with arguments makes a decoder per call; a bundle body is thousands of lines.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite)


def loads(raw: bytes, *, max_depth: int = MAX_DEPTH,
          object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None) -> Any:
    """Strict UTF-8 JSON no deeper than ``max_depth``; anything else is a ValueError."""
    if too_deep(raw, max_depth):
        raise ValueError(f"JSON nested deeper than {max_depth}")
    decoder = _DECODER if object_pairs_hook is None else json.JSONDecoder(
        parse_constant=_refuse_constant, parse_float=_finite,
        object_pairs_hook=object_pairs_hook)
    try:
        return decoder.decode(raw.decode("utf-8"))
    except RecursionError as exc:  # cannot happen after the count; kept as a last wall
        raise ValueError("JSON nested too deeply") from exc
