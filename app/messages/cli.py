"""Messages of the command line: code → (Vietnamese, English). See app/messages/__init__.py.

The Vietnamese texts are the ones the command line has always printed (scripts and tests
outside the project read them); the help of each command and option is here too, rendered
when the parser is built, so ``--help`` speaks the language the environment asked for.
"""

from __future__ import annotations

_HELP: dict[str, tuple[str, str]] = {
    "cli.help_description": (
        "Sổ theo dõi CNTT cấp xã (Commune IT Register)",
        "Commune IT Register",
    ),
    "cli.help_version": ("in phiên bản rồi thoát", "print the version and exit"),
    "cli.help_data_dir": ("thư mục dữ liệu của máy này", "this machine's data folder"),
    "cli.help_setup": (
        "thiết lập máy cho xã (hoặc các xã với --trainer)",
        "set this machine up for a commune (or several communes with --trainer)",
    ),
    "cli.help_setup_commune": (
        "mã xã 5 chữ số; máy giảng viên: danh sách",
        "the commune's 5-digit code; a trainer's laptop: a comma-separated list",
    ),
    "cli.help_setup_trainer": ("máy của giảng viên", "a trainer's laptop"),
    "cli.help_demo": ("điền dữ liệu mẫu của một xã", "fill in a demo commune's data"),
    "cli.help_import": ("nhập hàng loạt từ .xlsx hoặc .csv", "bulk entry from .xlsx or .csv"),
    "cli.help_import_again": (
        "nhập cả tệp đã nhập vào máy này trước đây",
        "import a file even if it was imported on this machine before",
    ),
    "cli.help_import_add_matching": (
        "thêm cả những dòng trùng họ tên và ngày sinh với cán bộ đã có",
        "add rows too whose name and birth date are those of an official already recorded",
    ),
    "cli.help_import_sheet": (
        "trang tính cần đọc (tệp .xlsx)", "the sheet to read (an .xlsx file)",
    ),
    "cli.metavar_name": ("TÊN", "NAME"),
    "cli.help_export": ("xuất ra .xlsx hoặc .csv", "export to .xlsx or .csv"),
    "cli.help_enroll": (
        "nhận tệp đăng ký do tỉnh cấp", "take in the enrolment file the province issued",
    ),
    "cli.help_sync": ("đồng bộ với tỉnh", "sync with the province"),
    "cli.help_sync_export": (
        "ghi các gói chờ gửi ra thư mục (ổ USB)",
        "write the bundles waiting to be sent to a folder (a USB stick)",
    ),
    "cli.help_sync_import": (
        "nhận gói hoặc biên nhận từ tỉnh", "take in bundles or receipts from the province",
    ),
    "cli.help_sync_status": (
        "những gì đang chờ, đã được nhận, đang xung đột",
        "what is waiting, what was received, what is in conflict",
    ),
    "cli.help_sync_push": (
        "đồng bộ hai chiều với máy chủ tỉnh qua mạng",
        "sync both ways with the province's server over the network",
    ),
    "cli.help_push_server": (
        "địa chỉ máy chủ, ví dụ http://may-chu:8080",
        "the server's address, for example http://server:8080",
    ),
    "cli.help_push_retry_for": (
        "thử lại trong tối đa chừng ấy giây khi mất kết nối (mặc định 120)",
        "when the connection drops, keep retrying for up to this many seconds (default 120)",
    ),
    "cli.metavar_seconds": ("GIÂY", "SECONDS"),
    "cli.help_server": ("máy chủ của tỉnh", "the province's server"),
    "cli.help_server_enroll": (
        "cấp tệp đăng ký cho một thiết bị", "issue an enrolment file for a device",
    ),
    "cli.help_server_revoke": ("thu hồi một thiết bị bị mất", "revoke a lost device"),
    "cli.help_server_revoke_device": (
        "mã thiết bị, mã đăng ký hoặc tên thiết bị",
        "the device id, the enrolment id or the device's name",
    ),
    "cli.help_server_devices": ("các thiết bị đã đăng ký", "the enrolled devices"),
    "cli.help_server_import": ("nhận gói từ ổ USB", "take in bundles from a USB stick"),
    "cli.help_server_export": (
        "ghi gói cho các thiết bị của một xã", "write bundles for a commune's devices",
    ),
    "cli.help_server_serve": ("chạy máy chủ tỉnh (HTTP)", "run the province's server (HTTP)"),
    "cli.help_client_timeout": (
        "ngắt kết nối im lặng hoặc gửi yêu cầu quá chậm sau chừng ấy giây (mặc định 30)",
        "cut off a connection that stays silent or sends its request too slowly after this "
        "many seconds (default 30)",
    ),
    "cli.help_db": (
        "cơ sở dữ liệu của tỉnh: tệp SQLite, sqlite:///… hoặc postgresql+psycopg://… "
        "(mặc định: biến {variable}, nếu không có thì tệp trong thư mục dữ liệu)",
        "the province's database: a SQLite file, sqlite:///… or postgresql+psycopg://… "
        "(default: the variable {variable}, else a file in the data folder)",
    ),
    "cli.help_repair_clock": (
        "sau khi chỉnh đúng đồng hồ máy chủ: ghi lại theo giờ đúng các thay đổi mang dấu "
        "thời gian tương lai và xác nhận đồng hồ",
        "once the server's clock is right again: stamp changes dated in the future anew at "
        "the right time, and confirm the clock",
    ),
}

