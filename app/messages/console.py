"""Messages of the province console (app/server/console) and its accounts (app/server/
accounts.py, ``server user``): code → (Vietnamese, English). See app/messages/__init__.py.

The pages' words are here too, looked up by the templates: the console speaks Vietnamese,
English by its switch. The labels of the register's values (a category, a status, a
certificate) are in console_labels.py.
"""

from __future__ import annotations

from .console_admin import TEXTS as ADMIN
from .console_labels import LABELS
from .tables import merged

_ACCOUNTS: dict[str, tuple[str, str]] = {
    "console.help_user": ("tài khoản của trang quản lý tỉnh", "the province console's accounts"),
    "console.help_user_add": (
        "tạo tài khoản (mật khẩu lấy từ COMMUNE_IT_PASSWORD, hoặc nhập trên màn hình)",
        "make an account (the password from COMMUNE_IT_PASSWORD, or typed on a terminal)"),
    "console.help_user_list": ("liệt kê các tài khoản", "list the accounts"),
    "console.help_user_disable": ("khóa một tài khoản", "disable an account"),
    "console.password_prompt": ("Mật khẩu: ", "Password: "),
    "console.password_again": ("Nhập lại mật khẩu: ", "Password again: "),
    "console.password_mismatch": (
        "Hai lần nhập mật khẩu không khớp nhau; chưa tạo tài khoản.",
        "The two passwords typed differ; no account was made."),
    "console.password_missing": (
        "Chưa có mật khẩu: hãy chạy lệnh trên màn hình dòng lệnh để nhập, hoặc đặt biến "
        "môi trường {variable}.",
        "No password: run the command on a terminal to type it, or set the environment "
        "variable {variable}."),
    "console.password_empty": ("Mật khẩu không được để trống.",
                               "The password must not be empty."),
    "console.password_short": ("Mật khẩu phải có ít nhất {length} ký tự.",
                               "The password must have at least {length} characters."),
    "console.password_long": ("Mật khẩu dài quá {length} ký tự.",
                              "The password is longer than {length} characters."),
    "console.role_unknown": ("Không có vai trò “{role}”; hãy chọn một trong: {roles}.",
                             "There is no role “{role}”; choose one of: {roles}."),
    "console.user_exists": ("Đã có tài khoản “{name}”; hãy chọn tên khác.",
                            "There is already an account “{name}”; choose another name."),
    "console.user_unknown": ("Không có tài khoản “{name}”.", "There is no account “{name}”."),
    "console.user_name_invalid": (
        "Tên đăng nhập phải là một từ liền, không có khoảng trắng, dài tối đa {length} ký tự.",
        "A user name must be one word without spaces, at most {length} characters long."),
    "console.user_added": ("Đã tạo tài khoản “{name}” ({role}).",
                           "Account “{name}” made ({role})."),
    "console.user_disabled": (
        "Đã khóa tài khoản “{name}”; các phiên đăng nhập của tài khoản này kết thúc ngay.",
        "Account “{name}” disabled; its sessions end at once."),
    "console.user_already_disabled": (
        "Tài khoản “{name}” đã bị khóa từ trước; không có gì thay đổi.",
        "Account “{name}” was disabled before; nothing changed."),
    "console.no_users": ("Chưa có tài khoản nào.", "There are no accounts yet."),
    "console.users_name": ("TÊN", "NAME"),
    "console.users_role": ("VAI TRÒ", "ROLE"),
    "console.users_state": ("TRẠNG THÁI", "STATE"),
    "console.role_admin": ("quản trị", "administrator"),
    "console.role_viewer": ("chỉ xem", "viewer"),
    "console.state_active": ("đang dùng", "active"),
    "console.state_disabled": ("đã khóa", "disabled"),
}

