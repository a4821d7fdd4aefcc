"""The recovery key, shown once, right after the store was encrypted.

Why it cannot be closed before the box is ticked: the key exists nowhere else in clear
(the keyring holds it only as a wrapped copy of the store's key), and without it a
forgotten password of the only administrator locks the commune out of its register. So
the dialog offers the recovery paper (``ops.recovery``: as a PDF to save, or straight to
the printer, which writes no copy of the key to disk) and stays until the officer says
the paper is printed or saved. The key is shown in large digit groups, as on the paper.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QKeyEvent, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.store import Store
from app.ops.recovery import recovery_paper_pdf, save_recovery_paper
from app.ui.pages.reports.printing import PrinterUnavailable, print_pages
from app.ui.runtime.tasks import TaskRunner
from app.ui.signin.fields import message_label
from app.ui.widgets.dialogs import show_refusal


class RecoveryKeyDialog(QDialog):
    """The key, the paper (save, print), and "I have printed or saved it"."""

    def __init__(self, store: Store, recovery: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self._store, self._recovery = store, recovery
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Recovery key"))
        self.intro = message_label(self, "recoveryKeyIntro")
        self.key = QLabel(_spaced(recovery), self, objectName="recoveryKey")
        self.key.setFont(_key_font())
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("border: 1px solid #888; padding: 12px; background: white;")
        self.save_button = QPushButton(self, objectName="saveRecoveryPaper", autoDefault=False)
        self.save_button.clicked.connect(self.save_paper)
        self.print_button = QPushButton(self, objectName="printRecoveryPaper",
                                        autoDefault=False)
        self.print_button.clicked.connect(self.print_paper)
        self.message = message_label(self, "recoveryKeyMessage")
        self.kept = QCheckBox(self, objectName="recoveryPaperKept")
        self.close_button = QPushButton(self, objectName="closeRecoveryKey", enabled=False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        self.close_button.clicked.connect(self.accept)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        papers = QHBoxLayout()
        papers.addWidget(self.save_button)
        papers.addWidget(self.print_button)
        papers.addStretch(1)
        closing = QHBoxLayout()
        closing.addWidget(self.kept, 1)
        closing.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addLayout(papers)
        layout.addWidget(self.message)
        layout.addSpacing(8)
        layout.addLayout(closing)
        self.setMinimumWidth(560)

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The data on this computer is now encrypted. This recovery key opens it when a "
            "password is forgotten. It is shown only now: print the recovery paper, have it "
            "signed and keep it in the commune office's safe."))
        self.save_button.setText(self.tr("Save recovery paper (PDF)…"))
        self.print_button.setText(self.tr("Print recovery paper…"))
        self.kept.setText(self.tr("I have printed or saved the recovery paper"))
        self.close_button.setText(self.tr("Close"))

    # --- closing only once the paper is kept ----------------------------------------------
    def reject(self) -> None:
        if self.kept.isChecked():
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self.kept.isChecked():
            event.accept()
            return
        super().keyPressEvent(event)

    # --- the paper --------------------------------------------------------------------------
    def save_paper(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save recovery paper"), str(Path.home() / "giay-khoi-phuc.pdf"),
            self.tr("PDF files (*.pdf)"))
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, target: Path) -> None:
        """Write the paper to ``target`` on the worker."""
        if target.suffix.lower() != ".pdf":
            target = target.with_name(f"{target.name}.pdf")
        self._say(self.tr("Saving…"))
        store, key = self._store, self._recovery
        self.runner.run(lambda: save_recovery_paper(store, key, target),
                        lambda path: self._say(self.tr("Saved to “{path}”.").format(
                            path=path)))

    def print_paper(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery paper"))
        printer.setFullPage(True)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render the paper and paint it on ``printer`` (on the worker)."""
        store, key, label = self._store, self._recovery, self.tr("Printing")
        self._printer = printer  # kept alive until the worker is done with it

        def work(progress, cancel) -> int:
            return print_pages(recovery_paper_pdf(store, key), printer, progress, cancel,
                               label)

        self._say(self.tr("Printing…"))
        self.runner.run(work, lambda _pages: self._say(
            self.tr("The recovery paper was sent to the printer.")), failed=self._not_printed)

    def _not_printed(self, exc: BaseException) -> bool:
        self._say("")
        if not isinstance(exc, PrinterUnavailable):
            return False
        show_refusal(self, self.tr("The printer could not be opened. Check that it is on "
                                   "and connected, then try again."))
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)


def _spaced(recovery: str) -> str:
    """The key as on the paper, its groups apart: easier to read aloud and copy."""
    groups = recovery.split("-")
    half = (len(groups) + 1) // 2
    return "  ".join(groups[:half]) + "\n" + "  ".join(groups[half:])


def _key_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(22)
    font.setBold(True)
    return font


def show_recovery_key(store: Store, recovery: str) -> None:
    """Show the key until the officer has kept its paper."""
    dialog = RecoveryKeyDialog(store, recovery)
    dialog.exec()
    dialog.runner.shutdown()
    dialog.deleteLater()
