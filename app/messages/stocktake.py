"""Messages of the annual stock-take (kiểm kê) and of ``commune-it stocktake``: code →
(Vietnamese, English). See app/messages/__init__.py."""

from __future__ import annotations

_REFUSALS: dict[str, tuple[str, str]] = {
    "stocktake.no_open_round": (
        "Chưa có đợt kiểm kê nào đang mở: mở đợt bằng “commune-it stocktake open”.",
        "No stock-take round is open: open one with “commune-it stocktake open”.",
    ),
    "stocktake.round_already_open": (
        "Đã có một đợt kiểm kê đang mở (mở ngày {opened_on}): đóng đợt đó trước khi mở đợt "
        "mới.",
        "A stock-take round is already open (opened on {opened_on}): close it before opening "
        "a new one.",
    ),
    "stocktake.member_bad": (
        "Thành viên hội đồng kiểm kê “{member}” không hợp lệ: cần “Họ tên:chức vụ”, họ tên "
        "không để trống, mỗi phần tối đa 80 ký tự.",
        "Stock-take committee member “{member}” is not valid: give “Name:role”, the name not "
        "blank, each part at most 80 characters.",
    ),
    "stocktake.committee_too_many": (
        "Hội đồng kiểm kê có {count} người, nhiều hơn {most} người mà biên bản ghi được.",
        "The stock-take committee has {count} members, more than the {most} the record holds.",
    ),
    "stocktake.tag_empty": (
        "Mã tài sản trống.",
        "The asset tag is blank.",
    ),
    "stocktake.tag_too_long": (
        "Mã tài sản “{tag}…” dài quá {most} ký tự.",
        "Asset tag “{tag}…” is longer than {most} characters.",
    ),
    "stocktake.commune_needed": (
        "Máy này phục vụ nhiều xã ({communes}): chọn xã kiểm kê bằng --commune.",
        "This laptop serves several communes ({communes}): choose the commune with --commune.",
    ),
    "stocktake.close_office_only": (
        "Chỉ máy văn phòng xã kết thúc được đợt kiểm kê (việc này cập nhật sổ thiết bị); máy "
        "giảng viên chỉ kiểm đếm.",
        "Only the commune office's laptop can close a stock-take round (closing updates the "
        "equipment register); a trainer's laptop only counts.",
    ),
    "stocktake.item_unknown": (
        "Thiết bị này không có trong sổ của xã.",
        "This item is not in the commune's register.",
    ),
    "stocktake.file_unreadable": (
        "Không đọc được tệp “{path}”: {reason}.",
        "Cannot read the file “{path}”: {reason}.",
    ),
    "stocktake.file_not_text": (
        "Tệp “{path}” không phải danh sách mã tài sản (văn bản UTF-8, mỗi dòng một mã).",
        "The file “{path}” is not a list of asset tags (UTF-8 text, one tag a line).",
    ),
    "stocktake.file_line_bad": (
        "Dòng {line}: {reason} Không ghi gì.",
        "Line {line}: {reason} Nothing was written.",
    ),
}

_CLI: dict[str, tuple[str, str]] = {
    "stocktake.help": (
        "kiểm kê tài sản hằng năm: mở đợt, nhận tệp mã quét, đóng đợt",
        "the annual stock-take: open a round, take in a file of scanned tags, close it",
    ),
    "stocktake.help_open": ("mở một đợt kiểm kê", "open a stock-take round"),
    "stocktake.help_committee": (
        "một thành viên hội đồng kiểm kê, dạng “Họ tên:chức vụ” (nhắc lại cho mỗi người)",
        "a member of the stock-take committee, as “Name:role” (repeat for each person)",
    ),
    "stocktake.help_committee_file": (
        "tệp UTF-8 liệt kê hội đồng, mỗi dòng “Họ tên:chức vụ”",
        "a UTF-8 file listing the committee, one “Name:role” a line",
    ),
    "stocktake.help_count": (
        "nhận tệp mã tài sản (mỗi dòng một mã, như máy quét xuất ra)",
        "take in a file of asset tags (one a line, as a scanner dumps them)",
    ),
    "stocktake.help_close": ("đóng đợt kiểm kê đang mở", "close the open round"),
    "stocktake.help_confirm_missing": (
        "hội đồng xác nhận: thiết bị không tìm thấy được ghi là mất",
        "the committee confirms: items not found are recorded as lost",
    ),
    "stocktake.help_status": ("tiến độ của đợt đang mở", "the open round's progress"),
    "stocktake.help_commune": (
        "mã xã (máy giảng viên phục vụ nhiều xã)",
        "the commune's code (a trainer's laptop serves several)",
    ),
    "stocktake.opened": (
        "Đã mở đợt kiểm kê ngày {day}, hội đồng {count} người.",
        "Stock-take round opened on {day}, committee of {count}.",
    ),
    "stocktake.counted": (
        "Đã nhận {found} mã có trong sổ, {unknown} mã không có trong sổ, {duplicate} mã "
        "trùng (chỉ tính một lần).",
        "Took in {found} tags in the register, {unknown} not in the register, {duplicate} "
        "duplicates (counted once).",
    ),
    "stocktake.note_unknown": (
        "Không có trong sổ: {tag} (ghi là tài sản thừa).",
        "Not in the register: {tag} (recorded as found, not in the book).",
    ),
    "stocktake.note_duplicate": (
        "Trùng: {tag} đã được kiểm, chỉ tính một lần.",
        "Duplicate: {tag} was already counted; counted once.",
    ),
    "stocktake.closed": (
        "Đã đóng đợt kiểm kê: {checked} thiết bị đã kiểm được cập nhật.",
        "Stock-take round closed: {checked} items counted were updated.",
    ),
    "stocktake.closed_lost": (
        "{lost} thiết bị không tìm thấy đã được ghi là mất.",
        "{lost} items not found were recorded as lost.",
    ),
    "stocktake.closed_unconfirmed": (
        "{count} thiết bị không tìm thấy chưa được xác nhận mất (giữ nguyên tình trạng; "
        "dùng --confirm-missing khi hội đồng xác nhận).",
        "{count} items not found are not confirmed lost (left as they were; use "
        "--confirm-missing once the committee confirms).",
    ),
    "stocktake.status_line": (
        "Đợt mở ngày {day}: sổ {book}, đã thấy {found}, thiếu {missing}, chưa kiểm "
        "{not_counted}, thừa (không có trong sổ) {unknown}.",
        "Round opened on {day}: register {book}, found {found}, missing {missing}, not yet "
        "counted {not_counted}, found not in the register {unknown}.",
    ),
    "stocktake.status_none": (
        "Không có đợt kiểm kê nào đang mở.",
        "No stock-take round is open.",
    ),
}

TEXTS: dict[str, tuple[str, str]] = {**_REFUSALS, **_CLI}
