"""The question asked after results are saved: may the officials who passed with a
certificate number have their IT certificate raised in the register?

The dialog (``record_question``) lists each official ticked, with the certificate they hold
now and their certificate number, says the certificate, date and issuer the record would
get, and updates only those still ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from app.models.training_results import CertificateOffer
from app.ui.runtime import labels
from app.ui.runtime.formatting import date_text

from .record_question import RecordQuestion


class CertificateQuestion(RecordQuestion):
    """Which of the course's passed officials get the course's IT certificate."""

    def __init__(self, course_title: str, offers: Sequence[CertificateOffer],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        first = offers[0]
        certificate = labels.IT_CERTIFICATE.label(first.certificate)
        question = self.tr(
            "%n official(s) passed “{title}” with a certificate number, but their record "
            "does not show that certificate yet. Record “{certificate}” for them?", "",
            len(offers)).format(title=course_title, certificate=certificate)
        facts = self.tr("Certificate: {certificate} · date: {date} · issued by: "
                        "{issuer}").format(certificate=certificate, date=date_text(first.on),
                                           issuer=first.issuer or "—")
        people = [(self.tr("{name} — now: {current} — certificate no. {number}").format(
            name=offer.name, current=labels.IT_CERTIFICATE.label(offer.current),
            number=offer.certificate_no), offer.staff_id) for offer in offers]
        self.build(question, facts, people, self._update_text)
        self.setWindowTitle(self.tr("Update IT certificates?"))

    def _update_text(self, count: int) -> str:
        return self.tr("Update %n record(s)", "", count)