_GENERAL: dict[str, tuple[str, str]] = {
    "cli.data_dir_unwritable": (
        "Không ghi được vào thư mục dữ liệu {path}: {reason}.",
        "Cannot write to the data folder {path}: {reason}.",
    ),
    "cli.unexpected": (
        "Lỗi không mong đợi; chi tiết đã được ghi vào {log}.",
        "Unexpected error; the details were written to {log}.",
    ),
    "cli.set_up": (
        "Đã thiết lập máy “{name}” cho {communes}.",
        "This machine, “{name}”, is set up for {communes}.",
    ),
    "cli.demo_filled": (
        "Dữ liệu mẫu: {staff} cán bộ, {equipment} thiết bị, {courses} khóa học.",
        "Demo data: {staff} officials, {equipment} items of equipment, {courses} courses.",
    ),
    "cli.import_answer_again": (
        "Nếu thật sự muốn nhập lại tệp này, chạy lại lệnh với --again.",
        "If you really mean to import this file again, run the command again with --again.",
    ),
    "cli.import_answer_add_matching": (
        "Nếu đó là những người khác (chỉ trùng họ tên và ngày sinh), chạy lại lệnh với "
        "--add-matching.",
        "If these are other people (who only share a name and birth date), run the command "
        "again with --add-matching.",
    ),
    "cli.import_answer_sheet": (
        "Hãy chọn trang cần nhập bằng --sheet TÊN.",
        "Choose the sheet to import with --sheet NAME.",
    ),
    "cli.imported": (
        "Đã nhập: {created} mới, {updated} cập nhật, {unchanged} không đổi.",
        "Imported: {created} new, {updated} updated, {unchanged} unchanged.",
    ),
    "cli.exported": (
        "Đã xuất {count} dòng ra {path}.", "Exported {count} rows to {path}.",
    ),
    "cli.folder_missing": ("Không có thư mục {path}.", "There is no folder {path}."),
}

