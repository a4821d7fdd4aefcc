"""The audit log as a table: time, account, what was done and its details, in words.

The log stores codes and plain values (``app.models.audit``: a kind such as ``export``,
details such as ``{"what": "staff", "rows": 12}``) so that it stays the same whatever
language reads it; an administrator reads sentences. The wording is here, in the window's
language at the moment a cell is painted, so a switch of language re-words the open list.
A detail the words below do not know yet (an event written by a newer version) is shown
as its plain values rather than hidden.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.messages import message
from app.models.audit import Event
from app.ui.runtime.formatting import count_text, date_text

CONTEXT = "AuditLog"
COL_TIME, COL_ACCOUNT, COL_KIND, COL_DETAILS = range(4)
TITLES = (QT_TRANSLATE_NOOP("AuditLog", "Time"), QT_TRANSLATE_NOOP("AuditLog", "Account"),
          QT_TRANSLATE_NOOP("AuditLog", "What was done"),
          QT_TRANSLATE_NOOP("AuditLog", "Details"))
KIND_TITLES = {
    "sign_in": QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditLog", "Wrong password"),
    "account": QT_TRANSLATE_NOOP("AuditLog", "Account changed"),
    "export": QT_TRANSLATE_NOOP("AuditLog", "List exported"),
    "report": QT_TRANSLATE_NOOP("AuditLog", "Paper with names printed"),
    "erasure": QT_TRANSLATE_NOOP("AuditLog", "Personal data erased"),
}
_LISTS = {
    "staff": QT_TRANSLATE_NOOP("AuditLog", "the staff list"),
    "equipment": QT_TRANSLATE_NOOP("AuditLog", "the equipment list"),
    "training": QT_TRANSLATE_NOOP("AuditLog", "the training list"),
}
_Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A title marked with QT_TRANSLATE_NOOP above, in the window's language."""
    return translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    """What was done, in words (an unknown kind as it is stored)."""
    title = KIND_TITLES.get(kind)
    return tr(title) if title is not None else kind


def time_text(event: Event) -> str:
    return f"{date_text(event.at.date())} {event.at:%H:%M}"


def details_text(event: Event) -> str:
    """The event's details as a sentence (its plain values if they are not known)."""
    details = event.details
    wording = _WORDING.get(event.kind)
    try:
        return wording(details) if wording is not None else _plain(details)
    except (KeyError, TypeError, ValueError):
        return _plain(details)


def _plain(details: dict[str, Any]) -> str:
    return ", ".join(f"{key}: {value}" for key, value in sorted(details.items()))


def _failed(details: dict[str, Any]) -> str:
    return translate("AuditLog", "{count} wrong password(s) before this sign-in").format(
        count=count_text(int(details["attempts"])))


def _account(details: dict[str, Any]) -> str:
    name, action = details["target"], details["action"]
    if action == "add":
        role = str(message(f"privacy.role_{details['role']}"))
        return translate("AuditLog", "New account “{name}” ({role})").format(name=name, role=role)
    texts = {"disable": translate("AuditLog", "Account “{name}” disabled"),
             "enable": translate("AuditLog", "Account “{name}” enabled again"),
             "reset": translate("AuditLog", "New password for “{name}”")}
    return texts[action].format(name=name)


def _export(details: dict[str, Any]) -> str:
    what = _LISTS.get(details["what"])
    file_kind = "Excel" if details.get("format") == ".xlsx" else "CSV"
    return translate("AuditLog", "{list}, {rows} rows, {format} file").format(
        list=tr(what) if what else details["what"], rows=count_text(int(details["rows"])),
        format=file_kind)


def _report(details: dict[str, Any]) -> str:
    from app.ui.pages.reports.view import REPORT_TITLES  # the papers' own names

    title = REPORT_TITLES.get(details["what"])
    return QCoreApplication.translate("ReportsView", title) if title else details["what"]


def _erasure(details: dict[str, Any]) -> str:
    return translate("AuditLog", "{count} personal fields of one official").format(
        count=count_text(int(details["fields"])))


_WORDING = {"sign_in": lambda _details: "", "sign_in_failed": _failed, "account": _account,
            "export": _export, "report": _report, "erasure": _erasure}


class AuditTableModel(QAbstractTableModel):
    """The events given to ``set_events``, in the order given (the dialog: newest first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def events(self) -> Sequence[Event]:
        return self._events

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TITLES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        event = self._events[index.row()]
        column = index.column()
        if column == COL_TIME:
            return time_text(event)
        if column == COL_ACCOUNT:
            return event.account or ""
        return kind_text(event.kind) if column == COL_KIND else details_text(event)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # never super().headerData(): see rows.RowTableModel.headerData
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return tr(TITLES[section]) if 0 <= section < len(TITLES) else None
