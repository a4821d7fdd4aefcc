"""Print asset labels…: which label paper, and whether the items without a tag get one
from the commune's pattern (the pattern shown and editable) before the sheet is saved.

Why ask rather than assign: a tag is stuck on the machine and scanned for years, so the
officer sees the pattern and says yes; a no prints the tagged items only.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ops.labels import LabelChoice

GRID_NAMES = ("3x8", "3x7", "2x7")


class LabelsDialog(QDialog):
    """The choices before a sheet of labels; ``values()`` once accepted."""

    def __init__(self, choice: LabelChoice, grid: str, pattern: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelsDialog")
        self.setWindowTitle(self.tr("Print asset labels"))
        self._untagged = bool(choice.untagged)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("{count} labels will be printed.").format(
            count=len(choice.ids)), self)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.grid = QComboBox(self)
        for name, text in zip(GRID_NAMES, self._paper_names(), strict=True):
            self.grid.addItem(text, name)
        self.grid.setCurrentIndex(max(0, self.grid.findData(grid)))
        form.addRow(self.tr("Label paper"), self.grid)
        self.pattern = QLineEdit(pattern, self)
        self.pattern.setToolTip(self.tr("{category}: the category's code, {year}: the year "
                                        "bought, {n:02}: the next free number"))
        form.addRow(self.tr("Tag pattern"), self.pattern)
        layout.addLayout(form)
        self.assign = QCheckBox(self.tr("Give the {count} items without an asset tag a tag "
                                        "from this pattern (otherwise they are left out)")
                                .format(count=len(choice.untagged)), self)
        self.assign.setChecked(bool(choice.untagged))
        self.assign.setVisible(bool(choice.untagged))
        self.pattern.setEnabled(bool(choice.untagged))
        self.assign.toggled.connect(self.pattern.setEnabled)
        layout.addWidget(self.assign)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _paper_names(self) -> tuple[str, str, str]:
        return (self.tr("A4, 24 labels (3 × 8, 70 × 37 mm)"),
                self.tr("A4, 21 labels (3 × 7, 63.5 × 38.1 mm)"),
                self.tr("A4, 14 labels (2 × 7, 99.1 × 38.1 mm)"))

    def values(self) -> tuple[str, str, bool]:
        """The paper, the pattern, and whether untagged items get a tag."""
        assign = self._untagged and self.assign.isChecked()
        return self.grid.currentData(), self.pattern.text().strip(), assign
