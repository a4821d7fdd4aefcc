"""The answer of the last scan, in large text beside the scan field: found (the item, its
category, holder and place), not in the book (recorded as surplus), already counted (and
when), or not counted at all (a tag refused).

Each kind has its own words and its own colour, never the colour alone: the headline says
what happened, so the answer reads the same on a grey screen or to a colour-blind member.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ops.stocktake_page import ScanResult
from app.ui.runtime import labels
from app.ui.widgets.fonts import bigger

# Background and text colours of each kind of answer (dark text on a light tint).
KIND_STYLES = {
    "found": ("#d8f0d8", "#0b4d0b"),
    "unknown": ("#fdf0c4", "#5c4300"),
    "duplicate": ("#dbe8fb", "#0b2f66"),
    "refused": ("#f8d7d3", "#6b0d05"),
    "file": ("#eeeeee", "#202020"),
    "idle": ("transparent", "palette(text)"),
}



class AnswerPanel(QFrame):
    """A headline (what the scan did) and a line of detail, in the kind's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanAnswer")
        self.kind = "idle"
        self.headline = QLabel(self, objectName="answerHeadline", wordWrap=True)
        self.detail = QLabel(self, objectName="answerDetail", wordWrap=True)
        self.headline.setFont(bigger(self.headline.font(), 1.8, bold=True))
        self.detail.setFont(bigger(self.detail.font(), 1.2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        self.setMinimumHeight(96)
        self.retranslate()

    def retranslate(self) -> None:
        if self.kind == "idle":
            self._show("idle", self.tr("Ready to scan"),
                       self.tr("The answer of each scan shows here."))

    def clear(self) -> None:
        self.kind = "idle"
        self.retranslate()

    def show_scan(self, result: ScanResult) -> None:
        row, tag = result.row, result.tag
        where = ", ".join(part for part in (
            labels.EQUIPMENT_CATEGORY.label(row.category) if row.category else "",
            self.tr("held by {name}").format(name=row.holder) if row.holder else "",
            row.place or "") if part)
        item = f"{row.item} — {where}" if row.item and where else (row.item or where)
        if result.kind == "found":
            self._show("found", self.tr("✓ Found: {tag}").format(tag=tag), item)
        elif result.kind == "unknown":
            self._show("unknown", self.tr("? Not in the book: {tag}").format(tag=tag),
                       self.tr("Recorded as found but not in the book (surplus)."))
        else:
            when = result.counted_at.strftime("%H:%M") if result.counted_at else "?"
            self._show("duplicate", self.tr("= Already counted: {tag}").format(tag=tag),
                       self.tr("Already counted at {time}; it counts once.").format(time=when)
                       + (f" {item}" if item else ""))

    def show_refused(self, tag: str, reason: str) -> None:
        self._show("refused", self.tr("✗ Not counted: {tag}").format(tag=tag.strip()), reason)

    def show_file(self, found: int, unknown: int, duplicate: int) -> None:
        self._show("file", self.tr("The scanner's file is taken in"),
                   self.tr("{found} found, {unknown} not in the book, {duplicate} already "
                      "counted.").format(found=found, unknown=unknown, duplicate=duplicate))

    def _show(self, kind: str, headline: str, detail: str) -> None:
        self.kind = kind
        background, text = KIND_STYLES[kind]
        self.setStyleSheet(f"QFrame#scanAnswer {{ background: {background}; "
                           f"border-radius: 6px; }} QFrame#scanAnswer QLabel {{ "
                           f"color: {text}; background: transparent; }}")
        self.headline.setText(headline)
        self.detail.setText(detail)
