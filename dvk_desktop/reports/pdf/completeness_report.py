"""Báo cáo tình hình gửi dữ liệu (completeness): per commune, and the evidence still missing."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from dvk_desktop.domain.text import format_date, format_number
from dvk_desktop.reports.completeness_rows import Completeness, gaps_text
from dvk_desktop.reports.pdf.common import grid_table, table_title
from dvk_desktop.reports.pdf.header import Issuer, Signature, header_block, signature_row
from dvk_desktop.reports.pdf.layout import DocInfo, Styles, build_pdf, content_width, para_text

MISSING_LIMIT = 500  # files listed one by one; beyond that the count per unit says enough


def _scaled(widths_mm: list[float], width: float) -> list[float]:
    scale = width / (sum(widths_mm) * mm)
    return [w * mm * scale for w in widths_mm]


def render_completeness(
    out_path: Path, data: Completeness, *, issuer: Issuer, signature: Signature
) -> int:
    """Write the report (A4 landscape, header rows repeated); return the number of pages."""
    styles = Styles.for_doc(issuer.style)
    cells = Styles(11)
    width = content_width(is_landscape=True)
    story: list[Flowable] = [header_block(issuer, width), Spacer(1, 6)]
    story.append(styles.markup("BÁO CÁO TÌNH HÌNH GỬI DỮ LIỆU CỦA ĐƠN VỊ CẤP DƯỚI", styles.title))
    story.append(
        styles.markup(
            para_text(f"Phong trào thi đua “Dân vận khéo” — {data.period_label}"), styles.subtitle
        )
    )
    due = f"hạn nộp {format_date(data.deadline)}" if data.deadline else "chưa đặt hạn nộp"
    story.append(
        styles.p(
            f"{format_number(data.sent)}/{format_number(len(data.lines))} đơn vị đã gửi gói dữ "
            f"liệu trong kỳ ({due}); {format_number(data.with_gaps)} đơn vị còn gói chưa nhận "
            f"được; {format_number(len(data.missing))} tệp minh chứng chưa nhận được.",
            styles.centre_italic,
        )
    )
    story.append(Spacer(1, 6))
    story += table_title(styles, "I. TÌNH HÌNH GỬI GÓI DỮ LIỆU THEO ĐƠN VỊ")
    rows = [
        [
            format_number(n), line.code, line.name, format_number(line.packages),
            format_date(line.last_created), format_number(line.models), line.period_state,
            gaps_text(line.gaps) or "—", format_number(line.missing_evidence),
        ]
        for n, line in enumerate(data.lines, 1)
    ]  # fmt: skip
    total = [
        "", "", "Tổng cộng", format_number(sum(x.packages for x in data.lines)), "",
        format_number(sum(x.models for x in data.lines)),
        f"{format_number(data.sent)} đã gửi", "",
        format_number(sum(x.missing_evidence for x in data.lines)),
    ]  # fmt: skip
    story.append(
        grid_table(
            [
                "STT",
                "Mã",
                "Đơn vị",
                "Số gói đã nhận",
                "Ngày lập gói gần nhất",
                "Số mô hình",
                "Kỳ này",
                "Gói chưa nhận được (số)",
                "Minh chứng còn thiếu",
            ],
            [*rows, total],
            _scaled([10, 14, 62, 18, 24, 16, 24, 30, 20], width),
            cells,
            align=["C", "C", "L", "R", "C", "R", "C", "C", "R"],
            total_rows=[len(rows)],
        )
    )
    story.append(Spacer(1, 8))
    story += table_title(styles, "II. MINH CHỨNG CÁC MÔ HÌNH NHẮC TỚI NHƯNG CHƯA NHẬN ĐƯỢC")
    if data.missing:
        shown = data.missing[:MISSING_LIMIT]
        story.append(
            grid_table(
                ["STT", "Đơn vị", "Mã mô hình", "Tên mô hình", "Tệp minh chứng", "Dung lượng (KB)"],
                [
                    [
                        format_number(n),
                        f"{m.unit_name} ({m.unit_code})",
                        m.model_code,
                        m.model_name,
                        m.file_name,
                        format_number(max(1, round(m.size / 1024))),
                    ]
                    for n, m in enumerate(shown, 1)
                ],
                _scaled([10, 50, 28, 70, 60, 22], width),
                cells,
                align=["C", "L", "C", "L", "L", "R"],
            )
        )
        if len(data.missing) > len(shown):
            story.append(
                styles.p(
                    f"Còn {format_number(len(data.missing) - len(shown))} tệp nữa (xem bảng tính).",
                    styles.centre_italic,
                )
            )
    else:
        story.append(
            styles.p("Đã nhận đủ tệp minh chứng các mô hình nhắc tới.", styles.centre_italic)
        )
    story.append(Spacer(1, 6))
    story.append(
        KeepTogether([signature_row([None, signature], width, size=styles.signature_size)])
    )
    info = DocInfo(title=f"Báo cáo tình hình gửi dữ liệu {data.period_label}")
    return build_pdf(out_path, story, info, is_landscape=True)
