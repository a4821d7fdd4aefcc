"""What every ``commune-it`` command shares: exit codes, the one-line failure, the store."""

from __future__ import annotations

import re
import sys

from app.config import Paths
from app.models.errors import ModelError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
# C0 (tab and newline included: a line is printed as one line), DEL and C1: a terminal runs
# these (ESC starts a sequence that can clear the screen, retitle the window, move the
# cursor over what was written), and a name, a cell or a file name may hold any of them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def plain(text: str) -> str:
    """``text`` fit for a terminal: every control character shown as a visible escape
    (``\\x1b``), never sent raw. Every line the command line prints from user data goes
    through here, so a hostile cell or file name is quoted, not obeyed."""
    return _CONTROL.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


def fail(message: str, code: int) -> int:
    """One line on stderr, whatever the message holds; returns the exit status."""
    print(plain(" ".join(message.split())), file=sys.stderr)
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
