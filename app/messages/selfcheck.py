"""Messages of the install's self-check (``commune-it selfcheck``, ``app.ops.selfcheck``, and
its Qt half in ``app.ui.runtime.qt_probe``): code → (Vietnamese, English).

See app/messages/__init__.py. Each check prints one line, ``line_<outcome>`` with the
check's subject and a detail sentence; a refusal the check met on its way (a damaged
database, a missing font) is that refusal's own message, shown as the detail. Sizes are whole
megabytes, passed as ints. The sample page's words are here too: the page is always printed
in Vietnamese (it exists to show Vietnamese letters), its English twin is for the catalogue.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "selfcheck.help": (
        "kiểm tra bản cài đặt: cơ sở dữ liệu, nâng cấp lược đồ trên bản sao, in PDF, bản "
        "dịch, Qt, thư mục dữ liệu",
        "check the install: database, schema upgrades on a copy, a PDF, translations, Qt, "
        "the data folder"),
    # --- one line per check, and the summary ---------------------------------------------
    "selfcheck.line_passed": ("[Đạt] {subject}: {detail}", "[OK] {subject}: {detail}"),
    "selfcheck.line_failed": ("[Không đạt] {subject}: {detail}",
                              "[FAILED] {subject}: {detail}"),
    "selfcheck.line_note": ("[Lưu ý] {subject}: {detail}", "[NOTE] {subject}: {detail}"),
    "selfcheck.passed": (
        "Tự kiểm tra xong: mọi mục đều đạt.",
        "Self-check finished: every check passed."),
    "selfcheck.failed": (
        "Tự kiểm tra không đạt ({count} mục): {subjects}. Xem các dòng “Không đạt” ở trên.",
        "The self-check failed ({count}): {subjects}. See the “FAILED” lines above."),
    "selfcheck.subject_store": ("Cơ sở dữ liệu", "Database"),
    "selfcheck.subject_migrations": ("Nâng cấp lược đồ", "Schema upgrades"),
    "selfcheck.subject_report": ("In báo cáo PDF", "PDF reports"),
    "selfcheck.subject_translations": ("Bản dịch giao diện", "Translations"),
    "selfcheck.subject_qt": ("Nền giao diện Qt", "Qt platform"),
    "selfcheck.subject_data_dir": ("Thư mục dữ liệu", "Data folder"),
    "selfcheck.unexpected": (
        "Lỗi không lường trước ({error}); chi tiết ở nhật ký “{log}”.",
        "An unexpected error ({error}); the details are in the log “{log}”."),
    # --- the store, read and never written -------------------------------------------------
    "selfcheck.store_ok": (
        "Đọc được “{path}”, tệp không hư hỏng (lược đồ {revision}; {kind}, mã xã "
        "{communes}); không ghi gì vào tệp.",
        "“{path}” can be read and is undamaged (schema {revision}; {kind}, commune codes "
        "{communes}); nothing was written to it."),
    "selfcheck.store_absent": (
        "Chưa có “{path}”: máy này chưa được thiết lập cho xã nào, như mọi máy mới cài; các "
        "mục khác vẫn được kiểm tra.",
        "“{path}” does not exist yet: this computer has not been set up for a commune, as on "
        "any new install; the other checks still ran."),
    "selfcheck.store_newer": (
        "“{path}” được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ {revision}); hãy cài "
        "phiên bản mới. Tệp không bị thay đổi.",
        "“{path}” was made by a newer version of the application (schema {revision}); install "
        "the newer version. The file has not been changed."),
    "selfcheck.store_not_set_up": (
        "Đọc được “{path}”, tệp không hư hỏng (lược đồ {revision}), nhưng máy này chưa được "
        "thiết lập cho xã nào; không ghi gì vào tệp.",
        "“{path}” can be read and is undamaged (schema {revision}), but this computer has "
        "not been set up for a commune yet; nothing was written to it."),
    # --- migrations, on a temporary copy ---------------------------------------------------
    "selfcheck.copy_migrated": (
        "Bản sao tạm của cơ sở dữ liệu được nâng từ lược đồ {before} lên {head} và mở được; "
        "đủ {count} bước nâng cấp cũng chạy trọn trên một cơ sở dữ liệu trống.",
        "A temporary copy of the database was brought from schema {before} to {head} and "
        "opens; all {count} upgrade steps also ran on an empty database."),
    "selfcheck.copy_current": (
        "Bản sao tạm của cơ sở dữ liệu đã ở lược đồ mới nhất ({head}) và mở được; đủ {count} "
        "bước nâng cấp chạy trọn trên một cơ sở dữ liệu trống.",
        "A temporary copy of the database is at the newest schema ({head}) and opens; all "
        "{count} upgrade steps ran on an empty database."),
    "selfcheck.empty_migrated": (
        "Đủ {count} bước nâng cấp chạy trọn trên một cơ sở dữ liệu trống tạm thời, đến lược "
        "đồ {head}.",
        "All {count} upgrade steps ran on a temporary empty database, up to schema {head}."),
    "selfcheck.migration_stopped": (
        "Cơ sở dữ liệu tạm dừng ở lược đồ {reached}, không lên được {head}.",
        "The temporary database stopped at schema {reached} and did not reach {head}."),
    # --- a printed page ---------------------------------------------------------------------
    "selfcheck.report_ok": (
        "Tạo được một trang PDF tiếng Việt bằng phông “{font}”; phông có đủ mọi chữ cái "
        "tiếng Việt với mọi dấu thanh ({count} chữ hoa và thường được kiểm).",
        "A one-page PDF in Vietnamese was made with the font “{font}”, which has every "
        "Vietnamese letter with every tone ({count} capital and small letters checked)."),
    "selfcheck.report_pages": (
        "Trang thử ra {pages} trang thay vì một.",
        "The test page came out as {pages} pages instead of one."),
    "selfcheck.font_lacks": (
        "Phông “{font}” thiếu chữ tiếng Việt ({why}).",
        "The font “{font}” lacks Vietnamese letters ({why})."),
    "selfcheck.pdf_unit": ("Sổ theo dõi CNTT cấp xã", "Commune IT Register"),
    "selfcheck.pdf_place": ("Điện Biên", "Dien Bien"),
    "selfcheck.pdf_title": ("Trang in thử tiếng Việt", "Vietnamese test page"),
    "selfcheck.pdf_lead": (
        "Trang này do lệnh tự kiểm tra tạo ra. Dưới đây là mọi chữ cái tiếng Việt với đủ các "
        "dấu thanh, chữ thường rồi chữ hoa.",
        "This page was made by the self-check. Below are all the Vietnamese letters with "
        "every tone, lower case then capitals."),
    # --- Qt, in a process of its own -------------------------------------------------------
    "selfcheck.translations_ok": (
        "Nạp được {files} trong “{folder}”.",
        "Loaded {files} from “{folder}”."),
    "selfcheck.translations_missing": (
        "Không nạp được {files} trong “{folder}” (thiếu tệp hoặc tệp hỏng); hãy cài lại "
        "ứng dụng.",
        "Could not load {files} from “{folder}” (missing or damaged); reinstall the "
        "application."),
    "selfcheck.qt_ok": (
        "Qt {version} khởi động được nền “{platform}”.",
        "Qt {version} started its “{platform}” platform."),
    "selfcheck.qt_failed": (
        "Qt không khởi động được nền “offscreen”: {reason}",
        "Qt could not start its “offscreen” platform: {reason}"),
    "selfcheck.qt_ended": (
        "tiến trình thử dừng với mã {status}.",
        "the test process ended with status {status}."),
    "selfcheck.qt_timeout": (
        "tiến trình thử không trả lời sau {seconds} giây.",
        "the test process did not answer within {seconds} seconds."),
    "selfcheck.qt_not_loaded": (
        "Không nạp được thư viện Qt: {reason}",
        "Could not load the Qt libraries: {reason}"),
    # --- the data folder -------------------------------------------------------------------
    "selfcheck.data_dir_ok": (
        "Ghi được vào “{path}”, còn trống {free} MB (cần ít nhất {need} MB).",
        "“{path}” can be written, with {free} MB free (at least {need} MB needed)."),
    "selfcheck.data_dir_new": (
        "Chưa có “{path}”; ứng dụng sẽ tạo thư mục này trong “{parent}”, nơi ghi được và còn "
        "trống {free} MB (cần ít nhất {need} MB).",
        "“{path}” does not exist yet; the application will make it in “{parent}”, which can "
        "be written, with {free} MB free (at least {need} MB needed)."),
    "selfcheck.data_dir_unwritable": (
        "Không ghi được vào “{path}”: {reason}. Hãy cho tài khoản này quyền ghi vào thư mục "
        "đó, hoặc chọn thư mục khác.",
        "“{path}” cannot be written: {reason}. Give this account permission to write to that "
        "folder, or choose another one."),
    "selfcheck.database_unwritable": (
        "Không ghi được vào tệp “{path}”: {reason}. Hãy bỏ thuộc tính chỉ đọc của tệp hoặc "
        "cho tài khoản này quyền ghi.",
        "The file “{path}” cannot be written: {reason}. Clear its read-only attribute or give "
        "this account permission to write it."),
    "selfcheck.data_dir_full": (
        "Ổ đĩa chứa “{path}” chỉ còn trống {free} MB, cần ít nhất {need} MB; hãy giải phóng "
        "bớt dung lượng.",
        "The disk holding “{path}” has only {free} MB free, and at least {need} MB is needed; "
        "free some space on it."),
}
