"""The stock-take through the real ``commune-it`` console script: a round opened with its
committee, a scanner's dump taken in (a duplicate and an unknown tag among the tags, CR/LF,
a BOM, blank lines, spaces and lower case), closing with and without --confirm-missing, and
the refusals (exit 2, one Vietnamese line, nothing written).

Every figure is checked against the store read with plain SQL (``report_helpers.query``).
"""

from __future__ import annotations

import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.report_helpers import cli, demo, ok, query, refused

ACTIVE = "('in_use', 'in_storage', 'under_repair', 'broken')"
VIETNAMESE = re.compile("[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐ]",
                        re.IGNORECASE)
COMMITTEE = ("--committee", "Lò Văn Ánh:Chủ tịch UBND xã", "--committee",
             "Quàng Thị Bình:Công chức Tài chính - Kế toán")


def book_tags(data_dir: Path) -> list[str]:
    return [row[0] for row in query(
        data_dir, f"SELECT asset_tag FROM equipment WHERE asset_tag IS NOT NULL AND deleted = 0 "
        f"AND status IN {ACTIVE} ORDER BY asset_tag")]


def book_size(data_dir: Path) -> int:
    return query(data_dir, f"SELECT count(*) FROM equipment WHERE deleted = 0 "
                           f"AND status IN {ACTIVE}")[0][0]


def scanner_dump(path: Path, lines: list[str]) -> Path:
    """As a scanner's memory dumps it on Windows: a BOM and CR/LF."""
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    return demo(tmp_path_factory.mktemp("stocktake") / "data")


