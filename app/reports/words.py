"""The words printed on the papers, in Vietnamese, in one place.

Why Vietnamese only, and not through the message catalogue: a paper a commune signs and
files is an official document in the state language (Nghị định 30/2020/NĐ-CP), whatever
language the window speaks; these words are part of the form, like the column headers of
an import file. What the app *tells* the officer about a report (a refusal, the list of
reports) goes through the catalogue in both languages (``app/messages/reports.py``).
"""

from __future__ import annotations

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

# --- signature blocks -----------------------------------------------------------------------
MAKER = ("NGƯỜI LẬP BIỂU",)
COMMUNE_HEAD = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
DEPARTMENT_HEAD = ("GIÁM ĐỐC",)
TRAINER = ("GIẢNG VIÊN",)
COMMITTEE_MEMBER = ("THÀNH VIÊN", "BAN KIỂM KÊ")
COMMITTEE_HEAD = ("TRƯỞNG BAN KIỂM KÊ",)
SIGN_HINT = "(Ký, ghi rõ họ tên)"
SIGN_SEAL_HINT = "(Ký tên, đóng dấu)"

# --- common headers -------------------------------------------------------------------------
NUMBER = "STT"
FULL_NAME = "Họ và tên"
COUNT = "Số lượng"
PEOPLE = "Số người"
RATE = "Tỷ lệ"
TOTAL = "Tổng cộng"

# --- sign-in sheet --------------------------------------------------------------------------
SIGN_IN_TITLE = "DANH SÁCH KÝ NHẬN THAM GIA LỚP BỒI DƯỠNG"
SIGN_IN_UNIT = "Đơn vị, chức vụ"
SIGN_IN_SIGNATURE = "Ký tên"
SIGN_IN_EMPTY = "Chưa có ai ghi danh vào khóa học; người đến học ký vào các dòng trống dưới đây."
COURSE = "Khóa học"
LESSON = "Buổi học"
LESSON_NONE = "chưa xếp buổi học nào"
LESSON_NUMBER = "buổi {number}/{count}"
PLACE = "Địa điểm"
TRAINER_LABEL = "Giảng viên"
ORGANISER = "Đơn vị tổ chức"
HOUR = "lúc {time}"

# --- attendance summary ---------------------------------------------------------------------
ATTENDANCE_TITLE = "BẢNG TỔNG HỢP ĐIỂM DANH"
ATTENDANCE_SESSIONS_HEADING = "Các buổi học"
ATTENDANCE_MATRIX_HEADING = "Điểm danh từng học viên"
ATTENDANCE_MATRIX_PART = "Điểm danh từng học viên (buổi {first}–{last})"
ATTENDED = "Số buổi đến học"
SESSION_DATE = "Ngày"
SESSION_TIME = "Giờ"
SESSION_TOPIC = "Nội dung"
SESSION_CAME = "Số người đến"
SESSION_SHORT = "B{number}"
CAME_ROW = "Số người đến học"
MARK_LETTERS = {"present": "C", "late": "M", "excused": "P", "absent": "K"}
MARK_LEGEND = ("Ký hiệu: C – có mặt; M – đi muộn; P – vắng có phép; K – vắng không phép; "
               "ô trống – chưa điểm danh. Tỷ lệ đến học tính trên các buổi đã học (có mặt "
               "hoặc đi muộn); buổi chưa diễn ra để trống và không tính.")
COURSE_RATE = "Tỷ lệ đến học của cả khóa: {rate}."
NO_SESSIONS = "Khóa học chưa có buổi học nào."
NO_PEOPLE = "Chưa có ai ghi danh vào khóa học."
NOT_HELD = "chưa học"

# --- inventory ------------------------------------------------------------------------------
INVENTORY_TITLE = "BÁO CÁO KIỂM KÊ THIẾT BỊ CÔNG NGHỆ THÔNG TIN"
INVENTORY_SUBTITLE = "Tình trạng đến ngày {day}"
INVENTORY_SUMMARY_HEADING = "I. TỔNG HỢP THEO LOẠI VÀ TÌNH TRẠNG"
INVENTORY_LIST_HEADING = "II. DANH SÁCH THIẾT BỊ"
CATEGORY = "Loại thiết bị"
VALUE = "Nguyên giá (đồng)"
ITEM = "Tên, nhãn hiệu, model"
ITEM_CODE = "Mã tài sản, số sê-ri"
ACQUIRED = "Năm mua"
HOLDER = "Người sử dụng, vị trí"
STATE = "Tình trạng"
NO_EQUIPMENT = "Chưa có thiết bị nào được ghi trong sổ."
INVENTORY_LEAD = ("Tổng số {count} thiết bị, nguyên giá {value} đồng; đang sử dụng {in_use}, "
                  "hỏng {broken}, đang sửa chữa {repair}.")

