"""Messages of app/sync: code → (Vietnamese, English). See app/messages/__init__.py.

Prefixes: ``bundle.`` (a bundle file and its refusals), ``keys.``, ``enrolment.`` and
``sync.`` (the rest of the layer: what an import found, notes of a report, conflicts).
"""

from __future__ import annotations

from .sync_bundle import BUNDLE, KEYS
from .tables import merged

_WHOLE_VI = " Cả gói bị từ chối."
_WHOLE_EN = " The whole bundle was refused."
_EARLIER_VI = "; hãy nhập các gói trước đó (theo thứ tự) rồi nhập lại gói này."
_EARLIER_EN = ("; import the earlier bundles first (in order), then import this one "
               "again.")

ENROLMENT: dict[str, tuple[str, str]] = {
    "enrolment.no_commune": ("Cần ít nhất một mã xã.", "At least one commune code is needed."),
    "enrolment.office_one_commune": (
        "Máy văn phòng xã chỉ thuộc một xã; máy giảng viên dùng --trainer.",
        "A commune office computer belongs to one commune only; for a trainer's computer "
        "use --trainer."),
    "enrolment.commune_other_province": (
        "Có xã không thuộc tỉnh {province} của máy chủ này.",
        "A commune is not in province {province} of this server."),
    "enrolment.name_empty": ("Tên máy không được để trống.",
                             "The computer's name must not be empty."),
    "enrolment.file_unreadable": ("Không đọc được tệp đăng ký {path}: {reason}.",
                                  "Could not read the enrolment file {path}: {reason}."),
    "enrolment.not_a_file_named": ("{file} không phải là tệp đăng ký do tỉnh cấp.",
                                   "{file} is not an enrolment file issued by the province."),
    "enrolment.file_not_json": ("Tệp đăng ký không đọc được (không phải JSON).",
                                "The enrolment file cannot be read (it is not JSON)."),
    "enrolment.not_a_file": ("Đây không phải là tệp đăng ký do tỉnh cấp.",
                             "This is not an enrolment file issued by the province."),
    "enrolment.file_newer": (
        "Tệp đăng ký do phiên bản mới hơn tạo ra; hãy cập nhật ứng dụng.",
        "The enrolment file was made by a newer version of the app; please update the app."),
    "enrolment.file_missing_items": ("Tệp đăng ký thiếu mục: {items}.",
                                     "The enrolment file lacks these items: {items}."),
    "enrolment.file_used_here": ("Tệp đăng ký này đã được dùng trên máy này rồi.",
                                 "This enrolment file has already been used on this computer."),
    "enrolment.already_enrolled": (
        "Máy này đã được đăng ký với tỉnh; không dùng thêm tệp khác.",
        "This computer is already enrolled with the province; another file cannot be used."),
    "enrolment.file_mismatch": (
        "Tệp đăng ký dành cho {intended}, nhưng máy này được thiết lập là {actual}.",
        "The enrolment file is for {intended}, but this computer is set up as {actual}."),
    "enrolment.describe_trainer": ("máy giảng viên của xã {communes}",
                                   "a trainer's computer for the communes {communes}"),
    "enrolment.describe_office": ("máy văn phòng của xã {communes}",
                                  "an office computer of the commune {communes}"),
    "enrolment.other_province": ("Tệp đăng ký của tỉnh khác.",
                                 "The enrolment file is from another province."),
    "enrolment.not_enrolled": (
        "Máy này chưa được đăng ký; hãy nạp tệp đăng ký tỉnh cấp (“Nạp tệp đăng ký…” trong "
        "cửa sổ, hoặc “commune-it enroll TỆP”).",
        "This computer is not enrolled; load the enrolment file the province issued (“Load "
        "enrolment file…” in the window, or “commune-it enroll FILE”)."),
    "enrolment.not_a_claim": ("Đây không phải là yêu cầu đăng ký của thiết bị.",
                              "This is not a device's enrolment claim."),
    "enrolment.claim_unknown": (
        "Yêu cầu đăng ký không khớp tệp đăng ký nào tỉnh đã cấp.",
        "The enrolment claim matches no enrolment file the province issued."),
    "enrolment.claim_proof": ("Yêu cầu đăng ký không chứng minh được mã dùng một lần.",
                              "The enrolment claim does not prove it holds the one-time code."),
    "enrolment.device_revoked": (
        "Thiết bị “{name}” đã bị thu hồi; tỉnh cần cấp tệp mới.",
        "Device “{name}” has been revoked; the province must issue a new file."),
    "enrolment.code_taken": ("Mã đăng ký này đã được một thiết bị khác dùng.",
                             "This enrolment code has already been used by another device."),
    "enrolment.claim_mismatch": (
        "Yêu cầu đăng ký không khớp vai trò hoặc xã tỉnh đã cấp.",
        "The enrolment claim does not match the role or the communes the province issued."),
    "enrolment.device_taken": ("Thiết bị này đã được đăng ký với một tệp khác.",
                               "This device is already enrolled with another file."),
    "enrolment.claim_shape": (
        "Yêu cầu đăng ký thiếu mục hoặc có mục sai kiểu; tỉnh không nhận yêu cầu này.",
        "The enrolment claim lacks items or has items of the wrong type; the province does "
        "not accept it."),
    "enrolment.claim_signature": ("Chữ ký của yêu cầu đăng ký không hợp lệ.",
                                  "The signature of the enrolment claim is not valid."),
}

