"""Messages of the printed reports and of ``commune-it report``: code → (Vietnamese,
English). See app/messages/__init__.py.

The papers themselves are Vietnamese whatever the language (``app/reports/words.py``);
these are what the app tells the officer about them: what each report is, why one cannot
be made, what was written.
"""

from __future__ import annotations

_ABOUT: dict[str, tuple[str, str]] = {
    "report.about_sign_in_sheet": (
        "danh sách ký nhận của một buổi học: mỗi học viên của khóa một dòng, cột ký tên để "
        "trống, thêm dòng trống cho người đến thêm",
        "the sign-in sheet of one lesson: a row for each person on the course, a blank column "
        "to sign, blank rows for people who come unannounced",
    ),
    "report.about_attendance_summary": (
        "bảng tổng hợp điểm danh của một khóa học: từng học viên, từng buổi, tỷ lệ đến học",
        "the attendance summary of a course: each person, each lesson, attendance rates",
    ),
    "report.about_inventory": (
        "báo cáo kiểm kê thiết bị theo loại và tình trạng, số lượng và nguyên giá, có chữ ký "
        "ban kiểm kê",
        "the equipment inventory by category and state, quantities and values, with the "
        "inventory committee's signatures",
    ),
    "report.about_staff_qualifications": (
        "thống kê trình độ chuyên môn và chứng chỉ tin học của cán bộ, công chức đang công tác",
        "the professional levels and IT certificates of the officials in service",
    ),
    "report.about_ict_indicators": (
        "các chỉ tiêu CNTT của xã: máy tính trên cán bộ, kết nối LAN và Internet, bồi dưỡng "
        "trong năm, tuổi thiết bị",
        "the commune's ICT indicators: computers per official, LAN and Internet links, "
        "training this year, equipment age",
    ),
    "report.about_asset_labels": (
        "tờ nhãn tài sản khổ A4 để kiểm kê: mỗi thiết bị một nhãn có mã QR, số hiệu tài sản, "
        "tên thiết bị và tên xã",
        "A4 sheets of asset labels for the stock-take: a label for each item with a QR code, "
        "the asset tag, the item and the commune",
    ),
}

_LABELS: dict[str, tuple[str, str]] = {
    "report.labels_pdf_only": (
        "Nhãn tài sản chỉ in ra tệp .pdf, không ghi được vào “{name}”.",
        "Asset labels are printed to a .pdf file only; cannot write them to ‘{name}’.",
    ),
    "report.labels_untagged": (
        "Có {count} thiết bị chưa có số hiệu tài sản: hãy thêm --assign-tags để cấp số hiệu "
        "theo mẫu của xã rồi in, hoặc nhập số hiệu cho từng thiết bị trước.",
        "{count} items have no asset tag: add --assign-tags to give them tags from the "
        "commune's pattern and print, or enter a tag for each item first.",
    ),
    "report.labels_none": (
        "Không có thiết bị nào để in nhãn.", "There are no items to print labels for.",
    ),
    "report.labels_tags_unknown": (
        "Không có thiết bị nào mang số hiệu: {tags}.", "No item has the asset tag: {tags}.",
    ),
    "report.labels_options": (
        "Chỉ chọn một trong --all và --tags.", "Choose only one of --all and --tags.",
    ),
    "report.labels_only_options": (
        "--all, --tags, --assign-tags và --grid chỉ dùng cho báo cáo asset-labels.",
        "--all, --tags, --assign-tags and --grid are for the asset-labels report only.",
    ),
    "report.labels_pattern_bad": (
        "Mẫu số hiệu “{pattern}” không dùng được: mẫu phải có {{n}} (số thứ tự), chỉ dùng "
        "{{commune}}, {{category}}, {{year}}, {{n}} và cho số hiệu không quá 40 ký tự.",
        "The tag pattern ‘{pattern}’ cannot be used: it must hold {{n}} (the number), use "
        "only {{commune}}, {{category}}, {{year}}, {{n}} and give tags of at most 40 "
        "characters.",
    ),
    "report.labels_grid_unknown": (
        "Không có khổ nhãn “{name}”; các khổ nhãn: {names}.",
        "There is no label paper ‘{name}’; the label papers are: {names}.",
    ),
    "report.labels_assigned": (
        "Đã cấp số hiệu tài sản cho {count} thiết bị theo mẫu của xã.",
        "Gave {count} items an asset tag from the commune's pattern.",
    ),
    "report.labels_written": (
        "Đã ghi {count} nhãn tài sản vào “{path}” ({pages} trang).",
        "Wrote {count} asset labels to ‘{path}’ ({pages} pages).",
    ),
    "report.help_all": (
        "asset-labels: cả thiết bị đã thanh lý hoặc bị mất",
        "asset-labels: also the items disposed of or lost",
    ),
    "report.help_tags": (
        "asset-labels: chỉ các thiết bị có số hiệu này (cách nhau bằng dấu phẩy)",
        "asset-labels: only the items with these tags (separated by commas)",
    ),
    "report.help_assign_tags": (
        "asset-labels: cấp số hiệu theo mẫu của xã cho thiết bị chưa có rồi in",
        "asset-labels: give items without a tag one from the commune's pattern, then print",
    ),
    "report.help_grid": (
        "asset-labels: khổ giấy nhãn ({names}); mặc định theo cài đặt",
        "asset-labels: the label paper ({names}); by default the one in the settings",
    ),
}

