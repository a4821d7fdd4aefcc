"""Basic digital skills (issue 16, items 4 and 5): one set of checks on every door, the
store's guard over the new columns, the file round trip through the command line, sync to
the province, and the figures on paper counted again here from the store itself."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.messages import catalogue
from app.models import Course, Staff
from app.models.errors import ValidationError
from app.models.indicators import commune_indicators
from app.models.records import create
from app.models.staff_ops import check_staff, save_staff
from app.models.validation import DEPENDS, FUTURE
from tests.helpers import make_store
from tests.report_helpers import (
    cli,
    demo,
    ok,
    pdf_text,
    percent,
    query,
    set_up,
    sheet_rows,
)
from tests.sync_helpers import ship

MUONG_PHANG = "03325"
VIETNAMESE = "àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"


def test_a_date_without_the_mark_or_in_the_future_is_refused_everywhere(tmp_path):
    today = date(2026, 3, 1)
    said = {p.field: p.code for p in check_staff(
        {"full_name": "Lò Văn Phong", "digital_skills_date": date(2025, 9, 1),
         "digital_skills_method": "platform"}, today=today)}
    assert said == {"digital_skills_date": DEPENDS, "digital_skills_method": DEPENDS}
    future = check_staff({"full_name": "Lò Văn Phong", "digital_skills": True,
                          "digital_skills_date": today + timedelta(days=1)}, today=today)
    assert [(p.field, p.code) for p in future] == [("digital_skills_date", FUTURE)]
    with make_store(tmp_path / "laptop") as store, store.sessions.begin() as session:
        with pytest.raises(ValidationError) as refusal:
            save_staff(session, {"full_name": "Lò Văn Phong",
                                 "digital_skills_date": date(2025, 9, 1)})
        assert "chưa đánh dấu “Đã xác nhận kỹ năng số cơ bản”" in str(refusal.value)
        with pytest.raises(ValidationError):
            save_staff(session, {"full_name": "Lò Văn Phong", "digital_skills": True,
                                 "digital_skills_method": "by_guess"})
        staff_id = save_staff(session, {"full_name": "Lò Văn Phong", "digital_skills": True,
                                        "digital_skills_date": date(2025, 9, 1),
                                        "digital_skills_method": "course"})
    with store.sessions() as session:
        person = session.get(Staff, staff_id)
        assert (person.digital_skills, person.digital_skills_method) == (True, "course")


def test_the_journal_guard_watches_the_new_columns(tmp_path):
    with make_store(tmp_path / "laptop") as store, store.sessions.begin() as session:
        staff_id = save_staff(session, {"full_name": "Quàng Thị Mai"})
        course = create(session, Course, commune_code=MUONG_PHANG, title="Kỹ năng số cơ bản",
                        start_date=date(2025, 9, 1))
        course_id = course.id
    connection = sqlite3.connect(store.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="unjournaled update of staff"):
            connection.execute("UPDATE staff SET digital_skills = 1 WHERE id = ?", (staff_id,))
        with pytest.raises(sqlite3.IntegrityError, match="unjournaled update of course"):
            connection.execute("UPDATE course SET digital_skills = 1 WHERE id = ?",
                               (course_id,))
    finally:
        connection.close()


def _staff_file(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["full_name", "gender", "birth_date", "digital_skills",
                         "digital_skills_date", "digital_skills_method"])
        writer.writerow(["Lò Văn Phong", "male", "1985-04-02", "có", "12/09/2025",
                         "Học trên nền tảng Bình dân học vụ số"])
        writer.writerow(["Cà Thị Xuân", "female", "1990-07-21", "yes", "2025-10-03",
                         "assessment"])
        writer.writerow(["Lường Văn Sơn", "male", "1979-01-15", "không", "", ""])


def test_export_then_import_changes_nothing_and_columns_follow_the_contract(tmp_path):
    data = set_up(tmp_path / "data")
    _staff_file(tmp_path / "in.csv")
    ok(cli(data, "import", "staff", str(tmp_path / "in.csv")))
    stored = query(data, "SELECT full_name, digital_skills, digital_skills_date, "
                         "digital_skills_method FROM staff ORDER BY full_name")
    assert stored == [("Cà Thị Xuân", 1, "2025-10-03", "assessment"),
                      ("Lò Văn Phong", 1, "2025-09-12", "platform"),
                      ("Lường Văn Sơn", 0, None, None)]
    for name in ("out.csv", "out.xlsx"):
        ok(cli(data, "export", "staff", str(tmp_path / name)))
        again = ok(cli(data, "import", "staff", str(tmp_path / name)))
        assert "0 mới, 0 cập nhật, 3 không đổi" in again.stdout
    header = next(csv.reader((tmp_path / "out.csv").open(encoding="utf-8-sig")))
    at = header.index("email")
    assert header[at + 1:at + 4] == ["digital_skills", "digital_skills_date",
                                     "digital_skills_method"]
    titles = sheet_rows(tmp_path / "out.xlsx")[0]
    assert titles[at + 1:at + 4] == ("Đã xác nhận kỹ năng số cơ bản", "Ngày xác nhận kỹ năng số",
                                     "Hình thức xác nhận kỹ năng số")
    assert query(data, "SELECT count(*) FROM staff WHERE digital_skills = 1") == [(2,)]


def test_a_date_without_the_mark_refuses_the_file_naming_row_and_column(tmp_path):
    data = set_up(tmp_path / "data")
    bad = tmp_path / "bad.csv"
    bad.write_text("full_name,digital_skills,digital_skills_date\n"
                   f"Lò Văn Phong,không,{date.today().isoformat()}\n", encoding="utf-8")
    result = cli(data, "import", "staff", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(
        "Dòng 2, cột digital_skills_date: Có ngày xác nhận kỹ năng số")
    assert query(data, "SELECT count(*) FROM staff") == [(0,)]


def test_a_confirmation_travels_from_the_laptop_to_the_province(tmp_path):
    laptop = make_store(tmp_path / "laptop")
    province = make_store(tmp_path / "server", name="Máy chủ tỉnh Điện Biên")
    with laptop.sessions.begin() as session:
        staff_id = save_staff(session, {"full_name": "Giàng A Pao"})
    ship(laptop, province)
    with laptop.sessions.begin() as session:
        save_staff(session, {"digital_skills": True, "digital_skills_date": date(2025, 11, 4),
                             "digital_skills_method": "course"}, staff_id)
    ship(laptop, province)
    with province.sessions() as session:
        person = session.scalars(select(Staff).where(Staff.id == staff_id)).one()
        assert (person.digital_skills, person.digital_skills_date,
                person.digital_skills_method) == (True, date(2025, 11, 4), "course")
        [figures] = commune_indicators(session, [MUONG_PHANG])
        assert (figures.digital_skills, figures.officials) == (1, 1)
    laptop.close()
    province.close()


def test_the_papers_print_the_share_counted_from_the_store(tmp_path):
    data = demo(tmp_path / "data")
    today = date.today().isoformat()
    [(officials, confirmed)] = query(
        data, "SELECT count(*), sum(digital_skills) FROM staff WHERE deleted = 0 AND "
              "(service_end IS NULL OR service_end > ?)", today)
    assert 0 < confirmed < officials  # the demo is neither all nor none
    share = percent(confirmed, officials)
    ok(cli(data, "report", "staff-qualifications", "--out", str(tmp_path / "q.pdf")))
    text = " ".join(pdf_text(tmp_path / "q.pdf").split())
    assert (f"{confirmed} trên {officials} cán bộ, công chức ({share}) đã được xác nhận kỹ "
            "năng số cơ bản") in text
    assert "III. KỸ NĂNG SỐ CƠ BẢN" in text
    ok(cli(data, "report", "ict-indicators", "--out", str(tmp_path / "i.pdf")))
    text = " ".join(pdf_text(tmp_path / "i.pdf").split())
    assert (f"Cán bộ, công chức đã được xác nhận kỹ năng số cơ bản người {confirmed} "
            f"{share}") in text
    ok(cli(data, "report", "ict-indicators", "--out", str(tmp_path / "i.xlsx")))
    rows = sheet_rows(tmp_path / "i.xlsx")
    assert any(row[1:4] == ("Cán bộ, công chức đã được xác nhận kỹ năng số cơ bản", "người",
                            confirmed) for row in rows)


def test_every_sentence_has_both_languages_and_the_same_placeholders():
    import re

    from app.messages import digital_skills

    holes = re.compile(r"{(\w+)}")
    for code, (vi, en) in digital_skills.TEXTS.items():
        assert code.startswith("skills.") and code in catalogue()
        assert vi and en and set(holes.findall(vi)) == set(holes.findall(en)), code
        assert not set(en.lower()) & set(VIETNAMESE), code
