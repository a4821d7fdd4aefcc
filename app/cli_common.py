"""What every ``commune-it`` command shares: exit codes, the one-line failure, the store,
and the words: every sentence it prints comes from the catalogue (app/messages/cli.py), in
the language the environment asked for (Vietnamese unless it asked for English)."""

from __future__ import annotations

import re
import sys
from typing import Any, TextIO

from app.config import Paths
from app.messages import message

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


def text(code: str, /, **values: Any) -> str:
    """The catalogue's sentence for ``code`` in the command line's language."""
    return message(code, **values).text()


def say(code: str, /, *, file: TextIO | None = None, **values: Any) -> None:
    """Print the catalogue's sentence for ``code`` as one safe line (values may be user
    data: names, file names)."""
    print(plain(text(code, **values)), file=file or sys.stdout)


def fail(reason: object, code: int) -> int:
    """One line on stderr, whatever the reason holds (a sentence, a ``Message``, an error
    of a layer below: each renders in the command line's language); returns the exit
    status."""
    print(plain(" ".join(str(reason).split())), file=sys.stderr)
    return code


def fail_with(code: str, status: int, /, **values: Any) -> int:
    """``fail`` with the catalogue's sentence for ``code``."""
    return fail(text(code, **values), status)


def report_files(report) -> int:  # app.sync.files.FileReport
    """Written files, notes and skipped files on stdout (a skip is harmless: exit 0);
    refused files on stderr, and only they make the exit status 2. Notes and refusals come
    from the sync layer, as messages or sentences: ``str()`` renders either."""
    for path in report.written:
        say("cli.file_written", path=path)
    for note in [*report.notes, *report.skipped]:  # file names from a stick: plain()
        print(plain(str(note)))
    for line in report.refused:
        print(plain(str(line)), file=sys.stderr)
    if report.refused:
        return fail_with("cli.files_refused", EXIT_USAGE, count=len(report.refused))
    return EXIT_OK


def named_command(args: list[str]) -> str | None:
    """The command word in ``args`` as argparse reads it: the first word that is neither an
    option nor the value of ``--data-dir`` (which argparse also takes shortened, ``--data``).
    None when in doubt — any other option first (``--help``), a value that looks like an
    option — so the caller builds the whole parser and argparse decides as it always did."""
    words = iter(args)
    for word in words:
        if not word.startswith("-"):
            return word
        option, given, _ = word.partition("=")
        if len(option) < 3 or not "--data-dir".startswith(option):
            return None
        if not given and next(words, "-").startswith("-"):
            return None
    return None


def open_store(paths: Paths, *, need_device: bool = True):  # -> Store (imported lazily)
    from app.cli_privacy import open_database  # signs in to an encrypted store
    from app.models.errors import ModelError  # the models load with the store, not before
    from app.ops.device import require_set_up  # not app.ops.commune: its overview queries

    store = open_database(paths)
    if need_device:
        try:
            require_set_up(store)
        except ModelError:
            store.close()
            raise
    return store