# --- staff qualifications -------------------------------------------------------------------
QUALIFICATIONS_TITLE = "BÁO CÁO THỐNG KÊ TRÌNH ĐỘ CÁN BỘ, CÔNG CHỨC"
QUALIFICATIONS_SUBTITLE = "Số liệu cán bộ, công chức đang công tác đến ngày {day}"
LEVEL_HEADING = "I. TRÌNH ĐỘ CHUYÊN MÔN"
CERTIFICATE_HEADING = "II. TRÌNH ĐỘ TIN HỌC"
LEVEL = "Trình độ chuyên môn"
CERTIFICATE = "Chứng chỉ, văn bằng tin học"
NO_STAFF = "Chưa có cán bộ, công chức nào đang công tác được ghi trong sổ."
CERTIFIED_SENTENCE = ("{certified} trên {officials} cán bộ, công chức ({share}) có chứng chỉ "
                      "hoặc văn bằng tin học: {basic} ứng dụng CNTT cơ bản (kể cả chứng chỉ "
                      "A, B, C cũ), {advanced} ứng dụng CNTT nâng cao, {degree} bằng chuyên "
                      "ngành CNTT.")
TRAINED_LEVEL_SENTENCE = ("{trained} trên {officials} cán bộ, công chức ({share}) đã qua đào "
                          "tạo chuyên môn (từ sơ cấp trở lên).")
DIGITAL_SKILLS_HEADING = "III. KỸ NĂNG SỐ CƠ BẢN"
DIGITAL_SKILLS_CONFIRMED = "Đã được xác nhận kỹ năng số cơ bản"
DIGITAL_SKILLS_NOT_CONFIRMED = "Chưa được xác nhận kỹ năng số cơ bản"
DIGITAL_SKILLS_ROW = "Cán bộ, công chức đã được xác nhận kỹ năng số cơ bản"
DIGITAL_SKILLS_LABEL = "Kỹ năng số cơ bản (Quyết định 757/QĐ-BKHCN)"
DIGITAL_SKILLS_SENTENCE = ("{confirmed} trên {officials} cán bộ, công chức ({share}) đã được "
                           "xác nhận kỹ năng số cơ bản (Quyết định 757/QĐ-BKHCN).")
SHORT_DIGITAL_SKILLS = "Có KNS (%)"
DIGITAL_SKILLS_COUNT_SHORT = "Đã xác nhận KNS"
LEGACY_NOTE = "Chứng chỉ A, B, C cấp trước năm 2014 được tính tương đương ứng dụng CNTT cơ bản."

# --- ICT indicators -------------------------------------------------------------------------
INDICATORS_TITLE = "BÁO CÁO CÁC CHỈ TIÊU ỨNG DỤNG CÔNG NGHỆ THÔNG TIN"
INDICATORS_SUBTITLE = "Số liệu đến ngày {day}"
INDICATORS_HEADING = "I. CÁC CHỈ TIÊU"
AGE_HEADING = "II. TUỔI THIẾT BỊ ĐANG QUẢN LÝ"
INDICATOR = "Chỉ tiêu"
UNIT = "Đơn vị tính"
VALUE_PLAIN = "Số liệu"
PERSON = "người"
MACHINE = "máy"
DEVICE = "thiết bị"
MACHINES_PER_PERSON = "máy/người"
OFFICIALS = "Cán bộ, công chức đang công tác"
COMPUTERS = "Máy tính đang sử dụng (để bàn, xách tay)"
COMPUTERS_PER_OFFICIAL = "Số máy tính bình quân trên một cán bộ, công chức"
COMPUTERS_LAN = "Máy tính kết nối mạng nội bộ (LAN)"
COMPUTERS_INTERNET = "Máy tính kết nối Internet"
CERTIFIED = "Cán bộ, công chức có chứng chỉ hoặc văn bằng tin học"
TRAINED = "Cán bộ, công chức được bồi dưỡng CNTT trong năm {year}"
EQUIPMENT_TOTAL = "Thiết bị đang quản lý (chưa thanh lý, không kể bị mất)"
OVER_AGE = "Thiết bị đã dùng quá {years} năm"
BROKEN = "Thiết bị hỏng"
WARRANTY = "Thiết bị hết bảo hành trong {days} ngày tới"
AGE_BAND = "Thời gian sử dụng"
AGE_BANDS = ("Dưới 3 năm", "Từ 3 đến 5 năm", "Trên 5 năm", "Không rõ năm mua")
INDICATORS_NOTE = ("Tỷ lệ máy tính kết nối tính trên số máy tính đang sử dụng; tỷ lệ cán bộ "
                   "tính trên số cán bộ, công chức đang công tác.")

