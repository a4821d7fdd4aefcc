"""How much an import may read, and the checks made before a file is parsed at all.

A hostile or broken spreadsheet must not exhaust a 4 GB laptop: a 2.9 MB workbook can
unzip to a gigabyte, a CSV can be one endless line. So an import reads at most
``MAX_ROWS`` data rows of at most ``MAX_COLUMNS`` columns and ``MAX_CELL_CHARS``
characters a cell, streams rows instead of holding the file, and refuses a file whose size
on disk, or whose XLSX members' declared sizes (read from the zip directory, before
openpyxl opens anything), are beyond what a commune's register can need. The figures are
far above real files (a whole province has about 4,400 commune officials; the longest
field holds 200 characters) and far below what hurts: a file at every limit imports in
well under 500 MB. Every refusal says which limit and what to do.
"""

from __future__ import annotations

import struct
from pathlib import Path

from .errors import ImportFileError

MAX_FILE_BYTES = 64 * 1024 * 1024  # the file on disk, CSV or XLSX
MAX_UNZIPPED_BYTES = 96 * 1024 * 1024  # all members of an XLSX, as the zip directory says
MAX_PART_BYTES = 16 * 1024 * 1024  # one member read whole by openpyxl (shared strings, styles)
MAX_ZIP_MEMBERS = 2_000
MAX_ROWS = 30_000  # data rows, blank rows not counted
MAX_ROW_NUMBER = 1_048_576  # Excel's own last row
MAX_COLUMNS = 64
# Columns of an XLSX row looked at: data past MAX_COLUMNS up to here is refused; cells past
# column 256 (IV, the old Excel's last) are not read at all, since openpyxl pads every row
# to the widest column asked for and a hostile sheet could ask for 16,384 a row.
READ_COLUMNS = 256
MAX_CELL_CHARS = 1_000
MAX_LINE_CHARS = MAX_COLUMNS * (MAX_CELL_CHARS + 3)  # one CSV line: every cell full, quoted

_EOCD = b"PK\x05\x06"  # end of central directory record
_EOCD_SIZE = 22
_MAX_COMMENT = 65_535


def mib(size: int) -> int:
    """A size in whole megabytes, as a refusal names it."""
    return round(size / (1024 * 1024))


def check_file(path: Path) -> None:
    """The file exists, is a file, and is not larger than any register needs."""
    if not path.exists():
        raise ImportFileError("import.file_not_found", path=str(path))
    if not path.is_file():
        raise ImportFileError("import.not_a_file", path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError("import.file_too_large", name=path.name, size=mib(size),
                              limit=mib(MAX_FILE_BYTES))


def check_zip_directory(path: Path) -> None:
    """Refuse an XLSX whose members would unzip beyond the limits, before it is opened.

    The number of members is read from the end record first, so that a directory of a
    million entries is not even listed; then the declared sizes. Python's zipfile never
    inflates a member past its declared size, so a member that lies about it fails to
    parse instead of growing.
    """
    import zipfile

    count = _member_count(path)
    if count is not None and count > MAX_ZIP_MEMBERS:
        raise ImportFileError("import.zip_too_many_parts", name=path.name, count=count)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip at all: openpyxl's refusal names it
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED_BYTES:
        raise ImportFileError("import.zip_too_large", name=path.name, size=mib(total),
                              limit=mib(MAX_UNZIPPED_BYTES))
    for member in members:
        if member.file_size > MAX_PART_BYTES and not _is_sheet(member.filename):
            raise ImportFileError("import.zip_part_too_large", name=path.name,
                                  part=member.filename, size=mib(member.file_size),
                                  limit=mib(MAX_PART_BYTES))


def _is_sheet(name: str) -> bool:
    """Worksheets are streamed row by row; other parts are read whole."""
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _member_count(path: Path) -> int | None:
    """The member count of the zip's end record (None if there is none to read)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        start = max(0, size - _EOCD_SIZE - _MAX_COMMENT)
        handle.seek(start)
        tail = handle.read()
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < _EOCD_SIZE:
        return None
    (total,) = struct.unpack_from("<H", tail, at + 10)
    return total
