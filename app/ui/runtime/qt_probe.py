"""The self-check's Qt half (``app.ops.selfcheck``): do the window's translations load, and
does Qt start its offscreen platform — asked of a process of its own.

Why another process: a Qt that cannot start its platform (a plugin left out of the bundle,
a library missing on the machine) does not raise, it aborts the process it runs in, and
the self-check must live to name it. A process of its own also leaves a caller's
application alone: the window, which runs the self-check for the diagnostics file, already
has one, on another platform, with its own translators installed. The process is started
with ``multiprocessing``'s spawn, which works alike from the console script, from the
window and from the frozen bundle (``installer/launch.py`` calls ``freeze_support``).

The child sends what it finds through a pipe as it goes, Qt's own messages too (its
message handler forwards them before Qt aborts), and prints nothing: its stderr goes to the
null device, so the command line keeps to one line per check. This module loads no Qt
itself; only the child does.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from multiprocessing.connection import Connection
from typing import Any

from app.messages import Message, message
from app.ops.selfcheck import FAILED, PASSED, Check

WAIT_S = 60  # a slow laptop starting Qt cold from a USB-installed folder takes seconds
PLATFORM = "offscreen"


def probe_qt() -> list[Check]:
    """The translations line and the Qt platform line."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_probe, args=(sender,), name="commune-it-qt-probe",
                            daemon=True)
    child.start()
    sender.close()  # the child holds the only writing end: its exit ends the reading
    try:
        heard, timed_out = _listen(receiver, time.monotonic() + WAIT_S)
    finally:
        receiver.close()
    child.join(5 if not timed_out else 0)
    if child.is_alive():
        child.kill()
        child.join()
    if timed_out:
        ended: Message = message("selfcheck.qt_timeout", seconds=WAIT_S)
    else:
        ended = message("selfcheck.qt_ended", status=child.exitcode)
    return [_translations_line(heard, ended), _platform_line(heard, ended)]


def _listen(receiver: Connection, deadline: float) -> tuple[dict[str, Any], bool]:
    """What the child said, by kind (Qt's messages as a list); True if it ran out of time."""
    heard: dict[str, Any] = {"qt": []}
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not receiver.poll(left):
            return heard, True
        try:
            kind, value = receiver.recv()
        except (EOFError, OSError):
            return heard, False
        if kind == "qt":
            heard["qt"].append(value)
        else:
            heard[kind] = value


def _translations_line(heard: dict[str, Any], ended: Message) -> Check:
    if "translations" not in heard:
        return Check("translations", FAILED, _why_not(heard, ended))
    folder, loaded = heard["translations"]
    missing = [name for name, ok in loaded if not ok]
    if missing:
        return Check("translations", FAILED, message("selfcheck.translations_missing",
                                                     files=missing, folder=folder))
    return Check("translations", PASSED, message("selfcheck.translations_ok",
                                                 files=[name for name, _ in loaded],
                                                 folder=folder))


def _platform_line(heard: dict[str, Any], ended: Message) -> Check:
    if "platform" not in heard:
        return Check("qt", FAILED, message("selfcheck.qt_failed",
                                           reason=_why_not(heard, ended)))
    name, version = heard["platform"]
    return Check("qt", PASSED, message("selfcheck.qt_ok", version=version, platform=name))


def _why_not(heard: dict[str, Any], ended: Message) -> Message | str:
    """Why the child stopped short: Qt could not be loaded, Qt's last word (its fatal
    message comes last), or how the process ended."""
    if "import_failed" in heard:
        return message("selfcheck.qt_not_loaded", reason=heard["import_failed"])
    if heard["qt"]:
        return " ".join(heard["qt"][-1].split())
    return ended


# --- in the child ----------------------------------------------------------------------------
def _probe(sender: Connection) -> None:
    """Load each translation, then start Qt offscreen; say each result as it comes."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)  # Qt's and fontconfig's own prints: the parent words the results
    try:
        from PySide6.QtCore import QTranslator, qInstallMessageHandler, qVersion
        from PySide6.QtGui import QGuiApplication
    except ImportError as exc:
        sender.send(("import_failed", " ".join(str(exc).split())))
        return
    from app.ui.runtime import i18n

    qInstallMessageHandler(lambda _kind, _context, text: sender.send(("qt", text)))
    files = [i18n.qm_path("vi"), i18n.qm_path("en"), i18n.qt_qm_path("vi")]
    loaded = []
    for path in files:
        translator = QTranslator()
        loaded.append((path.name, translator.load(str(path)) and not translator.isEmpty()))
    sender.send(("translations", (str(i18n.translations_dir()), loaded)))
    application = QGuiApplication([sys.argv[0] or "commune-it", "-platform", PLATFORM])
    sender.send(("platform", (application.platformName(), qVersion())))
    sender.close()
