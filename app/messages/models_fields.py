"""The names of the fields the one set of checks judges (app/models/validation.py), as its
sentences name them: code → (Vietnamese, English). Part of the models' catalogue
(app/messages/models.py); apart only to keep each module short."""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str]] = {
    "staff.field_full_name": ("Họ và tên", "Full name"),
    "staff.field_gender": ("Giới tính", "Gender"),
    "staff.field_birth_date": ("Ngày sinh", "Date of birth"),
    "staff.field_ethnicity": ("Dân tộc", "Ethnic group"),
    "staff.field_unit": ("Đơn vị", "Unit"),
    "staff.field_position": ("Chức vụ, vị trí việc làm", "Post or job position"),
    "staff.field_legacy_title": ("Chức danh cũ", "Former title"),
    "staff.field_general_education": ("Trình độ giáo dục phổ thông", "General education"),
    "staff.field_professional_level": ("Trình độ chuyên môn", "Professional level"),
    "staff.field_professional_field": ("Chuyên ngành đào tạo", "Field of study"),
    "staff.field_political_theory": (
        "Trình độ lý luận chính trị", "Political theory level"),
    "staff.field_state_management": (
        "Trình độ quản lý nhà nước", "State management level"),
    "staff.field_it_certificate": ("Chứng chỉ tin học", "IT certificate"),
    "staff.field_it_certificate_date": (
        "Ngày cấp chứng chỉ tin học", "Date of the IT certificate"),
    "staff.field_it_certificate_issuer": (
        "Nơi cấp chứng chỉ tin học", "Issuer of the IT certificate"),
    "staff.field_minority_languages": ("Tiếng dân tộc thiểu số", "Ethnic minority languages"),
    "staff.field_official_email": ("Dùng thư điện tử công vụ", "Uses the official e-mail"),
    "staff.field_phone": ("Số điện thoại", "Phone number"),
    "staff.field_email": ("Thư điện tử", "E-mail"),
    "staff.field_service_start": ("Ngày bắt đầu công tác", "Start of service"),
    "staff.field_service_end": ("Ngày thôi công tác", "End of service"),
    "staff.field_former_district": ("Huyện trước đây", "Former district"),
    "staff.field_former_commune": ("Xã trước đây", "Former commune"),
    "equipment.field_category": ("Loại thiết bị", "Kind of equipment"),
    "equipment.field_brand": ("Hãng sản xuất", "Make"),
    "equipment.field_model": ("Kiểu máy", "Model"),
    "equipment.field_serial": ("Số sê-ri", "Serial number"),
    "equipment.field_asset_tag": ("Mã tài sản", "Asset tag"),
    "equipment.field_acquired_date": ("Ngày đưa vào sử dụng", "Date put into use"),
    "equipment.field_funding_source": ("Nguồn kinh phí", "Source of funding"),
    "equipment.field_value": ("Giá trị thiết bị", "Value of the item"),
    "equipment.field_status": ("Tình trạng", "Status"),
    "equipment.field_holder": ("Người sử dụng", "User"),
    "equipment.field_location": ("Vị trí đặt", "Location"),
    "equipment.field_lan": ("Kết nối mạng LAN", "Connected to the LAN"),
    "equipment.field_internet": ("Kết nối Internet", "Connected to the Internet"),
    "equipment.field_warranty_end": ("Ngày hết bảo hành", "End of warranty"),
    "equipment.field_last_inventory_check": (
        "Ngày kiểm kê gần nhất", "Date of the last stock-take"),
}
