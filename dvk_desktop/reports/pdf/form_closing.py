"""The end of a registration form: closing line, signatures and QR check code kept on one page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from dvk_desktop.reports.pdf.fonts import SERIF
from dvk_desktop.reports.pdf.header import Signature, signature_row
from dvk_desktop.reports.pdf.layout import Styles, para_text
from dvk_desktop.reports.pdf.qr import FormStamp, QRFlowable

CLOSING = (
    "Trên đây là nội dung đăng ký xây dựng mô hình “Dân vận khéo”; đơn vị, cá nhân đăng ký "
    "cam kết thực hiện đúng nội dung đã đăng ký./."
)


def stamp_block(stamp: FormStamp, code: str, styles: Styles, width: float) -> Table:
    """The QR code with its legend: how a signed paper is matched to its digital record."""
    qr = QRFlowable(stamp.payload)
    legend = [
        Paragraph("<b>Mã kiểm tra bản in</b> (quét để đối chiếu với dữ liệu số)", styles.small),
        Paragraph(para_text(f"Mã mô hình: {code} · Phiên bản: {stamp.version}"), styles.small),
        Paragraph(para_text(f"Mã định danh: {stamp.uuid}"), styles.small),
        Paragraph("Mã kiểm tra (gõ khi không quét được):", styles.small),
        Paragraph(f"<b>{para_text(stamp.typed_code(code))}</b>", styles.small),
    ]
    table = Table([[qr, legend]], colWidths=[qr.size + 2, width - qr.size - 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def closing_block(
    first: Sequence[Signature | None],
    confirmations: Sequence[Signature],
    stamp: FormStamp,
    code: str,
    styles: Styles,
    width: float,
) -> Flowable:
    """Closing line, signature rows and the QR block as one unit that never splits.

    Kept together, the QR code cannot end up alone on a last page away from the signatures it
    vouches for, and the closing line means the signature page is never without text.
    """
    size = styles.signature_size
    parts: list[Flowable] = [styles.p(CLOSING, styles.indented), Spacer(1, 4)]
    parts.append(signature_row(list(first), width, size=size))
    if confirmations:
        parts += [Spacer(1, 8), signature_row(list(confirmations), width, size=size)]
    parts += [Spacer(1, 8), stamp_block(stamp, code, styles, width)]
    return KeepTogether(parts)
