"""The question asked after results are saved: may the officials who passed with a
certificate number have their IT certificate raised in the register?

Nothing changes an official's record unasked (``training_results``): the dialog lists each
official ticked, with the certificate they hold now and their certificate number, says the
certificate, date and issuer the record would get, and updates only those still ticked.
Space unticks the person under the cursor, Enter updates, Esc leaves the records as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.training_results import CertificateOffer
from app.ui.runtime import labels
from app.ui.runtime.formatting import date_text
from app.ui.widgets.form_parts import ERROR_STYLE, show_refusal_in

STAFF_ID = Qt.ItemDataRole.UserRole


class CertificateQuestion(QDialog):
    """Which of the course's passed officials get the course's IT certificate."""

    submitted = Signal(object)  # the ticked staff ids

    def __init__(self, course_title: str, offers: Sequence[CertificateOffer],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update IT certificates?"))
        first = offers[0]
        certificate = labels.IT_CERTIFICATE.label(first.certificate)
        question = QLabel(self.tr(
            "%n official(s) passed “{title}” with a certificate number, but their record "
            "does not show that certificate yet. Record “{certificate}” for them?", "",
            len(offers)).format(title=course_title, certificate=certificate), self,
            wordWrap=True)
        facts = QLabel(self.tr("Certificate: {certificate} · date: {date} · issued by: "
                               "{issuer}").format(certificate=certificate,
                                                  date=date_text(first.on),
                                                  issuer=first.issuer or "—"), self,
                       wordWrap=True)
        self.people = QListWidget(self)
        for offer in offers:
            self._add(offer)
        self.people.setCurrentRow(0)
        self.people.itemChanged.connect(self._update_button)
        hint = QLabel(self.tr("Untick anyone whose record should stay as it is (Space). A "
                              "record can still be changed on the officials' page."), self,
                      wordWrap=True)
        self.refusal = QLabel(self, visible=False, wordWrap=True)
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.update_button = QPushButton(self, default=True)
        self.update_button.clicked.connect(self.try_save)
        keep = QPushButton(self.tr("Leave the records as they are"), self, autoDefault=False)
        keep.clicked.connect(self.reject)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        for widget in (question, facts, self.people, hint, self.refusal, buttons):
            layout.addWidget(widget)
        self._update_button()
        self.people.setFocus()
        self.resize(600, 420)

    def _add(self, offer: CertificateOffer) -> None:
        item = QListWidgetItem(self.tr("{name} — now: {current} — certificate no. {number}")
                               .format(name=offer.name,
                                       current=labels.IT_CERTIFICATE.label(offer.current),
                                       number=offer.certificate_no), self.people)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(STAFF_ID, offer.staff_id)

    def chosen(self) -> list[str]:
        """The staff ids still ticked, in the list's order."""
        items = (self.people.item(i) for i in range(self.people.count()))
        return [item.data(STAFF_ID) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        count = len(self.chosen())
        self.update_button.setText(self.tr("Update %n record(s)", "", count))
        self.update_button.setEnabled(count > 0)

    def try_save(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.submitted.emit(chosen)

    def saved(self) -> None:
        self.accept()

    def refused(self, exc: BaseException) -> bool:
        return show_refusal_in(self.refusal, exc)
