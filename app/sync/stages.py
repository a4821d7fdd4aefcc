"""The stages of a network transfer, in the one order a transfer goes through them.

A push to the province is a persisted state machine (``transfer_state.py``), modelled on
Morango's transfer stages: a transfer starts at ``CLAIM`` and moves forward one stage at a
time to ``DONE``, and never goes back. Because each stage is recorded before the next one
starts, a transfer cut off (the link, the laptop's battery, a killed process) resumes at the
stage it had reached, and every stage is written so that doing it again is harmless:

- ``CLAIM``: the enrolment claim, until the province has confirmed this device;
- ``UPLOAD``: receipts, bundles kept from an earlier try (the same bytes under the same id,
  so the server resumes at the offset it has), then new bundles for what changed since;
- ``DOWNLOAD``: the province's bundles for this device, kept in the store as they arrive;
- ``APPLY``: each downloaded bundle imported in its own transaction, then dropped;
- ``ACKNOWLEDGE``: a receipt for what was applied, so the province knows at once.

The names are what the store keeps and what progress reports carry (``(done, total,
stage)``); the window maps each to translated text, the command line through the message
catalogue (``message``).
"""

from __future__ import annotations

from enum import StrEnum

from app.messages import Message, message

from .errors import SyncError


class Stage(StrEnum):
    """One stage of a transfer; members compare by their place in the order."""

    CLAIM = "claim"
    UPLOAD = "upload"
    DOWNLOAD = "download"
    APPLY = "apply"
    ACKNOWLEDGE = "acknowledge"
    DONE = "done"

    @property
    def rank(self) -> int:
        return ORDER.index(self)

    @property
    def message(self) -> Message:
        """What the command line shows while the stage runs."""
        return message(f"transfer.stage_{self.value}")

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank >= other.rank


ORDER: tuple[Stage, ...] = tuple(Stage)
# Stages whose progress counts bytes on the link; APPLY counts bundles, CLAIM one request.
BYTE_STAGES = frozenset({Stage.UPLOAD, Stage.DOWNLOAD, Stage.ACKNOWLEDGE})


class StageOrderError(SyncError):
    """A transfer was asked to go back a stage (a bug, or two pushes racing on one store)."""


def next_stage(stage: Stage) -> Stage:
    """The stage after ``stage`` (``DONE`` stays ``DONE``)."""
    return ORDER[min(stage.rank + 1, len(ORDER) - 1)]


def check_forward(current: Stage, wanted: Stage) -> Stage:
    """``wanted``, if a transfer at ``current`` may move there: staying is allowed (a stage
    done again is harmless), going back never is."""
    if wanted < current:
        raise StageOrderError("transfer.stage_backwards", current=current.value,
                              wanted=wanted.value)
    return wanted


def parse(value: str) -> Stage:
    """A stage as the store keeps it; an unknown name (a newer app's store) is refused."""
    try:
        return Stage(value)
    except ValueError:
        raise StageOrderError("transfer.stage_unknown", stage=value) from None
