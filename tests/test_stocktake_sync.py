"""A stock-take round worked on two laptops of Xã Mường Phăng (the office laptop and the
trainer's laptop serving it) merged through the province by USB; the biên bản kiểm kê's
figures against counts computed here from the book and the scans; the province's
``inventory`` report showing the commune's last closed round and its shortage.

The world (province, office laptops, trainer's laptop, enrolled and synced once) is
``usb_helpers.build_world``'s; every step runs the real command line of each computer.
"""

from __future__ import annotations

import sqlite3
import subprocess
from datetime import date
from pathlib import Path

from tests.report_helpers import ARTIFACTS, pdf_text
from tests.usb_helpers import assert_cli_ok, assert_cli_refused, assert_ok, new_stick

ACTIVE = "('in_use', 'in_storage', 'under_repair', 'broken')"
MUONG_PHANG = "03325"


def keep_pages(pdf: Path, name: str) -> None:
    """Every page as a PNG under artifacts/reports/, to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(ARTIFACTS / name)],
                   check=True)


def grouped(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def flat(text: str) -> str:
    return " ".join(text.split())


def read(laptop, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(f"file:{laptop.dir / laptop.db_name}?mode=ro", uri=True) as db:
        return db.execute(sql, params).fetchall()


def dump(path: Path, tags: list[str]) -> Path:
    path.write_text("\r\n".join(tags) + "\r\n", encoding="utf-8")
    return path


def exchange(world, root: Path, name: str, *senders) -> None:
    """The senders' bundles to the province, and the province's back to both laptops."""
    stick = new_stick(root, name)
    for laptop in senders:
        assert_ok(laptop.export(stick))
    assert_ok(world.province.take(stick))
    assert_ok(world.province.export(MUONG_PHANG, stick))
    for laptop in (world.office, world.trainer):
        assert_ok(laptop.take(stick))


def book(laptop) -> dict[str, int]:
    """The book: each active item's tag and value (0 when none is recorded)."""
    return {tag: value or 0 for tag, value in read(
        laptop, f"SELECT asset_tag, value_vnd FROM equipment WHERE commune_code = ? AND "
                f"deleted = 0 AND status IN {ACTIVE} AND asset_tag IS NOT NULL", MUONG_PHANG)}


def worked_on_two_laptops(world, tmp_path) -> tuple[dict[str, int], set[str]]:
    """Open on the office laptop; the trainer counts the first half and one shared item
    and a tag not in the book, the office the second half and the shared item again."""
    office, trainer = world.office, world.trainer
    assert_cli_ok(office.cli("stocktake", "open", "--committee", "Lò Văn Ánh:Trưởng ban",
                             "--committee", "Cà Văn Dũng:Thủ kho"))
    exchange(world, tmp_path, "stick-open", office)
    items = book(office)
    tags = sorted(items)
    first, second, left_out = tags[:12], tags[12:25], tags[25:]
    shared = second[0]
    out = assert_cli_ok(trainer.cli("stocktake", "count", "--commune", MUONG_PHANG,
                                    dump(tmp_path / "trainer.txt", [*first, shared, "LA-99"])))
    assert "1 mã không có trong sổ" in out
    assert_cli_ok(office.cli("stocktake", "count", dump(tmp_path / "office.txt", second)))
    exchange(world, tmp_path, "stick-counts", office, trainer)
    assert left_out
    return items, {*first, *second}


def test_two_laptops_count_one_round_and_merge_to_one_count_per_item(world, tmp_path):
    items, found = worked_on_two_laptops(world, tmp_path)
    for laptop in (world.office, world.trainer, world.province):
        counts = read(laptop, "SELECT e.asset_tag FROM stocktake_count c JOIN equipment e "
                              "ON e.id = c.equipment_id WHERE c.deleted = 0 AND c.found = 1")
        assert sorted(tag for (tag,) in counts) == sorted(found)  # the shared item once
        assert read(laptop, "SELECT tag FROM stocktake_count WHERE equipment_id IS NULL"
                    ) == [("LA-99",)]
        assert read(laptop, "SELECT count(*) FROM sync_conflict")[0][0] == 0
    status = assert_cli_ok(world.office.cli("stocktake", "status"))
    assert f"đã thấy {len(found)}, thiếu 0, chưa kiểm {len(items) - len(found)}" in status
    counters = {name for (name,) in read(world.office, "SELECT DISTINCT counted_by "
                                                       "FROM stocktake_count")}
    assert counters == {"Máy văn phòng Mường Phăng", "Máy giảng viên Hùng"}