_SYNC: dict[str, tuple[str, str]] = {
    "cli.enrolled": (
        "Máy “{name}” đã nhận tệp đăng ký; lần đồng bộ tới sẽ gửi xác nhận lên tỉnh.",
        "The machine “{name}” has taken in its enrolment file; the next sync sends the "
        "confirmation to the province.",
    ),
    "cli.file_written": ("Đã ghi {path}", "Written: {path}"),
    "cli.files_refused": (
        "{count} tệp bị từ chối; các tệp đó không làm thay đổi dữ liệu.",
        "{count} file(s) refused; they changed no data.",
    ),
    "cli.nothing_to_send": ("Không có gì cần gửi.", "Nothing to send."),
    "cli.status_device": ("Thiết bị: {device} ({state})", "Device: {device} ({state})"),
    "cli.status_not_enrolled": ("chưa đăng ký", "not enrolled"),
    "cli.status_enrolled": ("đã đăng ký", "enrolled"),
    "cli.status_confirmed": (
        "đã đăng ký, tỉnh đã xác nhận", "enrolled, confirmed by the province",
    ),
    "cli.status_confirmed_not_enrolled": (
        "chưa đăng ký, tỉnh đã xác nhận", "not enrolled, confirmed by the province",
    ),
    "cli.status_pending": ("Thay đổi chờ gửi: {count}", "Changes waiting to be sent: {count}"),
    "cli.status_unacknowledged": (
        "Gói chưa có biên nhận: {count}", "Bundles without a receipt: {count}",
    ),
    "cli.status_last_usb": (
        "Lần gửi/nhận gần nhất qua USB: {sent} / {received}",
        "Last sent/received by USB: {sent} / {received}",
    ),
    "cli.status_last_http": (
        "Lần gửi/nhận gần nhất qua mạng: {sent} / {received}",
        "Last sent/received over the network: {sent} / {received}",
    ),
    "cli.status_conflicts": (
        "Xung đột chờ xem xét: {count}", "Conflicts waiting for review: {count}",
    ),
    "cli.push_cancelled": (
        "Đã hủy; những gì đã gửi xong được giữ, phần còn lại gửi lần sau.",
        "Cancelled; what was sent in full is kept, the rest goes next time.",
    ),
    "cli.push_claimed": (
        "Đã gửi xác nhận đăng ký; tỉnh đã chấp nhận máy này.",
        "Enrolment confirmation sent; the province has accepted this machine.",
    ),
    "cli.push_sent": (
        "Đã gửi {sent} gói ({changes} thay đổi); tỉnh xác nhận đã nhận {acknowledged} gói.",
        "Sent {sent} bundle(s) ({changes} changes); the province confirms receipt of "
        "{acknowledged} bundle(s).",
    ),
    "cli.push_received": (
        "Đã nhận {received} gói từ tỉnh: {applied} thay đổi ({conflicts} xung đột cần xem).",
        "Received {received} bundle(s) from the province: {applied} changes ({conflicts} "
        "conflicts to review).",
    ),
    "cli.bundles_refused": (
        "{count} gói bị từ chối; các gói đó không làm thay đổi dữ liệu.",
        "{count} bundle(s) refused; they changed no data.",
    ),
}

_SERVER: dict[str, tuple[str, str]] = {
    "cli.enrolment_issued": (
        "Đã cấp tệp đăng ký cho “{name}”: {path}",
        "Enrolment file issued for “{name}”: {path}",
    ),
    "cli.device_already_revoked": (
        "Thiết bị “{name}” ({key}) đã bị thu hồi từ trước; không có gì thay đổi.",
        "The device “{name}” ({key}) was revoked before; nothing changed.",
    ),
    "cli.device_revoked": (
        "Đã thu hồi thiết bị “{name}” ({key}); mọi gói sau này của nó sẽ bị từ chối.",
        "The device “{name}” ({key}) is revoked; every later bundle of its will be refused.",
    ),
    "cli.no_devices": (
        "Chưa cấp tệp đăng ký cho thiết bị nào.", "No enrolment file has been issued yet.",
    ),
    "cli.devices_id": ("MÃ", "ID"),
    "cli.devices_id_kind": ("LOẠI MÃ", "ID KIND"),
    "cli.devices_name": ("TÊN", "NAME"),
    "cli.devices_communes": ("XÃ", "COMMUNES"),
    "cli.devices_role": ("VAI TRÒ", "ROLE"),
    "cli.devices_state": ("TRẠNG THÁI", "STATE"),
    "cli.devices_last_seen": ("LẦN CUỐI", "LAST SEEN"),
    "cli.devices_kind_device": ("thiết bị", "device"),
    "cli.devices_kind_enrolment": ("đăng ký", "enrolment"),
    "cli.client_timeout_range": (
        "--client-timeout phải lớn hơn 0 và không quá 3600 giây.",
        "--client-timeout must be more than 0 and at most 3600 seconds.",
    ),
    "cli.server_web_stack_missing": (
        "Bản cài trên máy tính của xã không có máy chủ tỉnh (thiếu {module}). Máy chủ tỉnh "
        "được cài bằng pip từ gói wheel (pip install commune_it-*.whl) rồi chạy bằng "
        "commune-it server serve.",
        "This commune laptop's installation has no province server ({module} is missing). "
        "The province server is installed with pip from the wheel (pip install "
        "commune_it-*.whl), then run with commune-it server serve.",
    ),
    "cli.clock_confirmed": (
        "Đã xác nhận đồng hồ máy chủ tỉnh: {now} (giờ của máy chủ). Nếu giờ này sai, hãy "
        "chỉnh đồng hồ rồi chạy lại lệnh này.",
        "The province server's clock is confirmed: {now} (the server's time). If this time "
        "is wrong, set the clock right and run this command again.",
    ),
    "cli.clock_restamped": (
        "Đã ghi lại theo giờ này {count} thay đổi mang dấu thời gian tương lai (của máy "
        "{devices}); các máy sẽ nhận các giá trị đó ở lần đồng bộ tới.",
        "{count} change(s) stamped in the future (by {devices}) are stamped anew at this "
        "time; the machines get those values at their next sync.",
    ),
    "cli.clock_nothing_restamped": (
        "Không có thay đổi nào mang dấu thời gian tương lai.",
        "No change is stamped in the future.",
    ),
}

