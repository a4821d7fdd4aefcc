"""The recovery paper ("Giấy khôi phục"): the recovery key of an encrypted store on one A4
page in the official frame, to be signed for and kept in the commune's safe.

Why a paper in the official format and not a note: it is the only thing that opens the
data when every password is forgotten, so it is handed over like any other document of the
People's Committee — issued by the commune, dated, naming the computer it opens, and signed
by whoever made it and whoever keeps it. The key is printed in its groups of digits in a
large monospaced face (Courier, one of the PDF's standard faces: digits only, nothing to
embed), so that each digit is read without doubt and typed back in groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer
from reportlab.platypus import Table as GridTable

from .document import Document, Issuer, Signature
from .fonts import report_fonts
from .pdf_frame import notes, signatures, text, title_block
from .pdf_styles import BOTTOM, LEFT, RIGHT, TOP, face, page, style

TITLE = "GIẤY KHÔI PHỤC DỮ LIỆU"
SUBTITLE = "Mã khôi phục dữ liệu trên máy tính của Phần mềm quản lý CNTT cấp xã"
COMPUTER = "Máy tính"
MADE_ON = "Ngày lập"
MADE_BY = "Tài khoản quản trị lập giấy"
PURPOSE = ("Dữ liệu cán bộ, công chức trên máy tính này đã được mã hóa. Khi quên mật khẩu của "
           "mọi tài khoản, chỉ mã khôi phục dưới đây mở được dữ liệu và đặt được mật khẩu mới "
           "(trên màn hình đăng nhập: “Quên mật khẩu?”).")
KEY_HEADING = "MÃ KHÔI PHỤC"
KEEPING = ("Cất giữ giấy này trong tủ có khóa của UBND xã, không để cùng máy tính, không chụp "
           "ảnh, không gửi qua mạng. Ai có giấy này và máy tính thì đọc được toàn bộ dữ liệu. "
           "Khi giấy bị mất hoặc lộ, quản trị viên lập lại mã khôi phục và hủy giấy cũ.")
GIVER = ("NGƯỜI LẬP GIẤY",)
KEEPER = ("NGƯỜI NHẬN, CẤT GIỮ",)
HEAD = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
SIGN_HINT = "(Ký, ghi rõ họ tên)"
SIGN_SEAL_HINT = "(Ký tên, đóng dấu)"
KEY_FACE, KEY_SIZE = "Courier-Bold", 24
GROUPS_PER_LINE = 4


@dataclass(frozen=True)
class RecoveryPaper:
    """What the paper says: who issues it, for which computer, when, the key, and the
    account that made it."""

    issuer: Issuer
    computer: str
    day: date
    key: str
    administrator: str


def document_of(paper: RecoveryPaper) -> Document:
    """The frame's part of the paper (title block, facts, notes, signatures)."""
    return Document(
        name="giay-khoi-phuc", issuer=paper.issuer, day=paper.day, title=TITLE,
        subtitle=SUBTITLE, tables=(),
        facts=((COMPUTER, paper.computer), (MADE_ON, paper.day.strftime("%d/%m/%Y")),
               (MADE_BY, paper.administrator)),
        lead=(PURPOSE,), notes=(KEEPING,),
        signatures=(Signature(GIVER, SIGN_HINT, paper.administrator),
                    Signature(KEEPER, SIGN_HINT), Signature(HEAD, SIGN_SEAL_HINT)))


def key_lines(key: str) -> list[str]:
    """The key's digit groups, a few to a line, as they are typed back."""
    groups = [group for group in key.replace(" ", "-").split("-") if group]
    return ["  ".join(groups[i:i + GROUPS_PER_LINE])
            for i in range(0, len(groups), GROUPS_PER_LINE)]


def _key_box(key: str, width: float) -> list[Flowable]:
    digits = ParagraphStyle("recovery-key", fontName=KEY_FACE, fontSize=KEY_SIZE,
                            leading=KEY_SIZE * 1.5, alignment=TA_CENTER)
    box = GridTable([[[Paragraph(line, digits) for line in key_lines(key)]]],
                    colWidths=[width * 0.9])
    box.setStyle([("BOX", (0, 0), (-1, -1), 1.5, "black"),
                  ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 12)])
    return [Spacer(1, 10), Paragraph(text(KEY_HEADING), style("bold", 13, "center")),
            Spacer(1, 6), box, Spacer(1, 12)]


def write_recovery_paper(paper: RecoveryPaper, target: Path | BinaryIO) -> None:
    """The one-page PDF, written whole to ``target``."""
    report_fonts()
    sheet = page(False)
    document = document_of(paper)
    frame = Frame(LEFT, BOTTOM, sheet.text_width, sheet.text_height, id="text",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=(sheet.width, sheet.height), leftMargin=LEFT, rightMargin=RIGHT,
        topMargin=TOP, bottomMargin=BOTTOM, title=TITLE, author=paper.issuer.unit,
        creator="commune-it", subject=document.name, initialFontName=face("regular"),
        pageTemplates=[PageTemplate("only", [frame])])
    story = [*title_block(document, sheet.text_width), *_key_box(paper.key, sheet.text_width),
             *notes(document), *signatures(document.signatures, sheet.text_width)]
    template.build(story)
