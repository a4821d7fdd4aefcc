"""The province table as an XLSX workbook: the rows the page shows (same filter, same
order), then the province's total, with numbers as numbers.

Written with openpyxl's write-only mode (rows streamed, not a model of every cell), so a
table of every commune costs milliseconds. Percentages are proportions with a percent
format, dates are dates: a spreadsheet can sum and sort them. Headers are in the page's
language; commune names come from the official unit list, never from a laptop.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from app.models.indicators import Indicators

from .figures import CommuneRow
from .words import Words

COLUMNS = ("code", "commune", "officials", "certified", "certified_share", "digital_skills",
           "digital_skills_share", "trained",
           "computers_per_official", "broken", "last_bundle", "age_days", "silent")
# Columns named by another area of the catalogue than the console's ``console.col_<key>``.
HEADERS = {"digital_skills": "skills.column_confirmed",
           "digital_skills_share": "skills.column_share"}
FORMATS = {"certified_share": "0.0%", "digital_skills_share": "0.0%",
           "computers_per_official": "0.00",
           "last_bundle": "DD/MM/YYYY HH:MM"}


def workbook(rows: Sequence[CommuneRow], total: Indicators, words: Words) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(words.t("console.xlsx_sheet"))
    sheet.freeze_panes = "C2"
    bold = Font(bold=True)
    sheet.append([_cell(sheet, words.t(HEADERS.get(key, f"console.col_{key}")), font=bold)
                  for key in COLUMNS])
    for row in rows:
        values = _values(row.figures, row.last_bundle, row.age_days)
        values["silent"] = words.t("console.yes") if row.silent else ""
        sheet.append([_cell(sheet, values[key], FORMATS.get(key)) for key in COLUMNS])
    values = _values(total, None, None)
    values["code"] = ""
    values["commune"] = words.t("console.total")
    sheet.append([_cell(sheet, values[key], FORMATS.get(key), bold) for key in COLUMNS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _values(item: Indicators, last, age) -> dict[str, object]:
    return {"code": item.commune_code, "commune": item.commune_name,
            "officials": item.officials, "certified": item.certified,
            "certified_share": item.certified_share, "digital_skills": item.digital_skills,
            "digital_skills_share": item.digital_skills_share,
            "trained": item.trained_this_year,
            "computers_per_official": item.computers_per_official, "broken": item.broken,
            "last_bundle": last, "age_days": age, "silent": ""}


def _cell(sheet, value: object, number_format: str | None = None,
          font: Font | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    if number_format and value is not None:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell
