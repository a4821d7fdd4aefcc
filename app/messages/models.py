"""Messages of app/models and app/demo: code → (Vietnamese, English).

See app/messages/__init__.py. The Vietnamese is the text officers have read so far, word for
word, with its variable parts as placeholders. A placeholder that stands for words (a field's
name, what could not be found, why a disk failed) is filled with a message of its own, so it
is in the sentence's language too.
"""

from __future__ import annotations

from .models_fields import FIELDS
from .models_training import RESULTS
from .tables import merged

_STORE: dict[str, tuple[str, str]] = {
    "store.not_a_database": (
        "Tệp {path} không phải là cơ sở dữ liệu của ứng dụng.",
        "The file {path} is not a database of this application."),
    "store.newer_schema": (
        "Cơ sở dữ liệu này được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ {revision}); "
        "hãy cài phiên bản mới để mở. Dữ liệu không bị thay đổi.",
        "This database was made by a newer version of the application (schema {revision}); "
        "install the newer version to open it. The data has not been changed."),
    "store.bad_address": (
        "Địa chỉ cơ sở dữ liệu không dùng được: {reason}",
        "The database address cannot be used: {reason}"),
    "store.cannot_open": (
        "Không mở được cơ sở dữ liệu {label}: {reason}.",
        "Could not open the database {label}: {reason}."),
    "store.damaged_no_backup": (
        "Cơ sở dữ liệu {path} bị hỏng; ứng dụng dừng lại, không đọc hay ghi gì vào tệp đó để "
        "chỗ hỏng không lan ra. Không có bản sao lưu nào dùng được trong {backups}; hãy giữ "
        "nguyên tệp và liên hệ cán bộ CNTT của tỉnh.",
        "The database {path} is damaged; the application has stopped and reads and writes "
        "nothing in that file, so that the damage does not spread. There is no usable backup "
        "in {backups}; leave the file as it is and contact the province's IT officer."),
    "store.damaged_backup": (
        "Cơ sở dữ liệu {path} bị hỏng; ứng dụng dừng lại, không đọc hay ghi gì vào tệp đó để "
        "chỗ hỏng không lan ra. Bản sao lưu tốt gần nhất: {backup} (lúc {when}). Cách khôi "
        "phục: đóng ứng dụng; chuyển tệp {name} (cùng các tệp {name}-wal, {name}-shm nếu có) "
        "ra chỗ khác; chép bản sao lưu vào {folder} và đổi tên thành {name}; mở lại ứng dụng. "
        "Máy của xã khôi phục như vậy sẽ thành thiết bị mới và cần tỉnh đăng ký lại; những gì "
        "đã gửi lên tỉnh sẽ được tỉnh gửi về.",
        "The database {path} is damaged; the application has stopped and reads and writes "
        "nothing in that file, so that the damage does not spread. The newest sound backup: "
        "{backup} (made {when}). To restore it: close the application; move the file {name} "
        "(with the files {name}-wal and {name}-shm if they exist) somewhere else; copy the "
        "backup into {folder} and rename it {name}; open the application again. A commune "
        "computer restored this way becomes a new device and must be enrolled again by the "
        "province; what it had sent to the province will be sent back."),
}

