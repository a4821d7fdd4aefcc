"""The columns of import and export files as a sentence names them: code → (Vietnamese,
English). Part of the exchange catalogue (app/messages/exchange.py); apart to keep each
module short.

The Vietnamese is each column's header in an .xlsx file (app/exchange/columns.py, a test
holds the two equal), so a Vietnamese sentence reads as before; the English names the same
column for the English window, whose officer reads the header's key beside it.
"""

from __future__ import annotations

COLUMNS: dict[str, tuple[str, str]] = {
    "import.column_id": ("Mã bản ghi", "Record id"),
    "import.column_commune_code": ("Mã xã", "Commune code"),
    # staff
    "import.column_full_name": ("Họ và tên", "Full name"),
    "import.column_gender": ("Giới tính", "Gender"),
    "import.column_birth_date": ("Ngày sinh", "Date of birth"),
    "import.column_ethnicity": ("Dân tộc", "Ethnic group"),
    "import.column_position": ("Chức vụ, vị trí việc làm", "Post or job position"),
    "import.column_professional_level": ("Trình độ chuyên môn", "Professional level"),
    "import.column_it_certificate": ("Chứng chỉ tin học", "IT certificate"),
    "import.column_phone": ("Số điện thoại", "Phone number"),
    "import.column_email": ("Thư điện tử", "E-mail"),
    "import.column_unit": ("Đơn vị", "Unit"),
    "import.column_legacy_title": ("Chức danh cũ", "Former title"),
    "import.column_general_education": ("Trình độ giáo dục phổ thông", "General education"),
    "import.column_professional_field": ("Chuyên ngành đào tạo", "Field of study"),
    "import.column_political_theory_level": (
        "Trình độ lý luận chính trị", "Political theory level"),
    "import.column_state_management_level": (
        "Trình độ quản lý nhà nước", "State management level"),
    "import.column_digital_skills": (
        "Đã xác nhận kỹ năng số cơ bản", "Basic digital skills confirmed"),
    "import.column_digital_skills_date": (
        "Ngày xác nhận kỹ năng số", "Date digital skills were confirmed"),
    "import.column_digital_skills_method": (
        "Hình thức xác nhận kỹ năng số", "How digital skills were confirmed"),
    "import.column_it_certificate_date": (
        "Ngày cấp chứng chỉ tin học", "Date of the IT certificate"),
    "import.column_it_certificate_issuer": (
        "Nơi cấp chứng chỉ tin học", "Issuer of the IT certificate"),
    "import.column_minority_languages": ("Tiếng dân tộc thiểu số", "Ethnic minority languages"),
    "import.column_uses_official_email": ("Dùng thư điện tử công vụ", "Uses the official e-mail"),
    "import.column_service_start": ("Ngày bắt đầu công tác", "Start of service"),
    "import.column_service_end": ("Ngày thôi công tác", "End of service"),
    "import.column_former_district": ("Huyện trước đây", "Former district"),
    "import.column_former_commune": ("Xã trước đây", "Former commune"),
    # equipment
    "import.column_category": ("Loại thiết bị", "Kind of equipment"),
    "import.column_brand": ("Hãng sản xuất", "Make"),
    "import.column_model": ("Kiểu máy", "Model"),
    "import.column_serial": ("Số sê-ri", "Serial number"),
    "import.column_asset_tag": ("Mã tài sản", "Asset tag"),
    "import.column_acquired_date": ("Ngày đưa vào sử dụng", "Date put into use"),
    "import.column_funding_source": ("Nguồn kinh phí", "Source of funding"),
    "import.column_value_vnd": ("Giá trị (đồng)", "Value (dong)"),
    "import.column_status": ("Tình trạng", "Status"),
    "import.column_holder_id": ("Mã người sử dụng", "User's id"),
    "import.column_location": ("Vị trí đặt", "Location"),
    "import.column_lan": ("Kết nối mạng LAN", "Connected to the LAN"),
    "import.column_internet": ("Kết nối Internet", "Connected to the Internet"),
    "import.column_warranty_end": ("Ngày hết bảo hành", "End of warranty"),
    "import.column_last_inventory_check": ("Ngày kiểm kê gần nhất", "Date of the last stock-take"),
    "import.column_holder_name": ("Người sử dụng", "User"),
    # training (attendance)
    "import.column_course_title": ("Tên khóa học", "Course title"),
    "import.column_course_start": ("Ngày bắt đầu khóa học", "Start of the course"),
    "import.column_session_date": ("Ngày học", "Date of the lesson"),
    "import.column_staff_id": ("Mã cán bộ", "Official's id"),
    "import.column_participant_name": ("Người tham gia ngoài", "Outside participant"),
    "import.column_attendance_status": ("Điểm danh", "Attendance"),
    "import.column_staff_name": ("Họ tên cán bộ", "Official's name"),
    "import.column_participant_unit": ("Đơn vị người tham gia", "Participant's unit"),
    "import.column_result": ("Kết quả", "Result"),
    "import.column_certificate_no": ("Số chứng chỉ", "Certificate number"),
    "import.column_course_end": ("Ngày kết thúc khóa học", "End of the course"),
    "import.column_course_place": ("Địa điểm", "Place"),
    "import.column_course_trainer": ("Giảng viên", "Trainer"),
    "import.column_course_organiser": ("Đơn vị tổ chức", "Organiser"),
}
