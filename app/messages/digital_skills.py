"""Basic digital skills (issue 16): the sentences of the register's checks, of the
attendance import's offer to confirm, and of the figures. Code → (Vietnamese, English)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "skills.field_confirmed": (
        "Đã xác nhận kỹ năng số cơ bản", "Basic digital skills confirmed"),
    "skills.field_date": ("Ngày xác nhận kỹ năng số", "Date digital skills were confirmed"),
    "skills.field_method": ("Hình thức xác nhận kỹ năng số",
                            "How digital skills were confirmed"),
    "skills.field_course": ("Khóa học kỹ năng số cơ bản", "Basic digital skills course"),
    "skills.date_unconfirmed": (
        "Có ngày xác nhận kỹ năng số ({date}) nhưng chưa đánh dấu “Đã xác nhận kỹ năng số "
        "cơ bản”.",
        "A date of confirmation of digital skills ({date}) is given, but the basic digital "
        "skills are not marked as confirmed."),
    "skills.method_unconfirmed": (
        "Có hình thức xác nhận kỹ năng số nhưng chưa đánh dấu “Đã xác nhận kỹ năng số cơ "
        "bản”.",
        "A way of confirming digital skills is given, but the basic digital skills are not "
        "marked as confirmed."),
    # app/exchange: what an attendance file of a digital-skills course may confirm
    "skills.import_could_confirm": (
        "{count} cán bộ đạt khóa học kỹ năng số cơ bản nhưng hồ sơ chưa ghi đã xác nhận kỹ "
        "năng số; tệp nhập chưa sửa hồ sơ cán bộ.",
        "{count} official(s) passed a basic digital skills course, but their record does "
        "not show their digital skills as confirmed yet; the import has not changed "
        "officials' records."),
    "skills.import_confirmed": (
        "Đã xác nhận kỹ năng số cơ bản cho {count} cán bộ đạt khóa học.",
        "Basic digital skills confirmed for {count} official(s) who passed the course."),
    "skills.import_question": (
        "{count} cán bộ đạt khóa học kỹ năng số cơ bản; có ghi vào hồ sơ là đã xác nhận kỹ "
        "năng số không?",
        "{count} official(s) passed a basic digital skills course; record their digital "
        "skills as confirmed?"),
    # the command line's flag of ``import attendance``
    "skills.help_import_confirm": (
        "ghi “đã xác nhận kỹ năng số cơ bản” cho cán bộ đạt khóa học kỹ năng số trong tệp",
        "record basic digital skills as confirmed for officials of the file who passed a "
        "digital skills course"),
    "skills.cli_confirm_only_attendance": (
        "--confirm-skills chỉ dùng khi nhập tệp điểm danh (import attendance).",
        "--confirm-skills is only for an attendance file (import attendance)."),
    "skills.cli_answer_confirm": (
        "Để xác nhận, chạy lại lệnh với --again --confirm-skills.",
        "To confirm them, run the command again with --again --confirm-skills."),
    # figures: reports and the province console
    "skills.column_confirmed": ("Đã xác nhận kỹ năng số", "Digital skills confirmed"),
    "skills.column_share": ("Tỷ lệ có kỹ năng số", "Share with digital skills"),
}