def test_closing_is_the_office_s_a_trainer_cannot_change_the_register(world, tmp_path):
    worked_on_two_laptops(world, tmp_path)
    assert_cli_refused(world.trainer.cli("stocktake", "close", "--commune", MUONG_PHANG),
                       "Chỉ máy văn phòng xã kết thúc được đợt kiểm kê", one_line=True)
    assert read(world.trainer, "SELECT state FROM stocktake_round") == [("open",)]


def test_the_bien_ban_and_the_province_report_show_the_counts(world, tmp_path):
    items, found = worked_on_two_laptops(world, tmp_path)
    office = world.office
    untagged = read(office, f"SELECT count(*), coalesce(sum(value_vnd), 0) FROM equipment "
                            f"WHERE commune_code = ? AND deleted = 0 AND status IN {ACTIVE} "
                            f"AND asset_tag IS NULL", MUONG_PHANG)[0]
    assert_cli_ok(office.cli("stocktake", "close", "--confirm-missing"))
    book_count, book_value = len(items) + untagged[0], sum(items.values()) + untagged[1]
    found_value = sum(items[tag] for tag in found)
    missing, missing_value = book_count - len(found), book_value - found_value
    paper = tmp_path / "bien-ban.pdf"
    assert_cli_ok(office.cli("report", "inventory", "--out", paper))
    keep_pages(paper, "stocktake-bien-ban")
    text = flat(pdf_text(paper))
    assert "BIÊN BẢN KIỂM KÊ TÀI SẢN" in text
    assert (f"Theo sổ sách có {book_count} tài sản, nguyên giá {grouped(book_value)} đồng; "
            f"thực tế kiểm được {len(found)} tài sản, nguyên giá {grouped(found_value)} đồng; "
            f"thiếu {missing} tài sản, nguyên giá {grouped(missing_value)} đồng; thừa 1 tài "
            f"sản không có trong sổ.") in text
    assert (f"Tổng cộng {book_count} {grouped(book_value)} {len(found) + 1} "
            f"{grouped(found_value)} 1 {missing} {grouped(missing_value)}") in text
    for words in ("Lò Văn Ánh", "TRƯỞNG BAN", "Cà Văn Dũng", "THỦ KHO", "LA-99"):
        assert words in text
    exchange(world, tmp_path, "stick-closed", office)
    report = tmp_path / "province-inventory.pdf"
    result = world.province.cli("server", "report", "inventory", "--out", report)
    assert_cli_ok(result)
    keep_pages(report, "stocktake-province-inventory")
    lines = [flat(line) for line in pdf_text(report).splitlines()]
    closed = date.today().strftime("%d/%m/%Y")
    row = next(line for line in lines if "Mường Phăng" in line and closed in line)
    assert row.endswith(f"{closed} {book_count} {len(found)} {missing} "
                        f"{grouped(missing_value)} 1"), row
    assert any("Thanh Nưa" in line and "Chưa kiểm kê" in line for line in lines), lines


def test_without_a_closed_round_the_inventory_stays_the_register(world, tmp_path):
    paper = tmp_path / "inventory.pdf"
    assert_cli_ok(world.office.cli("stocktake", "open"))
    assert_cli_ok(world.office.cli("report", "inventory", "--out", paper))
    text = flat(pdf_text(paper))
    assert "BÁO CÁO KIỂM KÊ THIẾT BỊ CÔNG NGHỆ THÔNG TIN" in text
    assert "BIÊN BẢN" not in text
