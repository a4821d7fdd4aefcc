"""Messages of app/exchange (import and export files): code → (Vietnamese, English).

See app/messages/__init__.py. The Vietnamese is the text officers have read so far, word for
word, with its variable parts as placeholders. A placeholder that stands for words (a
column's name, what kind of record, a count grouped as each language writes it) is filled
with a message of its own. A code ending in ``_one`` is its twin's sentence for a count of
one, where English needs the singular and Vietnamese does not change.
"""

from __future__ import annotations

from .exchange_columns import COLUMNS
from .exchange_rows import ROWS
from .tables import merged

_NOTHING_WRITTEN = ("không có dữ liệu nào được ghi.", "nothing was written.")

_FILE: dict[str, tuple[str, str]] = {
    "import.kind_unknown": (
        "Không nhập được “{kind}”; chọn staff, equipment hoặc attendance.",
        "Cannot import ‘{kind}’; choose staff, equipment or attendance."),
    "export.kind_unknown": (
        "Không xuất được “{kind}”; chọn staff, equipment hoặc training.",
        "Cannot export ‘{kind}’; choose staff, equipment or training."),
    "import.old_excel": (
        "Tệp “{name}” là định dạng Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.",
        "The file ‘{name}’ is in the old Excel format (.xls); open it in Excel and save it "
        "again as .xlsx."),
    "import.format_unknown": (
        "Tệp “{name}” không phải .csv hoặc .xlsx; chỉ nhận hai định dạng này.",
        "The file ‘{name}’ is not a .csv or .xlsx file; only these two formats are accepted."),
    "import.file_not_found": ("Không tìm thấy tệp “{path}”.", "The file ‘{path}’ was not found."),
    "import.not_a_file": ("“{path}” không phải là một tệp.", "‘{path}’ is not a file."),
    "import.file_too_large": (
        "Tệp “{name}” có dung lượng {size} MB, quá giới hạn {limit} MB của một lần nhập; hãy "
        "chia thành nhiều tệp nhỏ hơn.",
        "The file ‘{name}’ is {size} MB, over the limit of {limit} MB for one import; split "
        "it into several smaller files."),
    "import.cannot_read": (
        "Không đọc được tệp “{name}”: {reason}.", "Could not read the file ‘{name}’: {reason}."),
    "import.file_empty": (
        "Tệp “{name}” trống: không có dòng tiêu đề.",
        "The file ‘{name}’ is empty: it has no header row."),
    "import.header_only": (
        "Tệp “{name}” chỉ có dòng tiêu đề, không có dòng dữ liệu nào để nhập.",
        "The file ‘{name}’ has only a header row, and no rows of data to import."),
    "import.too_many_rows": (
        "Tệp “{name}” có hơn {limit} dòng dữ liệu; mỗi lần chỉ nhập được tối đa {limit} dòng. "
        "Hãy chia thành nhiều tệp nhỏ hơn. Không có dữ liệu nào được ghi.",
        "The file ‘{name}’ has more than {limit} rows of data; at most {limit} rows can be "
        "imported at a time. Split it into several smaller files. Nothing was written."),
    "import.row_too_wide": (
        "Dòng {row} của tệp “{name}” có dữ liệu ở cột thứ {column}; tệp nhập chỉ được có tối "
        "đa {limit} cột. Không có dữ liệu nào được ghi.",
        "Row {row} of the file ‘{name}’ holds data in column {column}; a file to import may "
        "have at most {limit} columns. Nothing was written."),
    "import.cell_too_long": (
        "Dòng {row}, cột thứ {column} của tệp “{name}” dài {length} ký tự; mỗi ô chỉ được tối "
        "đa {limit} ký tự. Không có dữ liệu nào được ghi.",
        "Row {row}, column {column} of the file ‘{name}’ is {length} characters long; a cell "
        "may hold at most {limit} characters. Nothing was written."),
    "import.line_too_long": (
        "Dòng {row} của tệp “{name}” dài hơn {limit} ký tự; đây không phải một danh sách để "
        "nhập. Không có dữ liệu nào được ghi.",
        "Line {row} of the file ‘{name}’ is longer than {limit} characters; this is not a "
        "list to import. Nothing was written."),
    "import.csv_damaged": (
        "Tệp CSV “{name}” bị hỏng: {reason}.", "The CSV file ‘{name}’ is damaged: {reason}."),
    "import.csv_is_excel": (
        "Tệp “{name}” thực ra là tệp Excel; hãy đổi đuôi tệp thành .xlsx.",
        "The file ‘{name}’ is in fact an Excel file; change its extension to .xlsx."),
    "import.csv_not_utf8": (
        "Tệp “{name}” không phải văn bản CSV mã UTF-8. Trong Excel, hãy chọn Lưu thành “CSV "
        "UTF-8 (Comma delimited)”.",
        "The file ‘{name}’ is not CSV text in UTF-8. In Excel, choose Save as ‘CSV UTF-8 "
        "(Comma delimited)’."),
    "import.excel_unreadable": (
        "Không đọc được tệp Excel “{name}”: tệp hỏng hoặc không phải .xlsx.",
        "Could not read the Excel file ‘{name}’: it is damaged or not an .xlsx file."),
    "import.excel_content_unreadable": (
        "Không đọc được nội dung tệp Excel “{name}”.",
        "Could not read the contents of the Excel file ‘{name}’."),
    "import.excel_no_sheets": (
        "Tệp Excel “{name}” không có trang tính nào.",
        "The Excel file ‘{name}’ has no sheets."),
    "import.sheet_missing": (
        "Tệp Excel “{name}” không có trang tính “{sheet}”; các trang tính của tệp: {sheets}.",
        "The Excel file ‘{name}’ has no sheet ‘{sheet}’; the sheets of the file: {sheets}."),
    "import.sheet_unclear": (
        "Tệp Excel “{name}” có {count} trang tính có dữ liệu ({sheets}); không rõ nên nhập "
        "trang nào.",
        "The Excel file ‘{name}’ has {count} sheets with data ({sheets}); it is not clear "
        "which one to import."),
    "import.zip_too_many_parts": (
        "Tệp Excel “{name}” có {count} phần nén: không phải một danh sách để nhập; "
        "không có dữ liệu nào được ghi.",
        "The Excel file ‘{name}’ has {count} compressed parts: it is not a list to import; "
        "nothing was written."),
    "import.zip_too_large": (
        "Tệp Excel “{name}” giải nén ra {size} MB, quá giới hạn {limit} MB: không phải một "
        "danh sách để nhập; không có dữ liệu nào được ghi.",
        "The Excel file ‘{name}’ unzips to {size} MB, over the limit of {limit} MB: it is "
        "not a list to import; nothing was written."),
    "import.zip_part_too_large": (
        "Tệp Excel “{name}” phần “{part}” giải nén ra {size} MB, quá giới hạn {limit} MB: "
        "không phải một danh sách để nhập; không có dữ liệu nào được ghi.",
        "The part ‘{part}’ of the Excel file ‘{name}’ unzips to {size} MB, over the limit of "
        "{limit} MB: it is not a list to import; nothing was written."),
    "export.folder_missing": (
        "Không ghi được tệp “{path}”: thư mục “{folder}” không có.",
        "Could not write the file ‘{path}’: the folder ‘{folder}’ does not exist."),
    "export.cannot_write": (
        "Không ghi được tệp “{path}”: {reason}.", "Could not write the file ‘{path}’: {reason}."),
    "export.cannot_write_open": (
        "Không ghi được tệp “{path}”: {reason}. Nếu tệp đang mở trong Excel, hãy đóng lại "
        "rồi thử lại.",
        "Could not write the file ‘{path}’: {reason}. If the file is open in Excel, close it "
        "and try again."),
}

