"""What is wrong with one row of an import file: code → (Vietnamese, English). Part of the
exchange catalogue (app/messages/exchange.py); apart to keep each module short."""

from __future__ import annotations

_OUT_OF_SCOPE = ("ngoài phạm vi ghi của máy này", "outside what this computer may write")

_REGISTER: dict[str, tuple[str, str]] = {
    "import.noun_staff": ("cán bộ", "official"),
    "import.noun_equipment": ("thiết bị", "item"),
    "import.noun_staff_start": ("Cán bộ", "The official"),
    "import.noun_equipment_start": ("Thiết bị", "The item"),
    # the other kinds of record an id may name (an id given in a file of the wrong kind)
    "import.record_staff": ("cán bộ", "an official"),
    "import.record_equipment": ("thiết bị", "an item of equipment"),
    "import.record_equipment_status_event": (
        "mục lịch sử tình trạng thiết bị", "an entry of an item's status history"),
    "import.record_course": ("khóa học", "a course"),
    "import.record_course_session": ("buổi học", "a lesson"),
    "import.record_enrollment": ("lượt ghi danh", "an enrolment"),
    "import.record_attendance": ("lượt điểm danh", "an attendance mark"),
    "import.record_other": ("bản ghi", "another record"),
    "import.id_repeated": (
        "Mã “{record_id}” đã có ở dòng {first}; mỗi {noun} chỉ được ghi một dòng.",
        "The id ‘{record_id}’ is already on row {first}; each {noun} may have only one row."),
    "import.id_deleted": (
        "{noun_start} mang mã “{record_id}” đã bị xóa; không ghi lại được với mã này. Để thêm "
        "lại {noun} này, hãy để trống ô mã.",
        "{noun_start} with the id “{record_id}” has been deleted; it cannot be written again "
        "under this id. To add this {noun} again, leave the id cell empty."),
    "import.id_other_commune": (
        "{noun_start} này thuộc xã {commune}, " + _OUT_OF_SCOPE[0] + ".",
        "{noun_start} of this row belongs to commune {commune}, " + _OUT_OF_SCOPE[1] + "."),
    "import.id_invalid": (
        "Mã “{record_id}” không phải là mã bản ghi hợp lệ (dạng UUID như trong tệp xuất, ví dụ "
        "{example}). Để thêm {noun} mới, hãy để trống ô mã.",
        "“{record_id}” is not a valid record id (a UUID as in an exported file, for example "
        "{example}). To add a new {noun}, leave the id cell empty."),
    "import.id_other_kind": (
        "Mã “{record_id}” là mã của một {other}, không phải của {noun}; hãy kiểm tra lại tệp.",
        "“{record_id}” is the id of {other}, not of an {noun}; check the file."),
    "import.required_to_create": (
        "Thiếu “{header}” để thêm {noun} mới.", "‘{header}’ is needed to add a new {noun}."),
    "import.commune_move": (
        "Không chuyển được {noun} sang xã khác ({old} → {new}).",
        "An {noun} cannot be moved to another commune ({old} → {new})."),
    "import.commune_out_of_scope": (
        "Xã {code} nằm " + _OUT_OF_SCOPE[0] + " (máy ghi cho xã {home}).",
        "Commune {code} is " + _OUT_OF_SCOPE[1] + " (it records for commune {home})."),
    "import.holder_unknown": (
        "Không có cán bộ nào (đang làm việc) mang mã “{holder_id}”.",
        "No official (in service) has the id ‘{holder_id}’."),
    "import.staff_name_unknown": (
        "Không có cán bộ nào tên “{name}” trong danh sách.",
        "No official named ‘{name}’ is in the list."),
    "import.staff_name_ambiguous": (
        "Có {count} cán bộ cùng tên “{name}”; hãy ghi mã cán bộ để phân biệt.",
        "{count} officials are named ‘{name}’; give the official's id to tell them apart."),
    "import.match_row": (
        "“{name}” ({born}) trùng với cán bộ “{existing}” đã có (mã {existing_id}); dòng này "
        "sẽ thêm một người nữa.",
        "‘{name}’ ({born}) matches the official ‘{existing}’ already recorded (id "
        "{existing_id}); this row would add one more person."),
    "import.born_on": ("sinh ngày {day}", "born {day}"),
    "import.born_unknown": ("không ghi ngày sinh", "no date of birth given"),
}

_ATTENDANCE: dict[str, tuple[str, str]] = {
    "import.what_course": ("khóa học", "course"),
    "import.what_enrolment": ("người học trong khóa", "learner in the course"),
    "import.attendance_repeated": (
        "Người này đã được điểm danh buổi {day} ở dòng {first}.",
        "This person's attendance at the lesson of {day} is already marked on row {first}."),
    "import.attendance_out_of_scope": (
        "Điểm danh này nằm " + _OUT_OF_SCOPE[0] + ".",
        "This attendance mark is " + _OUT_OF_SCOPE[1] + "."),
    "import.course_end_before_start": (
        "Ngày kết thúc trước ngày bắt đầu khóa học.",
        "The end date is before the start of the course."),
    "import.differs_from_row": (
        "Khác với dòng {first} của cùng {what}.",
        "Differs from row {first} of the same {what}."),
    "import.cannot_change_out_of_scope": (
        "Không sửa được {what} này: nằm " + _OUT_OF_SCOPE[0] + ".",
        "This {what} cannot be changed: it is " + _OUT_OF_SCOPE[1] + "."),
    "import.session_before_course": (
        "Ngày học {day} trước ngày bắt đầu khóa học ({start}).",
        "The lesson date {day} is before the start of the course ({start})."),
    "import.course_out_of_scope": (
        "Khóa học “{title}” nằm " + _OUT_OF_SCOPE[0] + "; không thêm buổi học được.",
        "The course ‘{title}’ is " + _OUT_OF_SCOPE[1] + "; no lesson can be added to it."),
    "import.enrol_out_of_scope": (
        "Không ghi danh được người này: khóa học nằm " + _OUT_OF_SCOPE[0] + ".",
        "This person cannot be enrolled: the course is " + _OUT_OF_SCOPE[1] + "."),
    "import.unit_for_outsiders": (
        "Đơn vị chỉ ghi cho người tham gia ngoài.",
        "A unit is given only for an outside participant."),
    "import.person_both": (
        "Một dòng chỉ ghi cán bộ (mã hoặc họ tên) hoặc người tham gia ngoài, không ghi cả hai.",
        "A row names either an official (by id or full name) or an outside participant, not "
        "both."),
    "import.staff_id_unknown_here": (
        "Không có cán bộ nào (đang làm việc) mang mã “{staff_id}” trong các xã của máy này.",
        "No official (in service) has the id ‘{staff_id}’ in this computer's communes."),
    "import.person_missing": (
        "Cần mã cán bộ (staff_id) hoặc tên người tham gia ngoài (participant_name).",
        "An official's id (staff_id) or an outside participant's name (participant_name) is "
        "needed."),
}

_SUMMARY: dict[str, tuple[str, str]] = {
    "import.summary": (
        "Đã thêm {created}, cập nhật {updated}, giữ nguyên {unchanged} dòng.",
        "{created} added, {updated} updated, {unchanged} unchanged."),
    "import.sheet_read": ("Đã đọc trang tính “{sheet}”.", "Read the sheet ‘{sheet}’."),
    "import.sheet_read_others": (
        "Đã đọc trang tính “{sheet}” (không đọc trang {others}).",
        "Read the sheet ‘{sheet}’ (left unread: {others})."),
    # app/exchange/attendance_results.py: what a file's results did, and did not do
    "import.results_updated": (
        "Đã ghi kết quả, số chứng chỉ của {count} người học.",
        "Results or certificate numbers written for {count} participant(s)."),
    "import.certificates_not_updated": (
        "{count} cán bộ đạt khóa học cấp chứng chỉ tin học và có số chứng chỉ, nhưng hồ sơ "
        "cán bộ chưa ghi chứng chỉ này; tệp nhập không sửa hồ sơ cán bộ. Để cập nhật: trong "
        "cửa sổ, trang Đào tạo, thẻ Người tham gia, nút “Kết quả…”.",
        "{count} official(s) passed a course that gives an IT certificate and have a "
        "certificate number, but their record does not show that certificate yet; an "
        "imported file does not change officials' records. To update them: in the window, "
        "the Training page, the Participants tab, the “Results…” button."),
}

ROWS: dict[str, tuple[str, str]] = {**_REGISTER, **_ATTENDANCE, **_SUMMARY}