_SIGN_IN: dict[str, tuple[str, str]] = {
    "console.product": ("Sổ theo dõi CNTT cấp xã", "Commune IT Register"),
    "console.nav_label": ("Các trang", "Pages"),
    "console.nav_province": ("Toàn tỉnh", "Province"),
    "console.nav_accounts": ("Tài khoản", "Accounts"),
    "console.signed_in_as": ("{name} ({role})", "{name} ({role})"),
    "console.sign_out": ("Đăng xuất", "Sign out"),
    "console.sign_in": ("Đăng nhập", "Sign in"),
    "console.sign_in_title": ("Đăng nhập trang quản lý của tỉnh",
                              "Sign in to the province console"),
    "console.sign_in_lead": (
        "Dành cho cán bộ của Sở; tài khoản do người quản trị máy chủ cấp.",
        "For the department's staff; accounts are given by the server's administrator."),
    "console.username": ("Tên đăng nhập", "User name"),
    "console.password": ("Mật khẩu", "Password"),
    "console.sign_in_wrong": ("Tên đăng nhập hoặc mật khẩu không đúng.",
                              "The user name or the password is wrong."),
    "console.sign_in_wait": (
        "Mật khẩu đã bị nhập sai nhiều lần; hãy chờ {seconds} giây rồi thử lại.",
        "The password was wrong several times; wait {seconds} seconds, then try again."),
    "console.form_refused": (
        "Biểu mẫu không được nhận: biểu mẫu đã hết hạn hoặc không được gửi từ trang này. "
        "Hãy tải lại trang rồi thử lại.",
        "The form was not accepted: it has expired or was not sent from this page. Reload "
        "the page and try again."),
    "console.admin_only": (
        "Việc này cần tài khoản quản trị; tài khoản của bạn chỉ được xem và in.",
        "This needs an administrator's account; yours may only view and print."),
    "console.no_page": ("Không có trang này.", "There is no such page."),
    "console.no_commune": ("Không có xã, phường mã {code}.",
                           "There is no commune or ward with the code {code}."),
    "console.refused_title": ("Yêu cầu không được thực hiện", "The request was not carried out"),
    "console.back_to_province": ("Về trang toàn tỉnh", "Back to the province page"),
    "console.accounts_title": ("Tài khoản trang quản lý", "Console accounts"),
    "console.accounts_lead": (
        "Tài khoản được tạo và khóa bằng lệnh “commune-it server user” trên máy chủ.",
        "Accounts are made and disabled with “commune-it server user” on the server."),
    "console.col_user": ("Tên đăng nhập", "User name"),
    "console.col_user_role": ("Vai trò", "Role"),
    "console.col_user_state": ("Trạng thái", "State"),
    "console.pages_label": ("Trang", "Pages"),
}

_PROVINCE: dict[str, tuple[str, str]] = {
    "console.province_page": ("Toàn tỉnh", "Province"),
    "console.province_title": ("Các xã, phường của tỉnh {province}",
                               "Communes and wards of {province}"),
    "console.province_lead": (
        "Số liệu tính từ dữ liệu các xã, phường đã gửi về tỉnh, lúc {time} ngày {day}.",
        "Figures computed from the data the communes and wards have sent to the province, "
        "as of {time} on {day}."),
    "console.cards_label": ("Chỉ số", "Indicators"),
    "console.card_communes": ("Xã, phường có dữ liệu", "Communes and wards with data"),
    "console.silent_count": ("{count} xã, phường quá {days} ngày chưa gửi",
                             "{count} silent for over {days} days"),
    "console.card_officials": ("Cán bộ, công chức", "Officials"),
    "console.card_certified": ("Có chứng chỉ CNTT", "With an IT certificate"),
    "console.share_of_officials": ("{share} số cán bộ, công chức", "{share} of officials"),
    "console.card_trained": ("Được bồi dưỡng trong năm", "Trained this year"),
    "console.card_computers": ("Máy tính trên mỗi người", "Computers per official"),
    "console.computers_in_use": ("{count} máy tính đang dùng", "{count} computers in use"),
    "console.card_lan": ("Máy tính nối mạng LAN", "Computers on the office network (LAN)"),
    "console.card_internet": ("Máy tính kết nối Internet",
                              "Computers connected to the Internet"),
    "console.share_of_computers": ("{share} số máy tính", "{share} of computers"),
    "console.card_broken": ("Thiết bị hỏng", "Broken equipment"),
    "console.card_over_age": ("Thiết bị quá {years} năm", "Equipment over {years} years old"),
    "console.filter_label": ("Lọc theo tên", "Filter by name"),
    "console.filter_hint": ("ví dụ: muong phang", "for example: muong phang"),
    "console.filter": ("Lọc", "Filter"),
    "console.filter_clear": ("Bỏ lọc", "Clear the filter"),
    "console.export_xlsx": ("Tải bảng (XLSX)", "Download the table (XLSX)"),
    "console.table_caption": (
        "{shown} trên {total} xã, phường; bấm vào tiêu đề cột để sắp xếp.",
        "{shown} of {total} communes and wards; click a column's heading to sort."),
    "console.total": ("Toàn tỉnh", "Province total"),
    "console.days_ago": ("({days} ngày trước)", "({days} days ago)"),
    "console.received_today": ("(hôm nay)", "(today)"),
    "console.no_bundle": ("Chưa nhận gói nào", "No bundle yet"),
    "console.silent_mark": ("Quá {days} ngày chưa gửi", "Silent over {days} days"),
    "console.chart_title": ("Tỷ lệ cán bộ, công chức có chứng chỉ CNTT theo xã, phường",
                            "Share of officials with an IT certificate, by commune"),
    "console.filter_nothing": ("Không có xã, phường nào khớp với “{query}”.",
                               "No commune or ward matches “{query}”."),
    "console.no_communes": ("Chưa có xã, phường nào gửi dữ liệu về tỉnh.",
                            "No commune or ward has sent data to the province yet."),
    "console.yes": ("Có", "Yes"),
    "console.xlsx_sheet": ("Chỉ số các xã", "Commune figures"),
    "console.col_code": ("Mã", "Code"),
    "console.col_commune": ("Xã, phường", "Commune or ward"),
    "console.col_officials": ("Cán bộ, công chức", "Officials"),
    "console.col_certified": ("Có chứng chỉ CNTT", "With an IT certificate"),
    "console.col_certified_share": ("Tỷ lệ có chứng chỉ", "Share certified"),
    "console.col_trained": ("Bồi dưỡng trong năm", "Trained this year"),
    "console.col_computers_per_official": ("Máy tính/người", "Computers per official"),
    "console.col_broken": ("Thiết bị hỏng", "Broken equipment"),
    "console.col_last_bundle": ("Gói dữ liệu gần nhất", "Last bundle received"),
    "console.col_age_days": ("Số ngày từ gói gần nhất", "Days since the last bundle"),
    "console.col_silent": ("Quá hạn chưa gửi", "Silent too long"),
}

