"""Messages of app/ops: code → (Vietnamese, English). See app/messages/__init__.py."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "ops.language_unknown": (
        "Ngôn ngữ “{language}” không được hỗ trợ; hãy chọn vi (tiếng Việt) hoặc en "
        "(tiếng Anh).",
        "The language “{language}” is not supported; choose vi (Vietnamese) or en "
        "(English).",
    ),
    "ops.nobody_chosen": (
        "Chưa chọn cán bộ nào để ghi danh vào khóa học.",
        "No official was chosen to enrol in the course.",
    ),
    "ops.server_db_malformed": (
        "Địa chỉ cơ sở dữ liệu của tỉnh không đúng dạng (ví dụ "
        "postgresql+psycopg://tên@máy-chủ:5432/cơ-sở-dữ-liệu hoặc "
        "sqlite:///đường/dẫn/tệp.sqlite3).",
        "The address of the province's database is not well formed (for example "
        "postgresql+psycopg://name@server:5432/database or sqlite:///path/to/file.sqlite3).",
    ),
}