# --- the province's papers (one row per commune or ward) -------------------------------------
UNIT_COLUMN = "Xã, phường"
PROVINCE_TOTAL = "Toàn tỉnh"
NO_DATA = "–"  # a commune whose records have not reached the province yet
NO_UNIT_DATA = "Tỉnh chưa nhận được số liệu của xã, phường nào."
MISSING_NOTE = ("Dòng ghi “–”: chưa nhận được số liệu của xã, phường ({missing} trên {units} "
                "đơn vị); số liệu toàn tỉnh là tổng của {reporting} xã, phường đã gửi số liệu.")
PROVINCE_INVENTORY_TITLE = "BÁO CÁO TỔNG HỢP THIẾT BỊ CÔNG NGHỆ THÔNG TIN CẤP XÃ"
PROVINCE_BY_UNIT_HEADING = "I. TỔNG HỢP THEO XÃ, PHƯỜNG"
PROVINCE_BY_CATEGORY_HEADING = "II. TỔNG HỢP THEO LOẠI THIẾT BỊ"
PROVINCE_INVENTORY_LEAD = ("Các xã, phường đã gửi số liệu có {count} thiết bị, nguyên giá "
                           "{value} đồng; đang sử dụng {in_use}, hỏng {broken}, đang sửa chữa "
                           "{repair}.")
PROVINCE_QUALIFICATIONS_TITLE = "BÁO CÁO THỐNG KÊ TRÌNH ĐỘ CÁN BỘ, CÔNG CHỨC CẤP XÃ"
PROVINCE_LEVEL_HEADING = "I. TRÌNH ĐỘ CHUYÊN MÔN THEO XÃ, PHƯỜNG"
PROVINCE_CERTIFICATE_HEADING = "II. TRÌNH ĐỘ TIN HỌC THEO XÃ, PHƯỜNG"
OFFICIALS_SHORT = "Số cán bộ, công chức"
TRAINED_SHARE = "Tỷ lệ đã qua đào tạo"
BASIC_WITH_LEGACY = "Ứng dụng CNTT cơ bản (kể cả A, B, C)"
CERTIFIED_SHORT = "Có chứng chỉ, văn bằng"
PROVINCE_INDICATORS_TITLE = "BÁO CÁO CÁC CHỈ TIÊU ỨNG DỤNG CÔNG NGHỆ THÔNG TIN CẤP XÃ"
PROVINCE_INDICATORS_BY_UNIT = "I. CÁC CHỈ TIÊU THEO XÃ, PHƯỜNG"
PROVINCE_INDICATORS_HEADING = "II. CÁC CHỈ TIÊU TOÀN TỈNH"
PROVINCE_AGE_HEADING = "III. TUỔI THIẾT BỊ ĐANG QUẢN LÝ TOÀN TỈNH"
SHORT_COMPUTERS = "Máy tính đang sử dụng"
SHORT_PER_OFFICIAL = "Máy tính / cán bộ"
SHORT_LAN = "Máy tính nối LAN"
SHORT_INTERNET = "Máy tính nối Internet"
SHORT_CERTIFIED = "Có chứng chỉ tin học"
SHORT_TRAINED = "Bồi dưỡng CNTT năm {year}"
SHORT_BROKEN = "Thiết bị hỏng"
SHORT_OVER_AGE = "Dùng quá {years} năm"