_DISK: dict[str, tuple[str, str]] = {
    "disk.problem_database": (
        "{done} cơ sở dữ liệu: {reason}. {advice}",
        "{done} the database: {reason}. {advice}"),
    "disk.problem_file": (
        "{done} tệp “{path}”: {reason}. {advice}",
        "{done} the file “{path}”: {reason}. {advice}"),
    "disk.done_write": ("Không ghi được vào", "Could not write to"),
    "disk.done_access": ("Không truy cập được", "Could not access"),
    "disk.done_read_write": ("Không đọc ghi được", "Could not read or write"),
    "disk.done_open": ("Không mở được", "Could not open"),
    "disk.reason_full": ("ổ đĩa đã đầy", "the disk is full"),
    "disk.reason_read_only": (
        "ổ đĩa, thư mục hoặc tệp chỉ cho phép đọc",
        "the disk, folder or file may only be read"),
    "disk.reason_denied": (
        "tài khoản đang dùng không có quyền với tệp hoặc thư mục này",
        "the account in use has no rights on this file or folder"),
    "disk.reason_broken": (
        "ổ đĩa báo lỗi (ổ đầy, bị rút ra hoặc bị hỏng)",
        "the disk reported an error (full, pulled out or broken)"),
    "disk.reason_cannot_open": (
        "thư mục không cho phép ghi, hoặc tệp không còn ở đó",
        "the folder may not be written to, or the file is no longer there"),
    "disk.advice_free_space": (
        "Hãy giải phóng chỗ trống trên ổ đĩa rồi chạy lại lệnh.",
        "Free some space on the disk, then run the command again."),
    "disk.advice_writable": (
        "Hãy cho phép ghi vào thư mục dữ liệu (hoặc chép nó sang ổ ghi được) rồi chạy lại lệnh.",
        "Allow writing to the data folder (or copy it to a disk that can be written to), then "
        "run the command again."),
    "disk.advice_allowed": (
        "Hãy cấp quyền ghi (hoặc chọn tệp, thư mục khác) rồi chạy lại lệnh.",
        "Grant the right to write (or choose another file or folder), then run the command "
        "again."),
    "disk.advice_check_disk": (
        "Hãy kiểm tra ổ đĩa rồi chạy lại lệnh.",
        "Check the disk, then run the command again."),
}

_DEVICE: dict[str, tuple[str, str]] = {
    "device.not_set_up": (
        "Máy này chưa được thiết lập cho xã nào; hãy chạy “commune-it setup” trước.",
        "This computer has not been set up for any commune; run ‘commune-it setup’ first."),
    "journal.hard_delete": (
        "Không xóa hẳn bản ghi được đồng bộ; hãy đánh dấu đã xóa (xóa mềm).",
        "A synchronised record is never deleted outright; mark it as deleted (a soft delete)."),
    "journal.no_partition": (
        "Bản ghi {record} chưa có phân vùng.",
        "The {record} record has no partition yet."),
    "scope.trainer_register": (
        "Máy giảng viên chỉ ghi được dữ liệu đào tạo; hồ sơ cán bộ và thiết bị do máy văn "
        "phòng xã cập nhật.",
        "A trainer's computer records only training data; officials and equipment are kept "
        "up to date by the commune office's computer."),
    "scope.outside_partition": (
        "Bản ghi thuộc phân vùng {partition}, ngoài phạm vi ghi của máy này.",
        "The record belongs to partition {partition}, outside what this computer may write."),
    "setup.commune_code_invalid": (
        "Mã xã “{code}” không hợp lệ: mã xã gồm 5 chữ số.",
        "The commune code ‘{code}’ is not valid: a commune code has 5 digits."),
    "setup.commune_unknown": (
        "Không có xã/phường nào mang mã {code} trong danh mục chính thức.",
        "No commune or ward has the code {code} in the official list."),
    "setup.commune_missing": ("Cần ít nhất một mã xã.", "At least one commune code is needed."),
    "setup.office_one_commune": (
        "Máy văn phòng xã chỉ thuộc một xã; máy giảng viên dùng --trainer.",
        "A commune office's computer belongs to one commune only; a trainer's computer uses "
        "--trainer."),
    "setup.one_province": (
        "Các xã phải cùng một tỉnh.", "The communes must be in the same province."),
    "setup.device_name_missing": (
        "Tên máy không được để trống.", "The computer's name cannot be left empty."),
    "setup.other_commune_data": (
        "Máy này đã có dữ liệu của xã khác; không đổi xã được. Hãy dùng thư mục dữ liệu khác.",
        "This computer already holds another commune's data; its commune cannot be changed. "
        "Use another data folder."),
    "settings.department_missing": (
        "Tên sở không được để trống.", "The department's name cannot be left empty."),
    "settings.department_too_long": (
        "Tên sở quá dài (tối đa {limit} ký tự).",
        "The department's name is too long (at most {limit} characters)."),
    "settings.server_address_missing": (
        "Hãy nhập địa chỉ máy chủ của tỉnh, ví dụ http://may-chu:8080.",
        "Enter the address of the province's server, for example http://may-chu:8080."),
    "settings.server_address_invalid": (
        "“{address}” không phải là địa chỉ máy chủ hợp lệ; hãy nhập dạng http://may-chu:8080.",
        "‘{address}’ is not a valid server address; enter it as http://may-chu:8080."),
    "demo.not_set_up": (
        "Máy này chưa được thiết lập cho xã nào; hãy chạy “commune-it setup” trước khi nạp dữ "
        "liệu mẫu.",
        "This computer has not been set up for any commune; run ‘commune-it setup’ before "
        "loading the demo data."),
    "demo.office_only": (
        "Dữ liệu mẫu chỉ nạp được trên máy văn phòng xã: máy giảng viên không ghi hồ sơ cán bộ "
        "và thiết bị.",
        "The demo data can only be loaded on a commune office's computer: a trainer's computer "
        "does not record officials and equipment."),
    "indicators.total_name": ("Tổng cộng", "Total"),
}

