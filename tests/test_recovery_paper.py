"""The recovery paper ("Giấy khôi phục", issue 15 item 2): one A4 page in the official
frame — Quốc hiệu and tiêu ngữ, the commune, the computer, the date, the key in its digit
groups in a large monospaced face, what it is for and where to keep it, and signatures."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.ops.accounts import SignedIn, signed_in_as
from app.ops.recovery import save_recovery_paper
from tests.helpers import make_store
from tests.report_helpers import page_count, pdf_info, pdf_text, pdf_words

KEY = "12345-67890-13579-24680-11223-34455-66778-89900"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "reports"


def test_the_recovery_paper_is_one_official_page_with_the_key_in_groups(tmp_path) -> None:
    with make_store(tmp_path / "data", name="Máy văn phòng xã") as store:
        signed_in_as(store, SignedIn("lan", "administrator"))
        pdf = save_recovery_paper(store, KEY, tmp_path / "giay-khoi-phuc.pdf")
    assert page_count(pdf) == 1
    size = pdf_info(pdf)["Page size"]
    assert "595.276 x 841.89" in size  # A4 portrait
    words = " ".join(pdf_text(pdf).split())
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "UBND XÃ MƯỜNG PHĂNG", "GIẤY KHÔI PHỤC DỮ LIỆU",
                     "Máy tính: Máy văn phòng xã", "Tài khoản quản trị lập giấy: lan",
                     "Quên mật khẩu?", "tủ có khóa của UBND xã", "NGƯỜI NHẬN, CẤT GIỮ",
                     "(Ký tên, đóng dấu)"):
        assert expected in words, expected
    _sizes, boxes = pdf_words(pdf)
    groups = [w for w in boxes if w.text in KEY.split("-")]
    assert [g.text for g in groups] == KEY.split("-")  # every group, in order, once
    body = [w for w in boxes if w.text == "Máy"]
    assert min(g.y1 - g.y0 for g in groups) > 1.4 * max(b.y1 - b.y0 for b in body)
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "Courier-Bold" in fonts  # monospaced: every digit as wide as the next
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", str(pdf),
                    str(ARTIFACTS / "giay-khoi-phuc")], check=True)


def test_a_half_written_paper_leaves_nothing(tmp_path, monkeypatch) -> None:
    from app.ops import recovery

    def fail(_paper, target):
        Path(target).write_bytes(b"%PDF-1.4 half")
        raise OSError("disk full")

    monkeypatch.setattr(recovery, "write_recovery_paper", fail)
    with make_store(tmp_path / "data") as store, pytest.raises(OSError):
        save_recovery_paper(store, KEY, tmp_path / "giay.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
