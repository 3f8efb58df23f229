"""``dvk verify-print``: does a signed paper still match the record (scanned QR or typed code)?"""

from __future__ import annotations

import argparse
import sys

from dvk_desktop.cli.main import workspace_dir

EXIT_MISMATCH = 2  # like a refused input: scripts stop on a paper that does not match


def _verify(args: argparse.Namespace) -> int:
    # Imported when the command runs: ``dvk --help`` loads no database or QR code library.
    from dvk_desktop.services.print_check import check
    from dvk_desktop.storage.workspace import open_workspace

    with open_workspace(workspace_dir(args), reading=True) as handle:  # it only reads
        results = check(handle, " ".join(args.source))
    for result in results:
        sys.stdout.write(result.message + "\n")
    return 0 if all(r.matches for r in results) else EXIT_MISMATCH


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add ``dvk verify-print``."""
    p = sub.add_parser(
        "verify-print",
        parents=[common],
        help="đối chiếu bản in với dữ liệu / check a printed form against the record",
        description="Đối chiếu phiếu đăng ký đã in (ảnh quét có mã QR, hoặc mã kiểm tra gõ tay "
        "như MH-2026-012/1/C0C2 D422 C885 B4F2) với dữ liệu hiện tại. Mã thoát 0: khớp; "
        "2: không khớp hoặc không đọc được.",
    )
    p.add_argument(
        "source",
        nargs="+",
        metavar="ẢNH_HOẶC_MÃ",
        help="ảnh quét (PNG, JPG, TIFF) hoặc mã kiểm tra / scanned image or typed check code",
    )
    p.set_defaults(handler=_verify)
