"""The columns of each kind of file, declared once for import and export.

A column has a key (the CSV header and what ``RowProblem.column`` names), a Vietnamese
header (the XLSX header), a kind that says how a cell is read and written, and what a
blank cell means. The first columns of each kind are the contract of DESIGN.md, in that
order; the others follow. ``info`` columns (a holder's or an official's name) are written
for people to read; on import they only stand in for a missing id.

Headers and sheet titles are the file format's data, not messages. A sentence names a
column by its ``name``: the catalogue's entry whose Vietnamese is the header.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.messages import Message, message
from app.models import enums
from app.models.enums import Labels


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str  # id text date enum bool money ethnicity commune ref info
    attr: str = ""  # model attribute; defaults to key
    labels: Labels | None = None
    required: bool = False  # a blank cell is an error
    empty: Any = None  # what a blank cell means (None = clear the field)
    required_on_update: bool = False  # blank is the default on create, an error on update
    name_code: str = ""  # the catalogue's name of the column; defaults to import.column_<key>

    @property
    def field(self) -> str:
        return self.attr or self.key

    @property
    def name(self) -> Message:
        """The column as a sentence names it (its header, in Vietnamese)."""
        return message(self.name_code or f"import.column_{self.key}")


def _enum(key: str, header: str, labels: Labels, **kw: Any) -> Column:
    return Column(key, header, "enum", labels=labels, **kw)


ID = Column("id", "Mã bản ghi", "id")
COMMUNE = Column("commune_code", "Mã xã", "commune")

STAFF = (
    ID,
    Column("full_name", "Họ và tên", "text", required=True),
    _enum("gender", "Giới tính", enums.GENDER),
    Column("birth_date", "Ngày sinh", "date"),
    Column("ethnicity", "Dân tộc", "ethnicity", attr="ethnicity_code"),
    Column("position", "Chức vụ, vị trí việc làm", "text"),
    _enum("professional_level", "Trình độ chuyên môn", enums.PROFESSIONAL_LEVEL, empty="none"),
    _enum("it_certificate", "Chứng chỉ tin học", enums.IT_CERTIFICATE, empty="none"),
    Column("phone", "Số điện thoại", "text"),
    Column("email", "Thư điện tử", "text"),
    Column("digital_skills", "Đã xác nhận kỹ năng số cơ bản", "bool", empty=False),
    Column("digital_skills_date", "Ngày xác nhận kỹ năng số", "date"),
    _enum("digital_skills_method", "Hình thức xác nhận kỹ năng số",
          enums.DIGITAL_SKILLS_METHOD),
    _enum("unit", "Đơn vị", enums.UNIT),
    _enum("legacy_title", "Chức danh cũ", enums.LEGACY_TITLE),
    Column("general_education", "Trình độ giáo dục phổ thông", "text"),
    Column("professional_field", "Chuyên ngành đào tạo", "text"),
    _enum("political_theory_level", "Trình độ lý luận chính trị", enums.POLITICAL_THEORY),
    _enum("state_management_level", "Trình độ quản lý nhà nước", enums.STATE_MANAGEMENT),
    Column("it_certificate_date", "Ngày cấp chứng chỉ tin học", "date"),
    Column("it_certificate_issuer", "Nơi cấp chứng chỉ tin học", "text"),
    Column("minority_languages", "Tiếng dân tộc thiểu số", "text"),
    Column("uses_official_email", "Dùng thư điện tử công vụ", "bool", empty=False),
    Column("service_start", "Ngày bắt đầu công tác", "date"),
    Column("service_end", "Ngày thôi công tác", "date"),
    Column("former_district", "Huyện trước đây", "text"),
    Column("former_commune", "Xã trước đây", "text"),
    COMMUNE,
)

EQUIPMENT = (
    ID,
    _enum("category", "Loại thiết bị", enums.EQUIPMENT_CATEGORY, required=True),
    Column("brand", "Hãng sản xuất", "text"),
    Column("model", "Kiểu máy", "text"),
    Column("serial", "Số sê-ri", "text"),
    Column("asset_tag", "Mã tài sản", "text"),
    Column("acquired_date", "Ngày đưa vào sử dụng", "date"),
    Column("funding_source", "Nguồn kinh phí", "text"),
    Column("value_vnd", "Giá trị (đồng)", "money"),
    _enum("status", "Tình trạng", enums.EQUIPMENT_STATUS, empty="in_use",
          required_on_update=True),
    Column("holder_id", "Mã người sử dụng", "ref"),
    Column("location", "Vị trí đặt", "text"),
    Column("lan", "Kết nối mạng LAN", "bool", empty=False),
    Column("internet", "Kết nối Internet", "bool", empty=False),
    Column("warranty_end", "Ngày hết bảo hành", "date"),
    Column("last_inventory_check", "Ngày kiểm kê gần nhất", "date"),
    Column("holder_name", "Người sử dụng", "info"),
    COMMUNE,
)

TRAINING = (
    Column("course_title", "Tên khóa học", "text", attr="title", required=True),
    Column("course_start", "Ngày bắt đầu khóa học", "date", attr="start_date", required=True),
    Column("session_date", "Ngày học", "date", required=True),
    Column("staff_id", "Mã cán bộ", "ref"),
    Column("participant_name", "Người tham gia ngoài", "text"),
    _enum("status", "Điểm danh", enums.ATTENDANCE, required=True,
          name_code="import.column_attendance_status"),
    Column("staff_name", "Họ tên cán bộ", "info"),
    Column("participant_unit", "Đơn vị người tham gia", "text"),
    _enum("result", "Kết quả", enums.TRAINING_RESULT),
    Column("certificate_no", "Số chứng chỉ", "text"),
    Column("course_end", "Ngày kết thúc khóa học", "date", attr="end_date"),
    Column("course_place", "Địa điểm", "text", attr="place"),
    Column("course_trainer", "Giảng viên", "text", attr="trainer"),
    Column("course_organiser", "Đơn vị tổ chức", "text", attr="organiser"),
)

# Attendance columns that describe the course, and the enrolment, rather than the mark.
COURSE_FIELDS = ("course_end", "course_place", "course_trainer", "course_organiser")
ENROLMENT_FIELDS = ("participant_unit", "result", "certificate_no")

# The title of an exported workbook's sheet.
SHEET_TITLES = {"staff": "Cán bộ", "equipment": "Thiết bị", "training": "Đào tạo"}

IMPORT_COLUMNS = {"staff": STAFF, "equipment": EQUIPMENT, "attendance": TRAINING}
EXPORT_COLUMNS = {"staff": STAFF, "equipment": EQUIPMENT, "training": TRAINING}