_RECORDS: dict[str, tuple[str, str]] = {
    "record.field_read_only": (
        "Trường {field} không sửa được.", "The field {field} cannot be changed."),
    "record.value_invalid": (
        "Giá trị “{value}” không hợp lệ cho trường {field}.",
        "The value ‘{value}’ is not valid for the field {field}."),
    "record.not_found": (
        "Không tìm thấy {what}; có thể đã bị xóa trên máy khác.",
        "Could not find {what}; it may have been deleted on another computer."),
    "record.what_official": ("cán bộ này", "this official"),
    "record.what_item": ("thiết bị này", "this item"),
    "record.what_course": ("khóa học", "the course"),
    "record.what_session": ("buổi học", "the lesson"),
    "record.what_enrolment": ("người ghi danh", "the enrolled person"),
    "record.what_staff": ("cán bộ", "the official"),
    "staff.name_missing": (
        "Họ và tên không được để trống.", "The full name cannot be left empty."),
    "staff.phone_invalid": (
        "Số điện thoại “{phone}” không hợp lệ: cần 9 đến 12 chữ số, ví dụ 0912 345 678.",
        "The phone number “{phone}” is not valid: it needs 9 to 12 digits, for example "
        "0912 345 678."),
    "staff.email_invalid": (
        "Địa chỉ thư điện tử “{email}” không hợp lệ, ví dụ ten@dienbien.gov.vn.",
        "The e-mail address “{email}” is not valid; an example: ten@dienbien.gov.vn."),
    "staff.service_end_before_start": (
        "Ngày thôi công tác ({end}) phải sau ngày bắt đầu công tác ({start}).",
        "The end of service ({end}) must come after the start of service ({start})."),
    "staff.age_outside_working": (
        "Kiểm tra lại ngày sinh ({born}): cán bộ sẽ {age} tuổi, ngoài tuổi làm việc "
        "({youngest}–{oldest}).",
        "Check the date of birth ({born}): the official would be {age} years old, outside the "
        "working age ({youngest}–{oldest})."),
    "equipment.warranty_before_use": (
        "Ngày hết bảo hành ({warranty}) phải sau ngày đưa vào sử dụng ({acquired}).",
        "The end of warranty ({warranty}) must come after the date the item was put into use "
        "({acquired})."),
    "equipment.status_date_future": (
        "Ngày đổi tình trạng không được ở tương lai.",
        "The date of the change of status cannot be in the future."),
    "equipment.holder_not_staff": (
        "Người sử dụng phải là cán bộ đang làm việc của xã.",
        "The user must be an official of the commune in service."),
    "training.course_other_commune": (
        "Khóa học của xã chỉ nhận cán bộ của xã đó; lớp cho nhiều xã là khóa học của tỉnh.",
        "A commune's course takes only that commune's officials; a class for several communes "
        "is a province course."),
    "training.participant_name_missing": (
        "Cần tên người tham gia.", "The participant's name is needed."),
    "training.session_not_held": (
        "Buổi học ngày {day} chưa diễn ra; chỉ điểm danh được từ ngày học trở đi.",
        "The lesson of {day} has not taken place yet; attendance can be marked only from the "
        "day of the lesson on."),
    "training.hours_out_of_range": (
        "Số giờ phải lớn hơn 0 và không quá {limit}.",
        "The number of hours must be more than 0 and at most {limit}."),
    "training.course_title_missing": ("Cần tên khóa học.", "The course needs a title."),
    "training.course_start_missing": ("Cần ngày bắt đầu khóa học.",
                                      "The course needs a start date."),
    "training.course_end_before_start": (
        "Ngày kết thúc không được trước ngày bắt đầu.",
        "The end date cannot be before the start date."),
    "training.sessions_outside_course": (
        "Có buổi học nằm ngoài thời gian mới của khóa học; hãy sửa ngày các buổi đó trước.",
        "Some lessons fall outside the course's new dates; change those lessons' dates "
        "first."),
    "training.course_has_enrolments": (
        "Khóa học đã có người ghi danh; hãy bỏ ghi danh họ trước khi xóa khóa học.",
        "People are enrolled in the course; remove their enrolments before deleting the "
        "course."),
    "training.session_outside_course": (
        "Ngày buổi học phải nằm trong thời gian của khóa học.",
        "The lesson's date must fall within the course's dates."),
    "training.start_time_format": (
        "Giờ bắt đầu phải viết dạng giờ:phút, ví dụ 07:30.",
        "Write the start time as hours:minutes, for example 07:30."),
    "training.attendance_status_invalid": (
        "Trạng thái điểm danh “{status}” không hợp lệ.",
        "The attendance mark ‘{status}’ is not valid."),
}

