"""What the reports tell the officer is a code of the one catalogue
(app/messages/reports.py), in Vietnamese and in English alike.

The refusals are provoked through the real operations on a real SQLite store; each must
carry a code the catalogue knows and read in English with no Vietnamese letter (what the
English window and ``LANG=en`` show)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.messages import catalogue, placeholders
from app.messages.reports import TEXTS
from app.models.errors import ModelError
from app.ops import reports
from app.reports import fonts
from app.reports.document import Column, Document, Issuer, Table
from app.reports.output import write_document
from tests.helpers import make_store

_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE = re.compile(f"[{_VI}{_VI.upper()}]")
SAID_BY_THE_COMMAND_LINE = {"report.name_missing", "report.out_missing", "report.written_pdf",
                            "report.written_xlsx"}  # tests/test_cli_report.py provokes these


def test_every_entry_has_both_languages_and_the_same_placeholders() -> None:
    assert TEXTS
    for code, (vietnamese, english) in TEXTS.items():
        assert code.startswith("report.") and code in catalogue()
        assert vietnamese.strip() and english.strip(), code
        assert placeholders(vietnamese) == placeholders(english), code
        assert not VIETNAMESE.search(english), code


def test_every_report_is_described_in_both_languages() -> None:
    listed = reports.report_list()
    assert [info.name for info in listed] == ["sign-in-sheet", "attendance-summary",
                                              "inventory", "staff-qualifications",
                                              "ict-indicators"]
    for info in listed:
        assert VIETNAMESE.search(info.about.text("vi")), info.name
        assert not VIETNAMESE.search(info.about.text("en")), info.name


def refusals(store, tmp_path: Path) -> list:
    paper = Document("x", Issuer("UBND xã Mường Phăng", "Mường Phăng"),
                     date(2026, 2, 5), "X",
                     (Table((Column("A", 1),), [], "Không có."),))
    (tmp_path / "folder.pdf").mkdir()
    return [
        lambda: reports.check_request("bao-cao"),
        lambda: reports.check_request("inventory", tmp_path / "x.docx"),
        lambda: reports.check_request("inventory", course="abc"),
        lambda: reports.make_report(store, "sign-in-sheet", tmp_path / "x.pdf"),
        lambda: fonts.choose([]),
        lambda: write_document(paper, tmp_path / "folder.pdf"),
        lambda: write_document(paper, tmp_path / "none" / "x.pdf"),
        lambda: write_document(paper, Path("/proc/x.pdf")),
    ]


def test_each_refusal_is_in_the_catalogue_in_either_language(tmp_path: Path) -> None:
    store = make_store(tmp_path / "office")
    raised: list[ModelError] = []
    with store:
        for attempt in refusals(store, tmp_path):
            with pytest.raises(ModelError) as caught:
                attempt()
            raised.append(caught.value)
    codes = {error.code for error in raised}
    assert codes == {"report.unknown", "report.format_unknown", "report.course_not_taken",
                     "report.no_course", "report.no_font", "report.out_is_folder",
                     "report.folder_missing", "report.cannot_write"}
    for error in raised:
        assert error.code in TEXTS
        for language in ("vi", "en"):
            assert "{" not in error.text(language), error.text(language)
        assert not VIETNAMESE.search(error.text("en")), error.text("en")
    assert "bao-cao" in raised[0].text("en") and "inventory" in raised[0].text("en")


def test_the_course_and_lesson_refusals_name_what_there_is(tmp_path: Path) -> None:
    from app.models.training_ops import CourseValues, LessonValues
    from app.ops import training

    store = make_store(tmp_path / "office")
    with store:
        course = training.create_course(store, CourseValues("Tin học văn phòng",
                                                            date.today()))
        training.add_lesson(store, course, LessonValues(date.today() + timedelta(days=1)))
        raised = []
        for course_ref, lesson_ref in (("zz", None), (None, "zz"), (course, "zz")):
            with pytest.raises(ModelError) as caught:
                reports.document(store, "sign-in-sheet", course=course_ref, lesson=lesson_ref)
            raised.append(caught.value)
    assert [error.code for error in raised] == ["report.course_unknown", "report.lesson_unknown",
                                                "report.lesson_not_in_course"]
    assert course[:8] in raised[0].text("en") and "‘Tin học văn phòng’" in raised[0].text("en")
    for error in raised:
        assert not VIETNAMESE.search(error.text("en").replace("Tin học văn phòng", ""))
    assert (date.today() + timedelta(days=1)).strftime("%d/%m/%Y") in raised[2].text("vi")
    assert set(TEXTS) >= SAID_BY_THE_COMMAND_LINE
