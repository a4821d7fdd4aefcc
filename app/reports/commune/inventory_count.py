"""The biên bản kiểm kê: after a closed stock-take round, ``report inventory`` prints the
book against what the committee counted — quantity and original value by category, the
surplus (found, not in the book) and the shortage (in the book, not found), the condition
of what was found, the lists of missing and surplus items — signed by every member of the
committee and the head of the commune. Without a closed round the report stays the
register's inventory (``inventory.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.models import enums
from app.models.stocktake import CONDITIONS
from app.models.stocktake_queries import ClosedRound, CountLine

from .. import words
from ..document import Column, Document, Issuer, Signature, Table
from ..numbers import day_month_year, grouped
from . import inventory

TITLE = "BIÊN BẢN KIỂM KÊ TÀI SẢN CÔNG NGHỆ THÔNG TIN"
SUBTITLE = "Đợt kiểm kê từ ngày {opened} đến ngày {closed}"
COMMITTEE_LEAD = "Hội đồng kiểm kê gồm: {members}."
MEMBER = "{name} ({role})"
FIGURES_LEAD = ("Theo sổ sách có {book} tài sản, nguyên giá {value} đồng; thực tế kiểm được "
                "{found} tài sản, nguyên giá {found_value} đồng; thiếu {missing} tài sản, "
                "nguyên giá {missing_value} đồng; thừa {surplus} tài sản không có trong sổ.")
COMPARE_HEADING = "I. ĐỐI CHIẾU SỔ SÁCH VÀ THỰC TẾ KIỂM KÊ"
CONDITION_HEADING = "II. TÌNH TRẠNG TÀI SẢN KIỂM ĐƯỢC"
MISSING_HEADING = "III. TÀI SẢN THIẾU (CÓ TRONG SỔ, KHÔNG TÌM THẤY)"
SURPLUS_HEADING = "IV. TÀI SẢN THỪA (TÌM THẤY, KHÔNG CÓ TRONG SỔ)"
NOT_IN_BOOK = "Tài sản không có trong sổ"
NO_MISSING = "Không có tài sản thiếu."
NO_SURPLUS = "Không có tài sản thừa."
TAG = "Mã tài sản"
ROLE_HINT = "(Ký, ghi rõ họ tên)"

COMPARE_COLUMNS = (
    Column(words.NUMBER, 5, "center", grouped=False),
    Column(words.CATEGORY, 18),
    Column("Sổ sách: số lượng", 8, "right"),
    Column("Sổ sách: nguyên giá", 13, "right"),
    Column("Kiểm kê: số lượng", 8, "right"),
    Column("Kiểm kê: nguyên giá", 13, "right"),
    Column("Thừa: số lượng", 7, "right"),
    Column("Thiếu: số lượng", 7, "right"),
    Column("Thiếu: nguyên giá", 13, "right"),
)
CONDITION_COLUMNS = (
    Column(words.NUMBER, 5, "center", grouped=False),
    Column(words.CATEGORY, 22),
    *(Column(label, 10, "right") for label in CONDITIONS.values()),
    Column(words.TOTAL, 9, "right"),
)
LIST_COLUMNS = (
    Column(words.NUMBER, 6, "center", grouped=False),
    Column(words.ITEM, 34),
    Column(TAG, 22),
    Column(words.VALUE, 16, "right"),
)


@dataclass(frozen=True)
class CountFigures:
    issuer: Issuer
    round: ClosedRound
    today: date
    head: tuple[str, ...] = words.COMMUNE_HEAD


def build_any(figures: inventory.InventoryFigures | CountFigures) -> Document:
    """The biên bản after a closed round, else the register's inventory."""
    if isinstance(figures, CountFigures):
        return build(figures)
    return inventory.build(figures)


def _value(lines: Sequence[CountLine]) -> int:
    return sum(line.value_vnd or 0 for line in lines)


