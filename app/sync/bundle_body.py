"""The plaintext body of a bundle: JSON lines through zstd, written and read as a stream.

The reader is where a signed but hostile file would try to exhaust the receiver: a 6 KB
body can decompress to gigabytes of ``{}`` lines, one line can be a 60 MB name, a record
can nest thousands of brackets. So the body is read line by line, never whole: each line is
bounded in length and nesting, the lines in number (no more than the signed header
announced) and the total in bytes, and every record is handed to the caller's check as soon
as it is parsed, so the first bad record stops the reading and nothing after it is even
decompressed. The format is in ``docs/bundle-format.md`` (section 3).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import zstandard

from . import safejson
from .bundle_header import damaged

MAX_WINDOW = 1 << 24
MAX_LINE_BYTES = 1 << 20  # a record of the largest table is a few KB of JSON
ZSTD_LEVEL = 3
_CHUNK = 1 << 18
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)

RecordCheck = Callable[[dict[str, Any], int], None]  # (record, its 1-based number)


def record_line(record: Mapping[str, Any]) -> bytes:
    """One record as it appears in the body: compact UTF-8 JSON and a newline."""
    if not isinstance(record, Mapping):
        raise TypeError(f"a bundle record must be a mapping, not {type(record).__name__}")
    return _ENCODER.encode(record).encode("utf-8") + b"\n"


def compress(records: Iterable[Mapping[str, Any]], limit: int) -> tuple[bytes, int]:
    """Stream records through zstd so the uncompressed body is never held whole; returns
    the compressed body and the number of records. Over ``limit`` bytes is a ValueError."""
    return compress_lines(map(record_line, records), limit)


def compress_lines(lines: Iterable[bytes], limit: int) -> tuple[bytes, int]:
    """``compress`` of records already made lines (``record_line``): an export that
    measured each line to cut its bundles does not encode it twice."""
    compressor = zstandard.ZstdCompressor(level=ZSTD_LEVEL).compressobj()
    out: list[bytes] = []
    pending: list[bytes] = []
    pending_size = total = count = 0
    for line in lines:
        pending.append(line)
        pending_size += len(line)
        count += 1
        if pending_size >= _CHUNK:
            total += pending_size
            if total > limit:
                raise ValueError(f"bundle body over {limit} bytes: use split()")
            out.append(compressor.compress(b"".join(pending)))
            pending, pending_size = [], 0
    if total + pending_size > limit:
        raise ValueError(f"bundle body over {limit} bytes: use split()")
    out.append(compressor.compress(b"".join(pending)))
    out.append(compressor.flush())
    return b"".join(out), count


def read_records(body: bytes, count: int, max_body_bytes: int,
                 check: RecordCheck | None = None) -> list[dict[str, Any]]:
    """The ``count`` records of a compressed body, each passed to ``check`` as it is read.

    Refuses (DamagedBundleError) a body that grows past ``max_body_bytes``, a line longer
    than ``MAX_LINE_BYTES`` or nested deeper than ``safejson.MAX_DEPTH``, a line that is not
    a JSON object, and more or fewer lines than ``count``; ``check`` raises its own error.
    """
    decompressor = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
    stream = io.BufferedReader(decompressor.stream_reader(body, read_across_frames=True),
                               buffer_size=1 << 16)
    records: list[dict[str, Any]] = []
    total = 0
    try:
        while line := stream.readline(min(MAX_LINE_BYTES, max_body_bytes - total) + 1):
            total += len(line)
            if total > max_body_bytes:
                raise damaged("bundle.reason_body_too_large", limit=max_body_bytes)
            if len(line) > MAX_LINE_BYTES:
                raise damaged("bundle.reason_record_too_long", limit=MAX_LINE_BYTES)
            if len(records) == count:
                raise damaged("bundle.reason_count_mismatch")
            record = safejson.loads(line)
            if not line.endswith(b"\n") or not isinstance(record, dict):
                raise ValueError("not a record line")
            if check is not None:
                check(record, len(records) + 1)
            records.append(record)
    except (zstandard.ZstdError, ValueError) as exc:
        raise damaged("bundle.reason_unreadable_body") from exc
    if len(records) != count:
        raise damaged("bundle.reason_count_mismatch")
    return records
