"""Messages of a bundle file and its keys (``bundle.`` and ``keys.`` codes): what a reader
refuses and why. Part of the sync catalogue (app/messages/sync.py), apart to keep each
module short.
"""

from __future__ import annotations

_INVALID_VI = ("Gói chứa dữ liệu không hợp lệ ở bản ghi thứ {number}{where}: {reason}; cả gói "
               "bị từ chối (máy gửi có thể đã hỏng hoặc bị sửa; hãy báo cho tỉnh).")
_INVALID_EN = ("The bundle holds invalid data in record number {number}{where}: {reason}; the "
               "whole bundle was refused (the sending computer may be broken or tampered "
               "with; tell the province).")

BUNDLE: dict[str, tuple[str, str]] = {
    "bundle.newer_format": (
        "Gói dữ liệu này do phiên bản mới hơn tạo ra (định dạng {format}, lược đồ {schema}); "
        "hãy cập nhật ứng dụng.",
        "This data bundle was made by a newer version of the app (format {format}, schema "
        "{schema}); please update the app."),
    "bundle.damaged": (
        "Gói dữ liệu bị hỏng: {reason}; hãy chép lại tệp từ máy gửi.",
        "The data bundle is damaged: {reason}; copy the file again from the sending "
        "computer."),
    "bundle.not_a_bundle": ("Tệp này không phải gói dữ liệu đồng bộ.",
                            "This file is not a sync data bundle."),
    "bundle.reason_truncated": (
        "tệp bị cắt cụt (chép chưa xong hoặc ổ USB bị rút ra giữa chừng)",
        "the file is cut short (the copy did not finish, or the USB stick was pulled out "
        "halfway)"),
    "bundle.reason_bad_header": ("phần đầu của tệp không đọc được",
                                 "the start of the file cannot be read"),
    "bundle.reason_header_incomplete": ("phần đầu của tệp thiếu thông tin",
                                        "the start of the file lacks information"),
    "bundle.reason_trailing_data": ("có dữ liệu lạ nối thêm vào cuối tệp",
                                    "unknown data was added at the end of the file"),
    "bundle.reason_too_many_records": (
        "gói ghi {count} bản ghi, quá giới hạn {limit}",
        "the bundle declares {count} records, over the limit of {limit}"),
    "bundle.reason_checksum": (
        "nội dung không khớp mã kiểm tra (tệp đã thay đổi sau khi ghi)",
        "the contents do not match the checksum (the file changed after it was written)"),
    "bundle.reason_body_too_large": (
        "nội dung giải nén vượt quá giới hạn {limit} byte",
        "the unpacked contents exceed the limit of {limit} bytes"),
    "bundle.reason_record_too_long": ("một bản ghi dài quá giới hạn {limit} byte",
                                      "a record is longer than the limit of {limit} bytes"),
    "bundle.reason_count_mismatch": (
        "số bản ghi không khớp với phần đầu của tệp",
        "the number of records does not match the start of the file"),
    "bundle.reason_unreadable_body": ("nội dung không giải nén hoặc không đọc được",
                                      "the contents cannot be unpacked or read"),
    "bundle.sender_unknown": (
        "Gói dữ liệu ghi là của thiết bị “{sender}”, nhưng thiết bị này chưa được đăng ký "
        "hoặc đã bị thu hồi; không thể xác minh chữ ký nên không nhận.",
        "The data bundle says it comes from device “{sender}”, but that device is not "
        "enrolled or has been revoked; its signature cannot be checked, so it was not "
        "accepted."),
    "bundle.signature_mismatch": (
        "Chữ ký của gói dữ liệu không khớp với thiết bị “{sender}”: tệp đã bị sửa đổi hoặc "
        "do máy khác làm giả; không nhận.",
        "The signature of the data bundle does not match device “{sender}”: the file was "
        "altered, or forged by another computer; it was not accepted."),
    "bundle.other_key": (
        "Gói dữ liệu được mã hóa cho một khóa khác với khóa của thiết bị này (máy được cài "
        "lại hoặc khóa đã đổi); hãy đề nghị nơi gửi làm lại gói.",
        "The data bundle is encrypted for a key other than this device's (the computer was "
        "reinstalled or its key changed); ask the sender to make the bundle again."),
    "bundle.for_province": ("Gói dữ liệu này dành cho tỉnh, không phải cho thiết bị này.",
                            "This data bundle is for the province, not for this device."),
    "bundle.for_other_device": (
        "Gói dữ liệu này dành cho thiết bị “{receiver}”, không phải cho thiết bị này.",
        "This data bundle is for device “{receiver}”, not for this device."),
    "bundle.write_failed": (
        "Không ghi được gói dữ liệu vào thư mục “{folder}” (ổ đầy, đã bị rút ra hoặc chỉ "
        "cho đọc); hãy kiểm tra rồi làm lại.",
        "Could not write the data bundle into the folder “{folder}” (the drive is full, was "
        "removed or is read-only); check it and try again."),
    "bundle.unknown_maker": (
        "Gói ghi là của “{sender}” gửi cho “{receiver}”, nhưng không do tỉnh hay thiết bị "
        "nào đã biết làm ra: tệp bị hỏng hoặc bị làm giả; không nhận.",
        "The bundle says it is from “{sender}” to “{receiver}”, but neither the province "
        "nor any known device made it: the file is damaged or forged; it was not "
        "accepted."),
    # A record of a bundle that no copy of the app writes (schema.py).
    "bundle.invalid_record": (_INVALID_VI, _INVALID_EN),
    "bundle.where_receipt": (" (biên nhận)", " (receipt)"),
    "bundle.where_table": (" ({table})", " ({table})"),
    "bundle.where_record": (" ({table} {record})", " ({table} {record})"),
    "bundle.reason_receipt_shape": ("biên nhận không đúng dạng",
                                    "the receipt is not in the right form"),
    "bundle.reason_op_keys": ("thay đổi thiếu hoặc thừa mục",
                              "the change has missing or extra items"),
    "bundle.reason_unknown_table": ("bảng không rõ", "unknown table"),
    "bundle.reason_record_id": ("mã bản ghi không đúng dạng",
                                "the record id is not in the right form"),
    "bundle.reason_partition": ("phân vùng không đúng dạng",
                                "the partition is not in the right form"),
    "bundle.reason_stamp": ("dấu thời gian không đúng dạng hoặc ngoài khoảng cho phép",
                            "the timestamp is not in the right form or out of range"),
    "bundle.reason_author": ("mã thiết bị không đúng dạng",
                             "the device id is not in the right form"),
    "bundle.reason_op_kind": ("loại thay đổi không rõ", "unknown kind of change"),
    "bundle.reason_values_shape": ("giá trị thay đổi không phải một bản ghi",
                                   "the values of the change are not a record"),
    "bundle.reason_vector": ("véc-tơ phiên bản không đúng dạng",
                             "the version vector is not in the right form"),
    "bundle.reason_field_unknown": ("trường “{field}” không có trong bảng {table}",
                                    "field “{field}” is not in table {table}"),
    "bundle.reason_field_unnamed": ("trường không có trong bảng {table}",
                                    "a field is not in table {table}"),
    "bundle.reason_field": ("trường {field}: {problem}", "field {field}: {problem}"),
    "bundle.reason_partition_field": ("trường partition khác phân vùng của thay đổi",
                                      "field partition differs from the change's partition"),
    "bundle.reason_fields_missing": ("bản ghi mới thiếu trường {fields}",
                                     "the new record lacks the fields {fields}"),
    "bundle.value_empty": ("không được để trống", "must not be empty"),
    "bundle.value_needs_text": ("cần chữ hợp lệ", "valid text needed"),
    "bundle.value_needs_bool": ("cần true/false hợp lệ", "a valid true/false needed"),
    "bundle.value_needs_int": ("cần số nguyên hợp lệ", "a valid whole number needed"),
    "bundle.value_needs_float": ("cần số hợp lệ", "a valid number needed"),
    "bundle.value_needs_date": ("cần ngày dạng NNNN-TT-NN hợp lệ",
                                "a valid date in the form YYYY-MM-DD needed"),
    "bundle.value_too_long": ("dài {length} ký tự, quá giới hạn {limit}",
                              "{length} characters long, over the limit of {limit}"),
    "bundle.value_control": ("chứa ký tự điều khiển", "contains control characters"),
    "bundle.value_not_listed": ("giá trị không thuộc danh mục", "the value is not in the list"),
    "bundle.value_out_of_range": ("số ngoài khoảng cho phép", "the number is out of range"),
}

