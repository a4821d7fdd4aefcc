"""How the Sync page words what the sync layer reports: status rows, and a report as
lines (a summary first, then written files, notes and refusals).

Plain functions over plain values, apart from Qt's translation lookup, so the wording is
tested without widgets. The sync layer's own notes, skips and refusals are messages of
the catalogue (app/messages), shown in the window's language; only refusals are shown as
failures. How a transfer's progress reads is runtime/progress_text.py.

Counts are worded "what: %Ln" ("Changes applied: 1."), so that no English sentence needs a
singular and a plural form (Vietnamese has none): lupdate makes a plural (numerus) message
only of ``self.tr`` with a count, not of ``translate(context, text, None, n)`` with a
named count (and it skips the call if the count is an expression). The count is still
passed, so that %Ln shows it with the language's digit grouping (1.234 in Vietnamese).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.sync.files import FileReport
from app.sync.push import PushReport
from app.sync.status import SyncStatus
from app.ui.runtime.formatting import count_text

translate = QCoreApplication.translate
CANCELLED = "cancelled"  # what a push cancelled by the officer returns to the page
SUMMARY, WRITTEN, NOTE, REFUSED = "summary", "written", "note", "refused"
Lines = list[tuple[str, str]]


def moment_text(iso: str | None) -> str:
    if not iso:
        return translate("SyncReport", "never")
    return datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M")


# --- reports as lines ----------------------------------------------------------------------
def enrolled_lines(name: str) -> Lines:  # enroll_file returns the device's name
    return [(SUMMARY, translate("SyncReport", "This computer is now enrolled as «{name}». The "
                                "next sync tells the province.").format(name=name))]


def resolved_lines(_result: object = None) -> Lines:
    return [(SUMMARY, translate("SyncReport", "Your choice was saved. It reaches the other "
                                "computers at the next sync."))]


def file_report_lines(report: FileReport, place: str, *, exported: bool) -> Lines:
    """What an export to, or an import from, a stick or folder did, first line a summary."""
    # Counts go through plain names: lupdate skips a translation whose count is an expression.
    written, applied, conflicts = len(report.written), report.applied, report.conflicts
    if exported:
        summary = (translate("SyncReport", "Export to {place} finished. Files written: %Ln.",
                             None, written)
                   if written else
                   translate("SyncReport", "Nothing to send: the province has every change. "
                             "Nothing was written to {place}."))
    elif not (report.notes or report.skipped or report.refused):
        summary = translate("SyncReport", "No files for this computer were found in {place}.")
    else:
        summary = translate("SyncReport", "Import from {place} finished. Changes applied: "
                            "%Ln.", None, applied)
        if conflicts:
            summary += " " + translate("SyncReport", "Conflicts to review below: %Ln.", None,
                                       conflicts)
    lines = [(SUMMARY, summary.format(place=place))]
    lines += [(WRITTEN, translate("SyncReport", "Written: {file}").format(file=p.name))
              for p in report.written]
    lines += [(NOTE, str(note)) for note in report.notes]
    # A skipped file (another computer's, or one taken before) is a note, never a failure:
    # a stick carries every computer's files, and old ones stay on it.
    lines += [(NOTE, str(line)) for line in report.skipped]
    lines += [(REFUSED, str(line)) for line in report.refused]
    return lines


def push_report_lines(report: PushReport | str) -> Lines:
    if not isinstance(report, PushReport):
        return [(SUMMARY, translate("SyncReport", "Cancelled. What was already sent is kept; "
                                    "the rest goes at the next sync."))]
    refused, conflicts = len(report.refused), report.conflicts
    summary = (translate("SyncReport", "Sync with the province finished.") if report.ok else
               translate("SyncReport", "Sync finished, but bundles were refused: %Ln.", None,
                         refused))
    lines = [(SUMMARY, summary)]
    if report.claimed:
        lines.append((NOTE, translate("SyncReport", "The province has confirmed this computer.")))
    lines.append((NOTE, translate(
        "SyncReport", "Changes sent: {changes}. Bundles the province confirmed: {confirmed}.")
        .format(changes=count_text(report.sent_changes),
                confirmed=count_text(report.acknowledged))))
    received = translate("SyncReport", "Changes received: {changes}.").format(
        changes=count_text(report.applied))
    if conflicts:
        received += " " + translate("SyncReport", "Conflicts to review below: %Ln.", None,
                                    conflicts)
    lines.append((NOTE, received))
    lines += [(NOTE, str(note)) for note in report.notes]
    lines += [(REFUSED, str(line)) for line in report.refused]
    return lines


def status_rows(state: SyncStatus) -> list[tuple[str, str]]:
    """(label, value) rows of the status box, in plain words."""
    if not state.enrolled:
        enrolment = translate("SyncReport", "Not enrolled yet: load the enrolment file the "
                              "province gave you.")
    elif not state.confirmed:
        enrolment = translate("SyncReport", "Enrolled; the province confirms it at the next "
                              "sync.")
    else:
        enrolment = translate("SyncReport", "Enrolled with the province.")
    changes, bundles, open_ = (state.pending_changes, state.unacknowledged_bundles,
                               state.open_conflicts)
    # Pending until the province's receipt: a change on a stick not yet taken still counts.
    pending = (translate("SyncReport", "Changes not yet received by the province: %Ln", None,
                         changes)
               if changes else translate("SyncReport", "The province has every change"))
    waiting = (translate("SyncReport", "Bundles sent, not yet confirmed by the province: %Ln",
                         None, bundles)
               if bundles else translate("SyncReport", "None"))
    conflicts = (translate("SyncReport", "%Ln to review", None, open_)
                 if open_ else translate("SyncReport", "None"))
    return [
        (translate("SyncReport", "This computer"), enrolment),
        (translate("SyncReport", "Pending"), pending),
        (translate("SyncReport", "Awaiting receipt"), waiting),
        (translate("SyncReport", "Last by USB stick"), _path_text(state, "usb")),
        (translate("SyncReport", "Last by network"), _path_text(state, "http")),
        (translate("SyncReport", "Conflicts"), conflicts),
    ]


def _path_text(state: SyncStatus, via: str) -> str:
    if not (state.last_sent.get(via) or state.last_received.get(via)):
        return translate("SyncReport", "never")
    return translate("SyncReport", "sent {sent}, received {received}").format(
        sent=moment_text(state.last_sent.get(via)),
        received=moment_text(state.last_received.get(via)))
