"""``dvk print …``, ``dvk report xlsx`` and ``dvk import-xlsx``: printing, statistics, import."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import StderrReporter
from dvk_desktop.domain.period import parse_period
from dvk_desktop.domain.text import format_number, parse_date
from dvk_desktop.errors import DvkError, ValidationError

if TYPE_CHECKING:
    from dvk_desktop.reports.pdf.model_list import ListKind


def _date(args: argparse.Namespace) -> dt.date | None:
    return parse_date(args.date, label="Ngày trên văn bản") if args.date else None


def _done(out: Path, what: str) -> None:
    sys.stdout.write(f"Đã ghi {what}: {out}\n")


def _form(args: argparse.Namespace) -> None:
    from dvk_desktop.services import reporting
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        stamps = reporting.print_registration_forms(
            handle, args.models, args.out, date=_date(args), reporter=StderrReporter("In phiếu")
        )
    for stamp in stamps:
        sys.stdout.write(f"{stamp.uuid}  phiên bản {stamp.version}  SHA-256 {stamp.sha256}\n")
    _done(args.out, f"{len(stamps)} phiếu đăng ký")


def _evaluation(args: argparse.Namespace) -> None:
    from dvk_desktop.services import reporting
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:
        reporting.print_evaluation_sheet(
            handle, args.model, args.out, blank=args.blank, date=_date(args)
        )
    _done(args.out, "phiếu chấm điểm")


def _kind(text: str) -> ListKind:
    from dvk_desktop.reports.pdf.model_list import ListKind

    try:
        return ListKind(text)
    except ValueError:
        raise ValidationError(
            f"Loại danh sách “{text}” không hợp lệ.",
            hint="Chọn cong_nhan, tieu_bieu hoặc khen_thuong.",
        ) from None


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.services import reporting
    from dvk_desktop.storage.workspace import open_workspace

    period = parse_period(args.period)
    with open_workspace(workspace_dir(args), reading=True) as handle:
        pages = reporting.print_model_list(
            handle, args.out, _kind(args.kind), period, date=_date(args), unit_code=args.commune
        )
    _done(args.out, f"danh sách ({pages} trang)")


def _report(args: argparse.Namespace) -> None:
    from dvk_desktop.services import reporting
    from dvk_desktop.storage.workspace import open_workspace

    period = parse_period(args.period)
    with open_workspace(workspace_dir(args), reading=True) as handle:
        pages = reporting.print_results_report(
            handle, args.out, period, date=_date(args), unit_code=args.commune
        )
    _done(args.out, f"báo cáo kết quả {period.label} ({pages} trang)")


def _enrolment(args: argparse.Namespace) -> None:
    from dvk_desktop.reports.pdf.enrolment_sheet import render_enrolment_sheet
    from dvk_desktop.storage.workspace import open_workspace

    key_text = args.public_key
    if Path(key_text).is_file():
        key_text = Path(key_text).read_text(encoding="utf-8")
    from dvk_desktop.domain.place_names import short_name
    from dvk_desktop.services.workspace_setup import get_settings

    with open_workspace(workspace_dir(args)) as handle:
        ws = handle.info()
        settings = get_settings(handle)
    created = parse_date(args.created, label="Ngày tạo khóa") if args.created else dt.date.today()
    render_enrolment_sheet(
        args.out,
        unit_code=args.unit_code or ws.unit_code,
        unit_name=args.unit_name or ws.unit_name,
        fingerprint=args.fingerprint,
        public_key_text=key_text,
        qr_payload=args.qr_payload or args.fingerprint,
        created=created,
        parent_unit_name=ws.parent_unit_name or "",
        signer_title=settings.get("signer_title", ""),
        signer_name=settings.get("signer_name", ""),
        place=settings.get("place_name") or short_name(ws.unit_name),
    )
    _done(args.out, "phiếu đăng ký khóa")


def _xlsx(args: argparse.Namespace) -> None:
    from dvk_desktop.services import reporting
    from dvk_desktop.storage.workspace import open_workspace

    period = parse_period(args.period)
    with open_workspace(workspace_dir(args), reading=True) as handle:
        stats = reporting.export_statistics_xlsx(
            handle, args.out, period, detail=args.detail, reporter=StderrReporter("Xuất Excel"),
            unit_code=args.commune,
        )  # fmt: skip
    _done(args.out, f"bảng thống kê {period.label} ({format_number(stats.total)} mô hình)")


def _completeness(args: argparse.Namespace) -> None:
    from dvk_desktop.services import communes, completeness
    from dvk_desktop.storage.workspace import open_workspace

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise ValidationError(
            f"Không biết ghi “{args.out.name}”: tệp phải có đuôi .pdf hoặc .xlsx.",
            hint="Ví dụ: --out bao-cao-day-du.pdf (để in) hoặc --out day-du.xlsx (bảng tính).",
        )
    with open_workspace(workspace_dir(args), reading=True) as handle:
        period = parse_period(args.period) if args.period else communes.current_period()
        if suffix == ".pdf":
            pages = completeness.print_report(
                handle, args.out, period, commune=args.commune, date=_date(args)
            )
            what = f"báo cáo tình hình gửi dữ liệu {period.label} ({pages} trang)"
        else:
            data = completeness.export_xlsx(handle, args.out, period, commune=args.commune)
            what = (
                f"bảng tình hình gửi dữ liệu {period.label} ({format_number(data.sent)}/"
                f"{format_number(len(data.lines))} đơn vị đã gửi)"
            )
    _done(args.out, what)


def _import(args: argparse.Namespace) -> int:
    from dvk_desktop.services.xlsx_import import apply_import, check_import
    from dvk_desktop.storage.workspace import open_workspace

    path: Path = args.file
    if not path.is_file():
        raise DvkError(f"Không tìm thấy tệp “{path}”.")
    with open_workspace(workspace_dir(args)) as handle:
        # One pass: the check shown here is what the import writes (matched again, in bulk).
        checked = check_import(
            handle, path, create_missing=args.create_missing, reporter=StderrReporter("Đọc tệp")
        )
        check = checked.report
        for line in check.conversion_lines():
            sys.stdout.write(f"  ~ {line}\n")
        for line in check.problem_lines():
            sys.stdout.write(f"  - {line}\n")
        valid = len(check.imported)
        sys.stdout.write(
            f"Tệp có {check.data_rows} dòng dữ liệu: {valid} dòng hợp lệ, "
            f"{len(check.problems)} lỗi.\n"
        )
        if check.conversions:
            sys.stdout.write(
                f"Đã chuyển {len(check.conversions)} ô từ bảng mã cũ (TCVN3, VNI) sang Unicode.\n"
            )
        for label, names in (
            ("tổ chức", check.created_organisations),
            ("thôn, tổ dân phố", check.created_villages),
            ("người", check.created_people),
        ):
            if names:
                sys.stdout.write(f"Sẽ tạo mới {len(names)} {label}: {', '.join(names)}\n")
        if check.problems and not args.only_valid:
            raise ValidationError(
                "Không nhập gì vì tệp còn lỗi.",
                hint="Hãy sửa các dòng trên rồi nhập lại, hoặc dùng --only-valid để chỉ nhập "
                "các dòng hợp lệ.",
            )
        if args.dry_run or not valid:
            sys.stdout.write("Chạy thử: chưa ghi gì vào dữ liệu.\n")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise ValidationError(
                    "Chưa xác nhận nhập dữ liệu.", hint="Thêm --yes để nhập không cần hỏi."
                )
            answer = input(f"Nhập {valid} mô hình vào vùng làm việc? [c/K] ").strip().lower()
            if answer not in ("c", "co", "có", "y", "yes"):
                sys.stdout.write("Đã hủy; không có gì thay đổi.\n")
                return 0
        result = apply_import(handle, checked, only_valid=args.only_valid)
    if not result.committed:
        raise ValidationError(
            "Không nhập được; không có gì thay đổi.", details=result.problem_lines()
        )
    sys.stdout.write(f"Đã nhập {len(result.imported)} mô hình: {', '.join(result.imported)}\n")
    return 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk print``, ``dvk report`` and ``dvk import-xlsx``."""
    pr = sub.add_parser("print", parents=[common], help="in văn bản PDF / print PDF documents")
    psub = pr.add_subparsers(
        dest="print_command", metavar="LOẠI", required=True, parser_class=type(pr)
    )

    def out(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--out",
            "-o",
            type=Path,
            required=True,
            metavar="TỆP.pdf",
            help="tệp PDF ghi ra / output PDF file",
        )
        p.add_argument("--date", help="ngày ghi trên văn bản dd/mm/yyyy / document date")

    p = psub.add_parser("form", parents=[common], help="phiếu đăng ký mô hình / registration form")
    p.add_argument("models", nargs="+", help="mã hoặc uuid mô hình / model codes or uuids")
    out(p)
    p.set_defaults(handler=_form)
    p = psub.add_parser(
        "evaluation", parents=[common], help="phiếu đánh giá, chấm điểm / scoring sheet"
    )
    p.add_argument("model", help="mã hoặc uuid mô hình / model code or uuid")
    p.add_argument("--blank", action="store_true", help="in phiếu trống để chấm tay / blank sheet")
    out(p)
    p.set_defaults(handler=_evaluation)
    p = psub.add_parser(
        "list", parents=[common], help="danh sách đề nghị công nhận, tiêu biểu, khen thưởng / lists"
    )
    p.add_argument("--kind", required=True, help="cong_nhan | tieu_bieu | khen_thuong")
    p.add_argument("--period", required=True, help="kỳ: 2026, 2026-H1, 2021-2025 / period")
    p.add_argument("--commune", metavar="MÃ_XÃ", help="chỉ một xã (cấp trên) / one commune only")
    out(p)
    p.set_defaults(handler=_list)
    p = psub.add_parser(
        "report", parents=[common], help="báo cáo kết quả có biểu đồ / results report"
    )
    p.add_argument("--period", required=True, help="kỳ: 2026, 2026-H1, 2021-2025 / period")
    p.add_argument("--commune", metavar="MÃ_XÃ", help="chỉ một xã (cấp trên) / one commune only")
    out(p)
    p.set_defaults(handler=_report)
    p = psub.add_parser(
        "enrolment", parents=[common], help="phiếu đăng ký khóa ký số / key enrolment sheet"
    )
    p.add_argument("--fingerprint", required=True, help="dấu vân tay khóa / key fingerprint")
    p.add_argument(
        "--public-key",
        required=True,
        help="khóa công khai (văn bản hoặc tệp) / public key text or file",
    )
    p.add_argument("--qr-payload", help="nội dung mã QR / QR payload (mặc định: fingerprint)")
    p.add_argument("--unit-code", help="mã đơn vị / unit code (mặc định: vùng làm việc)")
    p.add_argument("--unit-name", help="tên đơn vị / unit name")
    p.add_argument("--created", help="ngày tạo khóa dd/mm/yyyy / key creation date")
    out(p)
    p.set_defaults(handler=_enrolment)

    rp = sub.add_parser("report", parents=[common], help="thống kê Excel / Excel statistics")
    rsub = rp.add_subparsers(
        dest="report_command", metavar="LOẠI", required=True, parser_class=type(rp)
    )
    p = rsub.add_parser(
        "xlsx", parents=[common], help="bảng thống kê Biểu 01–05 / statistics workbook"
    )
    p.add_argument("--period", required=True, help="kỳ: 2026, 2026-H1, 2021-2025 / period")
    p.add_argument("--commune", metavar="MÃ_XÃ", help="chỉ một xã (cấp trên) / one commune only")
    p.add_argument(
        "--out",
        "-o",
        type=Path,
        required=True,
        metavar="TỆP.xlsx",
        help="tệp Excel ghi ra / output workbook",
    )
    p.add_argument(
        "--detail",
        action="store_true",
        help="kèm danh sách chi tiết (Biểu 03) / include the detail list",
    )
    p.set_defaults(handler=_xlsx)
    p = rsub.add_parser(
        "completeness", parents=[common],
        help="đơn vị nào đã gửi gì, thiếu gói, thiếu minh chứng (PDF hoặc Excel) / completeness",
    )  # fmt: skip
    p.add_argument("--period", help="kỳ, ví dụ 2026-H2 (mặc định: nửa năm hiện tại)")
    p.add_argument("--commune", metavar="MÃ_XÃ", help="chỉ một xã / one commune only")
    p.add_argument("--date", help="ngày ghi trên văn bản dd/mm/yyyy / document date")
    p.add_argument(
        "--out", "-o", type=Path, required=True, metavar="TỆP.pdf|TỆP.xlsx",
        help="tệp ghi ra: .pdf để in, .xlsx bảng tính / output file",
    )  # fmt: skip
    p.set_defaults(handler=_completeness)

    p = sub.add_parser(
        "import-xlsx",
        parents=[common],
        help="nhập mô hình từ bảng tính mẫu / import models from a spreadsheet",
    )
    p.add_argument(
        "file", type=Path, help="tệp .xlsx, .xls, .ods hoặc .csv theo mẫu mau-nhap-mo-hinh.xlsx"
    )
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi / check only")
    p.add_argument("--yes", "-y", action="store_true", help="nhập không hỏi lại / do not ask")
    p.add_argument(
        "--create-missing",
        action="store_true",
        help="tạo mới tổ chức, thôn, người chưa có / create missing names",
    )
    p.add_argument(
        "--only-valid",
        action="store_true",
        help="chỉ nhập các dòng hợp lệ / import the valid rows only",
    )
    p.set_defaults(handler=_import)
