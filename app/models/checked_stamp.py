"""An encrypted store left as it was checked is not read whole again at the next open.

``integrity.check_on_open`` reads every page of the file (``PRAGMA quick_check``) before
anything is written. On an encrypted store every page read is also decrypted and its
authentication code checked, which makes the check four to five times as long as on a
plain file (1.4–1.8 s on the benchmark's 213 MB register against 0.33 s), and the window
waited for it at every start.

SQLCipher already refuses any page whose bytes changed behind it (each page carries an
HMAC of its content), so on an encrypted store damage cannot be read as data: what the
whole check adds is finding it before the first write. So the store leaves a **stamp**
beside itself when it is closed cleanly — the file's size, modification time and inode —
and the next open skips the whole check only when the file is exactly as stamped and no
write-ahead log is left over (a crash, a copy, a restore, a disk tool writing into the file
all change one of them). Anything else — no stamp, a different file, a leftover log, a plain
store — is checked whole as before.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SUFFIX = ".checked"


def stamp_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def _state(database: Path) -> dict[str, int] | None:
    try:
        found = database.stat()
    except OSError:
        return None
    return {"size": found.st_size, "mtime_ns": found.st_mtime_ns, "inode": found.st_ino}


def unchanged_since_stamped(database: Path) -> bool:
    """Whether the encrypted file is exactly as it was when last closed cleanly."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    try:
        stamped = json.loads(stamp_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stamped == _state(database)


def stamp(database: Path) -> None:
    """Remember the closed file's state (best effort: without it the next open checks)."""
    state = _state(database)
    target = stamp_path(database)
    if state is None:
        return
    temporary = target.with_name(target.name + ".part")
    try:
        temporary.write_text(json.dumps(state), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)


def forget(database: Path) -> None:
    """Drop the stamp: the next open checks the file whole."""
    stamp_path(database).unlink(missing_ok=True)
