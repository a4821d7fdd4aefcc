"""How a progress report ``(done, total, stage)`` reads in the window.

Every long task reports progress the same way: how far, out of how much, and what it is
doing. The stage is either a transfer stage of app/sync/stages.py (an enum the window
names in its own language, with the amount in kB or bundles) or, for other work, a text
the page already worded. Plain functions apart from Qt's translation lookup, so both the
status line's panel and the Sync page use them and tests read them without widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.sync.stages import BYTE_STAGES, Stage
from app.ui.runtime.formatting import count_text, decimal_text

STAGE_NAMES = {
    Stage.CLAIM: QT_TRANSLATE_NOOP("TransferStage", "Sending the enrolment confirmation"),
    Stage.UPLOAD: QT_TRANSLATE_NOOP("TransferStage", "Sending to the province"),
    Stage.DOWNLOAD: QT_TRANSLATE_NOOP("TransferStage", "Receiving from the province"),
    Stage.APPLY: QT_TRANSLATE_NOOP("TransferStage", "Applying what came from the province"),
    Stage.ACKNOWLEDGE: QT_TRANSLATE_NOOP("TransferStage",
                                         "Sending the receipt to the province"),
    Stage.DONE: QT_TRANSLATE_NOOP("TransferStage", "Sync finished"),
}


def size_text(size: float) -> str:
    if size < 1_000_000:
        return f"{count_text(max(1, round(size / 1000)) if size else 0)} kB"
    return f"{decimal_text(size / 1_000_000, 1)} MB"


def stage_text(stage: Stage | str) -> str:
    """A transfer stage in the window's language; any other text as it is."""
    if isinstance(stage, Stage):
        return QCoreApplication.translate("TransferStage", STAGE_NAMES[stage])
    return stage


def progress_text(done: float, total: float, stage: Stage | str) -> str:
    """What a task is doing now, with how far it got when that says something."""
    text = stage_text(stage)
    if not isinstance(stage, Stage) or total <= 1:
        return text
    if stage in BYTE_STAGES:
        return f"{text}: {size_text(done)} / {size_text(total)}"
    return f"{text}: {count_text(int(done))} / {count_text(int(total))}"
