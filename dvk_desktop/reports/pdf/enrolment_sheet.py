"""The key enrolment sheet: a unit's public key, fingerprint and QR code, signed on paper."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from dvk_desktop.domain.text import format_date
from dvk_desktop.domain.vocab import DocStyle
from dvk_desktop.reports.pdf.common import grid_table
from dvk_desktop.reports.pdf.fonts import SERIF
from dvk_desktop.reports.pdf.header import Issuer, Signature, header_block, signature_row
from dvk_desktop.reports.pdf.layout import DocInfo, Styles, build_pdf, content_width
from dvk_desktop.reports.pdf.qr import QRFlowable

CHUNK = 44  # characters per printed line of a key (long tokens do not wrap by themselves)


def _chunked(text: str) -> str:
    """The key text on short lines: comments wrap between words, so the key id stays whole.

    Only a token longer than a line (the base64 key itself) is cut, at fixed widths.
    """
    lines: list[str] = []
    for line in text.strip().splitlines():
        current = ""
        for word in line.split(" "):
            while len(word) > CHUNK:
                if current:
                    lines.append(current)
                    current = ""
                lines.append(word[:CHUNK])
                word = word[CHUNK:]
            joined = f"{current} {word}" if current else word
            if len(joined) <= CHUNK:
                current = joined
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return "\n".join(lines)


def render_enrolment_sheet(
    out_path: Path,
    *,
    unit_code: str,
    unit_name: str,
    fingerprint: str,
    public_key_text: str,
    qr_payload: str,
    created: dt.date | dt.datetime,
    role: str = "",
    parent_unit_name: str = "",
    signer_title: str = "",
    signer_name: str = "",
    place: str = "",
    issuer: Issuer | None = None,
) -> int:
    """Write the enrolment sheet the upper level compares before trusting a unit's key.

    Args:
        out_path: Where to write the PDF (atomically).
        unit_code: Official code of the unit owning the key.
        unit_name: Name of that unit.
        fingerprint: The key fingerprint, read aloud over the phone to confirm it.
        public_key_text: The public key as text (printed in full).
        qr_payload: What the QR code carries (the key store decides its format).
        created: When the key was created.
        role: What the key is for (e.g. "Ký gói dữ liệu gửi cấp trên").
        parent_unit_name: The upper level that receives the sheet.
        signer_title: Title of the head of the unit who signs the paper.
        signer_name: Name of that person.
        place: Place name of the date line.
        issuer: Header override; by default the unit itself in the State layout.

    Returns:
        The number of pages written.
    """
    styles = Styles.for_doc(issuer.style if issuer else DocStyle.STATE)
    width = content_width()
    created_date = created.date() if isinstance(created, dt.datetime) else created
    issuer = issuer or Issuer(
        DocStyle.STATE, unit_name, type_symbol="PĐKK", place=place, date=dt.date.today()
    )
    story: list[Flowable] = [header_block(issuer, width), Spacer(1, 8)]
    story.append(styles.markup("PHIẾU ĐĂNG KÝ KHÓA KÝ SỐ", styles.title))
    story.append(styles.markup("dùng để ký gói dữ liệu “Dân vận khéo”", styles.subtitle))
    if parent_unit_name:
        story.append(styles.p(f"Kính gửi: {parent_unit_name}", styles.centre))
    story.append(Spacer(1, 8))
    rows = [
        ["Đơn vị", unit_name],
        ["Mã đơn vị", unit_code],
        ["Vai trò của khóa", role or "Ký gói dữ liệu gửi cấp trên"],
        ["Ngày tạo khóa", format_date(created_date)],
        ["Dấu vân tay (fingerprint)", fingerprint],
        ["Khóa công khai", _chunked(public_key_text)],
    ]
    story.append(
        grid_table(
            ["Thông tin", "Giá trị"], rows, [50 * mm, width - 50 * mm], styles, bold_rows=[4]
        )
    )
    story.append(Spacer(1, 10))
    qr = Table(
        [
            [
                QRFlowable(qr_payload, 48 * mm),
                [
                    styles.markup("<b>Mã QR của khóa</b>", styles.body),
                    styles.p(
                        "Cấp trên quét mã này (hoặc nhập dấu vân tay) khi tiếp nhận khóa, rồi gọi "
                        "điện cho đơn vị đọc lại dấu vân tay để xác nhận trước khi tin cậy khóa.",
                        styles.body,
                    ),
                ],
            ]
        ],
        colWidths=[54 * mm, width - 54 * mm],
    )
    qr.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(KeepTogether([qr]))
    story.append(Spacer(1, 10))
    story.append(
        KeepTogether(
            [
                signature_row(
                    [
                        Signature(["CẤP TRÊN TIẾP NHẬN"], "(Ký, ghi rõ họ tên, ngày nhận)"),
                        Signature(
                            ["THỦ TRƯỞNG ĐƠN VỊ", *([signer_title] if signer_title else [])],
                            "(Ký tên, đóng dấu)",
                            signer_name,
                        ),
                    ],
                    width,
                )
            ]
        )
    )
    story.append(Spacer(1, 6))
    story.append(
        styles.p(
            f"Phiếu lập ngày {format_date(dt.date.today())}; không ghi khóa bí mật lên giấy.",
            styles.small_italic,
        )
    )
    info = DocInfo(title=f"Phiếu đăng ký khóa — {unit_name}", subject="Đăng ký khóa")
    return build_pdf(out_path, story, info)