_PROVINCE: dict[str, tuple[str, str]] = {
    "report.about_province_inventory": (
        "thiết bị của từng xã, phường theo tình trạng, số lượng và nguyên giá, cộng toàn tỉnh "
        "và theo loại thiết bị",
        "each commune's equipment by state, quantities and values, with the province's "
        "totals and the totals by category",
    ),
    "report.about_province_staff_qualifications": (
        "trình độ chuyên môn và chứng chỉ tin học của cán bộ, công chức từng xã, phường, cộng "
        "toàn tỉnh",
        "the professional levels and IT certificates of each commune's officials, with the "
        "province's totals",
    ),
    "report.about_province_ict_indicators": (
        "các chỉ tiêu CNTT của từng xã, phường và toàn tỉnh: máy tính trên cán bộ, kết nối, "
        "chứng chỉ, bồi dưỡng trong năm, thiết bị hỏng và cũ",
        "the ICT indicators of each commune and of the province: computers per official, "
        "links, certificates, training this year, broken and old equipment",
    ),
    "report.not_province": (
        "Cơ sở dữ liệu này chưa phải của máy chủ tỉnh (tỉnh chưa cấp tệp đăng ký nào, chưa "
        "nhận số liệu của xã nào): chưa có gì để báo cáo. Hãy kiểm tra --db.",
        "This database is not a province server's yet (the province has issued no "
        "enrolment and received no commune's records): there is nothing to report. Check "
        "--db.",
    ),
    "report.server_help": (
        "in một báo cáo của tỉnh (mỗi xã, phường một dòng) ra tệp .pdf hoặc .xlsx",
        "print a province report (a row for each commune) to a .pdf or .xlsx file",
    ),
}

