"""Which of the Sync page's actions can be taken now, and, for those that cannot, why.

A greyed-out button with no reason leaves an officer guessing (before enrolment every
export button was disabled while the hint still offered "choose a folder"). So each
reason is said twice: a line under the buttons of its box, visible without pointing at
anything, and the button's tooltip. Plain values and Qt's translation lookup only, so the
wording is tested without widgets; the view applies them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Availability:
    """What is open now: each flag with the reason it is not ("" when it is)."""

    folders: bool  # export to / import from a folder or picked files
    stick: bool  # export to / import from the stick chosen in the list
    network: bool  # sync now
    usb_line: str  # the line under the USB stick box's buttons ("": hidden)
    network_line: str  # the line under the network box's button
    folders_tip: str
    stick_tip: str
    network_tip: str


def availability(*, enrolled: bool, busy: bool, has_drive: bool) -> Availability:
    """The page's actions given the device's enrolment, a task under way, a stick found."""
    if busy:  # the progress row says what runs; the lines would only repeat it
        wait = translate("SyncAvailability", "Wait until the task under way has finished.")
        return Availability(False, False, False, "", "", wait, wait, wait)
    if not enrolled:
        tip = translate("SyncAvailability", "Load the enrolment file the province gave you "
                        "first (the “Load enrolment file…” button above).")
        line = translate("SyncAvailability", "Not available yet: this computer is not "
                         "enrolled with the province. Load the enrolment file the province "
                         "gave you (button above); these buttons open then.")
        network = translate("SyncAvailability", "Not available yet: load the enrolment "
                            "file first (button above).")
        return Availability(False, False, False, line, network, tip, tip, tip)
    if not has_drive:
        line = translate("SyncAvailability", "No USB stick found. Plug one in, or choose a "
                         "folder.")
        tip = translate("SyncAvailability", "No USB stick found: plug one in (the page looks "
                        "every few seconds), or use the folder buttons.")
        return Availability(True, False, True, line, "", "", tip, "")
    return Availability(True, True, True, "", "", "", "", "")
