"""The form of one official.

The form groups what the province's reports ask about an official (who, where they work,
their training, their IT certificate) in two columns that fit a 1366×768 screen. A new
official starts with what most records hold (no degree, no certificate yet); the commune
is always this computer's own. Checks are the officer's mistakes made visible: a name is
required, dates are dd/mm/yyyy and real, a birth date gives a working age, a phone is
digits, an e-mail has an @. The form reads the dates and the ethnic group itself; the rest
is ``check_staff``'s decision, the same an import of the staff list gets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QVBoxLayout, QWidget

from app.models.queries import EthnicChoice
from app.models.staff_ops import check_staff
from app.models.validation import (
    AGE,
    DEPENDS,
    EMAIL_FORMAT,
    ORDER,
    PHONE_FORMAT,
    REQUIRED,
    Problem,
)
from app.models.vntext import search_key
from app.ui.runtime import labels
from app.ui.widgets.record_form import DateField, RecordForm, date_problem, enum_combo, line_edit
from app.ui.widgets.search_combo import Choice, SearchCombo

_SEPARATORS = re.compile(r"[|,;]")


def ethnic_choices(groups: Sequence[EthnicChoice]) -> list[Choice]:
    """The 54 groups, each also found by its other spellings (H'Mông, Mèo for Mông)."""
    blank = Choice("", None, "")
    return [blank, *(Choice(g.name, g.code, search_key(
        " ".join([g.name, *_SEPARATORS.split(g.variants)]))) for g in groups)]


class StaffForm(RecordForm):
    """An official's form: ``values`` of a stored official, or None for a new one (whose
    fields may be ``prefill``-ed: the name typed in an item's holder field)."""

    def __init__(self, values: dict[str, Any] | None, groups: Sequence[EthnicChoice],
                 parent: QWidget | None = None, today: date | None = None,
                 prefill: dict[str, Any] | None = None) -> None:
        super().__init__("", parent)
        name = (values or {}).get("full_name")
        self.setWindowTitle(self.tr("Official: {name}").format(name=name) if name
                            else self.tr("New official"))
        self.setObjectName("staffForm")
        self.today = today or date.today()
        self.current = values  # what the store holds, to judge only what is changed
        v = values or {"professional_level": "none", "it_certificate": "none", **(prefill or {})}
        left = QVBoxLayout()
        self.columns.addLayout(left, 1)
        self._person(self.add_group(self.tr("Person"), left), v, groups)
        self._work(self.add_group(self.tr("Work"), left), v)
        right = QVBoxLayout()
        self.columns.addLayout(right, 1)
        self._training(self.add_group(self.tr("Training"), right), v)
        self._it_skills(self.add_group(self.tr("IT skills"), right), v)
        left.addStretch(1)
        right.addStretch(1)
        self.start_tracking()
        self.fields["full_name"].setFocus()

    def _person(self, form: QFormLayout, v: dict[str, Any],
                groups: Sequence[EthnicChoice]) -> None:
        add = self.add_field
        add(form, "full_name", self.tr("Full name"), line_edit(self, v.get("full_name"), 120),
            required=True)
        add(form, "gender", self.tr("Gender"),
            enum_combo(self, labels.GENDER.choices(), v.get("gender"), blank=""))
        add(form, "birth_date", self.tr("Date of birth"), DateField(v.get("birth_date"), self))
        ethnicity = SearchCombo(self)
        ethnicity.set_choices(ethnic_choices(groups), v.get("ethnicity_code"))
        ethnicity.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. thai, hmong"))
        add(form, "ethnicity_code", self.tr("Ethnicity"), ethnicity)
        add(form, "phone", self.tr("Phone"), line_edit(self, v.get("phone"), 20))
        add(form, "email", self.tr("E-mail"), line_edit(self, v.get("email"), 120))

    def _work(self, form: QFormLayout, v: dict[str, Any]) -> None:
        add = self.add_field
        add(form, "unit", self.tr("Unit"),
            enum_combo(self, labels.UNIT.choices(), v.get("unit"), blank=""))
        add(form, "position", self.tr("Job position"), line_edit(self, v.get("position"), 120))
        add(form, "legacy_title", self.tr("Former title (before 2025)"),
            enum_combo(self, labels.LEGACY_TITLE.choices(), v.get("legacy_title"), blank=""))
        add(form, "service_start", self.tr("In service since"),
            DateField(v.get("service_start"), self))
        add(form, "service_end", self.tr("Left service on"),
            DateField(v.get("service_end"), self))

    def _training(self, form: QFormLayout, v: dict[str, Any]) -> None:
        add = self.add_field
        add(form, "general_education", self.tr("General education (e.g. 12/12)"),
            line_edit(self, v.get("general_education"), 10))
        add(form, "professional_level", self.tr("Professional level"),
            enum_combo(self, labels.PROFESSIONAL_LEVEL.choices(), v.get("professional_level")))
        add(form, "professional_field", self.tr("Field of study"),
            line_edit(self, v.get("professional_field"), 120))
        add(form, "political_theory_level", self.tr("Political theory"),
            enum_combo(self, labels.POLITICAL_THEORY.choices(), v.get("political_theory_level"),
                       blank=""))
        add(form, "state_management_level", self.tr("State management"),
            enum_combo(self, labels.STATE_MANAGEMENT.choices(),
                       v.get("state_management_level"), blank=""))
        add(form, "minority_languages", self.tr("Ethnic minority languages"),
            line_edit(self, v.get("minority_languages"), 160))

    def _it_skills(self, form: QFormLayout, v: dict[str, Any]) -> None:
        add = self.add_field
        add(form, "it_certificate", self.tr("IT certificate"),
            enum_combo(self, labels.IT_CERTIFICATE.choices(), v.get("it_certificate")))
        add(form, "it_certificate_date", self.tr("Certificate date"),
            DateField(v.get("it_certificate_date"), self))
        add(form, "it_certificate_issuer", self.tr("Issued by"),
            line_edit(self, v.get("it_certificate_issuer"), 160))
        add(form, "uses_official_email", self.tr("Uses the official e-mail"),
            QCheckBox(self, checked=bool(v.get("uses_official_email"))))
        add(form, "digital_skills", self.tr("Basic digital skills confirmed"),
            QCheckBox(self, checked=bool(v.get("digital_skills"))))
        add(form, "digital_skills_date", self.tr("Confirmed on"),
            DateField(v.get("digital_skills_date"), self))
        add(form, "digital_skills_method", self.tr("Confirmed by"),
            enum_combo(self, labels.DIGITAL_SKILLS_METHOD.choices(),
                       v.get("digital_skills_method"), blank=""))

    def unreadable(self) -> dict[str, str]:
        found = {}
        for key in ("birth_date", "it_certificate_date", "service_start", "service_end",
                    "digital_skills_date"):
            problem = date_problem(self.fields[key], self.today)
            if problem:
                found[key] = problem
        if not self.fields["ethnicity_code"].resolve():
            found["ethnicity_code"] = self.tr("Choose an ethnic group from the list, or "
                                              "leave the field empty.")
        return found

    def check(self, values: dict[str, Any]) -> list[Problem]:
        return check_staff(values, self.current, self.today)

    def problem_text(self, problem: Problem) -> str:
        if problem.code == REQUIRED and problem.field == "full_name":
            return self.tr("Enter the official's full name.")
        if problem.code == AGE:
            return self.tr("Check the date of birth: the official would be {age} years "
                           "old.").format(age=problem.params["age"])
        if problem.code == PHONE_FORMAT:
            return self.tr("Write the phone number in digits (9 to 12), for example "
                           "0912 345 678.")
        if problem.code == EMAIL_FORMAT:
            return self.tr("Check the e-mail address, for example ten@dienbien.gov.vn.")
        if problem.code == ORDER:
            return self.tr("The end of service must come after its start.")
        if problem.code == DEPENDS and problem.field.startswith("digital_skills"):
            return self.tr("Tick “Basic digital skills confirmed” first, or leave this "
                           "field empty.")
        return super().problem_text(problem)