INBOUND: dict[str, tuple[str, str]] = {
    "sync.header_seq_too_large": (
        "Phần đầu gói ghi số thứ tự thay đổi {seq}, lớn hơn mọi máy có thể có." + _WHOLE_VI,
        "The bundle's header gives change number {seq}, larger than any computer can "
        "have." + _WHOLE_EN),
    "sync.header_communes_here": (
        "Phần đầu gói ghi xã {communes}, ngoài các xã của máy này." + _WHOLE_VI,
        "The bundle's header names the communes {communes}, outside this computer's "
        "communes." + _WHOLE_EN),
    "sync.header_communes_sender": (
        "Phần đầu gói ghi xã {communes}, ngoài các xã của máy “{name}”." + _WHOLE_VI,
        "The bundle's header names the communes {communes}, outside the communes of "
        "computer “{name}”." + _WHOLE_EN),
    "sync.other_author": (
        "Máy “{name}” gửi thay đổi ghi là của thiết bị khác ({author}); mỗi máy chỉ gửi "
        "thay đổi của chính nó." + _WHOLE_VI,
        "Computer “{name}” sent changes marked as another device's ({author}); each "
        "computer sends only its own changes." + _WHOLE_EN),
    "sync.commune_not_in_header": (
        "Gói có thay đổi của xã {commune} mà phần đầu gói không ghi (chỉ ghi {named})."
        + _WHOLE_VI,
        "The bundle has changes of commune {commune}, which its header does not name (it "
        "names only {named})." + _WHOLE_EN),
    "sync.no_commune": ("không xã nào", "no commune"),
    "sync.outside_reads": (
        "Gói chứa dữ liệu của {partition}, không thuộc phạm vi của máy này; cả gói bị từ "
        "chối.",
        "The bundle holds data of {partition}, outside what this computer holds; the whole "
        "bundle was refused."),
    "sync.who_province": ("Tỉnh", "The province"),
    "sync.who_device": ("Máy “{name}”", "Computer “{name}”"),
    "sync.wrong_partition": (
        "{who} gửi thay đổi cho bản ghi {record} ({table}) thuộc {home} nhưng ghi là thuộc "
        "{claimed}." + _WHOLE_VI,
        "{who} sent a change to record {record} ({table}) of {home}, but marked it as of "
        "{claimed}." + _WHOLE_EN),
    "sync.wrong_commune": (
        "{who} gửi bản ghi {record} ({table}) mang mã xã {commune} trong phân vùng "
        "{partition}." + _WHOLE_VI,
        "{who} sent record {record} ({table}) with the commune code {commune} in the "
        "partition {partition}." + _WHOLE_EN),
    "sync.commune_blank": ("trống", "blank"),
    "sync.attendance_id": (
        "Gói có điểm danh {record} không khớp buổi học và người học của nó." + _WHOLE_VI,
        "The bundle has an attendance mark {record} that does not match its lesson and "
        "learner." + _WHOLE_EN),
    "sync.unknown_codes": (
        "Gói nhắc tới mã {codes} không có trong danh mục {table} của máy này." + _WHOLE_VI,
        "The bundle names the codes {codes}, which are not in this computer's list "
        "{table}." + _WHOLE_EN),
    "sync.link_outside": (
        "Máy “{name}” gửi bản ghi trỏ tới {table} {record} thuộc {partition}, ngoài phạm "
        "vi của máy." + _WHOLE_VI,
        "Computer “{name}” sent a record pointing at {table} {record} of {partition}, "
        "outside what that computer may read." + _WHOLE_EN),
    "sync.invalid_values": (
        "Gói có thay đổi không hợp lệ cho bản ghi {record} ({table}): {problems}" + _WHOLE_VI,
        "The bundle has an invalid change to record {record} ({table}): {problems}"
        + _WHOLE_EN),
    "sync.trainer_writes_other": (
        "Máy giảng viên “{name}” gửi thay đổi bảng {table}; máy giảng viên chỉ được ghi dữ "
        "liệu đào tạo." + _WHOLE_VI,
        "Trainer's computer “{name}” sent changes to table {table}; a trainer's computer "
        "may write only training records." + _WHOLE_EN),
    "sync.writes_outside": (
        "Máy “{name}” gửi thay đổi thuộc {partition}, ngoài phạm vi được ghi." + _WHOLE_VI,
        "Computer “{name}” sent changes of {partition}, outside what it may write."
        + _WHOLE_EN),
    # merge.py
    "sync.unknown_table": ("Gói chứa bảng không rõ “{table}”; hãy cập nhật ứng dụng.",
                           "The bundle holds an unknown table “{table}”; please update the "
                           "app."),
    "sync.bad_stamp": ("Gói chứa thay đổi có dấu thời gian hỏng.",
                       "The bundle holds a change with a damaged timestamp."),
    "sync.clock_ahead": (
        "Đồng hồ của máy {device} chạy nhanh khoảng {days} ngày (thay đổi ghi lúc {moment} "
        "UTC); gói bị từ chối để thay đổi đó không lấn mọi thay đổi sau. Hãy chỉnh ngày giờ "
        "của máy đó rồi xuất lại.",
        "The clock of computer {device} runs about {days} days fast (a change recorded at "
        "{moment} UTC); the bundle was refused so that this change does not override every "
        "later one. Set that computer's date and time right, then export again."),
    "sync.record_missing": (
        "Gói có thay đổi cho bản ghi {record} ({table}) chưa có ở máy này" + _EARLIER_VI,
        "The bundle has a change to record {record} ({table}), which this computer does not "
        "have yet" + _EARLIER_EN),
    "sync.links_missing": (
        "Gói nhắc tới {count} bản ghi ({table}) chưa có ở máy này" + _EARLIER_VI,
        "The bundle refers to {count} records ({table}) this computer does not have yet"
        + _EARLIER_EN),
}

