"""How an area that splits its entries over several modules puts them back together."""

from __future__ import annotations

from collections.abc import Mapping


def merged(*parts: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """One table of an area's parts; a code in two parts would hide one of them, so it is
    refused (an area splits its entries to keep each module short)."""
    table: dict[str, tuple[str, str]] = {}
    for part in parts:
        for code, entry in part.items():
            if code in table:
                raise RuntimeError(f"message code {code!r} is declared twice")
            table[code] = entry
    return table
