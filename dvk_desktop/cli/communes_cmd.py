"""``dvk communes list|deadline|export``: the upper level's child units, as on the GUI page."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import print_json
from dvk_desktop.domain.period import Period, parse_period
from dvk_desktop.domain.text import format_date, format_number, parse_date
from dvk_desktop.domain.vocab import KeyState, PeriodState, Status

if TYPE_CHECKING:
    from dvk_desktop.storage.workspace import WorkspaceHandle


def _open(args: argparse.Namespace, *, reading: bool = False) -> WorkspaceHandle:
    # The services load when a command runs, not when ``dvk --help`` is built (start-up).
    from dvk_desktop.storage.workspace import open_workspace

    return open_workspace(workspace_dir(args), reading=reading)


def _period(args: argparse.Namespace) -> Period:
    from dvk_desktop.services import communes

    return parse_period(args.period) if args.period else communes.current_period()


def _list(args: argparse.Namespace) -> None:
    from dvk_desktop.services import communes

    with _open(args, reading=True) as handle:
        data = communes.overview(handle, _period(args))
    rows = data.rows
    if args.missing:
        rows = [r for r in rows if r.period_state in (PeriodState.WAITING, PeriodState.OVERDUE)]
    if args.json:
        print_json(
            {
                "period": data.period.code,
                "deadline": data.deadline,
                "communes": [
                    r.__dict__
                    | {"key_state": r.key_state.value, "period_state": r.period_state.value}
                    | {"last_package": r.last_package.__dict__ if r.last_package else None}
                    for r in rows
                ],
            }
        )
        return
    out = sys.stdout
    deadline = format_date(data.deadline) if data.deadline else "chưa đặt"
    out.write(f"Kỳ {data.period.label}; hạn nộp: {deadline}\n")
    out.write(
        f"{'Mã':<6} {'Đơn vị':<28} {'Khóa':<18} {'Gói':>4} {'Gần nhất':<16} {'MH':>4} "
        f"{'Đề nghị':>7} {'Thiếu MC':>8} {'Thiếu gói':<10} Kỳ này\n"
    )
    for r in rows:
        last = (
            f"số {r.last_package.sequence} {format_date(r.last_package.created_at.date())}"
            if r.last_package
            else "—"
        )
        gaps = ",".join(str(n) for n in r.sequence_gaps) or "—"
        out.write(
            f"{r.code:<6} {r.name[:28]:<28} {r.key_state.label[:18]:<18} {r.packages:>4} "
            f"{last:<16} {r.models:>4} {r.by_status.get(Status.PROPOSED.value, 0):>7} "
            f"{r.missing_evidence:>8} {gaps[:10]:<10} {r.period_state.label}\n"
        )
    enrolled = sum(1 for r in data.rows if r.key_state is KeyState.ACTIVE)
    out.write(
        f"— {format_number(len(data.rows))} đơn vị; {format_number(enrolled)} đã ghi nhận khóa; "
        f"{data.count(PeriodState.SENT) + data.count(PeriodState.LATE)} đã gửi kỳ này; "
        f"{data.count(PeriodState.OVERDUE)} quá hạn\n"
    )


def _deadline(args: argparse.Namespace) -> None:
    from dvk_desktop.services import communes

    with _open(args) as handle:
        if args.clear:
            communes.clear_deadline(handle, args.period)
            sys.stdout.write(f"Đã bỏ hạn nộp kỳ {parse_period(args.period).label}.\n")
            return
        if not args.date:
            rows = communes.deadlines(handle)
            for d in rows:
                sys.stdout.write(f"{d.period:<10} {format_date(d.due_on)}  {d.note}\n")
            if not rows:
                sys.stdout.write("Chưa đặt hạn nộp cho kỳ nào.\n")
            return
        due = parse_date(args.date, label="Hạn nộp")
        set_ = communes.set_deadline(handle, args.period, due, note=args.note or "")
    sys.stdout.write(
        f"Hạn nộp gói kỳ {parse_period(set_.period).label}: {format_date(set_.due_on)}.\n"
    )


def _export(args: argparse.Namespace) -> None:
    from dvk_desktop.services import communes

    out: Path = args.out
    with _open(args, reading=True) as handle:
        data = communes.export_xlsx(handle, out, _period(args))
    sys.stdout.write(f"Đã ghi danh sách {len(data.rows)} đơn vị cấp dưới vào {out}.\n")


def _history(args: argparse.Namespace) -> None:
    from dvk_desktop.services import unit_history

    if args.file is not None:
        with _open(args) as handle:
            done = unit_history.import_table(handle, args.file)
        sys.stdout.write(
            f"Đã ghi bảng sắp xếp đơn vị: {done.added} đơn vị cũ mới thêm, {done.updated} cập "
            f"nhật, {done.unchanged} không đổi.\n"
        )
        return
    with _open(args, reading=True) as handle:
        rows = unit_history.successions(handle)
        province = handle.info().unit_code
    if args.official:
        _official_history(province)
        return
    if not rows:
        sys.stdout.write(
            "Cơ quan chưa ghi bảng sắp xếp riêng: báo cáo dùng bảng chuyển đổi chính thức "
            "(xem: dvk communes history --official).\n"
        )
        return
    sys.stdout.write("Bảng cơ quan đã ghi (thay cho bảng chính thức ở các đơn vị này):\n")
    for r in rows:
        district = f", {r.old_district}" if r.old_district else ""
        sys.stdout.write(f"{r.old_code} {r.old_name}{district} → {r.new_code} {r.new_name}\n")


def _official_history(province: str) -> None:
    from dvk_desktop.domain import unit_succession, units
    from dvk_desktop.domain.text import sort_key

    rows = unit_succession.of_province(province)
    if not rows:
        sys.stdout.write("Bảng chuyển đổi chính thức không có đơn vị cũ nào về đơn vị này.\n")
        return
    name = {code: units.find(code).name for old in rows for code in old.new_codes}
    rows.sort(key=lambda o: (sort_key(name[o.successor]), o.successor, sort_key(o.label)))
    for old in rows:
        more = ""
        if old.split:
            more = " (một phần sang: " + ", ".join(name[c] for c in old.new_codes[1:]) + ")"
        sys.stdout.write(f"{old.code} {old.label} → {old.successor} {name[old.successor]}{more}\n")
    sys.stdout.write(
        f"{len(rows)} đơn vị cũ; nguồn: {unit_succession.source()} (Quyết định 19/2025/QĐ-TTg).\n"
    )


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk communes …``."""
    top = sub.add_parser(
        "communes", parents=[common], help="đơn vị cấp dưới (cấp trên) / child units"
    )
    csub = top.add_subparsers(
        dest="communes_command", metavar="LỆNH", required=True, parser_class=type(top)
    )
    p = csub.add_parser(
        "list", parents=[common], help="khóa, gói đã nhận, mô hình, hạn nộp / keys, packages"
    )
    p.add_argument("--period", help="kỳ (mặc định: nửa năm hiện tại), ví dụ 2026-H2")
    p.add_argument(
        "--missing", action="store_true", help="chỉ đơn vị chưa gửi kỳ này / not yet sent"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)
    p = csub.add_parser(
        "deadline", parents=[common], help="đặt, xem hoặc bỏ hạn nộp / reporting deadline"
    )
    p.add_argument("period", nargs="?", default="", help="kỳ, ví dụ 2026-H2")
    p.add_argument("date", nargs="?", help="hạn nộp dd/mm/yyyy")
    p.add_argument("--note", help="ghi chú / note")
    p.add_argument("--clear", action="store_true", help="bỏ hạn nộp / remove it")
    p.set_defaults(handler=_deadline)
    p = csub.add_parser("export", parents=[common], help="xuất Excel / write a workbook")
    p.add_argument("--out", type=Path, required=True, help="tệp .xlsx")
    p.add_argument("--period")
    p.set_defaults(handler=_export)
    p = csub.add_parser(
        "history",
        parents=[common],
        help="đơn vị trước 1/7/2025 và đơn vị hiện nay / units before the 2025 merger",
        description="Báo cáo dùng bảng chuyển đổi chính thức (QĐ 19/2025/QĐ-TTg) có sẵn trong "
        "chương trình. Không có tệp: liệt kê bảng cơ quan đã ghi thay cho bảng chính thức. Có "
        "tệp (CSV, Excel): ghi bảng sắp xếp "
        "đơn vị với các cột Mã đơn vị cũ, Tên đơn vị cũ, Huyện cũ, Mã đơn vị mới; báo cáo giai "
        "đoạn 2021–2025 khi đó tính cả theo đơn vị hiện nay. / Record which of today's units "
        "each old unit became.",
    )
    p.add_argument("file", type=Path, nargs="?", help="bảng sắp xếp (.csv, .xlsx)")
    p.add_argument(
        "--official",
        action="store_true",
        help="liệt kê bảng chuyển đổi chính thức về đơn vị này / list the official table",
    )
    p.set_defaults(handler=_history)
