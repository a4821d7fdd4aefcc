"""The sign-in sheet a trainer prints before a lesson: one row per enrolled person with a
blank column to sign, and blank rows for those who come without being enrolled."""

from __future__ import annotations

from .. import words
from ..document import Column, Document, Signature, Table
from .course import CourseFigures, course_facts, lesson_text, unit_of

WALK_IN_ROWS = 5  # blank rows for people who come unannounced
SIGNING_ROW_HEIGHT = 26  # points: room for a signature by hand

COLUMNS = (
    Column(words.NUMBER, 6, "center", grouped=False),
    Column(words.FULL_NAME, 32),
    Column(words.SIGN_IN_UNIT, 38),
    Column(words.SIGN_IN_SIGNATURE, 24),
)


def build(figures: CourseFigures) -> Document:
    matrix = figures.matrix
    rows: list[tuple] = [(number, person.name, unit_of(person, figures), "")
                         for number, person in enumerate(matrix.people, start=1)]
    rows += [(number, "", "", "")
             for number in range(len(rows) + 1, len(rows) + 1 + WALK_IN_ROWS)]
    facts = course_facts(figures)
    facts = (facts[0], (words.LESSON, lesson_text(figures.lesson, matrix.sessions)), *facts[1:])
    return Document(
        name="sign-in-sheet", issuer=figures.issuer, day=figures.today,
        title=words.SIGN_IN_TITLE, facts=facts,
        lead=() if matrix.people else (words.SIGN_IN_EMPTY,),
        tables=(Table(COLUMNS, rows, words.NO_PEOPLE, row_height=SIGNING_ROW_HEIGHT),),
        signatures=(Signature(words.MAKER, words.SIGN_HINT),
                    Signature(words.TRAINER, words.SIGN_HINT, figures.course.trainer or "")),
        sheet="Danh sách ký nhận",
    )
