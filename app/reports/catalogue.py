"""The reports there are, by the names the command line and the window use (a contract:
DESIGN.md's "Reports"), and what each is, as message codes of ``app/messages/reports.py``.

``asset-labels`` joins the commune's list with the stock-take (issue 16). The province's
papers (``server report``) share three names with the commune's and mean the same figures,
one row per commune: they are told apart by the side that prints them.
"""

from __future__ import annotations

from app.messages import Message, message

COMMUNE_REPORTS = ("sign-in-sheet", "attendance-summary", "inventory", "staff-qualifications",
                   "ict-indicators", "asset-labels")
PROVINCE_REPORTS = ("inventory", "staff-qualifications", "ict-indicators")
COURSE_REPORTS = frozenset({"sign-in-sheet", "attendance-summary"})
FORMATS = (".pdf", ".xlsx")
PDF_ONLY = frozenset({"asset-labels"})  # a sheet of labels has no spreadsheet twin

_ABOUT = {
    "sign-in-sheet": "report.about_sign_in_sheet",
    "attendance-summary": "report.about_attendance_summary",
    "inventory": "report.about_inventory",
    "staff-qualifications": "report.about_staff_qualifications",
    "ict-indicators": "report.about_ict_indicators",
    "asset-labels": "report.about_asset_labels",
}


def about(name: str) -> Message:
    """What the report ``name`` is, in a line."""
    return message(_ABOUT[name])


def about_province(name: str) -> Message:
    """What the province's report ``name`` is, in a line."""
    return message("report.about_province_" + name.replace("-", "_"))
