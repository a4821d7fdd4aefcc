"""Messages of app/server: code → (Vietnamese, English). See app/messages/__init__.py.

The server answers a refusal with its Vietnamese sentence (``detail``, for every client) and
its code and values (for a client that shows it in its own language): app/sync/refusals.py.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # Who may ask (guard.py)
    "server.unproven": (
        "Chữ ký của yêu cầu không hợp lệ, hoặc thiết bị chưa được tỉnh đăng ký.",
        "The request's signature is not valid, or the device is not enrolled by the "
        "province."),
    "server.unsigned": ("Yêu cầu chưa được ký bằng khóa của thiết bị.",
                        "The request is not signed with the device's key."),
    "server.nonce_invalid": (
        "Mã dùng một lần của yêu cầu không hợp lệ hoặc đã hết hạn; hãy thử lại.",
        "The request's one-time code is not valid or has expired; try again."),
    "server.device_revoked": (
        "Thiết bị này đã bị tỉnh thu hồi; máy chủ từ chối mọi yêu cầu của nó.",
        "This device has been revoked by the province; the server refuses all its "
        "requests."),
    "server.request_invalid": ("Yêu cầu không hợp lệ.", "The request is not valid."),
    "server.no_such_address": ("Máy chủ không có địa chỉ này.",
                               "The server has no such address."),
    "server.method_not_allowed": ("Địa chỉ này không nhận kiểu yêu cầu đó.",
                                  "This address does not accept that kind of request."),
    "server.head_too_long": ("Phần đầu của yêu cầu quá dài.",
                             "The request's headers are too long."),
    "server.body_too_large": ("Nội dung yêu cầu vượt quá {limit} KiB.",
                              "The request's body is over {limit} KiB."),
    "server.unexpected": ("Máy chủ gặp lỗi ngoài dự kiến; hãy thử lại sau.",
                          "The server met an unexpected error; try again later."),
    # The endpoints (http.py)
    "server.bundle_conflicts_stored": (
        "Gói nhắc tới dữ liệu chưa có ở máy chủ hoặc trái với dữ liệu đã có; không có gì "
        "thay đổi.",
        "The bundle refers to data the server does not have, or contradicts data it has; "
        "nothing was changed."),
    "server.bundle_not_sender": ("Gói này không phải của thiết bị đang gửi; gói bị từ chối.",
                                 "This bundle is not the sending device's; it was refused."),
    "server.chunk_too_large": ("Mỗi phần gửi tối đa {limit} KiB.",
                               "Each part sent may be at most {limit} KiB."),
    "server.range_outside": ("Vị trí {start} nằm ngoài gói ({size} byte).",
                             "Position {start} lies outside the bundle ({size} bytes)."),
    "server.upload_announcement": (
        "Yêu cầu gửi gói thiếu mã gói, kích thước hoặc mã kiểm tra.",
        "The upload request lacks the bundle's id, size or checksum."),
    "server.body_not_json": ("Nội dung yêu cầu không phải JSON hợp lệ.",
                             "The request's body is not valid JSON."),
    "server.port_unavailable": ("Không mở được cổng {port} trên {host}: {reason}.",
                                "Could not open port {port} on {host}: {reason}."),
    "server.running": ("Máy chủ tỉnh đang chạy tại {url} (Ctrl+C để dừng).",
                       "The province server is running at {url} (Ctrl+C to stop)."),
    "server.stopped": ("Máy chủ tỉnh đã dừng.", "The province server has stopped."),
    # Uploads and downloads (uploads.py)
    "server.upload_ids_invalid": ("Mã gói hoặc mã kiểm tra không hợp lệ.",
                                  "The bundle's id or checksum is not valid."),
    "server.upload_size_invalid": ("Kích thước gói không hợp lệ ({size} byte).",
                                   "The bundle's size is not valid ({size} bytes)."),
    "server.upload_other_content": ("Gói này đã được gửi với nội dung khác.",
                                    "This bundle was sent before with other contents."),
    "server.upload_unknown": ("Không có lượt gửi này trên máy chủ; hãy gửi lại từ đầu.",
                              "The server has no such upload; send it again from the start."),
    "server.upload_offset": (
        "Vị trí gửi {offset} không khớp; máy chủ đã nhận {received} byte.",
        "Position {offset} does not match; the server has received {received} bytes."),
    "server.upload_overflow": ("Dữ liệu gửi vượt quá kích thước gói đã báo.",
                               "The data sent is larger than the announced size."),
    "server.upload_incomplete": ("Gói chưa gửi đủ ({received}/{size} byte).",
                                 "The bundle is not complete yet ({received}/{size} bytes)."),
    "server.upload_checksum": ("Dữ liệu nhận được không khớp mã kiểm tra; cần gửi lại.",
                               "The data received does not match its checksum; it must be "
                               "sent again."),
    "server.download_unknown": ("Không có gói này cho thiết bị; hãy đồng bộ lại.",
                                "There is no such bundle for this device; sync again."),
    # The province's register (province.py)
    "server.no_data": (
        "Máy chủ tỉnh chưa có dữ liệu; hãy đăng ký thiết bị đầu tiên (“commune-it server "
        "enroll …”).",
        "The province server has no data yet; enrol the first device (“commune-it server "
        "enroll …”)."),
    "server.province_device_name": ("Máy chủ tỉnh", "Province server"),
    "server.other_province": ("Máy chủ này thuộc tỉnh {province}.",
                              "This server belongs to province {province}."),
    "server.device_unknown": (
        "Không có thiết bị nào mang mã hoặc tên “{key}”; xem danh sách bằng “commune-it "
        "server devices”.",
        "No device has the id or name “{key}”; see the list with “commune-it server "
        "devices”."),
    "server.device_name_shared": (
        "Có {count} thiết bị cùng tên “{key}”: {devices}. Hãy ghi mã của đúng thiết bị.",
        "{count} devices share the name “{key}”: {devices}. Give the id of the right one."),
    "server.device_listed": ("mã thiết bị {device} ({communes}, {state})",
                             "device id {device} ({communes}, {state})"),
    "server.enrolment_listed": ("mã đăng ký {enrolment} ({communes}, {state}, chưa đồng bộ)",
                                "enrolment id {enrolment} ({communes}, {state}, not synced "
                                "yet)"),
    "server.listed_and": ("{first}; {rest}", "{first}; {rest}"),
    "server.claim_accepted": ("{file}: thiết bị “{name}” đã được đăng ký.",
                              "{file}: device “{name}” has been enrolled."),
    "server.claim_accepted_renamed": (
        "{file}: thiết bị “{name}” đã được đăng ký (tệp đăng ký tỉnh cấp gọi là “{label}”).",
        "{file}: device “{name}” has been enrolled (the enrolment file called it "
        "“{label}”)."),
    "server.no_folder": ("Không có thư mục {folder}.", "There is no folder {folder}."),
    "server.commune_no_devices": ("Xã {commune} chưa có thiết bị nào được đăng ký.",
                                  "Commune {commune} has no enrolled device yet."),
}
