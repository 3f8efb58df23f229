"""Benchmarks of printing and Excel export against bare ReportLab / openpyxl doing the same work.

Usage: python -m bench.bench_reports [--forms 1000] [--models 100000]

1. 1,000 registration forms (one PDF, the batch print) against a bare ReportLab document of the
   same layout (same paragraphs and tables, no header template, QR code, hashing or page-number
   logic) built in the same run. Target: within 2x.
2. A 100,000-model statistics workbook with the detail list against bare openpyxl write-only
   rows of the same data (the same SQL rows appended as plain values). Target: within 1.3x.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from dvk_desktop.domain.period import parse_period
from dvk_desktop.reports.pdf.layout import Styles, content_width, para_text
from dvk_desktop.reports.pdf.registration_form import BODY_FIELDS
from dvk_desktop.services import models as model_service
from dvk_desktop.services import reporting
from dvk_desktop.services.demo import create_demo_workspace
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.queries import stats as stats_q
from tests.reports.bulk import insert_models


def _bare_forms(out: Path, snapshots: list[dict[str, Any]]) -> None:
    """The same flowables as the form (header table, items, sections, tables, signatures),
    written with ReportLab directly: no issuer logic, no hashing, no QR code, no page numbers."""
    styles = Styles()
    width = content_width()
    story: list[Any] = []
    for i, snap in enumerate(snapshots):
        if i:
            story.append(PageBreak())
        left = [
            Paragraph("ỦY BAN MTTQ VIỆT NAM", styles.centre_bold),
            Paragraph(para_text(snap["owner_name"].upper()), styles.centre_bold),
            Paragraph("Số: ……/PĐK", styles.centre),
        ]
        right = [
            Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", styles.centre_bold),
            Paragraph("Độc lập - Tự do - Hạnh phúc", styles.centre_bold),
            Paragraph("Thăng Bình, ngày 05 tháng 03 năm 2026", styles.centre_italic),
        ]
        story.append(Table([[left, right]], colWidths=[width * 0.43, width * 0.57]))
        story.append(Paragraph("PHIẾU ĐĂNG KÝ", styles.title))
        story.append(
            Paragraph(f"Xây dựng mô hình “Dân vận khéo” năm {snap['year']}", styles.subtitle)
        )
        story.append(Paragraph(para_text(snap["code"]), styles.centre_italic))
        story.append(Paragraph("I. THÔNG TIN CHUNG", styles.heading))
        for key in (
            "name",
            "year",
            "model_type",
            "field",
            "sub_topics",
            "novelty",
            "owner_name",
            "coordinating_names",
            "place",
            "start_date",
            "end_date",
            "evaluation_date",
            "lead_name",
        ):
            story.append(Paragraph(f"{key}: {para_text(str(snap[key]))}", styles.item))
        story.append(Paragraph("II. NỘI DUNG MÔ HÌNH", styles.heading))
        for key in BODY_FIELDS:
            story.append(Paragraph(key, styles.heading))
            story.append(Paragraph(para_text(snap[key] or "…"), styles.indented))
        story.append(Paragraph("III. NGUỒN LỰC THỰC HIỆN", styles.heading))
        story.append(
            Table(
                [
                    [Paragraph(k, styles.cell), Paragraph(str(snap[k]), styles.cell_right)]
                    for k in (
                        "budget_state",
                        "budget_social",
                        "budget_people",
                        "budget_other",
                        "labour_days",
                    )
                ],
                colWidths=[width * 0.6, width * 0.4],
            )
        )
        story.append(Paragraph("IV. CHỈ TIÊU CỤ THỂ", styles.heading))
        rows = [
            [
                Paragraph(h, styles.cell_bold)
                for h in ("STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu", "Thực hiện")
            ]
        ] + [
            [
                Paragraph(str(n), styles.cell_centre),
                Paragraph(para_text(i["name"]), styles.cell),
                Paragraph(i["unit"], styles.cell_centre),
                Paragraph(str(i["target"]), styles.cell_right),
                Paragraph(str(i["actual"]), styles.cell_right),
            ]
            for n, i in enumerate(snap["indicators"], 1)
        ]
        story.append(Table(rows, repeatRows=1))
        for heads in (("NGƯỜI LẬP", "THỦ TRƯỞNG ĐƠN VỊ"), ("XÁC NHẬN CỦA CẤP ỦY", "XÁC NHẬN")):
            story.append(
                Table(
                    [
                        [
                            [
                                Paragraph(h, styles.centre_bold),
                                Paragraph("(Ký, ghi rõ họ tên)", styles.centre_italic),
                                Spacer(1, 24 * mm),
                            ]
                            for h in heads
                        ]
                    ],
                    colWidths=[width / 2, width / 2],
                )
            )
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=15 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
    )
    doc.build(story)


def bench_forms(root: Path, n: int) -> tuple[float, float]:
    handle = create_demo_workspace(root / "demo", year=2026, evidence_per_model=0)
    codes = [f"MH-2026-{i % 44 + 1:03d}" for i in range(n)]
    snaps = [model_service.get_model(handle, c) for c in codes[:44]]
    start = time.perf_counter()
    _bare_forms(root / "bare.pdf", [snaps[i % 44] for i in range(n)])
    bare = time.perf_counter() - start
    start = time.perf_counter()
    reporting.print_registration_forms(handle, codes, root / "forms.pdf")
    ours = time.perf_counter() - start
    handle.close()
    return ours, bare


def bench_workbook(root: Path, n: int) -> tuple[float, float]:
    handle = init_workspace(root / "tinh", unit_code="01")
    insert_models(handle, n, units=["00070", "00073", "00076", "00079"])
    period = parse_period("2026")
    scope = stats_q.Scope(2026, 2026)
    start = time.perf_counter()
    with handle.sessions() as session:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Biểu 03")
        for row in stats_q.iter_detail(session, scope):
            v = row.values
            ws.append(
                [
                    *v.values(),
                    ", ".join(row.coordinators),
                    "; ".join(f"{a} {b} {c} {d}" for a, b, c, d in row.indicators),
                ]
            )
        wb.save(root / "bare.xlsx")
    bare = time.perf_counter() - start
    start = time.perf_counter()
    reporting.export_statistics_xlsx(handle, root / "ours.xlsx", period, detail=True)
    ours = time.perf_counter() - start
    handle.close()
    return ours, bare


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--models", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dvk-bench-") as tmp:
        root = Path(tmp)
        f_ours, f_bare = bench_forms(root, args.forms)
        w_ours, w_bare = bench_workbook(root, args.models)
    print(f"{'benchmark':<40}{'DVK (s)':>10}{'bare (s)':>10}{'ratio':>8}{'target':>8}")
    for name, ours, bare, target in (
        (f"{args.forms} phiếu đăng ký (PDF)", f_ours, f_bare, 2.0),
        (f"{args.models} mô hình, workbook + Biểu 03", w_ours, w_bare, 1.3),
    ):
        ratio = ours / bare
        flag = "ok" if ratio <= target else "OVER"
        print(f"{name:<40}{ours:>10.2f}{bare:>10.2f}{ratio:>8.2f}{target:>7.1f}x {flag}")


if __name__ == "__main__":
    main()
