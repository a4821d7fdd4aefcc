"""How the Sync page words what the sync layer reports: status rows, and a report as
lines, what matters most first (the summary, in bold), then written files, notes and
refusals. After an import of the province's answer what matters is that the province has
this computer's changes, so that leads, and the count of changes received follows.

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

from app.ops.sync import DeviceState, Imported
from app.sync.files import FileReport
from app.sync.push import PushReport
from app.sync.retry_notice import RetryNotice
from app.sync.stages import Stage
from app.sync.status import SyncStatus
from app.ui.runtime.formatting import count_text
from app.ui.runtime.progress_text import progress_text

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
    return [(SUMMARY, translate("SyncReport", "This computer is now enrolled as “{name}”. From "
                                "the next sync on, the province sees it under this name.")
             .format(name=name))]


def resolved_lines(_result: object = None) -> Lines:
    return [(SUMMARY, translate("SyncReport", "Your choice was saved. It reaches the other "
                                "computers at the next sync."))]


def export_lines(report: FileReport, place: str) -> Lines:
    """What an export to a stick or folder did: the files written, and what happens next."""
    written = len(report.written)  # a plain name: lupdate skips a count that is an expression
    if not written:
        return [(SUMMARY, translate("SyncReport", "Nothing to send: the province has every "
                                    "change. Nothing was written to {place}.").format(place=place))]
    lines = [(SUMMARY, translate("SyncReport", "Export to {place} finished. Files written: %Ln.",
                                 None, written).format(place=place)),
             (NOTE, translate("SyncReport", "Take the files to the province. The changes count "
                              "as received once its answer is imported here."))]
    return lines + _file_lines(report)


def import_lines(result: Imported, place: str) -> Lines:
    """What an import of the province's files did, the news that matters first: that the
    province has this computer's changes, then what came from it, then refusals."""
    report = result.report
    if not (report.notes or report.skipped or report.refused):
        return [(SUMMARY, translate("SyncReport", "No files for this computer were found in "
                                    "{place}.").format(place=place))]
    news = _import_news(result)
    return [(SUMMARY, news[0])] + [(NOTE, line) for line in news[1:]] + _file_lines(report)


def _import_news(result: Imported) -> list[str]:
    report = result.report
    confirmed, applied, conflicts = result.confirmed, report.applied, report.conflicts
    refused = len(report.refused)
    news = []
    if confirmed and not result.pending:
        news.append(translate("SyncReport", "The province has received every change made on "
                              "this computer."))
    elif confirmed:
        news.append(translate("SyncReport", "The province confirmed receiving changes from "
                              "this computer: %Ln.", None, confirmed))
    if applied:
        line = translate("SyncReport", "Changes from the province applied here: %Ln.", None,
                         applied)
        if conflicts:
            line += " " + translate("SyncReport", "Conflicts to review below: %Ln.", None,
                                    conflicts)
        news.append(line)
    elif not refused:
        news.append(translate("SyncReport", "Nothing new from the province."))
    if refused:
        news.append(translate("SyncReport", "Files that could not be taken: %Ln (marked "
                              "below).", None, refused))
    return news


def _file_lines(report: FileReport) -> Lines:
    """A line per file: written, taken (a note), skipped (a note), refused."""
    lines = [(WRITTEN, translate("SyncReport", "Written: {file}").format(file=p.name))
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


# --- while a push runs ---------------------------------------------------------------------
def retry_text(notice: RetryNotice) -> str:
    """A request about to be tried again: why, which try, and how long the wait is."""
    return translate("SyncReport", "Could not reach the server ({reason}); trying again "
                     "(try {attempt}) in {seconds} s…").format(
        reason=str(notice.reason), attempt=notice.next_try, seconds=notice.seconds)


def progress_words(done: float, total: float, stage: Stage | RetryNotice | str) -> str:
    """What a push is doing now: a stage with its amounts, or a retry it waits for."""
    if isinstance(stage, RetryNotice):
        return retry_text(stage)
    return progress_text(done, total, stage)


# --- the status box ------------------------------------------------------------------------
def status_rows(state: DeviceState) -> list[tuple[str, str]]:
    """(label, value) rows of the status box, in plain words. A change written to a stick
    is not "not sent": it waits for the province's receipt, and is counted there."""
    status = state.status
    open_ = status.open_conflicts
    conflicts = (translate("SyncReport", "%Ln to review", None, open_)
                 if open_ else translate("SyncReport", "None"))
    return [
        (translate("SyncReport", "This computer"), _enrolment_text(status)),
        (translate("SyncReport", "Not sent yet"), _unsent_text(state)),
        (translate("SyncReport", "Awaiting receipt"), _in_transit_text(state)),
        (translate("SyncReport", "Last by USB stick"), _path_text(status, "usb")),
        (translate("SyncReport", "Last by network"), _path_text(status, "http")),
        (translate("SyncReport", "Conflicts"), conflicts),
    ]


def _enrolment_text(status: SyncStatus) -> str:
    if not status.enrolled:
        return translate("SyncReport", "Not enrolled yet: load the enrolment file the "
                         "province gave you.")
    if not status.confirmed:
        return translate("SyncReport", "Enrolled; the province confirms it at the next sync.")
    return translate("SyncReport", "Enrolled with the province.")


def _unsent_text(state: DeviceState) -> str:
    unsent = state.unsent
    if unsent:
        return translate("SyncReport", "Changes not sent yet: %Ln", None, unsent)
    if not state.status.pending_changes:
        return translate("SyncReport", "The province has every change")
    return translate("SyncReport", "None: every change has been sent")


def _in_transit_text(state: DeviceState) -> str:
    sent = state.in_transit
    if sent:
        return translate("SyncReport", "Changes sent, waiting for the province's receipt: "
                         "%Ln", None, sent)
    return translate("SyncReport", "None")


def _path_text(state: SyncStatus, via: str) -> str:
    if not (state.last_sent.get(via) or state.last_received.get(via)):
        return translate("SyncReport", "never")
    return translate("SyncReport", "sent {sent}, received {received}").format(
        sent=moment_text(state.last_sent.get(via)),
        received=moment_text(state.last_received.get(via)))