def build(figures: CountFigures) -> Document:
    rnd = figures.round
    found = [line for line in rnd.book if line.found]
    members = ", ".join(MEMBER.format(name=n, role=r) if r else n for n, r in rnd.committee)
    lead = (COMMITTEE_LEAD.format(members=members),) if rnd.committee else ()
    lead += (FIGURES_LEAD.format(
        book=grouped(len(rnd.book)), value=grouped(_value(rnd.book)), found=grouped(len(found)),
        found_value=grouped(_value(found)), missing=grouped(len(rnd.missing)),
        missing_value=grouped(_value(rnd.missing)), surplus=grouped(len(rnd.surplus))),)
    return Document(
        name="inventory", issuer=figures.issuer, day=figures.today, title=TITLE,
        subtitle=SUBTITLE.format(opened=day_month_year(rnd.opened_on),
                                 closed=day_month_year(rnd.closed_on)),
        lead=lead,
        tables=(_compare(rnd), _conditions(found), _listing(rnd.missing, MISSING_HEADING,
                                                            NO_MISSING),
                _listing(rnd.surplus, SURPLUS_HEADING, NO_SURPLUS)),
        signatures=(*_committee(rnd), Signature(figures.head, words.SIGN_SEAL_HINT)),
        landscape=True, sheet="Biên bản kiểm kê",
    )


def _by_category(lines: Sequence[CountLine]) -> dict[str, list[CountLine]]:
    out: dict[str, list[CountLine]] = {}
    for line in lines:  # in the register's category order
        out.setdefault(line.category or "", []).append(line)
    return out


def _compare(rnd: ClosedRound) -> Table:
    rows = []
    for number, (category, lines) in enumerate(_by_category(rnd.book).items(), start=1):
        found = [line for line in lines if line.found]
        missing = [line for line in lines if not line.found]
        rows.append((number, enums.EQUIPMENT_CATEGORY.get(category, category), len(lines),
                     _value(lines), len(found), _value(found), 0, len(missing),
                     _value(missing)))
    if rnd.surplus:
        rows.append((len(rows) + 1, NOT_IN_BOOK, 0, 0, len(rnd.surplus), None,
                     len(rnd.surplus), 0, 0))
    total = ("", words.TOTAL, *(sum(row[i] or 0 for row in rows) for i in range(2, 9)))
    return Table(COMPARE_COLUMNS, rows, words.NO_EQUIPMENT, heading=COMPARE_HEADING,
                 totals=(total,) if rows else (), font_size=10)


def _conditions(found: Sequence[CountLine]) -> Table:
    rows = []
    for number, (category, lines) in enumerate(_by_category(found).items(), start=1):
        states = Counter(line.condition for line in lines)
        rows.append((number, enums.EQUIPMENT_CATEGORY.get(category, category),
                     *(states[key] for key in CONDITIONS), len(lines)))
    total = ("", words.TOTAL, *(sum(row[i] for row in rows) for i in range(2, 3 + len(CONDITIONS))))
    return Table(CONDITION_COLUMNS, rows, words.NO_EQUIPMENT, heading=CONDITION_HEADING,
                 totals=(total,) if rows else (), font_size=10)


def _listing(lines: Sequence[CountLine], heading: str, empty: str) -> Table:
    rows = [(number, _name(line), line.tag or "", line.value_vnd)
            for number, line in enumerate(lines, start=1)]
    return Table(LIST_COLUMNS, rows, empty, heading=heading, font_size=10)


def _name(line: CountLine) -> str:
    if line.category is None:
        return NOT_IN_BOOK
    parts = [enums.EQUIPMENT_CATEGORY.get(line.category, line.category), line.brand,
             line.model]
    return " ".join(part for part in parts if part)


def _committee(rnd: ClosedRound) -> list[Signature]:
    """A block for each member: the role in capitals over the hint, the name below."""
    if not rnd.committee:
        return [Signature(words.COMMITTEE_MEMBER, words.SIGN_HINT),
                Signature(words.COMMITTEE_HEAD, words.SIGN_HINT)]
    return [Signature(((role or words.COMMITTEE_MEMBER[0]).upper(),), ROLE_HINT, name)
            for name, role in rnd.committee]