KEYS: dict[str, tuple[str, str]] = {
    "keys.what_key": ("khóa", "key"),
    "keys.what_signature": ("chữ ký", "signature"),
    "keys.what_verify_key": ("khóa xác minh", "verification key"),
    "keys.what_encryption_key": ("khóa mã hóa", "encryption key"),
    "keys.what_private_key": ("khóa riêng", "private key"),
    "keys.not_base64": ("Giá trị {what} không phải chuỗi base64 hợp lệ.",
                        "The {what} value is not valid base64."),
    "keys.wrong_length": ("Giá trị {what} phải dài {size} byte, nhưng có {length} byte.",
                          "The {what} value must be {size} bytes long, but it is {length} "
                          "bytes."),
    "keys.public_missing": ("Thiếu khóa công khai của thiết bị (verify_key, encryption_key).",
                            "The device's public keys are missing (verify_key, "
                            "encryption_key)."),
    "keys.public_invalid": ("Khóa công khai của thiết bị không hợp lệ.",
                            "The device's public key is not valid."),
    "keys.private_damaged": (
        "Khóa riêng của thiết bị lưu trong cơ sở dữ liệu bị hỏng (cần {size} byte, có "
        "{length}).",
        "The device's private key stored in the database is damaged ({size} bytes needed, "
        "{length} found)."),
}