_REFUSALS: dict[str, tuple[str, str]] = {
    "import.bad_rows": (
        "Tệp có {count} dòng lỗi; " + _NOTHING_WRITTEN[0],
        "The file has {count} rows with errors; " + _NOTHING_WRITTEN[1]),
    "import.bad_rows_one": (
        "Tệp có {count} dòng lỗi; " + _NOTHING_WRITTEN[0],
        "The file has {count} row with errors; " + _NOTHING_WRITTEN[1]),
    "import.refused_for": (
        "{problem} Không có dữ liệu nào được ghi.", "{problem} Nothing was written."),
    "import.more_problems": ("… và {count} lỗi khác.", "… and {count} more problems."),
    "import.more_problems_one": ("… và {count} lỗi khác.", "… and {count} more problem."),
    "import.header_unusable": (
        "Dòng tiêu đề có {count} cột không dùng được; " + _NOTHING_WRITTEN[0],
        "The header row has {count} columns that cannot be used; " + _NOTHING_WRITTEN[1]),
    "import.header_unusable_one": (
        "Dòng tiêu đề có {count} cột không dùng được; " + _NOTHING_WRITTEN[0],
        "The header row has {count} column that cannot be used; " + _NOTHING_WRITTEN[1]),
    "import.required_columns_missing": (
        "Tệp thiếu {count} cột bắt buộc; " + _NOTHING_WRITTEN[0],
        "The file lacks {count} required columns; " + _NOTHING_WRITTEN[1]),
    "import.required_columns_missing_one": (
        "Tệp thiếu {count} cột bắt buộc; " + _NOTHING_WRITTEN[0],
        "The file lacks {count} required column; " + _NOTHING_WRITTEN[1]),
    "import.person_columns_missing": (
        "Tệp thiếu cột người học; " + _NOTHING_WRITTEN[0],
        "The file has no column naming the learner; " + _NOTHING_WRITTEN[1]),
    "import.matches_existing": (
        "{count} dòng không có mã trùng họ tên và ngày sinh với cán bộ đã có trong danh sách; "
        + _NOTHING_WRITTEN[0],
        "{count} rows without an id have the same full name and date of birth as officials "
        "already in the list; " + _NOTHING_WRITTEN[1]),
    "import.matches_existing_one": (
        "{count} dòng không có mã trùng họ tên và ngày sinh với cán bộ đã có trong danh sách; "
        + _NOTHING_WRITTEN[0],
        "{count} row without an id has the same full name and date of birth as an official "
        "already in the list; " + _NOTHING_WRITTEN[1]),
    "import.already_imported": (
        "Tệp “{name}” đã được nhập vào máy này ngày {day} lúc {time} ({what}: thêm {created}, "
        "cập nhật {updated}); lần này " + _NOTHING_WRITTEN[0],
        "The file ‘{name}’ was already imported on this computer on {day} at {time} ({what}: "
        "{created} added, {updated} updated); this time " + _NOTHING_WRITTEN[1]),
    "import.list_staff": ("danh sách cán bộ", "list of officials"),
    "import.list_equipment": ("danh sách thiết bị", "list of equipment"),
    "import.list_attendance": ("danh sách điểm danh", "attendance list"),
}