# argparse's own sentences (Python 3.11-3.13), the English being its words as it asks
# gettext for them (app/cli_words.py maps them here); the placeholders are argparse's.
_ARGPARSE: dict[str, tuple[str, str]] = {
    "cli.argparse_usage": ("cách dùng: ", "usage: "),
    "cli.argparse_positionals": ("tham số", "positional arguments"),
    "cli.argparse_options": ("tùy chọn", "options"),
    "cli.argparse_help": ("in hướng dẫn này rồi thoát", "show this help message and exit"),
    "cli.argparse_required": ("thiếu tham số bắt buộc: %s",
                              "the following arguments are required: %s"),
    "cli.argparse_one_required": ("cần một trong các tham số %s",
                                  "one of the arguments %s is required"),
    "cli.argparse_unrecognized": ("tham số không hiểu được: %s", "unrecognized arguments: %s"),
    "cli.argparse_not_allowed": ("không dùng cùng được với tham số %s",
                                 "not allowed with argument %s"),
    "cli.argparse_ignored_value": ("không nhận giá trị %r", "ignored explicit argument %r"),
    "cli.argparse_one_value": ("cần một giá trị", "expected one argument"),
    "cli.argparse_at_most_one": ("cần nhiều nhất một giá trị", "expected at most one argument"),
    "cli.argparse_at_least_one": ("cần ít nhất một giá trị", "expected at least one argument"),
    "cli.argparse_values": ("cần %s giá trị", "expected %s arguments"),
    "cli.argparse_one_of_values": ("cần %s giá trị", "expected %s argument"),
    "cli.argparse_ambiguous": ("tùy chọn không rõ: %(option)s có thể là %(matches)s",
                               "ambiguous option: %(option)s could match %(matches)s"),
    "cli.argparse_unexpected": ("tùy chọn không đúng chỗ: %s", "unexpected option string: %s"),
    "cli.argparse_argument": ("tham số %(argument_name)s: %(message)s",
                              "argument %(argument_name)s: %(message)s"),
    "cli.argparse_invalid_value": ("giá trị %(type)s không hợp lệ: %(value)r",
                                   "invalid %(type)s value: %(value)r"),
    "cli.argparse_invalid_choice": ("lựa chọn không hợp lệ: %(value)r (chọn một trong: "
                                    "%(choices)s)",
                                    "invalid choice: %(value)r (choose from %(choices)s)"),
    "cli.argparse_cannot_open": ("không mở được “%(filename)s”: %(error)s",
                                 "can't open '%(filename)s': %(error)s"),
    "cli.argparse_error": ("%(prog)s: lỗi: %(message)s\n", "%(prog)s: error: %(message)s\n"),
}

TEXTS: dict[str, tuple[str, str]] = {**_HELP, **_GENERAL, **_SYNC, **_SERVER, **_ARGPARSE}
