"""Every commune report, made by ``commune-it report`` on the demo commune, on a large
generated register and on an empty commune: the figures on paper (PDF text) and in the
XLSX twin are checked against figures the test works out itself, with plain SQL on the
store or from the files it imported, never with the code that made the report."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.models import enums
from tests.report_helpers import (
    BIG_COURSE,
    CERTIFIED,
    ITEMS,
    OFFICIALS,
    UNTRAINED,
    big_register,
    cli,
    demo,
    grouped,
    ok,
    page_count,
    pdf_text,
    percent,
    query,
    set_up,
    sheet_rows,
    table_after,
)

COMPUTERS = ("desktop", "laptop")
ACTIVE = ("in_use", "in_storage", "under_repair", "broken")
STATE_KEYS = list(enums.EQUIPMENT_STATUS)
CATEGORY_OF = {label: key for key, label in enums.EQUIPMENT_CATEGORY.items()}


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo(tmp_path_factory.mktemp("demo"))


def make(data_dir: Path, name: str, out: Path, *extra: str) -> tuple[str, list[tuple]]:
    """The report as PDF text (whitespace runs made one space) and as XLSX rows."""
    pdf, xlsx = out / f"{name}.pdf", out / f"{name}.xlsx"
    ok(cli(data_dir, "report", name, *extra, "--out", str(pdf)))
    ok(cli(data_dir, "report", name, *extra, "--out", str(xlsx)))
    return " ".join(pdf_text(pdf).split()), sheet_rows(xlsx)


def in_service(data_dir: Path, what: str) -> list[tuple]:
    return query(data_dir, f"SELECT {what}, count(*) FROM staff WHERE deleted = 0 AND "
                           "(service_end IS NULL OR service_end > ?) GROUP BY 1",
                 date.today().isoformat())


# --- inventory ----------------------------------------------------------------------------------
def check_inventory(text: str, rows: list[tuple], expected: Counter, values: Counter) -> None:
    count, value = sum(expected.values()), sum(values.values())
    states = Counter()
    for (_, status), n in expected.items():
        states[status] += n
    assert (f"Tổng số {grouped(count)} thiết bị, nguyên giá {grouped(value)} đồng; đang sử "
            f"dụng {grouped(states['in_use'])}, hỏng {grouped(states['broken'])}, đang sửa "
            f"chữa {grouped(states['under_repair'])}.") in text
    summary = table_after(rows, "STT", "Loại thiết bị")
    *body, total = summary
    seen = {}
    for row in body:
        category = CATEGORY_OF[row[1]]
        seen[category] = row
        assert list(row[2:8]) == [expected[(category, s)] for s in STATE_KEYS], row
        assert row[8] == sum(expected[(category, s)] for s in STATE_KEYS)
        assert row[9] == values[category]
    assert set(seen) == {category for category, _ in expected}
    assert total[1:] == ("Tổng cộng", *(states[s] for s in STATE_KEYS), count, value)
    listing = table_after(rows, "STT", "Tên, nhãn hiệu, model")
    assert [row[0] for row in listing[:-1]] == list(range(1, count + 1))
    assert listing[-1][1] == "Tổng cộng" and listing[-1][-1] == value
    assert f"Tổng cộng {grouped(value)}" in text


def test_inventory_of_the_demo_commune(demo_dir: Path, tmp_path: Path) -> None:
    text, rows = make(demo_dir, "inventory", tmp_path)
    found = query(demo_dir, "SELECT category, status, count(*), sum(coalesce(value_vnd, 0)) "
                            "FROM equipment WHERE deleted = 0 GROUP BY 1, 2")
    expected = Counter({(c, s): n for c, s, n, _ in found})
    values = Counter()
    for category, _, _, value in found:
        values[category] += value
    check_inventory(text, rows, expected, values)
    assert "BÁO CÁO KIỂM KÊ THIẾT BỊ CÔNG NGHỆ THÔNG TIN" in text
    assert "TRƯỞNG BAN KIỂM KÊ" in text and "THÀNH VIÊN" in text and "CHỦ TỊCH" in text
    listed = {row[2].split("\n")[0] for row in table_after(rows, "STT", "Tên, nhãn hiệu, model")
              if row[2]}
    assert listed == {tag for tag, in query(demo_dir, "SELECT asset_tag FROM equipment "
                                                      "WHERE deleted = 0")}


def test_inventory_of_3000_items(tmp_path: Path) -> None:
    big = big_register()
    text, rows = make(big.folder, "inventory", tmp_path)
    expected = Counter((item.category, item.status) for item in big.items)
    values = Counter()
    for item in big.items:
        values[item.category] += item.value
    check_inventory(text, rows, expected, values)
    assert page_count(tmp_path / "inventory.pdf") > 100
    assert len(table_after(rows, "STT", "Tên, nhãn hiệu, model")) == ITEMS + 1


# --- staff qualifications -----------------------------------------------------------------------
def check_qualifications(text: str, rows: list[tuple], levels: Counter,
                         certificates: Counter) -> None:
    officials = sum(levels.values())
    certified = officials - certificates["none"]
    basic = sum(certificates[k] for k in ("basic", "a", "b", "c"))
    assert (f"{grouped(certified)} trên {grouped(officials)} cán bộ, công chức "
            f"({percent(certified, officials)}) có chứng chỉ hoặc văn bằng tin học: "
            f"{grouped(basic)} ứng dụng CNTT cơ bản (kể cả chứng chỉ A, B, C cũ), "
            f"{grouped(certificates['advanced'])} ứng dụng CNTT nâng cao, "
            f"{grouped(certificates['degree'])} bằng chuyên ngành CNTT.") in text
    trained = officials - levels["none"]
    assert (f"{grouped(trained)} trên {grouped(officials)} cán bộ, công chức "
            f"({percent(trained, officials)}) đã qua đào tạo chuyên môn") in text
    for header, counts, labels in (("Trình độ chuyên môn", levels, enums.PROFESSIONAL_LEVEL),
                                   ("Chứng chỉ, văn bằng tin học", certificates,
                                    enums.IT_CERTIFICATE)):
        table = table_after(rows, "STT", header)
        assert [row[1:3] for row in table[:-1]] == [(labels[k], counts[k]) for k in labels]
        assert [round(row[3], 9) for row in table[:-1]] == [
            round(counts[k] / officials, 9) for k in labels]
        assert table[-1][1:] == ("Tổng cộng", officials, 1)
        for key in labels:
            assert f"{labels[key]} {grouped(counts[key])} {percent(counts[key], officials)}" \
                in text


def test_staff_qualifications_of_the_demo_commune(demo_dir: Path, tmp_path: Path) -> None:
    text, rows = make(demo_dir, "staff-qualifications", tmp_path)
    check_qualifications(text, rows, Counter(dict(in_service(demo_dir, "professional_level"))),
                         Counter(dict(in_service(demo_dir, "it_certificate"))))
    former = query(demo_dir, "SELECT count(*) FROM staff WHERE service_end <= ?",
                   date.today().isoformat())[0][0]
    assert former > 0  # the demo has officials who left: they are not counted


def test_staff_qualifications_the_way_the_province_quotes_them(tmp_path: Path) -> None:
    big = big_register()
    text, rows = make(big.folder, "staff-qualifications", tmp_path)
    levels = Counter(level for level, _ in big.staff.values())
    certificates = Counter(certificate for _, certificate in big.staff.values())
    assert sum(levels.values()) == OFFICIALS and levels["none"] == UNTRAINED
    check_qualifications(text, rows, levels, certificates)
    assert "975 trên 4.392 cán bộ, công chức (22,2%) có chứng chỉ" in text
    assert OFFICIALS - certificates["none"] == CERTIFIED


# --- ICT indicators -----------------------------------------------------------------------------
def years_ago(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def expected_indicators(data_dir: Path) -> dict[str, tuple]:
    today = date.today()
    five, three = years_ago(today, 5).isoformat(), years_ago(today, 3).isoformat()

    def one(sql: str, *params: object) -> int:
        return query(data_dir, sql, *params)[0][0] or 0

    officials = sum(n for _, n in in_service(data_dir, "1"))
    certified = sum(n for c, n in in_service(data_dir, "it_certificate") if c != "none")
    computers = "FROM equipment WHERE deleted = 0 AND status = 'in_use' AND category IN " \
                "('desktop', 'laptop')"
    pcs = one(f"SELECT count(*) {computers}")
    lan, net = one(f"SELECT sum(lan) {computers}"), one(f"SELECT sum(internet) {computers}")
    active = "FROM equipment WHERE deleted = 0 AND status IN " \
             "('in_use', 'in_storage', 'under_repair', 'broken')"
    stock = one(f"SELECT count(*) {active}")
    old = one(f"SELECT count(*) {active} AND acquired_date < ?", five)
    broken = one("SELECT count(*) FROM equipment WHERE deleted = 0 AND status = 'broken'")
    trained = one(
        "SELECT count(DISTINCT s.id) FROM staff s JOIN enrollment e ON e.staff_id = s.id "
        "JOIN attendance a ON a.enrollment_id = e.id JOIN course_session cs ON "
        "cs.id = a.session_id JOIN course c ON c.id = cs.course_id WHERE s.deleted = 0 AND "
        "(s.service_end IS NULL OR s.service_end > ?) AND e.deleted = 0 AND a.deleted = 0 AND "
        "cs.deleted = 0 AND c.deleted = 0 AND a.status IN ('present', 'late') AND "
        "cs.session_date >= ? AND cs.session_date <= ?",
        today.isoformat(), date(today.year, 1, 1).isoformat(), today.isoformat())
    bands = (one(f"SELECT count(*) {active} AND acquired_date >= ?", three),
             one(f"SELECT count(*) {active} AND acquired_date >= ? AND acquired_date < ?",
                 five, three), old, one(f"SELECT count(*) {active} AND acquired_date IS NULL"))
    return {"officials": (officials,), "computers": (pcs,), "lan": (lan, pcs),
            "internet": (net, pcs), "certified": (certified, officials),
            "trained": (trained, officials), "stock": (stock,), "old": (old, stock),
            "broken": (broken, stock), "bands": bands}


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 9) if whole else None


def test_ict_indicators_of_the_demo_commune(demo_dir: Path, tmp_path: Path) -> None:
    text, rows = make(demo_dir, "ict-indicators", tmp_path)
    want = expected_indicators(demo_dir)
    table = table_after(rows, "STT", "Chỉ tiêu")
    got = {row[0]: (row[3], None if row[4] is None else round(row[4], 9)) for row in table}
    officials, pcs = want["officials"][0], want["computers"][0]
    assert got[1] == (officials, None) and got[2] == (pcs, None)
    assert round(got[3][0], 9) == round(pcs / officials, 9)
    for number, key in ((4, "lan"), (5, "internet"), (6, "certified"), (7, "trained"),
                        (9, "old"), (10, "broken")):
        part, whole = want[key]
        assert got[number] == (part, share(part, whole)), key
    assert got[8] == (want["stock"][0], None)
    ages = table_after(rows, "STT", "Thời gian sử dụng")
    assert tuple(row[2] for row in ages[:-1]) == want["bands"]
    assert ages[-1][2] == want["stock"][0] == sum(want["bands"])
    ratio = f"{pcs / officials:.2f}".replace(".", ",")
    assert f"máy/người {ratio}" in text
    lan, _ = want["lan"]
    assert f"Máy tính kết nối mạng nội bộ (LAN) máy {lan} {percent(lan, pcs)}" in text
    assert table[6][1].endswith(f"trong năm {date.today().year}")


# --- course papers ------------------------------------------------------------------------------
def test_attendance_summary_of_the_demo_commune(demo_dir: Path, tmp_path: Path) -> None:
    text, rows = make(demo_dir, "attendance-summary", tmp_path)
    today = date.today().isoformat()
    course, title = query(demo_dir, "SELECT id, title FROM course ORDER BY start_date DESC")[0]
    lessons = query(demo_dir, "SELECT id, session_date FROM course_session WHERE course_id = ?"
                              " AND deleted = 0 ORDER BY session_date", course)
    held = [lesson for lesson, day in lessons if day <= today]
    marks = query(demo_dir,
                  "SELECT coalesce(s.full_name, e.participant_name), a.session_id, a.status "
                  "FROM enrollment e LEFT JOIN staff s ON s.id = e.staff_id JOIN attendance a "
                  "ON a.enrollment_id = e.id WHERE e.course_id = ? AND e.deleted = 0 AND "
                  "a.deleted = 0", course)
    came = Counter(name for name, lesson, status in marks
                   if lesson in held and status in ("present", "late"))
    people = query(demo_dir, "SELECT coalesce(s.full_name, e.participant_name) FROM enrollment"
                             " e LEFT JOIN staff s ON s.id = e.staff_id WHERE e.course_id = ? "
                             "AND e.deleted = 0", course)
    grid = table_after(rows, "STT", "Họ và tên")
    assert {row[1] for row in grid[:-1]} == {name for name, in people}
    for row in grid[:-1]:
        assert row[-2] == came[row[1]], row
        assert round(row[-1], 9) == round(came[row[1]] / len(held), 9)
    assert grid[-1][-2] == sum(came.values())
    assert round(grid[-1][-1], 9) == round(sum(came.values()) / (len(held) * len(people)), 9)
    lesson_rows = table_after(rows, "Buổi học", "Ngày")
    for (lesson, _day), row in zip(lessons, lesson_rows, strict=True):
        n = sum(1 for _, sess, status in marks if sess == lesson and status in ("present",
                                                                                   "late"))
        if lesson in held:
            assert row[4] == n and round(row[5], 9) == round(n / len(people), 9)
        else:
            assert row[4] == "chưa học" and row[5] is None
    total = sum(came.values())
    assert f"Tỷ lệ đến học của cả khóa: {percent(total, len(held) * len(people))}." in text
    assert title in text and "BẢNG TỔNG HỢP ĐIỂM DANH" in text


def test_sign_in_sheet_of_the_demo_commune(demo_dir: Path, tmp_path: Path) -> None:
    text, rows = make(demo_dir, "sign-in-sheet", tmp_path)
    today = date.today().isoformat()
    course, title = query(demo_dir, "SELECT id, title FROM course ORDER BY start_date DESC")[0]
    days = [d for d, in query(demo_dir, "SELECT session_date FROM course_session WHERE "
                                        "course_id = ? ORDER BY session_date", course)]
    lesson = next((d for d in days if d >= today), days[-1])
    shown = date.fromisoformat(lesson).strftime("%d/%m/%Y")
    assert f"Buổi học: {shown}" in text and f"(buổi {days.index(lesson) + 1}/{len(days)})" \
        in text
    people = {name for name, in query(
        demo_dir, "SELECT coalesce(s.full_name, e.participant_name) FROM enrollment e LEFT "
                  "JOIN staff s ON s.id = e.staff_id WHERE e.course_id = ? AND e.deleted = 0",
        course)}
    table = table_after(rows, "STT", "Họ và tên")
    assert {row[1] for row in table if row[1]} == people
    assert [row[0] for row in table] == list(range(1, len(people) + 6))  # 5 for walk-ins
    assert all(row[1] is None and row[3] is None for row in table[len(people):])
    assert title in text and "DANH SÁCH KÝ NHẬN" in text and "Ký tên" in text


def test_a_course_of_25_lessons_goes_landscape_and_in_two_grids(tmp_path: Path) -> None:
    big = big_register()
    text, rows = make(big.folder, "attendance-summary", tmp_path)
    size = [float(v) for v in __import__("re").findall(
        r"[\d.]+", pdf_info_size(tmp_path / "attendance-summary.pdf"))[:2]]
    assert size[0] > size[1]  # landscape
    assert BIG_COURSE in text
    assert "Điểm danh từng học viên (buổi 1–20)" in text
    assert "Điểm danh từng học viên (buổi 21–25)" in text
    grids = [index for index, row in enumerate(rows) if row[:2] == ("STT", "Họ và tên")]
    assert len(grids) == 2
    last = table_after(rows[grids[1]:], "STT", "Họ và tên")
    for row in last[:-1]:
        came = sum(1 for day in big.days
                   if big.marks[(row[1], day)] in ("present", "late"))
        assert row[-2] == came and round(row[-1], 9) == round(came / len(big.days), 9), row
    assert len(last) - 1 == len(big.people)


def pdf_info_size(path: Path) -> str:
    from tests.report_helpers import pdf_info

    return pdf_info(path)["Page size"]


# --- edges ------------------------------------------------------------------------------------
def test_an_empty_commune_says_so_in_words(tmp_path: Path) -> None:
    data = set_up(tmp_path / "empty")
    text, rows = make(data, "inventory", tmp_path)
    assert text.count("Chưa có thiết bị nào được ghi trong sổ.") == 2
    assert "Tổng số" not in text and "NGƯỜI LẬP BIỂU" in text
    assert ("Chưa có thiết bị nào được ghi trong sổ.",) in rows
    text, rows = make(data, "staff-qualifications", tmp_path)
    # each of its three tables (levels, IT certificates, digital skills) says it in words
    assert text.count("Chưa có cán bộ, công chức nào đang công tác được ghi trong sổ.") == 3
    assert rows.count(("Chưa có cán bộ, công chức nào đang công tác được ghi trong sổ.",)) == 3
    text, rows = make(data, "ict-indicators", tmp_path)
    indicators = table_after(rows, "STT", "Chỉ tiêu")
    assert [row[3] for row in indicators if row[0] in (1, 2, 8)] == [0, 0, 0]
    assert all(row[4] is None for row in indicators)  # a share of nothing is no share
    assert "Chưa có thiết bị nào được ghi trong sổ." in text
    assert "–" in text and "0%" not in text


def test_a_course_without_lessons(tmp_path: Path) -> None:
    from app.models.store import Store
    from app.models.training_ops import CourseValues
    from app.ops import training

    data = set_up(tmp_path / "data")
    with Store(data / "commune-it.sqlite3") as store:
        training.create_course(store, CourseValues("Tin học văn phòng",
                                                   date.today() + timedelta(days=10)))
    text, _ = make(data, "sign-in-sheet", tmp_path)
    assert "Buổi học: chưa xếp buổi học nào" in text
    assert "Chưa có ai ghi danh vào khóa học" in text
    text, rows = make(data, "attendance-summary", tmp_path)
    assert "Khóa học chưa có buổi học nào." in text
    assert ("Khóa học chưa có buổi học nào.",) in rows


def test_a_trainers_class_is_the_departments_paper(tmp_path: Path) -> None:
    """On a trainer's laptop the class is the province's: the department (its name from
    Settings) issues it under the province's People's Committee, dated from the province;
    the registers of its communes together are the department's too."""
    from tests.report_helpers import write_attendance

    data = tmp_path / "trainer"
    ok(cli(data, "setup", "--commune", "03325,03328", "--device-name", "GV Thu", "--trainer"))
    today = date.today()
    write_attendance(tmp_path / "lop.csv", "Lớp tập huấn chữ ký số", ["Lò Văn Ánh"],
                     [today - timedelta(days=1)])
    ok(cli(data, "import", "attendance", str(tmp_path / "lop.csv")))
    for name in ("sign-in-sheet", "inventory"):
        text, rows = make(data, name, tmp_path)
        assert rows[0][0] == "UBND TỈNH ĐIỆN BIÊN" and rows[1][0] == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
        assert (f"Điện Biên, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"
                in text)
        assert "UBND XÃ" not in text