_COMMUNE: dict[str, tuple[str, str]] = {
    "console.attention_label": ("Cần chú ý", "Needs attention"),
    "console.attention_broken": ("Thiết bị hỏng", "Broken equipment"),
    "console.attention_warranty_ending": ("Hết bảo hành trong 90 ngày",
                                          "Warranty ending within 90 days"),
    "console.attention_uncertified": ("Cán bộ, công chức chưa có chứng chỉ CNTT",
                                      "Officials without an IT certificate"),
    "console.attention_none": ("Không có.", "None."),
    "console.and_more": ("… và {count} mục khác", "… and {count} more"),
    "console.devices_title": ("Máy của xã", "The commune's laptops"),
    "console.col_device": ("Tên máy", "Laptop"),
    "console.col_role": ("Loại máy", "Kind"),
    "console.col_state": ("Trạng thái", "State"),
    "console.col_bundles": ("Số gói đã nhận", "Bundles received"),
    "console.no_devices": ("Chưa có máy nào được đăng ký cho xã này.",
                           "No laptop is enrolled for this commune yet."),
    "console.staff_title": ("Cán bộ, công chức đang công tác", "Officials in service"),
    "console.col_name": ("Họ và tên", "Full name"),
    "console.col_position": ("Chức vụ, vị trí việc làm", "Position"),
    "console.col_professional_level": ("Trình độ chuyên môn", "Professional level"),
    "console.col_it_certificate": ("Chứng chỉ CNTT", "IT certificate"),
    "console.no_staff": ("Chưa có cán bộ, công chức nào.", "No officials yet."),
    "console.equipment_title": ("Thiết bị", "Equipment"),
    "console.col_category": ("Loại", "Category"),
    "console.col_item": ("Thiết bị", "Item"),
    "console.col_status": ("Tình trạng", "Status"),
    "console.col_holder": ("Người sử dụng", "Holder"),
    "console.col_location": ("Vị trí", "Location"),
    "console.col_acquired": ("Ngày mua", "Acquired"),
    "console.no_equipment": ("Chưa có thiết bị nào.", "No equipment yet."),
}

TEXTS: dict[str, tuple[str, str]] = merged(_ACCOUNTS, _SIGN_IN, _PROVINCE, _COMMUNE, LABELS,
                                             ADMIN)