CLOCK: dict[str, tuple[str, str]] = {
    "sync.side_after": ("sau", "after"),
    "sync.side_before": ("trước", "before"),
    "sync.province_clock_jumped": (
        "Cảnh báo: đồng hồ máy chủ tỉnh chỉ {now}, {side} thời điểm tin cậy gần nhất "
        "({trusted}) {days} ngày; đồng hồ có thể đã bị chỉnh sai. Tỉnh chỉ nhận thay đổi ghi "
        "trước {limit} cho tới khi đồng hồ đúng. Nếu đồng hồ đúng (chỉ là lâu không có gói "
        "nào), hãy xác nhận bằng “commune-it server repair-clock”.",
        "Warning: the province server's clock shows {now}, {days} days {side} the latest "
        "trusted moment ({trusted}); the clock may have been set wrong. The province accepts "
        "only changes recorded before {limit} until the clock is right. If the clock is "
        "right (no bundle came for a long time), confirm it with “commune-it server "
        "repair-clock”."),
    "sync.province_clock_refused": (
        "Gói có thay đổi ghi lúc {newest}, quá giới hạn tỉnh tin được ({limit}): đồng hồ "
        "máy chủ tỉnh chỉ {now}, không khớp với thời điểm tin cậy gần nhất ({trusted}). Cả "
        "gói bị từ chối để thay đổi đó không lấn mọi thay đổi sau. Hãy kiểm tra ngày giờ của "
        "máy chủ và của máy gửi; khi đồng hồ máy chủ đã đúng, chạy “commune-it server "
        "repair-clock” rồi nhập lại.",
        "The bundle has a change recorded at {newest}, beyond what the province can trust "
        "({limit}): the province server's clock shows {now}, which does not agree with the "
        "latest trusted moment ({trusted}). The whole bundle was refused so that this change "
        "does not override every later one. Check the date and time of the server and of "
        "the sending computer; once the server's clock is right, run “commune-it server "
        "repair-clock”, then import again."),
    "sync.held_back": (
        "{count} thay đổi mang dấu thời gian tương lai (tới {newest}, nhanh khoảng {days} "
        "ngày so với đồng hồ máy này; do máy {devices}) được giữ lại, không áp dụng; các "
        "thay đổi khác của gói đã được nhập. Hãy báo tỉnh chỉnh đồng hồ và chạy “commune-it "
        "server repair-clock”: tỉnh sẽ gửi lại các giá trị đó với giờ đúng.",
        "{count} changes stamped in the future (up to {newest}, about {days} days ahead of "
        "this computer's clock; made by {devices}) were held back, not applied; the other "
        "changes of the bundle were imported. Ask the province to set its clock right and "
        "run “commune-it server repair-clock”: it will send those values again with the "
        "right time."),
    "sync.note_restamped": (
        "{count} thay đổi ghi lúc đồng hồ máy chạy nhanh đã được ghi lại theo giờ đúng.",
        "{count} changes recorded while this computer's clock ran fast were recorded again "
        "at the right time."),
}

