"""Messages of privacy on the laptop: accounts, the encrypted store, signing in, roles.

See app/messages/__init__.py. Raised by ``app.models.accounts``, ``app.models.keyring``,
``app.models.store`` (a locked store opened without its key), ``app.ops.accounts`` and
said by the command line (``app/cli_privacy.py``). A role is a message of its own
(``privacy.role_*``), so it is named in the sentence's language.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "privacy.role_administrator": ("quản trị", "administrator"),
    "privacy.role_officer": ("cán bộ", "officer"),
    "privacy.role_viewer": ("chỉ xem", "viewer"),
    "privacy.role_trainer": ("giảng viên", "trainer"),
    "privacy.store_locked": (
        "Dữ liệu “{path}” đã được mã hóa: cần đăng nhập bằng tài khoản và mật khẩu.",
        "The data “{path}” is encrypted: sign in with an account and password."),
    "privacy.keyring_unreadable": (
        "Không đọc được tệp khóa “{path}” của dữ liệu đã mã hóa; hãy đặt lại tệp này từ "
        "bản sao lưu (tệp .keys bên cạnh).",
        "Could not read the key file “{path}” of the encrypted data; put it back from a "
        "backup (the .keys file beside it)."),
    "privacy.encrypt_mismatch": (
        "Bản mã hóa của “{path}” không khớp với dữ liệu gốc; dữ liệu chưa được mã hóa và "
        "không có gì bị thay đổi.",
        "The encrypted copy of “{path}” does not match the original; the data was not "
        "encrypted and nothing was changed."),
    "privacy.name_invalid": (
        "Tên tài khoản phải là một từ, không có khoảng trắng, tối đa {length} ký tự.",
        "An account name must be one word without spaces, at most {length} characters."),
    "privacy.password_short": (
        "Mật khẩu phải có ít nhất {length} ký tự.",
        "The password must have at least {length} characters."),
    "privacy.password_long": (
        "Mật khẩu dài quá {length} ký tự.",
        "The password is longer than {length} characters."),
    "privacy.role_unknown": (
        "Vai trò “{role}” không có; chọn một trong: {roles}.",
        "There is no role “{role}”; choose one of: {roles}."),
    "privacy.name_taken": (
        "Tên tài khoản “{name}” đã có.",
        "The account name “{name}” is already taken."),
    "privacy.last_administrator": (
        "Không thể khóa tài khoản quản trị cuối cùng của máy này.",
        "The last administrator account of this computer cannot be disabled."),
    "privacy.no_such_account": (
        "Không có tài khoản “{name}”.",
        "There is no account “{name}”."),
    "privacy.already_encrypted": (
        "Máy này đã có tài khoản và dữ liệu đã được mã hóa; quản trị viên thêm tài khoản "
        "trong Cài đặt.",
        "This computer already has accounts and its data is encrypted; an administrator "
        "adds accounts in Settings."),
    "privacy.wrong_password": (
        "Sai tên tài khoản hoặc mật khẩu; không có gì bị thay đổi.",
        "Wrong account name or password; nothing was changed."),
    "privacy.account_disabled": (
        "Tài khoản “{name}” đã bị khóa.",
        "The account “{name}” is disabled."),
    "privacy.role_refused": (
        "Tài khoản “{name}” ({role}) không được làm việc này; cần vai trò {needed}.",
        "The account “{name}” ({role}) may not do this; it needs the role {needed}."),
    "privacy.recovery_wrong": (
        "Mã khôi phục không đúng; không có gì bị thay đổi.",
        "The recovery key is wrong; nothing was changed."),
    "privacy.credentials_missing": (
        "Dữ liệu đã được mã hóa: hãy đặt {user_variable} và {password_variable}, hoặc chạy "
        "lệnh trong cửa sổ dòng lệnh để nhập tài khoản và mật khẩu.",
        "The data is encrypted: set {user_variable} and {password_variable}, or run the "
        "command in a terminal to type the account and password."),
    "privacy.password_missing": (
        "Cần mật khẩu cho tài khoản quản trị: hãy đặt {variable} hoặc chạy lệnh trong cửa "
        "sổ dòng lệnh để nhập.",
        "The administrator account needs a password: set {variable} or run the command in "
        "a terminal to type it."),
    "privacy.password_mismatch": (
        "Hai lần nhập mật khẩu không giống nhau; chưa có gì được ghi.",
        "The two passwords typed differ; nothing was written."),
    "privacy.user_prompt": ("Tài khoản: ", "Account: "),
    "privacy.password_prompt": ("Mật khẩu: ", "Password: "),
    "privacy.password_again": ("Nhập lại mật khẩu: ", "Password again: "),
    "privacy.admin_made": (
        "Đã tạo tài khoản quản trị “{name}” và mã hóa dữ liệu trên máy này.",
        "Made the administrator account “{name}” and encrypted the data on this computer."),
    "privacy.recovery_key": ("Mã khôi phục: {key}", "Recovery key: {key}"),
    "privacy.recovery_advice": (
        "Hãy in mã khôi phục (Giấy khôi phục) và cất trong tủ của UBND xã: khi quên mật "
        "khẩu, chỉ mã này mở được dữ liệu.",
        "Print the recovery key (the recovery paper) and keep it in the commune office's "
        "safe: when a password is forgotten, only this key opens the data."),
    "privacy.selfcheck_encrypted": (
        "{path}: dữ liệu đã được mã hóa; được kiểm tra toàn vẹn mỗi lần đăng nhập (bản kiểm "
        "tra này không hỏi mật khẩu).",
        "{path}: the data is encrypted; its integrity is checked at every sign-in (this check "
        "asks for no password)."),
    "privacy.help_admin": (
        "tạo tài khoản quản trị đầu tiên và mã hóa dữ liệu (mật khẩu nhập từ bàn phím "
        "hoặc COMMUNE_IT_PASSWORD)",
        "make the first administrator account and encrypt the data (password typed on a "
        "terminal or COMMUNE_IT_PASSWORD)"),
}