@pytest.fixture
def data(demo_template, tmp_path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    return target


def counted_round(data: Path, tmp_path: Path) -> tuple[list[str], list[str]]:
    """Open a round and take in a dump of the first 20 tags of the book, one of them twice
    (typed by hand: lower case, a space), one tag not in the book; the tags counted and the
    tags of the book left."""
    tags = book_tags(data)
    counted, left = tags[:20], tags[20:]
    messy = f"  {counted[3].lower().replace('-', '- ', 1)}  "
    lines = [*counted[:10], "", messy, *counted[10:], "", "  ", "KHONG-CO-01"]
    ok(cli(data, "stocktake", "open", *COMMITTEE))
    result = ok(cli(data, "stocktake", "count", str(scanner_dump(tmp_path / "scan.txt", lines))))
    assert "Đã nhận 20 mã có trong sổ, 1 mã không có trong sổ, 1 mã trùng" in result.stdout
    assert f"Trùng: {counted[3]} đã được kiểm, chỉ tính một lần." in result.stdout
    assert "Không có trong sổ: KHONG-CO-01" in result.stdout
    return counted, left


def test_a_round_by_file_counts_each_item_once(data, tmp_path):
    counted, _left = counted_round(data, tmp_path)
    rows = query(data, "SELECT e.asset_tag, c.found FROM stocktake_count c "
                       "JOIN equipment e ON e.id = c.equipment_id WHERE c.deleted = 0")
    assert sorted(rows) == sorted((tag, 1) for tag in counted)
    assert query(data, "SELECT tag, found FROM stocktake_count WHERE equipment_id IS NULL"
                 ) == [("KHONG-CO-01", 1)]
    status = ok(cli(data, "stocktake", "status")).stdout
    book = book_size(data)
    assert (f"sổ {book}, đã thấy 20, thiếu 0, chưa kiểm {book - 20}, thừa (không có trong sổ) 1"
            in status)
    # the same dump again: everything a duplicate, nothing new written
    before = query(data, "SELECT count(*) FROM change_journal")
    again = ok(cli(data, "stocktake", "count", str(tmp_path / "scan.txt"))).stdout
    assert "Đã nhận 0 mã có trong sổ, 0 mã không có trong sổ, 22 mã trùng" in again
    assert query(data, "SELECT count(*) FROM change_journal") == before


def test_close_without_confirming_leaves_missing_items_as_they_were(data, tmp_path):
    counted, left = counted_round(data, tmp_path)
    statuses = dict(query(data, "SELECT asset_tag, status FROM equipment"))
    result = ok(cli(data, "stocktake", "close"))
    missing = book_size(data) - len(counted)
    assert "Đã đóng đợt kiểm kê: 20 thiết bị đã kiểm được cập nhật." in result.stdout
    assert f"{missing} thiết bị không tìm thấy chưa được xác nhận mất" in result.stdout
    today = date.today().isoformat()
    checked = dict(query(data, "SELECT asset_tag, last_inventory_check FROM equipment"))
    assert all(checked[tag] == today for tag in counted)
    assert all(checked[tag] != today for tag in left)
    now = dict(query(data, "SELECT asset_tag, status FROM equipment"))
    assert all(now[tag] == statuses[tag] for tag in left)
    assert query(data, "SELECT state FROM stocktake_round") == [("closed",)]
    assert "Không có đợt kiểm kê nào đang mở" in ok(cli(data, "stocktake", "status")).stdout
    refused(cli(data, "stocktake", "close"), "Chưa có đợt kiểm kê nào đang mở")


def test_close_with_confirm_missing_makes_them_lost_as_history(data, tmp_path):
    counted, left = counted_round(data, tmp_path)
    missing = book_size(data) - len(counted)
    result = ok(cli(data, "stocktake", "close", "--confirm-missing"))
    assert f"{missing} thiết bị không tìm thấy đã được ghi là mất." in result.stdout
    now = dict(query(data, "SELECT asset_tag, status FROM equipment"))
    assert all(now[tag] == "lost" for tag in left)
    assert all(now[tag] != "lost" for tag in counted)
    lost_events = query(
        data, "SELECT count(*) FROM equipment_status_event s JOIN equipment e "
              "ON e.id = s.equipment_id WHERE s.status = 'lost' AND s.changed_on = ?",
        date.today().isoformat())[0][0]
    assert lost_events == missing
    # a new round may be opened once the last one is closed
    ok(cli(data, "stocktake", "open", *COMMITTEE))


def test_a_second_open_round_is_refused(data):
    ok(cli(data, "stocktake", "open", *COMMITTEE))
    refused(cli(data, "stocktake", "open"), "Đã có một đợt kiểm kê đang mở")
    assert query(data, "SELECT count(*) FROM stocktake_round") == [(1,)]


def test_bad_input_is_one_line_and_writes_nothing(data, tmp_path):
    tags = book_tags(data)
    good = scanner_dump(tmp_path / "good.txt", tags[:3])
    refused(cli(data, "stocktake", "count", str(good)), "Chưa có đợt kiểm kê nào đang mở")
    refused(cli(data, "stocktake", "open", "--committee", ":Thủ kho"), "không hợp lệ")
    assert query(data, "SELECT count(*) FROM stocktake_round") == [(0,)]
    ok(cli(data, "stocktake", "open", *COMMITTEE))
    refused(cli(data, "stocktake", "count", str(tmp_path / "none.txt")), "Không đọc được tệp")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    refused(cli(data, "stocktake", "count", str(binary)), "không phải danh sách mã tài sản")
    long_line = scanner_dump(tmp_path / "long.txt", [tags[0], "X" * 60])
    refused(cli(data, "stocktake", "count", str(long_line)), "Dòng 2:", "Không ghi gì")
    assert query(data, "SELECT count(*) FROM stocktake_count") == [(0,)]


def test_english_when_asked(data, tmp_path):
    english = {**os.environ, "COMMUNE_IT_LANG": "en"}
    line = refused(cli(data, "stocktake", "close", env=english), "No stock-take round is open")
    assert not VIETNAMESE.search(line)
    ok(cli(data, "stocktake", "open", *COMMITTEE, env=english))
    tags = scanner_dump(tmp_path / "scan.txt", [*book_tags(data)[:2], "NOPE-1", "NOPE-1"])
    out = ok(cli(data, "stocktake", "count", str(tags), env=english)).stdout
    assert "Took in 2 tags in the register, 1 not in the register, 1 duplicates" in out
    assert not VIETNAMESE.search(out)