# ``validation.field_problem``'s sentences; ``{label}`` is one of the field names below.
_CHECKS: dict[str, tuple[str, str]] = {
    "validation.refused": ("{problems}", "{problems}"),
    "validation.problems": ("{first} {rest}", "{first} {rest}"),
    "validation.unknown_field": (
        "Trường không sửa được: {field}.", "A field that cannot be changed: {field}."),
    "validation.required": ("{label} không được để trống.", "{label} cannot be left empty."),
    "validation.wrong_kind": (
        "{label}: “{value}” không phải là {kind}.", "{label}: “{value}” is not {kind}."),
    "validation.kind_text": ("chữ", "text"),
    "validation.kind_date": ("ngày", "a date"),
    "validation.kind_bool": ("có/không", "yes or no"),
    "validation.kind_money": ("số nguyên", "a whole number"),
    "validation.kind_ref": ("mã bản ghi", "a record id"),
    "validation.control_character": (
        "{label} chứa ký tự điều khiển (mã {char}), không phải chữ; hãy gõ lại giá trị này.",
        "{label} holds a control character (code {char}), not a letter; type this value "
        "again."),
    "validation.too_long": (
        "{label} dài {length} ký tự, quá giới hạn {limit} ký tự.",
        "{label} is {length} characters long, over the limit of {limit} characters."),
    "validation.not_a_choice": (
        "Giá trị “{value}” không hợp lệ cho trường “{label}”.",
        "The value “{value}” is not valid for the field “{label}”."),
    "validation.future": (
        "{label} ({value}) không được ở tương lai.", "{label} ({value}) cannot be in the future."),
    "validation.negative": ("{label} không được âm.", "{label} cannot be negative."),
    # validation.MAX_MONEY, grouped as each language writes it (a test holds them equal)
    "validation.too_large": (
        "{label} lớn quá: tối đa 1.000.000.000.000 đồng.",
        "{label} is too large: at most 1,000,000,000,000 dong."),
}


TEXTS: dict[str, tuple[str, str]] = merged(_STORE, _DISK, _DEVICE, _RECORDS, _CHECKS, FIELDS,
                                           RESULTS)
