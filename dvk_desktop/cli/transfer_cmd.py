"""``dvk move export|check|restore``: the whole workspace to a new computer in one verified file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dvk_desktop.cli.main import workspace_dir
from dvk_desktop.cli.output import StderrReporter
from dvk_desktop.domain.text import format_number
from dvk_desktop.errors import StorageError

# The services load when a command runs, not when the parser is built (dvk --help stays fast).
if TYPE_CHECKING:
    from dvk_desktop.services import transfer


def _size(info: transfer.TransferInfo) -> str:
    return (
        f"{format_number(info.files)} tệp, {format_number(round(info.total_bytes / 1048576, 1))} MB"
    )


def _export(args: argparse.Namespace) -> None:
    from dvk_desktop.services import transfer
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args)) as handle:
        path = transfer.export_transfer(handle, args.out, reporter=StderrReporter("Chuyển máy"))
    info = transfer.verify_transfer(path)
    sys.stdout.write(
        f"Đã ghi và kiểm tra tệp chuyển máy: {path} ({_size(info)}).\n"
        "Chép tệp này sang máy mới rồi chạy: dvk move restore TỆP\n"
    )


def _check(args: argparse.Namespace) -> None:
    from dvk_desktop.services import transfer

    info = transfer.verify_transfer(args.file)
    sys.stdout.write(
        f"Tệp hợp lệ: {info.unit_name} ({info.unit_code}), tạo lúc {info.created_at} bởi "
        f"DVK Desktop {info.app_version}; {_size(info)}.\n"
    )


def _restore(args: argparse.Namespace) -> None:
    from dvk_desktop.services import transfer

    root = workspace_dir(args)
    info = transfer.verify_transfer(args.file)
    if not args.yes:
        if not sys.stdin.isatty():
            raise StorageError(
                "Khôi phục sẽ thay thế toàn bộ dữ liệu trong thư mục đích.",
                hint="Thêm --yes để xác nhận khi chạy không tương tác.",
            )
        sys.stdout.write(
            f"Đưa dữ liệu của {info.unit_name} ({info.created_at}) vào {root}?\n"
            "Dữ liệu đang có ở đó (nếu có) được giữ lại ở thư mục bên cạnh. Gõ “co” để đồng ý: "
        )
        sys.stdout.flush()
        if sys.stdin.readline().strip().lower() not in ("co", "có", "y", "yes"):
            sys.stdout.write("Đã hủy; không có gì thay đổi.\n")
            return
    _info, aside = transfer.restore_transfer(args.file, root, reporter=StderrReporter("Khôi phục"))
    sys.stdout.write(f"Đã khôi phục vùng làm việc của {info.unit_name} vào {root}.\n")
    if aside is not None:
        sys.stdout.write(f"Dữ liệu có sẵn trước đó được giữ ở {aside}.\n")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk move …``."""
    move = sub.add_parser(
        "move", parents=[common], help="chuyển sang máy mới / move to a new computer"
    )
    msub = move.add_subparsers(
        dest="move_command", metavar="LỆNH", required=True, parser_class=type(move)
    )
    p = msub.add_parser(
        "export",
        parents=[common],
        help="ghi toàn bộ vùng làm việc ra một tệp .dvkmove / write everything to one file",
    )
    p.add_argument(
        "--out", type=Path, required=True, help="thư mục (USB) hoặc tệp / folder or file"
    )
    p.set_defaults(handler=_export)
    p = msub.add_parser("check", parents=[common], help="kiểm tra tệp / verify the file")
    p.add_argument("file", type=Path, help="tệp .dvkmove")
    p.set_defaults(handler=_check)
    p = msub.add_parser(
        "restore", parents=[common], help="khôi phục trên máy mới / restore on the new computer"
    )
    p.add_argument("file", type=Path, help="tệp .dvkmove")
    p.add_argument("--yes", action="store_true", help="không hỏi lại / do not ask")
    p.set_defaults(handler=_restore)
