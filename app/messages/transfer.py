"""Messages of the network transfer (app/sync push and its client): code → (Vietnamese,
English). See app/messages/__init__.py.

The stage names (``transfer.stage_<name>``, one per ``app.sync.stages.Stage``) are what the
command line shows while a push runs; the window has its own translated names for them.
"""

from __future__ import annotations

STAGES: dict[str, tuple[str, str]] = {
    "transfer.stage_claim": ("Đang gửi xác nhận đăng ký",
                             "Sending the enrolment confirmation"),
    "transfer.stage_upload": ("Đang gửi dữ liệu lên tỉnh", "Sending to the province"),
    "transfer.stage_download": ("Đang nhận dữ liệu từ tỉnh", "Receiving from the province"),
    "transfer.stage_apply": ("Đang ghi dữ liệu nhận từ tỉnh",
                             "Applying what came from the province"),
    "transfer.stage_acknowledge": ("Đang gửi biên nhận lên tỉnh",
                                   "Sending the receipt to the province"),
    "transfer.stage_done": ("Đã đồng bộ xong", "Sync finished"),
    "transfer.stage_backwards": (
        "Lượt đồng bộ đang ở bước “{current}”, không quay lại bước “{wanted}” được; có thể "
        "một lượt đồng bộ khác đang chạy trên máy này.",
        "The transfer is at the stage “{current}” and cannot go back to “{wanted}”; another "
        "sync may be running on this computer."),
    "transfer.stage_unknown": (
        "Lượt đồng bộ đã lưu ở bước “{stage}” mà phiên bản này không biết; hãy cập nhật ứng "
        "dụng.",
        "A saved transfer is at the stage “{stage}”, which this version does not know; "
        "please update the app."),
}

CLIENT: dict[str, tuple[str, str]] = {
    "transfer.server_address_invalid": (
        "Địa chỉ máy chủ “{address}” không hợp lệ; hãy nhập dạng http://tên-máy-chủ:cổng.",
        "The server address “{address}” is not valid; type it as http://server-name:port."),
    "transfer.upload_keeps_failing": (
        "Máy chủ nhiều lần nhận gói bị sai lệch; hãy thử lại sau.",
        "The server received the bundle damaged several times; please try again later."),
    "transfer.download_damaged": (
        "Gói tải về từ máy chủ bị sai lệch; hãy đồng bộ lại.",
        "A bundle downloaded from the server was damaged; please sync again."),
    "transfer.server_unreachable": (
        "Không kết nối được máy chủ {server} ({reason}) sau {attempts} lần thử; dữ liệu vẫn "
        "được giữ trên máy, hãy thử lại sau.",
        "Could not reach the server {server} ({reason}) after {attempts} tries; the data is "
        "still kept on this computer, please try again later."),
    "transfer.retrying": (
        "Không kết nối được máy chủ ({reason}), thử lại lần {attempt} sau {seconds} giây…",
        "Could not reach the server ({reason}); trying again (try {attempt}) in {seconds} "
        "s…"),
    "transfer.reason_cut_midway": ("kết nối bị ngắt giữa chừng",
                                   "the connection was cut half-way"),
    "transfer.reason_status": ("máy chủ trả lời {status}", "the server answered {status}"),
    "transfer.reason_timeout": ("hết thời gian chờ", "no answer in time"),
    "transfer.reason_no_connection": ("không mở được kết nối",
                                      "the connection could not be opened"),
    "transfer.reason_dropped": ("kết nối bị ngắt", "the connection was dropped"),
}

PUSH: dict[str, tuple[str, str]] = {
    "transfer.upload_refused": ("Gói {bundle} gửi lên tỉnh: {reason}",
                                "Bundle {bundle} sent to the province: {reason}"),
    "transfer.download_refused": ("Gói {bundle} từ tỉnh: {reason}",
                                  "Bundle {bundle} from the province: {reason}"),
    "transfer.received_before": ("Gói {bundle} đã nhận trước đó.",
                                 "Bundle {bundle} was received before."),
    "transfer.bundle_contradicts": (
        "Gói có thay đổi trái với dữ liệu đã có ở máy này (ví dụ hai bản ghi cho cùng một ô "
        "điểm danh); cả gói bị từ chối, không có gì thay đổi.",
        "The bundle has changes that contradict the data on this computer (for example two "
        "records for one attendance cell); the whole bundle was refused, nothing was "
        "changed."),
}

TEXTS: dict[str, tuple[str, str]] = {**STAGES, **CLIENT, **PUSH}
