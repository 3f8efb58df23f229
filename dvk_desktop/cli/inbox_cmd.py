"""``dvk import`` of files and whole folders, a result per file; decisions to many communes."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.cli.output import StderrReporter, print_json
from dvk_desktop.cli.packages_cmd import _open, _passphrase_source, with_passphrase
from dvk_desktop.domain.text import format_number
from dvk_desktop.domain.vocab import ImportOutcome
from dvk_desktop.errors import ValidationError

# The exchange code loads when a command runs, not when ``dvk --help`` is built (start-up).
if TYPE_CHECKING:
    from dvk_desktop.services.exchange import batch


def _print_result(result: batch.FileResult) -> None:
    """One file's outcome, as soon as it is known (a long batch shows it is moving)."""
    out = sys.stdout
    out.write(f"== {result.path.name}\n")
    if result.sender_code:
        out.write(
            f"  Gói số {result.sequence} của {result.sender_name} (mã {result.sender_code})\n"
        )
    if result.outcome is ImportOutcome.REFUSED:
        out.write(f"  Bị từ chối: {result.reason}\n")
        for problem in result.problems[1:20]:
            out.write(f"    - {problem}\n")
        out.write(
            f"  Không có gì bị thay đổi. Báo cáo chi tiết: {result.report}\n"
            if result.report
            else "  Không có gì bị thay đổi.\n"
        )
    elif result.outcome is ImportOutcome.ALREADY:
        out.write("  Gói này đã được nhập trước đây; không có gì thay đổi.\n")
    elif result.outcome is ImportOutcome.IMPORTED:
        out.write(f"  Đã nhập: {_counts(result)}.\n")
        for note in result.notes:
            out.write(f"  - {note}\n")


def _counts(result: batch.FileResult) -> str:
    """What a file brought: decisions for a decisions package, models for the others."""
    if result.kind == "decisions":
        return (
            f"{format_number(result.created)} quyết định mới, "
            f"{format_number(result.updated)} mô hình được cập nhật"
        )
    return f"{result.created} mô hình mới, {result.updated} cập nhật, {result.unchanged} không đổi"


def _summary_table(summary: batch.BatchSummary) -> None:
    """The table at the end: one line per file, then the totals."""
    out = sys.stdout
    out.write("\nTổng hợp:\n")
    out.write(f"  {'Tệp':<38} {'Đơn vị gửi':<30} {'Gói':>4}  {'Kết quả':<20} Chi tiết\n")
    for r in summary.results:
        who = f"{r.sender_name} ({r.sender_code})" if r.sender_code else "—"
        detail = _counts(r) if r.outcome is ImportOutcome.IMPORTED else r.reason
        seq = str(r.sequence) if r.sequence is not None else "—"
        out.write(
            f"  {r.path.name[:38]:<38} {who[:30]:<30} {seq:>4}  {r.outcome.label:<20} "
            f"{detail[:70]}\n"
        )
    parts = [f"{summary.count(o)} {o.label.lower()}" for o in ImportOutcome if summary.count(o)]
    models = [r for r in summary.results if r.kind != "decisions"]
    decisions = sum(r.created for r in summary.results if r.kind == "decisions")
    brought = (
        []
        if not models and decisions
        else [
            f"{format_number(sum(r.created for r in models))} mô hình mới, "
            f"{format_number(sum(r.updated for r in models))} cập nhật"
        ]
    )
    if decisions:
        brought.append(f"{format_number(decisions)} quyết định mới")
    out.write(
        f"  {len(summary.results)} tệp: {', '.join(parts)}; {', '.join(brought)} "
        f"({format_number(round(summary.seconds, 1))} giây).\n"
    )


def _import(args: argparse.Namespace) -> int:
    from dvk_desktop.services.exchange import batch

    with _open(args) as handle:
        files = batch.collect_files(args.files)
        if not files:
            raise ValidationError(
                "Không thấy tệp gói nào (.dvkpkg, .dvkpkg.age).",
                hint="Hãy chỉ ra các tệp gói hoặc thư mục chứa chúng (ví dụ ổ USB).",
            )
        passphrase = _passphrase_source(args)
        if passphrase is None and batch.needs_passphrase(files):

            def checked(p: str) -> str:
                batch.check_passphrase(handle, p)
                return p

            passphrase = with_passphrase(args, checked, "Mật khẩu khóa (để mở gói mã hóa)")
        summary = batch.import_files(
            handle,
            files,
            passphrase=passphrase,
            reporter=StderrReporter("Nhập gói"),
            on_result=None if args.json else _print_result,
        )
    if args.json:
        print_json(
            [
                r.__dict__
                | {"path": str(r.path), "outcome": r.outcome.value}
                | {"report": str(r.report) if r.report else None}
                for r in summary.results
            ]
        )
    elif len(summary.results) > 1:
        _summary_table(summary)
    refused = summary.count(ImportOutcome.REFUSED)
    if refused:
        sys.stderr.write(f"{refused}/{len(summary.results)} gói bị từ chối.\n")
        return 2
    return 0


def send_back_command(args: argparse.Namespace) -> int:
    """``--decisions-for all`` or several codes: one package per commune into ``--out``."""
    from dvk_desktop.services.exchange import send_back

    with _open(args) as handle:
        if args.decisions_for == "all":
            run = lambda p: send_back.send_news(  # noqa: E731
                handle, args.out, passphrase=p, reporter=StderrReporter("Gửi về xã")
            )
        else:
            codes = [c.strip() for c in args.decisions_for.split(",") if c.strip()]
            run = lambda p: send_back.send_decisions(  # noqa: E731
                handle, codes, args.out, passphrase=p, reporter=StderrReporter("Gửi về xã")
            )
        results = with_passphrase(args, run, "Mật khẩu khóa ký")
    failed = 0
    for r in results:
        if r.export is None:
            failed += 1
            sys.stdout.write(f"{r.code:<8} {r.name[:34]:<34} không gửi được: {r.error}\n")
        else:
            kb = format_number(round(r.export.size / 1024))
            sys.stdout.write(f"{r.code:<8} {r.name[:34]:<34} {r.export.path.name} ({kb} KB)\n")
    sys.stdout.write(f"Đã tạo {len(results) - failed}/{len(results)} gói quyết định.\n")
    return 2 if failed else 0


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk import``."""
    pw = argparse.ArgumentParser(add_help=False)
    pw.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="TỆP",
        help="đọc mật khẩu từ tệp (chạy tự động) / read the passphrase from a file",
    )
    p = sub.add_parser(
        "import",
        parents=[common, pw],
        help="nhập gói dữ liệu (tệp hoặc cả thư mục) / import packages (files or folders)",
        description="Mỗi gói được kiểm tra và nhập riêng; một gói hỏng không làm dừng các gói "
        "khác. / Each package is verified and imported on its own; one bad file never stops "
        "the others.",
    )
    p.add_argument("files", type=Path, nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    p.add_argument("--json", action="store_true", help="kết quả dạng JSON / results as JSON")
    p.set_defaults(handler=_import)