_REFUSALS: dict[str, tuple[str, str]] = {
    "report.unknown": (
        "Không có báo cáo “{name}”; các báo cáo: {names}.",
        "There is no report ‘{name}’; the reports are: {names}.",
    ),
    "report.name_missing": (
        "Chưa nêu tên báo cáo; các báo cáo: {names}.",
        "No report was named; the reports are: {names}.",
    ),
    "report.out_missing": (
        "Chưa nêu tệp cần ghi: thêm --out TỆP.pdf hoặc --out TỆP.xlsx.",
        "No file to write was named: add --out FILE.pdf or --out FILE.xlsx.",
    ),
    "report.format_unknown": (
        "Không ghi được báo cáo vào “{name}”: chỉ ghi được tệp {formats}.",
        "Cannot write a report to ‘{name}’: only {formats} files are written.",
    ),
    "report.course_not_taken": (
        "Báo cáo “{name}” không theo khóa học: --course và --session chỉ dùng cho {names}.",
        "The report ‘{name}’ is not about a course: --course and --session are for {names} "
        "only.",
    ),
    "report.no_course": (
        "Chưa có khóa học nào để in: hãy thêm khóa học ở trang Đào tạo hoặc nhập tệp điểm "
        "danh trước.",
        "There is no course to print yet: add one on the Training page or import an "
        "attendance file first.",
    ),
    "report.course_unknown": (
        "Không có khóa học nào mã bắt đầu bằng “{ref}”; các khóa học mới nhất: {courses}.",
        "No course has an id starting with ‘{ref}’; the latest courses: {courses}.",
    ),
    "report.course_ambiguous": (
        "Mã “{ref}” là đầu mã của nhiều khóa học: {courses}; hãy ghi thêm vài ký tự.",
        "‘{ref}’ begins the ids of several courses: {courses}; give a few more characters.",
    ),
    "report.course_item": ("{id} “{title}” ({start})", "{id} ‘{title}’ ({start})"),
    "report.lesson_unknown": (
        "Không có buổi học nào mã bắt đầu bằng “{ref}”.",
        "No lesson has an id starting with ‘{ref}’.",
    ),
    "report.lesson_ambiguous": (
        "Mã “{ref}” là đầu mã của nhiều buổi học: {lessons}; hãy ghi thêm vài ký tự.",
        "‘{ref}’ begins the ids of several lessons: {lessons}; give a few more characters.",
    ),
    "report.lesson_not_in_course": (
        "Khóa học không có buổi học nào mã bắt đầu bằng “{ref}”; các buổi học của khóa: "
        "{lessons}.",
        "The course has no lesson whose id starts with ‘{ref}’; its lessons: {lessons}.",
    ),
    "report.lesson_item": ("{id} ({day})", "{id} ({day})"),
    "report.no_lessons": ("chưa có buổi nào", "none yet"),
    "report.no_font": (
        "Không tìm thấy phông chữ có đủ chữ tiếng Việt để in báo cáo (phông đi kèm phần mềm "
        "phải ở “{folder}”): hãy cài lại phần mềm.",
        "No font with every Vietnamese letter was found to print the report (the one that "
        "comes with the app belongs in ‘{folder}’): install the app again.",
    ),
    "report.out_is_folder": (
        "“{path}” là một thư mục: hãy nêu tên tệp .pdf hoặc .xlsx cần ghi.",
        "‘{path}’ is a folder: name the .pdf or .xlsx file to write.",
    ),
    "report.folder_missing": (
        "Không ghi được tệp “{path}”: thư mục “{folder}” không có.",
        "Could not write the file ‘{path}’: the folder ‘{folder}’ does not exist.",
    ),
    "report.system_said": ("hệ thống báo “{error}”", "the system said ‘{error}’"),
    "report.cannot_write": (
        "Không ghi được tệp “{path}”: {reason}. Nếu tệp đang mở (trong Excel hay trình xem "
        "PDF), hãy đóng lại rồi thử lại.",
        "Could not write the file ‘{path}’: {reason}. If the file is open (in Excel or a PDF "
        "viewer), close it and try again.",
    ),
}

_COMMAND: dict[str, tuple[str, str]] = {
    "report.help": (
        "in một báo cáo ra tệp .pdf hoặc .xlsx", "print a report to a .pdf or .xlsx file",
    ),
    "report.help_name": ("tên báo cáo (xem --list)", "the report's name (see --list)"),
    "report.help_list": (
        "liệt kê các báo cáo, mỗi dòng một báo cáo", "list the reports, one per line",
    ),
    "report.help_out": ("tệp cần ghi: .pdf hoặc .xlsx", "the file to write: .pdf or .xlsx"),
    "report.help_course": (
        "mã khóa học (vài ký tự đầu là đủ); mặc định: khóa học mới nhất",
        "the course's id (its first few characters will do); by default the latest course",
    ),
    "report.help_session": (
        "mã buổi học (vài ký tự đầu là đủ); mặc định: buổi sắp tới, nếu không thì buổi cuối",
        "the lesson's id (its first few characters will do); by default the next lesson, "
        "else the last",
    ),
    "report.written_pdf": (
        "Đã ghi báo cáo “{name}” vào “{path}” ({pages} trang).",
        "Wrote the report ‘{name}’ to ‘{path}’ ({pages} pages).",
    ),
    "report.written_xlsx": (
        "Đã ghi báo cáo “{name}” vào “{path}”.", "Wrote the report ‘{name}’ to ‘{path}’.",
    ),
}

TEXTS: dict[str, tuple[str, str]] = {**_ABOUT, **_PROVINCE, **_REFUSALS, **_COMMAND,
                                     **_LABELS}
