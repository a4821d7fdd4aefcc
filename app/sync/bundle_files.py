"""Bundles as files and batches: cutting a backlog into bundles, naming them, listing a
folder, and writing a file so that a half-written one never shows under its final name.

Apart from ``bundle.py`` because none of it touches the cryptography or the format's checks:
it is about sticks that are pulled out and folders full of other devices' files. Layout and
names are specified in ``docs/bundle-format.md`` (sections 7 and 9).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from .bundle_body import record_line
from .bundle_header import Header
from .errors import BundleWriteError

MAX_RECORDS = 5_000
MAX_BYTES = 8 * 1024 * 1024
SUFFIX = ".citb"
T = TypeVar("T")


def split(records: Iterable[Mapping[str, Any]], max_records: int = MAX_RECORDS,
          max_bytes: int = MAX_BYTES) -> Iterator[list[Mapping[str, Any]]]:
    """Batches of at most ``max_records`` records and ``max_bytes`` of body (JSON lines);
    a single record larger than ``max_bytes`` travels alone. Lazy: feed it a generator."""
    return batches(records, lambda record: len(record_line(record)), max_records, max_bytes)


def batches(items: Iterable[T], size_of: Callable[[T], int], max_records: int = MAX_RECORDS,
            max_bytes: int = MAX_BYTES) -> Iterator[list[T]]:
    """``split`` of any items whose body size ``size_of`` tells (lines already encoded)."""
    if max_records < 1 or max_bytes < 1:
        raise ValueError("max_records and max_bytes must be positive")
    batch: list[T] = []
    size = 0
    for item in items:
        item_size = size_of(item)
        if batch and (len(batch) >= max_records or size + item_size > max_bytes):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item_size
    if batch:
        yield batch


def bundle_filename(header: Header) -> str:
    """``citb-<kind>-<sender8>-<first_seq>-<last_seq>-<bundle8>.citb``, sortable per sender."""
    sender = re.sub(r"[^A-Za-z0-9]", "", header.sender)[:8] or "device"
    return (f"citb-{header.kind}-{sender}-{header.first_seq:08d}-{header.last_seq:08d}-"
            f"{header.bundle_id[:8]}{SUFFIX}")


def find_bundles(directory: Path | str) -> list[Path]:
    """Complete bundle files in ``directory`` by name order (temporary ``.part`` files excluded)."""
    return sorted(p for p in Path(directory).glob(f"*{SUFFIX}")
                  if p.is_file() and not p.name.startswith("."))


def write_atomically(directory: Path | str, name: str, data: bytes) -> Path:
    """Write ``.<name>.part``, fsync, then rename to ``name``: a file under its final name is
    always whole, even if the stick is pulled out halfway."""
    if not name or name.startswith(".") or Path(name).name != name:
        raise ValueError(f"not a plain file name: {name!r}")
    folder = Path(directory)
    final, partial = folder / name, folder / f".{name}.part"
    try:
        try:
            with open(partial, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(partial, final)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _fsync_directory(folder)
    except OSError as exc:
        raise BundleWriteError("bundle.write_failed", folder=folder) from exc
    return final


def _fsync_directory(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems (vfat, network) refuse fsync on a directory
    finally:
        os.close(fd)