# Where a problem is: ``column`` is its key, ``label`` the header the file gave it.
_WHERE: dict[str, tuple[str, str]] = {
    "import.at_row_column_label": (
        "Dòng {row}, cột “{label}” ({column}): {problem}",
        "Row {row}, column ‘{label}’ ({column}): {problem}"),
    "import.at_row_column": (
        "Dòng {row}, cột {column}: {problem}", "Row {row}, column {column}: {problem}"),
    "import.at_row_numbered_column": (
        "Dòng {row}, {column}: {problem}", "Row {row}, {column}: {problem}"),
    "import.at_row": ("Dòng {row}: {problem}", "Row {row}: {problem}"),
    "import.at_column_label": (
        "cột “{label}” ({column}): {problem}", "column ‘{label}’ ({column}): {problem}"),
    "import.at_column": ("cột {column}: {problem}", "column {column}: {problem}"),
    "import.at_numbered_column": ("{column}: {problem}", "{column}: {problem}"),
    "import.column_number": ("cột thứ {number}", "column {number}"),
    "import.quoted": ("“{text}”", "‘{text}’"),
}

_HEADER: dict[str, tuple[str, str]] = {
    "import.unknown_column": (
        "Không nhận ra cột “{text}”; các cột dùng được: {columns}.",
        "The column ‘{text}’ is not recognised; the columns that can be used: {columns}."),
    "import.duplicate_column": (
        "Cột “{text}” trùng với cột thứ {number} (cùng là {column}).",
        "The column ‘{text}’ repeats column {number} (both are {column})."),
    "import.required_column_missing": (
        "Thiếu cột bắt buộc “{header}” ({column}).",
        "The required column ‘{header}’ ({column}) is missing."),
    "import.person_column_missing": (
        "Thiếu cột “{staff_header}” (staff_id) hoặc “{participant_header}” (participant_name).",
        "The column ‘{staff_header}’ (staff_id) or ‘{participant_header}’ (participant_name) "
        "is missing."),
    "import.unnamed_column_data": (
        "Cột thứ {number} có dữ liệu nhưng không có tiêu đề.",
        "Column {number} holds data but has no header."),
}

_CELLS: dict[str, tuple[str, str]] = {
    "import.cell_required": ("“{header}” không được để trống.", "‘{header}’ cannot be left empty."),
    "import.not_a_date": (
        "“{value}” không phải là ngày; ghi theo dạng ngày/tháng/năm (05/02/2026) hoặc "
        "năm-tháng-ngày (2026-02-05).",
        "‘{value}’ is not a date; write it as DD/MM/YYYY (05/02/2026) or YYYY-MM-DD "
        "(2026-02-05)."),
    "import.date_not_real": ("Ngày “{value}” không có thật.", "The date ‘{value}’ does not exist."),
    "import.not_a_bool": (
        "“{value}” không hợp lệ; ghi “Có” hoặc “Không” (yes/no).",
        "‘{value}’ is not valid; write yes or no."),
    "import.not_money": ("“{value}” không phải là số tiền.", "‘{value}’ is not a sum of money."),
    "import.money_negative": (
        "Số tiền “{value}” không được âm.", "The sum ‘{value}’ cannot be negative."),
    "import.money_invalid": (
        "“{value}” không phải là số tiền (đồng, số nguyên), ví dụ 15.000.000.",
        "‘{value}’ is not a sum of money (in dong, a whole number), for example 15,000,000."),
    "import.enum_invalid": (
        "Giá trị “{value}” không hợp lệ; chọn một trong: {choices}.",
        "The value ‘{value}’ is not valid; choose one of: {choices}."),
    "import.ethnicity_unknown": (
        "Không nhận ra dân tộc “{value}”; ghi tên chính thức (ví dụ Kinh, Thái, Mông, Khơ-mú) "
        "hoặc mã 01–54.",
        "The ethnic group ‘{value}’ is not recognised; write its official name (for example "
        "Kinh, Thai, Mong, Kho-mu) or its code 01–54."),
}


TEXTS: dict[str, tuple[str, str]] = merged(_FILE, _REFUSALS, _WHERE, _HEADER, _CELLS, ROWS,
                                            COLUMNS)
