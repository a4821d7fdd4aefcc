"""What every ``commune-it`` command shares: exit codes, the one-line failure, the store."""

from __future__ import annotations

import sys

from app.config import Paths
from app.models.errors import ModelError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def fail(message: str, code: int) -> int:
    print(" ".join(message.split()), file=sys.stderr)
    return code


def open_store(paths: Paths, *, need_device: bool = True):  # -> Store (imported lazily)
    from app.models.setup import require_device
    from app.models.store import Store

    store = Store(paths.database, paths.backups)
    if need_device:
        with store.sessions() as session:
            try:
                require_device(session)
            except ModelError:
                store.close()
                raise
    return store
