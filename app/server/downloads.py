"""The province's answer to a laptop downloading a waiting bundle (``GET /bundles/{id}``):
whole, or from where an interrupted download stopped (``Range: bytes=N-``, 206), so a slow
mountain link resumes rather than starts over."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from fastapi.responses import StreamingResponse

from app.server.uploads import SpoolError

_RANGE = re.compile(r"bytes=(\d+)-\Z")
_MAX_DIGITS = 18  # a position with more digits lies past any bundle


def bundle_from(path: Path, start: int | None) -> StreamingResponse:
    """A waiting bundle, whole (no range asked) or from ``start`` on (206)."""
    size = path.stat().st_size
    headers = {"Accept-Ranges": "bytes"}
    if start is None:
        headers["Content-Length"] = str(size)
        return StreamingResponse(read_from(path, 0), headers=headers,
                                 media_type="application/octet-stream")
    if not 0 <= start < size:
        raise SpoolError("server.range_outside", 416, start=start, size=size)
    headers.update({"Content-Length": str(size - start),
                    "Content-Range": f"bytes {start}-{size - 1}/{size}"})
    return StreamingResponse(read_from(path, start), status_code=206, headers=headers,
                             media_type="application/octet-stream")


def read_from(path: Path, start: int) -> Iterator[bytes]:
    with path.open("rb") as stream:
        stream.seek(start)
        while chunk := stream.read(64 * 1024):
            yield chunk


def range_start(header: str, size: int) -> int | None:
    """Where ``Range: bytes=N-`` starts (None without one); a number longer than any size
    lies past the end, and is not converted (``int`` refuses 5,000 digits)."""
    ranged = _RANGE.match(header)
    if ranged is None:
        return None
    return int(ranged.group(1)) if len(ranged.group(1)) <= _MAX_DIGITS else size
