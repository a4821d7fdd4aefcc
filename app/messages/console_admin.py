"""Messages of the province console's administration pages (devices, the USB desk, the
reports): code → (Vietnamese, English). Kept apart from console.py, which holds the
accounts, the sign-in and the province and commune pages; merged into its ``TEXTS``.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "console.nav_devices": ("Máy đăng ký", "Enrolled laptops"),
    "console.nav_usb": ("Nhận USB", "USB desk"),
    "console.nav_reports": ("Báo cáo", "Reports"),
    # devices
    "console.devices_page_title": ("Máy đã đăng ký", "Enrolled laptops"),
    "console.devices_lead": (
        "Mỗi máy của xã hoặc của giảng viên cần một tệp đăng ký do tỉnh cấp. Máy bị mất thì "
        "thu hồi: mọi gói dữ liệu sau đó của máy đều bị từ chối.",
        "Each commune or trainer laptop needs an enrolment file issued by the province. A lost "
        "laptop is revoked: every later bundle from it is refused."),
    "console.col_device_key": ("Mã máy (hoặc mã đăng ký)", "Device id (or enrolment id)"),
    "console.col_communes": ("Xã", "Communes"),
    "console.col_last_seen": ("Lần cuối liên lạc", "Last seen"),
    "console.col_actions": ("Thao tác", "Actions"),
    "console.enrolment_key": ("mã đăng ký", "enrolment id"),
    "console.no_devices_yet": ("Chưa có máy nào được đăng ký.", "No laptop is enrolled yet."),
    "console.enrol_title": ("Cấp tệp đăng ký cho một máy", "Enrol a laptop"),
    "console.enrol_communes": ("Mã xã (mã chính thức, cách nhau bởi dấu phẩy)",
                               "Commune codes (official codes, separated by commas)"),
    "console.enrol_name": ("Tên máy", "Laptop name"),
    "console.enrol_role": ("Loại máy", "Kind of laptop"),
    "console.enrol_submit": ("Cấp tệp đăng ký", "Issue the enrolment file"),
    "console.enrol_name_missing": ("Hãy nhập tên máy.", "Enter the laptop's name."),
    "console.enrol_communes_missing": ("Hãy nhập ít nhất một mã xã.",
                                       "Enter at least one commune code."),
    "console.enrol_refused": ("Chưa cấp được tệp đăng ký: {reason}",
                              "The enrolment file was not issued: {reason}"),
    "console.enrolled_title": ("Đã cấp tệp đăng ký cho “{name}”",
                               "Enrolment file issued for “{name}”"),
    "console.enrolled_lead": (
        "Tải tệp về và chép sang máy, rồi chạy “commune-it enroll TỆP” để đăng ký máy; hoặc "
        "quét mã QR trên máy. Tệp chỉ tải được trong {minutes} phút và chỉ dùng được một lần.",
        "Download the file and copy it to the laptop, then run “commune-it enroll FILE”; or "
        "scan the QR code on the laptop. The file can be downloaded for {minutes} minutes "
        "and used once."),
    "console.enrolled_download": ("Tải tệp đăng ký", "Download the enrolment file"),
    "console.enrolled_qr": ("Mã QR của tệp đăng ký", "QR code of the enrolment file"),
    "console.enrolment_gone": (
        "Tệp đăng ký này không còn để tải (đã quá hạn hoặc máy chủ đã khởi động lại); hãy "
        "cấp tệp mới.",
        "This enrolment file can no longer be downloaded (it expired or the server was "
        "restarted); issue a new one."),
    "console.revoke": ("Thu hồi", "Revoke"),
    "console.revoke_title": ("Thu hồi máy “{name}”?", "Revoke the laptop “{name}”?"),
    "console.revoke_lead": (
        "Sau khi thu hồi, mọi gói dữ liệu và yêu cầu của máy này đều bị từ chối. Không thể "
        "hoàn tác: máy cần một tệp đăng ký mới.",
        "Once revoked, every bundle and request of this laptop is refused. This cannot be "
        "undone: the laptop needs a new enrolment file."),
    "console.revoke_confirm": ("Thu hồi máy này", "Revoke this laptop"),
    "console.cancel": ("Hủy", "Cancel"),
    "console.revoked_done": ("Đã thu hồi máy “{name}” ({key}).",
                             "The laptop “{name}” ({key}) is revoked."),
    "console.revoked_already": ("Máy “{name}” ({key}) đã bị thu hồi từ trước.",
                                "The laptop “{name}” ({key}) was already revoked."),
    "console.no_device": ("Không có máy “{key}”.", "There is no laptop “{key}”."),
    "console.col_refused_count": ("Gói bị từ chối", "Bundles refused"),
    "console.refusals_title": ("Gói dữ liệu bị từ chối", "Refused bundles"),
    "console.refusals_lead": (
        "Máy chủ giữ {keep} lần từ chối gần nhất của mỗi máy; dưới đây là tối đa {shown} lần "
        "mới nhất của mỗi máy.",
        "The server keeps the last {keep} refusals of each laptop; below are at most the "
        "{shown} newest of each."),
    "console.no_refusals": ("Chưa có gói nào bị từ chối.", "No bundle has been refused."),
    "console.col_refused_at": ("Thời điểm", "When"),
    "console.col_via": ("Đường gửi", "Sent"),
    "console.col_reason": ("Lý do", "Reason"),
    "console.via_http": ("Qua mạng", "Over the network"),
    "console.via_usb": ("Qua USB", "On a USB stick"),
    "console.refusals_more": ("và {count} lần trước đó", "and {count} earlier"),
    "console.refusal_unknown": ("Lý do không rõ (mã {code}).", "Unknown reason (code {code})."),
    # USB desk
    "console.usb_title": ("Nhận và trả USB", "USB desk"),
    "console.usb_lead": (
        "Chọn mọi tệp trên USB của xã (có thể chọn nhiều tệp cùng lúc). Tệp của máy khác "
        "hoặc đã nhận trước đây được bỏ qua, không phải lỗi.",
        "Choose every file on the commune's stick (several at once). A file meant for "
        "another server or imported before is skipped, not an error."),
    "console.usb_files": ("Các tệp trên USB", "The stick's files"),
    "console.usb_send": ("Gửi lên máy chủ", "Send to the server"),
    "console.usb_progress": ("Đang gửi…", "Sending…"),
    "console.usb_no_files": ("Chưa chọn tệp nào.", "No file was chosen."),
    "console.usb_result_title": ("Kết quả nhận {count} tệp", "What the {count} files did"),
    "console.usb_applied": ("Đã nhận", "Applied"),
    "console.usb_skipped": ("Bỏ qua", "Skipped"),
    "console.usb_refused": ("Bị từ chối", "Refused"),
    "console.usb_answers_title": ("Tệp trả về cho xã", "Answer files for a commune"),
    "console.usb_answers_lead": (
        "Tải các tệp trả lời của một xã trong một tệp nén; giải nén vào USB rồi nhập trên "
        "máy của xã bằng “commune-it sync import”.",
        "Download a commune's answer files as one zip; unpack it onto the stick and import "
        "it on the commune's laptop with “commune-it sync import”."),
    "console.usb_commune": ("Mã xã", "Commune code"),
    "console.usb_answers_download": ("Tải tệp nén", "Download the zip"),
    "console.usb_answers_refused": ("Chưa tạo được tệp trả về: {reason}",
                                    "The answer files were not made: {reason}"),
    "console.usb_too_many": ("Quá nhiều tệp trong một lần gửi (tối đa {count}).",
                             "Too many files in one upload (at most {count})."),
    # reports
    "console.reports_title": ("Báo cáo của tỉnh", "The province's reports"),
    "console.reports_lead": ("Mỗi báo cáo có bản PDF để in và bản XLSX để sửa, ghép.",
                             "Each report as a PDF to print and an XLSX to edit or merge."),
    "console.report_pdf": ("PDF", "PDF"),
    "console.report_xlsx": ("XLSX", "XLSX"),
    "console.report_refused": ("Chưa làm được báo cáo: {reason}",
                               "The report was not made: {reason}"),
}
