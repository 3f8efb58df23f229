"""Benchmarks of printing and Excel export against bare ReportLab / openpyxl doing the same work.

Usage: python -m bench.bench_reports [--forms 1000] [--models 100000]

1. 1,000 registration forms (one PDF, the batch print) against a bare ReportLab document of the
   same layout (same paragraphs and tables, no header template, QR code, hashing or page-number
   logic) built in the same run. Target: within 2x.
2. A 100,000-model statistics workbook with the detail list against bare openpyxl write-only
   rows of the same data (the same SQL rows appended as plain values). Target: within 1.3x.
3. The report figures (Biểu 01-05 and the table by commune) of a finished period over 100,000
   models of 100 communes with 130,000 status changes, counted as they stood on the period's
   last day, against two plain GROUP BY scans of the same tables (the models; the history).
   Target: under 2 s (it took about 4 s with two correlated subqueries per model).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table
from sqlalchemy import insert, text

from dvk_desktop.domain.period import parse_period
from dvk_desktop.reports.pdf.layout import Styles, content_width, para_text
from dvk_desktop.reports.pdf.registration_form import BODY_FIELDS
from dvk_desktop.services import models as model_service
from dvk_desktop.services import reporting
from dvk_desktop.services.demo import create_demo_workspace
from dvk_desktop.services.workspace_setup import init_workspace
from dvk_desktop.storage.models import StatusChange
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


def bench_period(root: Path, n: int) -> tuple[float, float]:
    """Figures of last year's first half, as they stood on 30 June, against plain scans."""
    year = dt.date.today().year - 1
    handle = init_workspace(root / "ky", unit_code="01")
    insert_models(handle, n, units=[f"{i:05d}" for i in range(4, 404, 4)], year=year)
    rng = random.Random(1)
    history: list[dict[str, object]] = []
    for i in range(n):
        first = dt.datetime(year, 1, 1) + dt.timedelta(days=rng.randint(0, 150))
        steps = [("dang_ky", "dang_thuc_hien", first)]
        if i % 10 == 0:  # recognised: proposed, then recognised, some after 30 June
            later = first + dt.timedelta(days=rng.randint(20, 200))
            done = later + dt.timedelta(days=10)
            steps += [("dang_thuc_hien", "de_nghi_cong_nhan", later),
                      ("de_nghi_cong_nhan", "cong_nhan", done)]  # fmt: skip
        history += [
            {"model_id": 1_000_000 + i, "from_status": a, "to_status": b, "at": at, "actor": "",
             "note": ""}
            for a, b, at in steps
        ]  # fmt: skip
    with handle.engine.begin() as conn:
        for start in range(0, len(history), 20_000):
            conn.execute(insert(StatusChange.__table__), history[start : start + 20_000])
    period = parse_period(f"{year}-H1")
    start = time.perf_counter()
    with handle.engine.connect() as conn:
        conn.execute(
            text(
                "SELECT field, source_unit_code, model_type, status, count(*) FROM dvk_model"
                " WHERE year = :y GROUP BY field, source_unit_code, model_type, status"
            ),
            {"y": year},
        ).all()
        conn.execute(
            text(
                "SELECT model_id, max(at), count(*) FROM status_change WHERE at <= :end"
                " GROUP BY model_id"
            ),
            {"end": f"{year}-06-30 23:59:59"},
        ).all()
    bare = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    stats = reporting.collect_statistics(handle, period)
    ours = time.perf_counter() - start
    print(f"(figures: {ours:.2f} s, of which CPU {time.process_time() - cpu:.2f} s)")
    assert stats.total == n and len(stats.by_unit) == 100
    handle.close()
    return ours, bare


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--only-period", action="store_true", help="only benchmark 3")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dvk-bench-") as tmp:
        root = Path(tmp)
        p_ours, p_bare = bench_period(root, args.models)
        if args.only_period:
            print(f"số liệu kỳ đã kết thúc: {p_ours:.2f} s (hai lần quét GROUP BY: {p_bare:.2f} s)")
            return
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
    flag = "ok" if p_ours < 2.0 else "OVER"
    print(
        f"{f'{args.models} mô hình, số liệu kỳ đã kết thúc':<40}{p_ours:>10.2f}{p_bare:>10.2f}"
        f"{p_ours / p_bare:>8.2f}{'< 2 s':>8} {flag}"
    )


if __name__ == "__main__":
    main()
