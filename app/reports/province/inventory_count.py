"""The province's view of the stock-take: each commune's last closed round (when it was
closed, the book against what was found, the shortage with its original value, the
surplus), one row per commune in code order, with the province's totals. A commune with
no closed round yet says so in words."""

from __future__ import annotations

from collections.abc import Mapping

from app.models.stocktake_queries import ClosedRound

from ..document import Cell, Column, Table
from ..numbers import day_month_year
from .common import ProvinceFrame, per_unit_table, unit_columns

HEADING = "III. KIỂM KÊ GẦN NHẤT CỦA CÁC XÃ, PHƯỜNG (TÀI SẢN THIẾU)"
NO_ROUND = "Chưa kiểm kê"
COLUMNS = unit_columns(
    Column("Ngày đóng đợt kiểm kê", 12, "center"),
    Column("Sổ sách: số lượng", 9, "right"),
    Column("Kiểm được: số lượng", 9, "right"),
    Column("Thiếu: số lượng", 9, "right"),
    Column("Thiếu: nguyên giá (đồng)", 14, "right"),
    Column("Thừa: số lượng", 9, "right"),
)


def _figures(rnd: ClosedRound) -> list[int]:
    missing = rnd.missing
    return [len(rnd.book), len(rnd.book) - len(missing), len(missing),
            sum(line.value_vnd or 0 for line in missing), len(rnd.surplus)]


def stocktake_table(frame: ProvinceFrame, rounds: Mapping[str, ClosedRound]) -> Table:
    def cells(unit) -> list[Cell]:
        rnd = rounds.get(unit.code)
        if rnd is None:
            return [NO_ROUND, None, None, None, None, None]
        return [day_month_year(rnd.closed_on), *_figures(rnd)]

    sums = [0] * 5
    for rnd in rounds.values():
        sums = [a + b for a, b in zip(sums, _figures(rnd), strict=True)]
    return per_unit_table(frame, COLUMNS, cells, ["", *sums], HEADING)

