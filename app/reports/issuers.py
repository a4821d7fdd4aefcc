"""Who issues a paper, from the official unit names: never typed, never re-cased by hand.

A commune's papers are issued by its People's Committee ("UBND xã Mường Phăng", printed in
capitals as the format asks: "UBND XÃ MƯỜNG PHĂNG"), dated from the commune ("Mường Phăng,
ngày …"). A class the province's trainers run, and later the province's own reports, are
the department's (its name a setting, "Sở Khoa học và Công nghệ"), under the province's
People's Committee, dated from the province. The names inside come from the unit list
through ``name_in_text``, which writes only the unit's type anew (Nghị định 30 puts no
superior above a People's Committee, so a commune's paper has one line).
"""

from __future__ import annotations

from app.models.reference_queries import committee_name
from app.models.report_queries import UnitNames

from .document import Issuer


def commune_issuer(names: UnitNames) -> Issuer:
    """The commune's People's Committee, dated from the commune."""
    return Issuer(unit=committee_name(names.commune_in_text), place=names.commune_proper)


def department_issuer(department: str, province_in_text: str, province_proper: str) -> Issuer:
    """The provincial department, under the province's People's Committee."""
    return Issuer(unit=department, superior=committee_name(province_in_text),
                  place=province_proper)