LAPTOP: dict[str, tuple[str, str]] = {
    "sync.cancelled": ("Đã hủy.", "Cancelled."),
    "sync.server_said": ("{detail}", "{detail}"),  # an older server's own words
    "sync.server_refused_status": ("Máy chủ từ chối yêu cầu (mã {status}).",
                                   "The server refused the request (code {status})."),
    "sync.not_enrolled": (
        "Máy này chưa được đăng ký với tỉnh; hãy nạp tệp đăng ký tỉnh cấp cho "
        "máy này (“Nạp tệp đăng ký…” trong cửa sổ, hoặc “commune-it enroll TỆP”).",
        "This computer is not enrolled with the province yet; load the enrolment file "
        "the province issued for it (“Load enrolment file…” in the window, or “commune-it "
        "enroll FILE”)."),
    "sync.not_enrolled_copy": (
        "Máy này chưa được đăng ký với tỉnh; hãy nạp tệp đăng ký tỉnh cấp cho "
        "máy này (“Nạp tệp đăng ký…” trong cửa sổ, hoặc “commune-it enroll TỆP”). (Cơ sở "
        "dữ liệu này là một bản sao, chép ngay trên máy này hoặc từ máy khác, nên đã thành "
        "thiết bị mới.)",
        "This computer is not enrolled with the province yet; load the enrolment file "
        "the province issued for it (“Load enrolment file…” in the window, or “commune-it "
        "enroll FILE”). (This database is a copy, made on this computer or from another "
        "one, so it has become a new device.)"),
    "sync.no_folder_usb": ("Không có thư mục {folder} (ổ USB đã cắm chưa?).",
                           "There is no folder {folder} (is the USB stick plugged in?)."),
    "sync.conflict_gone": ("Xung đột này không còn chờ xem xét.",
                           "This conflict is no longer waiting for review."),
    "sync.conflict_choose": ("Hãy chọn giữ giá trị hiện tại hoặc giá trị kia.",
                             "Choose to keep either the current value or the other one."),
}

FILES: dict[str, tuple[str, str]] = {
    "sync.file_entry": ("{file}: {text}", "{file}: {text}"),
    "sync.file_missing": ("{path}: không có tệp này.", "{path}: there is no such file."),
    "sync.file_unreadable": ("{file}: không đọc được tệp ({reason}).",
                             "{file}: the file cannot be read ({reason})."),
    "sync.file_needs_missing_data": (
        "{file}: gói nhắc tới dữ liệu chưa có ở máy này (ví dụ một khóa học hay cán bộ chưa "
        "được gửi tới); không có gì thay đổi.",
        "{file}: the bundle refers to data this computer does not have yet (for example a "
        "course or an official not sent here yet); nothing was changed."),
    "sync.file_taken_before": ("{file}: đã nhập trước đó, bỏ qua; không có gì thay đổi.",
                               "{file}: imported before, skipped; nothing was changed."),
    "sync.for_other_device": ("dành cho thiết bị khác ({receiver}), bỏ qua.",
                              "for another device ({receiver}), skipped."),
    "sync.receipt_taken": ("biên nhận: {count} gói đã được {receiver} nhận.",
                           "receipt: {count} bundles were received by {receiver}."),
    "sync.changes_taken": ("đã nhập {applied} thay đổi ({conflicts} xung đột cần xem).",
                           "imported {applied} changes ({conflicts} conflicts to review)."),
    "sync.receiver_province": ("tỉnh", "the province"),
    "sync.receiver_device": ("thiết bị", "the device"),
    "sync.claim_unreadable": ("{file}: không đọc được yêu cầu đăng ký ({reason}).",
                              "{file}: the enrolment claim cannot be read ({reason})."),
    "sync.not_a_claim": ("{file}: không phải yêu cầu đăng ký.",
                         "{file}: not an enrolment claim."),
    "sync.what_bundle": ("gói dữ liệu", "data bundle"),
    "sync.what_claim": ("yêu cầu đăng ký", "enrolment claim"),
    "sync.file_too_large": (
        "tệp lớn {size}, lớn hơn mọi {what} (tối đa {limit}): đây không phải {what}; không "
        "nhận.",
        "the file is {size}, larger than any {what} can be (at most {limit}): it cannot be "
        "one; it was not accepted."),
    "sync.megabytes": ("{count} MB", "{count} MB"),
}

TEXTS: dict[str, tuple[str, str]] = merged(BUNDLE, KEYS, ENROLMENT, INBOUND, CLOCK, LAPTOP, FILES)
