"""Messages of a participant's result and certificate number (app/models/training_results.py):
code → (Vietnamese, English). Part of the models' catalogue (app/messages/models.py); apart
only to keep each module short."""

from __future__ import annotations

RESULTS: dict[str, tuple[str, str]] = {
    "training.field_result": ("Kết quả", "Result"),
    "training.field_certificate_no": ("Số chứng chỉ", "Certificate number"),
    "training.certificate_without_pass": (
        "Số chứng chỉ chỉ ghi cho người có kết quả “Đạt”.",
        "A certificate number is recorded only for a participant who passed."),
    "training.result_problem_of": ("{name}: {problem}", "{name}: {problem}"),
    "training.result_out_of_scope": (
        "Máy này không sửa được kết quả của {name}: người này thuộc dữ liệu của nơi khác.",
        "This computer cannot change the result of {name}: that person's record belongs "
        "elsewhere."),
}
